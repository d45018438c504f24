#!/usr/bin/env bash
# Installs the Debian packages Qt needs when they are missing (and, with --fonts, a CJK font for
# screenshots). Does nothing when everything is already there or when apt-get is not available.
set -euo pipefail
python=${1:?usage: ensure_system_deps.sh VENV_PYTHON [--fonts]}
want_fonts=${2:-}
packages=()
if ! QT_QPA_PLATFORM=offscreen "$python" -c 'from PySide6 import QtWidgets, QtGui' >/dev/null 2>&1; then
  packages+=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
fi
if [ "$want_fonts" = "--fonts" ] && ! fc-list 2>/dev/null | grep -qi 'CJK'; then
  packages+=(fonts-noto-cjk)
fi
[ ${#packages[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing system packages (${packages[*]}); install them with your package manager." >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}"
