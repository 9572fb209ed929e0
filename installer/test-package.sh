#!/usr/bin/env bash
# Builds the Debian package, unpacks it into a scratch root (no container, no root needed for
# that part) and checks it as a user of the package would meet it: the files are there, the
# desktop entry and the AppStream metainfo validate, the dependencies are declared, and the
# installed binary runs and draws the demo without a display.
# Usage: test-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cd "$build"
cpack -G DEB -B "$scratch/out" > "$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/pcitopo_*.deb)
echo "package: $(basename "$deb")"

fail() { echo "FAIL: $*"; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for need in libvirt0 libqt6widgets6 libqt6svg6 libxml2 qt6-qpa-plugins; do
    grep -q "$need" <<< "$depends" || fail "the package does not depend on $need"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/pcitopo \
            usr/share/applications/io.github.pcitopo.pcitopo.desktop \
            usr/share/metainfo/io.github.pcitopo.pcitopo.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/io.github.pcitopo.pcitopo.svg \
            usr/share/man/man1/pcitopo.1.gz; do
    [ -s "$root/$file" ] || fail "$file is missing from the package"
done
if dpkg-deb -c "$deb" | grep -q "tst_\|pcitopo-bench"; then fail "tests or benchmarks are packaged"; fi

desktop-file-validate "$root/usr/share/applications/io.github.pcitopo.pcitopo.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.pcitopo.pcitopo.metainfo.xml" || fail "appstreamcli validate"
zcat "$root/usr/share/man/man1/pcitopo.1.gz" | man -l - > /dev/null 2>&1 || zcat "$root/usr/share/man/man1/pcitopo.1.gz" | grep -q "^.TH PCITOPO" || fail "the man page does not render"

version=$(env -u DISPLAY "$root/usr/bin/pcitopo" --version)
echo "installed binary: $version"
grep -q "^pcitopo 0.1.0" <<< "$version" || fail "the installed binary does not run"
env -u DISPLAY QT_QPA_PLATFORM= "$root/usr/bin/pcitopo" export - -o "$scratch/demo.svg" < "$(dirname "$0")/../resources/demo/q35-gpu-passthrough.xml"
grep -q 'id="controller-5"' "$scratch/demo.svg" || fail "the installed binary did not draw the demo"
# Started without arguments, the installed editor opens its demo host (libvirt's test driver)
# and the q35 guest: its diagram boxes are printed once shown.
shown=$(HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen PCITOPO_PRINT_NODE_GEOMETRY=quit \
        timeout 60 "$root/usr/bin/pcitopo" 2>/dev/null || true)
grep -q "hostdev 0000:01:00.0" <<< "$shown" || fail "the installed editor did not show the demo host's guest"
grep -q "^ready" <<< "$shown" || fail "the installed editor did not finish showing the demo"
echo "1 passed, 0 failed"
