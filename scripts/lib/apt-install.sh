# Sourced by scripts/ensure-*.sh: `apt_install <tag> <package…>` installs Debian packages with
# apt-get as root (or passwordless sudo), quietly, logging to /tmp/<tag>-apt.log; on any failure it
# prints a clear message and exits 1 (tests must fail, never silently skip).
apt_install() {
  local tag="$1"
  shift
  echo "$tag: installing $* with apt-get" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "$tag: ERROR: need root (or passwordless sudo) to apt-get install: $*" >&2
      echo "  Install them by hand: apt-get update && apt-get install -y $*" >&2
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$tag: ERROR: apt-get not found; install by hand: $*" >&2
    exit 1
  fi
  local log="/tmp/$tag-apt.log"
  if ! { DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "$tag: ERROR: apt-get install $* failed (full log: $log)" >&2
    exit 1
  fi
}
