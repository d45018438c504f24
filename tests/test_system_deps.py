"""`make run` on a fresh desktop: the system libraries Qt's xcb plugin lacks are named and installed.

The real check needs no screen: `ldd` on the plugin lists what is missing. Here fake `ldd` and `apt-get`
stand in for a desktop that lacks libraries and for Debian's installer.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from qt_platform_deps import debian_package, missing_libraries, platform_plugin  # noqa: E402

SCRIPT = ROOT / "tools" / "ensure_system_deps.sh"
LDD_ON_A_BARE_DESKTOP = """\
\tlinux-vdso.so.1 (0x00007ffd3a5e6000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1c200000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibX11-xcb.so.1 => /lib/x86_64-linux-gnu/libX11-xcb.so.1 (0x00007f0c1c000000)
"""


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libdbus-1.so.3", "libdbus-1-3"), ("libEGL.so.1", "libegl1"), ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libfontconfig.so.1", "libfontconfig1"),
])
def test_a_missing_library_is_named_by_its_debian_package(library, package):
    assert debian_package(library) == package


def test_what_ldd_could_not_find_is_listed_once():
    assert missing_libraries(LDD_ON_A_BARE_DESKTOP) == [
        "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]


def test_pyside_ships_the_xcb_plugin_the_check_looks_at():
    plugin = platform_plugin("xcb")
    assert plugin is not None and plugin.name == "libqxcb.so"


def _fake_bin(folder: Path, *, apt: bool) -> Path:
    folder.mkdir()
    commands = {"ldd": f"cat <<'OUT'\n{LDD_ON_A_BARE_DESKTOP}OUT\n"}
    if apt:
        commands["apt-get"] = f'echo "$*" >> "{folder}/apt.log"\n'
        commands["sudo"] = '"$@"\n'
    for name, body in commands.items():
        (folder / name).write_text("#!/bin/sh\n" + body)
        (folder / name).chmod(0o755)
    for tool in ("uname", "dirname", "id", "cat"):  # what the script (and the fake ldd) run besides builtins
        (folder / tool).symlink_to(shutil.which(tool))
    return folder


def _run(fake: Path, *, display: str | None, keep_path: bool) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PATH"] = f"{fake}:{env['PATH']}" if keep_path else str(fake)
    if display:
        env["DISPLAY"] = display
    return subprocess.run([shutil.which("bash"), str(SCRIPT), sys.executable], capture_output=True, text=True,
                          env=env, timeout=120)


def test_with_a_display_the_missing_xcb_libraries_are_installed(tmp_path):
    fake = _fake_bin(tmp_path / "bin", apt=True)
    result = _run(fake, display=":0", keep_path=True)
    assert result.returncode == 0, result.stderr
    calls = (fake / "apt.log").read_text().splitlines()
    assert calls == ["update -qq", "install -y -qq libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"]


def test_without_a_display_only_what_offscreen_qt_needs_is_checked(tmp_path):
    fake = _fake_bin(tmp_path / "bin", apt=True)
    result = _run(fake, display=None, keep_path=True)
    assert result.returncode == 0, result.stderr
    assert not (fake / "apt.log").exists()


def test_without_apt_the_exact_packages_are_printed(tmp_path):
    fake = _fake_bin(tmp_path / "bin", apt=False)
    result = _run(fake, display=":0", keep_path=False)
    assert result.returncode == 0, result.stderr
    assert "libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0" in result.stderr
