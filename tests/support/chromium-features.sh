#!/usr/bin/env bash
# Starts the Chromium in $CHROMIUM_REAL with every --disable-features list merged into one.
# Chromium keeps only the last --disable-features it is given, and Playwright passes its own
# list (features that break automation), so a second list from the tests would switch those
# back on (checked: HTTPS upgrades came back). tests/support/extension.mjs starts Chromium
# through this script.
features=()
args=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) features+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if ((${#features[@]})); then
  args+=("--disable-features=$(IFS=,; echo "${features[*]}")")
fi
exec "${CHROMIUM_REAL:?set by tests/support/extension.mjs}" "${args[@]}"
