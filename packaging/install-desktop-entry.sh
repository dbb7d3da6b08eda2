#!/usr/bin/env bash
# Puts Generative Studio into the desktop's application menu for the current user (freedesktop: GNOME,
# KDE, Xfce, ...), or takes it out again. Nothing outside ~/.local/share (or $XDG_DATA_HOME) is touched.
#
#   bash install-desktop-entry.sh                 # the bundle beside this script, or `studio` on the PATH
#   bash install-desktop-entry.sh --exec PATH     # start this program instead
#   bash install-desktop-entry.sh --uninstall     # remove the menu entry and the icons
#
# The script lives in packaging/ of a checkout and at the top of a bundle (dist/generative-studio/).
set -euo pipefail

APP_ID=org.generativestudio.Studio
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
applications="$data/applications"
icons="$data/icons/hicolor"
sizes=(16 32 48 64 128 256 512)

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

exec_path=""
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) action=uninstall ;;
    --exec) shift; exec_path=${1:?--exec needs the path of the program to start} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install-desktop-entry: unknown option '$1' (see --help)." >&2; exit 2 ;;
  esac
  shift
done

refresh_caches() {  # the menus and icon themes notice new files on their own; these make it immediate
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$applications" 2>/dev/null || true
  # Only refresh an icon cache that exists: a new one would hide icons that other programs add later.
  if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -f "$applications/$APP_ID.desktop" "$icons/scalable/apps/$APP_ID.svg"
  for s in "${sizes[@]}"; do rm -f "$icons/${s}x${s}/apps/$APP_ID.png"; done
  refresh_caches
  echo "Generative Studio was removed from the application menu."
  exit 0
fi

# The assets: inside a bundle (PyInstaller puts them under _internal/), else the checkout's package.
assets=""
for candidate in "$here/_internal/studio/assets" "$here/studio/assets" "$here/../studio/assets"; do
  if [ -f "$candidate/$APP_ID.desktop" ]; then assets=$(cd "$candidate" && pwd); break; fi
done
[ -n "$assets" ] || { echo "install-desktop-entry: the studio's assets were not found beside $here." >&2; exit 1; }

if [ -z "$exec_path" ]; then
  if [ -x "$here/studio" ]; then
    exec_path="$here/studio"                        # the bundle this script came with
  elif command -v studio >/dev/null; then
    exec_path=$(command -v studio)                  # pipx install . / pip install .
  else
    echo "install-desktop-entry: no 'studio' program found; install it (pipx install .) or pass --exec PATH." >&2
    exit 1
  fi
fi
case "$exec_path" in /*) ;; *) exec_path="$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")" ;; esac
[ -x "$exec_path" ] || { echo "install-desktop-entry: '$exec_path' is not a program that can be run." >&2; exit 1; }

install -Dm644 "$assets/icons/$APP_ID.svg" "$icons/scalable/apps/$APP_ID.svg"
for s in "${sizes[@]}"; do
  install -Dm644 "$assets/icons/hicolor/${s}x${s}/apps/$APP_ID.png" "$icons/${s}x${s}/apps/$APP_ID.png"
done
# Exec names the program by its absolute path, quoted as the Desktop Entry specification asks (a path may
# hold spaces; \ " ` $ are escaped, % doubled); the file is written beside its target and renamed, so a
# menu never reads half of it.
desktop_quote() { printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g'; }
mkdir -p "$applications"
entry=$(mktemp "$applications/.$APP_ID.XXXXXX")
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec="%s"\nTryExec=%s\n' "$(desktop_quote "$exec_path")" "$exec_path" ;;
    TryExec=*) ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$assets/$APP_ID.desktop" > "$entry"
chmod 644 "$entry"
mv -f "$entry" "$applications/$APP_ID.desktop"
refresh_caches
echo "Generative Studio is in the application menu (starts $exec_path)."
echo "Remove it with: bash $(basename "${BASH_SOURCE[0]}") --uninstall"
