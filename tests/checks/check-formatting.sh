#!/usr/bin/env bash
# Usage: check-formatting.sh SOURCE_DIR CLANG_FORMAT
set -euo pipefail
cd "$1"
clang_format=$2
mapfile -t files < <(git ls-files '*.h' '*.cpp' 2>/dev/null || find app core ui sandbox tests -name '*.h' -o -name '*.cpp')
unformatted=()
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ "${#unformatted[@]}" -gt 0 ]; then
    echo "Not formatted with .clang-format (run: clang-format -i FILE):"
    printf '  %s\n' "${unformatted[@]}"
    exit 1
fi
echo "${#files[@]} files formatted"
