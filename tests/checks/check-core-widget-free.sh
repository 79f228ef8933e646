#!/usr/bin/env bash
# Usage: check-core-widget-free.sh SOURCE_DIR CLI_BINARY
set -euo pipefail
source_dir=$1
cli=$2
status=0

includes=$(grep -rnE '#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QIcon|QPixmap|QImage|QColor|QPainter|QFont)\b' \
    "$source_dir/core" || true)
if [ -n "$includes" ]; then
    echo "core/ includes GUI headers; the engine must stay widget-free:"
    echo "$includes"
    status=1
fi

libraries=$(ldd "$cli" | grep -E 'libQt6(Gui|Widgets|OpenGL)\.so' || true)
if [ -n "$libraries" ]; then
    echo "ml-connector-cli loads GUI libraries:"
    echo "$libraries"
    status=1
fi

[ "$status" -eq 0 ] && echo "core/ and ml-connector-cli are free of QtGui and QtWidgets"
exit "$status"
