#!/bin/sh
# Install Agent Desktop from this unpacked archive, for the current user (no root needed).
#
#   ./install.sh                 into ~/.local: the app in ~/.local/lib/agent-desktop, the command
#                                ~/.local/bin/agent-desktop, the menu entry and icons in ~/.local/share
#   sudo ./install.sh --prefix /usr/local      the same for every user of the machine
#
# Run it again to upgrade. uninstall.sh (also copied next to the app) removes it again; settings,
# the call-log outbox and the API key in the keyring are kept.
set -eu

prefix="$HOME/.local"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
app_dir="$prefix/lib/agent-desktop"
bin_dir="$prefix/bin"
share_dir="$prefix/share"

if [ ! -x "$here/agent-desktop/agent-desktop" ]; then
    echo "install.sh: $here/agent-desktop/agent-desktop is missing; unpack the whole archive first" >&2
    exit 1
fi

# Copy beside the old version, then swap, so a failed copy leaves the old install working.
mkdir -p "$prefix/lib"
rm -rf "$app_dir.new"
cp -R "$here/agent-desktop" "$app_dir.new"
cp "$here/uninstall.sh" "$app_dir.new/uninstall.sh"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"

mkdir -p "$bin_dir"
ln -sfn "$app_dir/agent-desktop" "$bin_dir/agent-desktop"

# The menu entry points at the app itself: ~/.local/bin is not on every session's PATH.
mkdir -p "$share_dir/applications"
escaped=$(printf '%s' "$app_dir/agent-desktop" | sed 's/[\\&|]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$escaped\" %u|" -e "s|^TryExec=.*|TryExec=$escaped|" \
    "$here/share/applications/agent-desktop.desktop" \
    > "$share_dir/applications/agent-desktop.desktop"

for icon in "$here"/share/icons/hicolor/*/apps/agent-desktop.*; do
    size_dir=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$share_dir/icons/hicolor/$size_dir/apps"
    cp "$icon" "$share_dir/icons/hicolor/$size_dir/apps/"
done

# Refresh the desktop's caches where the tools exist; menus pick the entry up anyway.
update-desktop-database -q "$share_dir/applications" 2>/dev/null || true

# Clicked tel:/callto:/sip: links: become this user's handler where no other program is one
# (a softphone that already handles them keeps them; `xdg-mime default agent-desktop.desktop
# x-scheme-handler/tel` switches later). Not as root: that would only change root's choice.
if [ "$(id -u)" -ne 0 ] && command -v xdg-mime >/dev/null 2>&1; then
    for scheme in tel callto sip; do
        current=$(xdg-mime query default "x-scheme-handler/$scheme" 2>/dev/null || true)
        if [ -z "$current" ] || [ "$current" = "agent-desktop.desktop" ]; then
            xdg-mime default agent-desktop.desktop "x-scheme-handler/$scheme" 2>/dev/null || true
        fi
    done
fi
gtk-update-icon-cache -q -t "$share_dir/icons/hicolor" 2>/dev/null || true

echo "Agent Desktop installed in $app_dir"
echo "  command:    $bin_dir/agent-desktop"
echo "  menu entry: $share_dir/applications/agent-desktop.desktop"
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) echo "  note: $bin_dir is not on your PATH; the menu entry works regardless." ;;
esac
