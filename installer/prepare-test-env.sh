#!/usr/bin/env bash
# Prepares this machine for the tests that run real libvirt (reference/libvirt-for-tests.md):
# - the QEMU driver (embedded or in libvirtd) will not start without the libvirt-qemu user;
# - where /dev/kvm exists with mode 0600, libvirt re-probes QEMU on every call (minutes per
#   define); 0666 is what udev gives it on a normal Debian host.
# Idempotent. Needs root (uses sudo otherwise).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! getent group libvirt-qemu >/dev/null; then
    $SUDO groupadd --system libvirt-qemu
fi
if ! getent passwd libvirt-qemu >/dev/null; then
    $SUDO useradd --system --gid libvirt-qemu --home-dir /var/lib/libvirt --no-create-home \
        --shell /usr/sbin/nologin libvirt-qemu
fi
if [ -e /dev/kvm ] && [ "$(stat -c %a /dev/kvm)" != "666" ]; then
    $SUDO chmod 0666 /dev/kvm
fi
echo "pcitopo: test environment ready (libvirt-qemu user, /dev/kvm access)"
