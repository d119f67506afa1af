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

# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"
apt_install ensure-nginx "${missing[@]}"

fail=0
[ -x "$NGINX" ] || { echo "ensure-nginx: ERROR: $NGINX still missing after install" >&2; fail=1; }
[ -f "$BROTLI_MODULE" ] || { echo "ensure-nginx: ERROR: $BROTLI_MODULE still missing after install" >&2; fail=1; }
exit $fail
