#!/usr/bin/env bash
# Installs every Debian 12 package pcitopo's build, app and tests need.
# Idempotent: apt-get skips what is already installed. Run as root (or with sudo).
set -euo pipefail

PACKAGES=(
    # build
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libvulkan-dev
    libxml2-dev libvirt-dev
    # run: Qt platform plugins, fonts, SVG icons
    libqt6svg6 qt6-qpa-plugins fonts-dejavu-core
    # tests: real libvirt (test driver, in-process QEMU driver, loopback libvirtd)
    libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients
    # remote authentication: a libvirtd asking for a password (SASL DIGEST-MD5, own user db)
    sasl2-bin libsasl2-modules
    # (qemu-system-x86 brings SeaBIOS and iPXE: the live tests run TCG guests on firmware alone)
    qemu-system-x86 qemu-system-arm qemu-system-ppc
    libxml2-utils xvfb xauth xdotool graphviz
    # packaging checks
    dpkg-dev appstream desktop-file-utils man-db
    # fuzzing: clang with libFuzzer and its sanitizer runtimes
    clang libclang-rt-14-dev
    # formatting check (CI)
    clang-format
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "pcitopo: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # --no-install-recommends keeps libvirt-daemon-system (and with it systemd as init) out.
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "pcitopo: all build and test packages are installed"
fi
