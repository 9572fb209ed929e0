#!/usr/bin/env bash
# The test suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer in
# ./build-asan: any memory error or undefined behaviour aborts the test that triggers it.
# (Leak checking is off: Qt, fontconfig and libvirt keep process-lifetime allocations.)
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPCITOPO_SANITIZE=address,undefined -DPCITOPO_WERROR="$werror"
cmake --build build-asan --parallel "${PCITOPO_JOBS:-2}"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd build-asan
# The package test packs a sanitized binary: it is checked in the normal build only.
ctest --output-on-failure --parallel "${PCITOPO_JOBS:-2}" --exclude-regex '^package$'
