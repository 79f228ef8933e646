#!/usr/bin/env bash
# with-test-keyring.sh CMD [ARGS...]
#
# Runs CMD against a real Secret Service that belongs to this run alone: a private D-Bus session bus
# (dbus-run-session) with a gnome-keyring-daemon whose login keyring is created and unlocked in a throwaway
# directory. Keychain tests so exercise the real thing without ever touching the developer's own keyring, and
# work the same as root in CI, without a desktop session and without XDG_RUNTIME_DIR.
# The exit status is CMD's. A missing tool is an error, not a reason to skip: a keychain test that silently
# does not run proves nothing.
set -euo pipefail

readonly script_name="${0##*/}"
readonly keyring_password="mlc-test-keyring"

die() {
    echo "$script_name: $*" >&2
    exit 1
}

require_tools() {
    local tool
    for tool in dbus-run-session gnome-keyring-daemon gdbus; do
        command -v "$tool" >/dev/null 2>&1 ||
            die "'$tool' is not installed, so keychain tests cannot run. Install dbus, gnome-keyring and" \
                "libglib2.0-bin (Debian/Ubuntu: apt-get install dbus gnome-keyring libglib2.0-bin)."
    done
}

# Everything the keyring daemon and the command could write lands in the throwaway directory. The desktop
# variables are cleared so that QtKeychain, finding no desktop, talks to the Secret Service and not to KWallet.
isolate_environment() {
    local root="$1"
    mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache"
    mkdir -m 700 "$root/runtime"
    export HOME="$root/home"
    export XDG_DATA_HOME="$root/data"
    export XDG_CONFIG_HOME="$root/config"
    export XDG_CACHE_HOME="$root/cache"
    export XDG_RUNTIME_DIR="$root/runtime"
    export MLC_TEST_KEYRING_DIR="$root"
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID
    unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
}

# Runs inside the private bus: start the daemon, wait until it owns the Secret Service name, run CMD, stop it.
run_inside_session() {
    local daemon_log="$MLC_TEST_KEYRING_DIR/gnome-keyring-daemon.log"
    local daemon_pid status

    # --unlock reads the password from stdin and creates the login keyring with it, which then serves as the
    # default collection that new secrets are stored in.
    printf '%s' "$keyring_password" |
        gnome-keyring-daemon --foreground --unlock --components=secrets >"$daemon_log" 2>&1 &
    daemon_pid=$!

    if ! gdbus wait --session --timeout 15 org.freedesktop.secrets >/dev/null 2>&1 ||
        ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "$script_name: gnome-keyring-daemon did not provide the Secret Service on the private bus." >&2
        cat "$daemon_log" >&2 || true
        kill "$daemon_pid" 2>/dev/null || true
        exit 1
    fi

    set +e
    "$@"
    status=$?
    set -e

    kill "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
    exit "$status"
}

main() {
    [[ $# -gt 0 ]] || die "usage: $script_name CMD [ARGS...]"
    require_tools

    if [[ "$1" == "--inside-session" ]]; then
        shift
        run_inside_session "$@"
    fi

    local root status
    root="$(mktemp -d "${TMPDIR:-/tmp}/mlc-test-keyring.XXXXXXXX")"
    # shellcheck disable=SC2064 # expand $root now: it is the directory of this run
    trap "rm -rf '$root'" EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    isolate_environment "$root"

    set +e
    dbus-run-session -- "$BASH" "${BASH_SOURCE[0]}" --inside-session "$@"
    status=$?
    set -e
    exit "$status"
}

main "$@"
