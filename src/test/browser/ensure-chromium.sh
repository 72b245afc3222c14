#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium is on this machine before the browser tests run
# (maven-failsafe, *BrowserIT). Called by the build in the pre-integration-test phase; does nothing
# when /usr/bin/chromium is already there. Installs from Debian's packages only: the tests use the
# system browser and never download one of their own (docs/decisions/0081-browser-tests.md).
set -euo pipefail

CHROMIUM="${TRADEN_CHROMIUM:-/usr/bin/chromium}"
if [[ -x "$CHROMIUM" ]]; then
    exit 0
fi

if ! command -v apt-get > /dev/null; then
    echo "ensure-chromium: $CHROMIUM is missing and this is no Debian-like system." >&2
    echo "Install Chromium and point TRADEN_CHROMIUM at it, or skip the browser tests with -DskipITs." >&2
    exit 1
fi

SUDO=()
if [[ "$(id -u)" != 0 ]]; then
    if sudo -n true 2> /dev/null; then
        SUDO=(sudo -n)
    else
        echo "ensure-chromium: $CHROMIUM is missing and installing it needs root:" >&2
        echo "  sudo apt-get install -y chromium" >&2
        echo "or skip the browser tests with -DskipITs." >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
APT=("${SUDO[@]}" apt-get -q -y -o DPkg::Lock::Timeout=600)
echo "ensure-chromium: installing Debian's chromium package"
if ! "${APT[@]}" install chromium; then
    # A fresh machine may have no package lists yet, or stale ones.
    "${APT[@]}" update
    "${APT[@]}" install chromium
fi
"$CHROMIUM" --version
