#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) in ./build-fuzz and runs it for
# SECONDS (default 60) on a seed corpus made from ../shared/corpus. Crashes are written to
# build-fuzz/crashes/ and make this script fail; each one becomes a regression test in
# tests/fuzz/regressions/, which this script replays first.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPCITOPO_FUZZ=ON -DBUILD_TESTING=OFF > build-fuzz-configure.log 2>&1 || { cat build-fuzz-configure.log; exit 1; }
cmake --build build-fuzz --target fuzz_domain --parallel "${PCITOPO_JOBS:-2}"

seeds=build-fuzz/seeds
mkdir -p "$seeds" build-fuzz/crashes build-fuzz/corpus
if [ -z "$(ls -A "$seeds")" ]; then
    # Small inputs fuzz faster: the corpus files under 24 KiB, plus the demo guests.
    find ../shared/corpus -name '*.xml' -size -24k -exec cp -t "$seeds" {} + 2>/dev/null || true
    cp resources/demo/host/*.xml resources/demo/*.xml "$seeds"/
fi
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

# Every crash found so far stays fixed.
if [ -d tests/fuzz/regressions ] && [ -n "$(ls -A tests/fuzz/regressions)" ]; then
    build-fuzz/tests/fuzz/fuzz_domain tests/fuzz/regressions/*
fi
build-fuzz/tests/fuzz/fuzz_domain build-fuzz/corpus "$seeds" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/crashes/ -print_final_stats=1 2>&1 | tail -25
