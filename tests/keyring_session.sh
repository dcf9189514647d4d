#!/bin/sh
# Run a command against a real Secret Service: a private D-Bus session with GNOME Keyring
# started and its login keyring unlocked, in a throw-away HOME. With no arguments it runs the
# keyring tests:
#   tests/keyring_session.sh
#   tests/keyring_session.sh .venv/bin/python -m pytest tests/core/settings/test_secrets.py -q
# Needs (Debian/Ubuntu): dbus (dbus-run-session), gnome-keyring.
set -eu
cd "$(dirname "$0")/.."

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "$tool is needed: sudo apt-get install dbus gnome-keyring" >&2; exit 2; }
done
if [ $# -eq 0 ]; then
    set -- .venv/bin/python -m pytest -q -m keyring_service tests/core/settings/test_secrets.py \
        tests/test_cli_key.py
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
# The keyring lives in the scratch HOME, never the caller's. No display: an unlock prompt must
# fail at once (the locked-keyring test relies on it) instead of opening a window.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
unset DISPLAY WAYLAND_DISPLAY
export AGENT_DESKTOP_TEST_SECRET_SERVICE=1
export AGENT_DESKTOP_TEST_KEYRING_PASSWORD="agent-desktop-test"

# printf, not echo: gnome-keyring takes stdin verbatim, a trailing newline would be in the password.
# Not exec: the trap above must still remove the scratch folder. The daemon exits with the bus.
status=0
dbus-run-session -- sh -c '
    printf %s "$AGENT_DESKTOP_TEST_KEYRING_PASSWORD" |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    export AGENT_DESKTOP_TEST_DBUS="$DBUS_SESSION_BUS_ADDRESS"
    exec "$@"' sh "$@" || status=$?
exit "$status"
