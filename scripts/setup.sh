#!/usr/bin/env sh
# Makes a fresh clone runnable: the browsers Pilar is tested in (Debian's chromium and
# firefox-esr, with their Indonesian language packs) and the npm dependencies, which bring
# Node 22 along as node_modules/.bin/node. Safe to run again; it only installs what is missing.
set -eu
cd "$(dirname "$0")/.."

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -e /usr/lib/chromium/locales/id.pak ] || missing="$missing chromium-l10n"
[ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr"
ls /usr/lib/firefox-esr/browser/extensions/langpack-id@* >/dev/null 2>&1 || missing="$missing firefox-esr-l10n-id"
command -v node >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Pilar needs:$missing. On Debian or Ubuntu: sudo apt-get install$missing" >&2
  fi
fi

# npm ci when the dependencies are missing or older than the lockfile.
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
