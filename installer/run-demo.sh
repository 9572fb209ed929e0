#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the editor showing its embedded demo:
# installs the packages, builds, starts pcitopo. Extra arguments go to pcitopo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
bash installer/build.sh
exec ./build/app/pcitopo "$@"
