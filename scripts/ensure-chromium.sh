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

# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"
apt_install ensure-chromium "${missing[@]}"

# Verify, so a partial install is reported here rather than as a confusing test failure.
fail=0
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: ERROR: $CHROMIUM still missing after install" >&2; fail=1; }
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || { echo "ensure-chromium: ERROR: python3 cannot import feedparser" >&2; fail=1; }
java -version >/dev/null 2>&1 || { echo "ensure-chromium: ERROR: java still not runnable" >&2; fail=1; }
exit $fail
