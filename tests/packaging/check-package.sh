#!/usr/bin/env bash
# Builds the Debian package from the build tree and checks what it holds and declares: the three programs, the
# desktop entry, metainfo, icon and systemd units, and dependencies on the Qt 6 runtime, QtKeychain and the
# plugins dpkg-shlibdeps cannot see. Leaves the package in OUT for the install test.
set -euo pipefail
build=$1
out=$2
rm -rf "$out" && mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/ml-connector_*.deb)
fail() { echo "package: $*" >&2; exit 1; }

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/ml-connector ./usr/bin/ml-connector-cli ./usr/bin/ml-connector-sandbox \
    ./usr/share/applications/com.mlconnector.MlConnector.desktop \
    ./usr/share/metainfo/com.mlconnector.MlConnector.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/com.mlconnector.MlConnector.svg \
    ./usr/lib/systemd/system/ml-connector.service ./usr/lib/systemd/user/ml-connector.service; do
    grep -qxF "$path" <<<"$contents" || fail "$path is missing"
done
grep -q '/tests/\|tst_' <<<"$contents" && fail "test programs were packaged"

depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    libqt6httpserver6 libqt6keychain1 qt6-qpa-plugins libqt6svg6; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done

# What was packed validates as well as the sources.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch"
desktop-file-validate "$scratch/usr/share/applications/com.mlconnector.MlConnector.desktop"
appstreamcli validate --no-net "$scratch/usr/share/metainfo/com.mlconnector.MlConnector.metainfo.xml" >/dev/null
echo "$(basename "$deb"): $(wc -l <<<"$contents") entries; Depends: $depends"
