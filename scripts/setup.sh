#!/usr/bin/env bash
# Everything the project needs on a fresh Debian machine: Chromium for the browser
# tests and the demo (with its language packs, for the French tests), Firefox ESR for
# the Firefox lane of the browser tests, and the npm packages. Safe to run again. Point
# CHROMIUM_PATH at another Chromium, or FIREFOX_PATH at another Firefox, to skip apt for it.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
if [ -z "${CHROMIUM_PATH:-}" ]; then
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  [ -e /usr/lib/chromium/locales/fr.pak ] || need_apt+=(chromium-l10n)
fi
# The browser tests also run in Firefox (tests/e2e/both, driven by puppeteer-core).
if [ -z "${FIREFOX_PATH:-}" ]; then
  command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
fi
# The deadline tests run the whole browser at chosen dates with libfaketime.
if [ -z "${FAKETIME_LIB:-}" ]; then
  [ -e /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 ] || need_apt+=(faketime)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "setup: npm packages already installed"
else
  npm ci --no-audit --no-fund
fi
