#!/usr/bin/env bash
# Make sure the system tools the test suite drives are on this machine:
#   - Debian's chromium (playwright-core drives it; Playwright's own browser download is not allowed here)
#   - a Java runtime (the Nu Html Checker, vnu.jar, runs on it)
#   - python3-feedparser (the feed tests parse our RSS with an independent parser)
# Quiet and quick when everything is present; installs with apt-get otherwise; exits 1 with a
# clear message when it cannot (tests must fail, never silently skip).
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()

[ -x "$CHROMIUM" ] || missing+=(chromium)
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || missing+=(python3-feedparser)
java -version >/dev/null 2>&1 || missing+=(default-jre-headless)

[ ${#missing[@]} -eq 0 ] && exit 0

echo "ensure-chromium: installing ${missing[*]} with apt-get" >&2

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "ensure-chromium: ERROR: need root (or passwordless sudo) to apt-get install: ${missing[*]}" >&2
  echo "  Install them by hand: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: ERROR: apt-get not found; install by hand: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/ensure-chromium-apt.log 2>&1; then
  tail -n 20 /tmp/ensure-chromium-apt.log >&2
  echo "ensure-chromium: ERROR: apt-get install ${missing[*]} failed (full log: /tmp/ensure-chromium-apt.log)" >&2
  exit 1
fi

# Verify, so a partial install is reported here rather than as a confusing test failure.
fail=0
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: ERROR: $CHROMIUM still missing after install" >&2; fail=1; }
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || { echo "ensure-chromium: ERROR: python3 cannot import feedparser" >&2; fail=1; }
java -version >/dev/null 2>&1 || { echo "ensure-chromium: ERROR: java still not runnable" >&2; fail=1; }
exit $fail
