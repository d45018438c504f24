"""resources/ is found the same way from this checkout and from an installed package, and setup.cfg ships it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from resources import APP_ICON, resource_path

ROOT = Path(__file__).resolve().parent.parent
_PROJECT_FILES = ("salon", "ui", "resources", "main.py", "setup.cfg", "pyproject.toml", "README.md")


def test_the_app_icon_is_found_in_the_checkout():
    icon = resource_path(APP_ICON)
    assert icon.is_file()
    assert icon.resolve().is_relative_to((ROOT / "resources").resolve())
    assert b"<svg" in icon.read_bytes()[:200]


def _pip(*args: str, cwd: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args],
                            capture_output=True, text=True, cwd=cwd, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]


def test_an_installed_package_ships_its_resources_and_finds_them(tmp_path):
    source = tmp_path / "source"  # a copy, so building leaves nothing behind in the checkout
    for name in _PROJECT_FILES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(origin, source / name)
    _pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "wheels"), str(source), cwd=tmp_path)
    wheel = next((tmp_path / "wheels").glob("salon_desk-*.whl"))
    site = tmp_path / "site"
    _pip("install", "--no-deps", "--no-index", "--target", str(site), str(wheel), cwd=tmp_path)

    # -S: no site-packages, so neither this checkout nor its editable install can answer instead.
    probe = ("from resources import APP_ICON, resource_path; print(resource_path(APP_ICON));"
             " print(*(resource_path(f'guide/guide_{language}.html') for language in ('zh_CN', 'zh_TW', 'en')))")
    result = subprocess.run([sys.executable, "-S", "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(site)}, timeout=60)
    assert result.returncode == 0, result.stderr
    icon_line, guide_line = result.stdout.strip().splitlines()
    found = Path(icon_line)
    assert found.resolve().is_relative_to(site.resolve())
    assert found.read_bytes() == resource_path(APP_ICON).read_bytes()
    for guide in map(Path, guide_line.split()):  # the user guide in each language (帮助 ▸ 用户指南)
        assert guide.resolve().is_relative_to(site.resolve()) and b"<h1>" in guide.read_bytes()
