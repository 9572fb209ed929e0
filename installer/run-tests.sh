#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs the packages,
# builds, runs every test with CTest. The corpus is expected at ../shared/corpus (beside the
# checkout); the tests that use it fail when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
bash installer/prepare-test-env.sh
bash installer/build.sh
cd build
ctest --output-on-failure --parallel "${PCITOPO_JOBS:-2}"
