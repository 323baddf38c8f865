#!/bin/sh
# Install the cpdlog bundle (the folder this script is in) for the current user: no root,
# nothing outside your home folder. Run it again to upgrade. Your journal is not touched.
#
#   ./install.sh              install to ~/.local/lib/cpdlog, add `cpdlog` to ~/.local/bin
#                             and cpdlog to the applications menu
#   ./install.sh --uninstall  remove all of that again (your journal stays)
#
# PREFIX (default ~/.local) changes where it goes.
set -eu

APP_ID=org.cpdlog.CPDLog
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
[ "$PREFIX" = "$HOME/.local" ] || DATA_HOME=$PREFIX/share
APP_DIR=$PREFIX/lib/cpdlog
BIN=$PREFIX/bin/cpdlog
DESKTOP=$DATA_HOME/applications/$APP_ID.desktop
METAINFO=$DATA_HOME/metainfo/$APP_ID.metainfo.xml
ICONS=$DATA_HOME/icons/hicolor

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP_DIR"
  rm -f "$BIN" "$DESKTOP" "$METAINFO"
  find "$ICONS" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
  refresh_caches
  echo "cpdlog is uninstalled. Your journal is still in your data folder (see the README)."
  exit 0
fi

[ -x "$HERE/cpdlog" ] || { echo "install.sh: run me from inside the cpdlog folder" >&2; exit 1; }

if [ "$HERE" != "$APP_DIR" ]; then
  rm -rf "$APP_DIR"
  mkdir -p "$(dirname "$APP_DIR")"
  cp -R "$HERE" "$APP_DIR"
fi
mkdir -p "$(dirname "$BIN")" "$(dirname "$DESKTOP")" "$(dirname "$METAINFO")"
ln -sf "$APP_DIR/cpdlog" "$BIN"
sed -e "s|^Exec=.*|Exec=$APP_DIR/cpdlog %u|" -e "s|^TryExec=.*|TryExec=$APP_DIR/cpdlog|" \
  "$APP_DIR/share/applications/$APP_ID.desktop" > "$DESKTOP"
cp "$APP_DIR/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
mkdir -p "$ICONS"
cp -R "$APP_DIR/share/icons/hicolor/." "$ICONS/"
refresh_caches

echo "cpdlog $("$APP_DIR/cpdlog" --version | cut -d' ' -f2) is installed in $APP_DIR."
echo "Open it from your applications menu, or run: cpdlog"
case ":$PATH:" in
  *":$(dirname "$BIN"):"*) ;;
  *) echo "(Add $(dirname "$BIN") to your PATH to run \`cpdlog\` from a terminal.)" ;;
esac
