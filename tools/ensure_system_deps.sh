#!/usr/bin/env bash
# Installs the Debian packages Qt needs when they are missing: the libraries Qt loads even offscreen, and,
# when a display is there (DISPLAY), the ones the desktop platform plugin (xcb) needs; with --fonts, a CJK
# font for screenshots. Does nothing when everything is there. Without apt-get it prints what to install.
set -euo pipefail
python=${1:?usage: ensure_system_deps.sh VENV_PYTHON [--fonts]}
want_fonts=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
packages=()
if ! QT_QPA_PLATFORM=offscreen "$python" -c 'from PySide6 import QtWidgets, QtGui' >/dev/null 2>&1; then
  packages+=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
fi
if [ -n "${DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
  # Qt 6.5+ needs libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1 … for a real window; ldd says which are missing.
  while IFS= read -r package; do
    [ -n "$package" ] && packages+=("$package")
  done < <("$python" "$here/qt_platform_deps.py" --plugin xcb 2>/dev/null || true)
fi
if [ "$want_fonts" = "--fonts" ] && ! fc-list 2>/dev/null | grep -qi 'CJK'; then
  packages+=(fonts-noto-cjk)
fi
[ ${#packages[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Qt needs these system packages (Debian/Ubuntu names; install the same libraries with your package" \
       "manager): ${packages[*]}" >&2
  exit 0
fi
echo "Installing the system packages Qt needs: ${packages[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}"
