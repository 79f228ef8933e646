#!/usr/bin/env bash
# Installs the package into a fresh Debian 12 root made for the test (debootstrap, minbase) with apt, so its
# declared dependencies are resolved from the mirror, and runs `ml-connector-cli --version` and
# `profile validate` there. It needs root (for chroot), debootstrap and the network to the mirror; without them
# it says so and exits 77, which ctest reports as skipped while the rest of the suite passes.
set -euo pipefail
out=$1
profile=$2
mirror=${MLC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
skip() { echo "install test not run: $*"; exit 77; }

deb=$(ls "$out"/ml-connector_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no package in $out: check_package makes it" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || skip "it needs root to chroot"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
host=$(sed -E 's|^[a-z]+://([^/:]+).*|\1|' <<<"$mirror")
getent hosts "$host" >/dev/null || skip "no network to the package mirror $mirror"

root=$out/bookworm
cache=$out/../bookworm-minbase.tar.gz # kept between runs of one build folder
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
rm -rf "$root"
if [ -f "$cache" ]; then
    mkdir -p "$root" && tar -xzf "$cache" -C "$root"
else
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 ||
        { tail -5 "$out/debootstrap.log"; skip "debootstrap could not fetch Debian 12 from $mirror"; }
    tar -czf "$cache.part" -C "$root" . && mv "$cache.part" "$cache"
fi
mount -t proc proc "$root/proc" 2>/dev/null || true
cp "$deb" "$root/tmp/ml-connector.deb"
cp "$profile" "$root/tmp/profile.json"
run() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
run apt-get update -qq >"$out/apt.log" 2>&1 || { tail -5 "$out/apt.log"; skip "apt-get update failed in the root"; }
# apt resolves the package's Depends from the mirror; a missing or misnamed dependency fails here.
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/ml-connector.deb \
    >>"$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; echo "apt could not install the package" >&2; exit 1; }
version=$(run ml-connector-cli --version)
echo "installed: $version"
grep -q "0\.\|[0-9]\.[0-9]" <<<"$version" || { echo "unexpected --version output: $version" >&2; exit 1; }
run ml-connector-cli profile validate /tmp/profile.json
# The desktop program's libraries resolve too (it is not started: there is no display).
if run ldd /usr/bin/ml-connector | grep -q "not found"; then
    run ldd /usr/bin/ml-connector | grep "not found" >&2
    exit 1
fi
echo "the package installs on Debian 12 with its dependencies and runs"
