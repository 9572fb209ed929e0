#!/usr/bin/env bash
# Configures and builds pcitopo in ./build (Ninja, 2 jobs by default: PCITOPO_JOBS overrides).
# Under CI (CI=true) warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."

werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPCITOPO_WERROR="$werror"
cmake --build build --parallel "${PCITOPO_JOBS:-2}"
