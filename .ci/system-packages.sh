#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages FieldApp needs and the machine lacks: Python's venv and
# the libraries Qt loads to open a window. That list lives once, with the library each package
# provides, in fieldapp/platform_check.py (the application's start-up check names the same
# packages). With --test, also what the test suite uses: Xvfb and xauth (a real window under
# xvfb-run) and LibreOffice Calc (tests/test_exchange_libreoffice.py).
# Runs as root, or through sudo; asks nothing; does nothing where there is no apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_PACKAGES="python3 python3-venv"
TEST_PACKAGES="xvfb xauth libreoffice-calc-nogui"

if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-packages: no apt-get on this machine, nothing installed (Qt's window needs" \
         "the xcb libraries named in fieldapp/platform_check.py)" >&2
    exit 0
fi

updated=""
install_missing() {
    local missing="" package sudo=""
    for package in "$@"; do
        # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64); apt finds them by the old name
        dpkg -s "$package" >/dev/null 2>&1 || dpkg -s "${package}t64" >/dev/null 2>&1 \
            || missing="$missing $package"
    done
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" != 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "system-packages: missing$missing; as root run: apt-get install$missing" >&2
            exit 1
        fi
        sudo="sudo"
    fi
    echo "system-packages: installing$missing"
    if [ -z "$updated" ]; then
        $sudo apt-get update -qq
        updated=yes
    fi
    # env, not a prefix assignment: sudo drops the caller's environment
    $sudo env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $missing
}

wanted="$BASE_PACKAGES"
if [ "${1:-}" = "--test" ]; then wanted="$wanted $TEST_PACKAGES"; fi
# a bare Debian may have no python3 yet, and it is what reads Qt's list
command -v python3 >/dev/null 2>&1 || install_missing $wanted
qt_packages=$(python3 -m fieldapp.platform_check --packages)
install_missing $wanted $qt_packages
