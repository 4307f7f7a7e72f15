#!/usr/bin/env bash
# Install everything the test suite needs on a fresh Debian machine with Python 3.11, then run it.
# The browser test drives Debian's chromium; we never download a browser of our own.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core) >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  fi
fi
exec python3 -m pytest "$@"
