#!/usr/bin/env bash
# Make sure Debian's nginx and its brotli_static module are on this machine: the nginx-* tests
# start the shipped configuration (deploy/nginx/) on a free loopback port. Quiet and quick when
# present; installs with apt-get otherwise (needs root or passwordless sudo); exits 1 with a clear
# message when it cannot (tests must fail, never silently skip). Installing Debian's package may
# start the system nginx on port 80; the tests never use it, and this script leaves it alone.
set -euo pipefail

NGINX="${NGINX_PATH:-/usr/sbin/nginx}"
BROTLI_MODULE=/usr/share/nginx/modules/ngx_http_brotli_static_module.so
missing=()

[ -x "$NGINX" ] || missing+=(nginx)
[ -f "$BROTLI_MODULE" ] || missing+=(libnginx-mod-http-brotli-static)

[ ${#missing[@]} -eq 0 ] && exit 0

echo "ensure-nginx: installing ${missing[*]} with apt-get" >&2

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "ensure-nginx: ERROR: need root (or passwordless sudo) to apt-get install: ${missing[*]}" >&2
  echo "  Install them by hand: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-nginx: ERROR: apt-get not found; install by hand: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/ensure-nginx-apt.log 2>&1; then
  tail -n 20 /tmp/ensure-nginx-apt.log >&2
  echo "ensure-nginx: ERROR: apt-get install ${missing[*]} failed (full log: /tmp/ensure-nginx-apt.log)" >&2
  exit 1
fi

fail=0
[ -x "$NGINX" ] || { echo "ensure-nginx: ERROR: $NGINX still missing after install" >&2; fail=1; }
[ -f "$BROTLI_MODULE" ] || { echo "ensure-nginx: ERROR: $BROTLI_MODULE still missing after install" >&2; fail=1; }
exit $fail
