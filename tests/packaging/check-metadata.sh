#!/usr/bin/env bash
# The desktop entry and the AppStream metadata pass the freedesktop validators (offline: no screenshot fetches).
set -euo pipefail
packaging=$1
desktop-file-validate "$packaging/linux/com.mlconnector.MlConnector.desktop"
appstreamcli validate --no-net "$packaging/linux/com.mlconnector.MlConnector.metainfo.xml"
echo "desktop entry and metainfo are valid"
