#!/usr/bin/env bash
# Every C and C++ source of the repository formatted as .clang-format says (clang-format 14,
# Debian 12's). Exit 1 and the offending files when one is not; --fix rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files '*.cpp' '*.h' '*.c')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${sources[@]}"
    exit 0
fi
bad=()
for f in "${sources[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ "${#bad[@]}" -gt 0 ]; then
    echo "pcitopo: not formatted (bash installer/check-format.sh --fix): ${bad[*]}" >&2
    exit 1
fi
echo "pcitopo: ${#sources[@]} sources formatted"
