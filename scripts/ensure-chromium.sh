#!/bin/sh
# Runs before `npm test`: the dashboard's browser tests drive Debian's chromium. Installs it when
# it is missing and this machine can (root with apt-get, as CI), otherwise stops at once with
# the one command to run, instead of failing after minutes of tests.
set -eu
command -v chromium >/dev/null 2>&1 && exit 0
[ -x /usr/bin/chromium ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "chromium is missing: installing Debian's chromium for the browser tests (apt-get install chromium) …"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null && exit 0
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "chromium is missing: installing Debian's chromium for the browser tests (sudo apt-get install chromium) …"
    sudo -n sh -c 'DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq chromium >/dev/null' && exit 0
  fi
fi

echo "The browser tests need Debian's chromium, which is not installed. Run:" >&2
echo "" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "" >&2
echo "then run npm test again." >&2
exit 1
