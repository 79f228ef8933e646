#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from the real desktop application under Xvfb, each page shown while the
# built-in demo (the sandbox's sample data) syncs. Needs a build (scripts/dev test or scripts/dev app), Xvfb
# and ImageMagick's `import` (apt-get install xvfb imagemagick).
#
#   scripts/screenshots.sh [SECONDS]    # how long the demo runs before each picture (default 20)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

app=build/bin/ml-connector
wait_seconds=${1:-20}
for tool in Xvfb import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots.sh: build first ($app is missing)" >&2; exit 1; }

display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
scratch=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$scratch"' EXIT

# Every page of the window.
for page in accounts mapping status audit board-preview settings; do
    # A fresh data folder and settings each time: the demo starts from nothing and the window from its
    # default size (1200x720) at the top left, which is what gets cut out.
    rm -rf "$scratch"/*
    DISPLAY=$display XDG_CONFIG_HOME="$scratch/config" "$app" --data-dir "$scratch/data" --demo --page "$page" \
        >"$scratch/app.log" 2>&1 &
    app_pid=$!
    # The Board preview reads the board when shown and again a minute later, once the demo has synced.
    if [ "$page" = board-preview ]; then sleep $((wait_seconds + 60)); else sleep "$wait_seconds"; fi
    DISPLAY=$display import -window root -crop 1200x720+0+0 +repage "docs/screenshots/$page.png"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    echo "docs/screenshots/$page.png"
done
