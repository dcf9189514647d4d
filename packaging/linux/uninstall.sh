#!/bin/sh
# Remove Agent Desktop installed by install.sh.
#
#   ./uninstall.sh                   remove the per-user install (~/.local)
#   sudo ./uninstall.sh --prefix /usr/local
#
# Run from the installed copy (<prefix>/lib/agent-desktop/uninstall.sh) it finds its prefix itself.
# Settings (~/.config/agent-desktop), the outbox (~/.local/share/agent-desktop) and the API key in
# the keyring are left alone: delete them by hand if you want them gone.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
case "$here" in
    */lib/agent-desktop) prefix=${here%/lib/agent-desktop} ;;
    *) prefix="$HOME/.local" ;;
esac
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "uninstall.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

app_dir="$prefix/lib/agent-desktop"
link="$prefix/bin/agent-desktop"
share_dir="$prefix/share"

# Only remove the command if it is our link, not some other agent-desktop on the PATH.
if [ -L "$link" ] && [ "$(readlink "$link")" = "$app_dir/agent-desktop" ]; then
    rm -f "$link"
fi
rm -f "$share_dir/applications/agent-desktop.desktop"
rm -f "$share_dir"/icons/hicolor/*/apps/agent-desktop.png "$share_dir"/icons/hicolor/*/apps/agent-desktop.svg
rm -rf "$app_dir"

update-desktop-database -q "$share_dir/applications" 2>/dev/null || true
gtk-update-icon-cache -q -t "$share_dir/icons/hicolor" 2>/dev/null || true
echo "Agent Desktop removed from $prefix (settings, outbox and keyring entry kept)."
