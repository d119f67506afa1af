#!/usr/bin/env bash
# Publishing for CI (.github/workflows/deploy.yml, .gitlab-ci.yml) and by hand; README "Deployment".
#
#   deploy/publish.sh ssh  [dist]   rsync to a new release folder on the nginx host, then switch the
#                                   `current` symlink atomically (rename) and reload nginx, which
#                                   re-reads the build's redirect map and CSP (_deploy/)
#   deploy/publish.sh s3   [dist]   sync to an S3-compatible bucket (rclone) behind a CDN
#   deploy/publish.sh fetch-logs <dir>   copy the host's access logs (rotated and .gz) for
#                                   `npm run views:pull -- --source logs <dir>/*`
#   deploy/publish.sh purge         ask the CDN to drop its copies (CDN_PURGE_URL), after publishing
#
# Settings (CI secrets/variables): DEPLOY_SSH_HOST, DEPLOY_SSH_USER, DEPLOY_PATH (default
# /var/www/cema-news), DEPLOY_SSH_KEY, DEPLOY_SSH_KNOWN_HOSTS; S3_BUCKET, S3_ENDPOINT,
# S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION; CDN_PURGE_URL, CDN_PURGE_TOKEN.
set -euo pipefail

mode="${1:?usage: deploy/publish.sh ssh|s3|fetch-logs|purge [dist|dir]}"
dist="${2:-dist}"
deploy_path="${DEPLOY_PATH:-/var/www/cema-news}"
access_log="${DEPLOY_ACCESS_LOG:-/var/log/nginx/cema-news.access.log}"
immutable='public, max-age=31536000, immutable'
revalidate='public, max-age=300, must-revalidate'

need() { [ -n "${!1:-}" ] || { echo "publish: ERROR: $1 is not set" >&2; exit 1; }; }

ssh_setup() {
  need DEPLOY_SSH_HOST
  need DEPLOY_SSH_USER
  target="$DEPLOY_SSH_USER@$DEPLOY_SSH_HOST"
  ssh_opts=(-o BatchMode=yes)
  if [ -n "${DEPLOY_SSH_KEY:-}" ]; then
    key="$(mktemp)"
    trap 'rm -f "$key"' EXIT
    printf '%s\n' "$DEPLOY_SSH_KEY" >"$key"
    chmod 600 "$key"
    ssh_opts+=(-i "$key")
  fi
  if [ -n "${DEPLOY_SSH_KNOWN_HOSTS:-}" ]; then
    known="$(mktemp)"
    printf '%s\n' "$DEPLOY_SSH_KNOWN_HOSTS" >"$known"
    ssh_opts+=(-o UserKnownHostsFile="$known" -o StrictHostKeyChecking=yes)
  fi
  rsh="ssh ${ssh_opts[*]}"
}

case "$mode" in
  ssh)
    [ -f "$dist/index.html" ] || { echo "publish: ERROR: $dist/index.html missing: build first" >&2; exit 1; }
    ssh_setup
    release="$deploy_path/releases/$(date -u +%Y%m%dT%H%M%SZ)"
    # --link-dest: files unchanged since the live release are hard links, so a release costs only
    # what changed (photos stay put) and the copy takes seconds at 50k articles.
    rsync -a --delete --link-dest="$deploy_path/current/" -e "$rsh" "$dist/" "$target:$release/"
    # shellcheck disable=SC2029 # expanded here on purpose
    ssh "${ssh_opts[@]}" "$target" "set -e
      ln -sfn '$release' '$deploy_path/current.new'
      mv -T '$deploy_path/current.new' '$deploy_path/current'
      sudo -n /usr/sbin/nginx -t -q && sudo -n /usr/sbin/nginx -s reload
      ls -1d '$deploy_path'/releases/* | sort | head -n -5 | xargs -r rm -rf"
    ;;
  s3)
    need S3_BUCKET
    need S3_ENDPOINT
    need S3_ACCESS_KEY_ID
    need S3_SECRET_ACCESS_KEY
    export RCLONE_CONFIG_SITE_TYPE=s3 RCLONE_CONFIG_SITE_PROVIDER=Other
    export RCLONE_CONFIG_SITE_ENDPOINT="$S3_ENDPOINT" RCLONE_CONFIG_SITE_REGION="${S3_REGION:-us-east-1}"
    export RCLONE_CONFIG_SITE_ACCESS_KEY_ID="$S3_ACCESS_KEY_ID" RCLONE_CONFIG_SITE_SECRET_ACCESS_KEY="$S3_SECRET_ACCESS_KEY"
    # A bucket cannot choose .br/.gz by Accept-Encoding: the CDN compresses; deploy files stay out.
    skip=(--exclude '*.br' --exclude '*.gz' --exclude '_deploy/**' --exclude '_headers' --exclude '_redirects')
    # Hashed files first (new pages never point at missing assets), then pages, then deletions.
    rclone copy "$dist/_astro" "site:$S3_BUCKET/_astro" "${skip[@]}" --header-upload "Cache-Control: $immutable"
    rclone copy "$dist" "site:$S3_BUCKET" "${skip[@]}" --exclude '_astro/**' --header-upload "Cache-Control: $revalidate"
    rclone sync "$dist" "site:$S3_BUCKET" "${skip[@]}"
    ;;
  fetch-logs)
    ssh_setup
    mkdir -p "$dist"
    rsync -a -e "$rsh" "$target:$access_log*" "$dist/"
    ;;
  purge)
    if [ -z "${CDN_PURGE_URL:-}" ]; then
      echo "publish: no CDN_PURGE_URL: nothing to purge (HTML expires within 5 minutes anyway)"
      exit 0
    fi
    curl --fail --silent --show-error -X POST "$CDN_PURGE_URL" \
      ${CDN_PURGE_TOKEN:+-H "Authorization: Bearer $CDN_PURGE_TOKEN"} \
      -H 'Content-Type: application/json' --data '{"purge_everything":true}'
    ;;
  *)
    echo "publish: unknown mode $mode (ssh, s3, fetch-logs, purge)" >&2
    exit 1
    ;;
esac
