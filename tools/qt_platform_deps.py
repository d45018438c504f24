"""Which Debian/Ubuntu packages does Qt's platform plugin still need on this machine?

Prints one package name per line for every shared library that `ldd` cannot find for the plugin (xcb, the
X11 desktop plugin, by default), and nothing when all are there. Qt 6.5+ needs libxcb-cursor0, libxcb-icccm4,
libxcb-keysyms1 and friends, which a desktop may lack, and then refuses to start ("Could not load the Qt
platform plugin xcb"). Pure Python, no Qt import: the plugin is found as a file inside the PySide6 package.

    python tools/qt_platform_deps.py [--plugin xcb] [--libraries]
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

# Libraries whose Debian package is not named after the library by the usual rule.
_PACKAGE_OF = {
    "libglib-2.0.so.0": "libglib2.0-0", "libgobject-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libgio-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)
_SONAME = re.compile(r"^(lib[\w.+-]*?)\.so\.(\d+)")


def debian_package(library: str) -> str:
    """The Debian package that ships a library: libxcb-cursor.so.0 -> libxcb-cursor0, libdbus-1.so.3 -> libdbus-1-3.

    Debian names a library package after its soname, lower case, with a dash before the version when the name
    ends in a digit (policy 8.1).
    """
    if library in _PACKAGE_OF:
        return _PACKAGE_OF[library]
    match = _SONAME.match(library)
    if match is None:
        return library
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` reported as 'not found', each once, in the order it reported them."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def platform_plugin(name: str = "xcb") -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
        if plugin.exists():
            return plugin
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plugin", default="xcb", help="platform plugin to check (default xcb)")
    parser.add_argument("--libraries", action="store_true", help="print the missing libraries, not packages")
    args = parser.parse_args(argv)
    plugin = platform_plugin(args.plugin)
    if plugin is None:
        print(f"PySide6 has no {args.plugin} platform plugin here", file=sys.stderr)
        return 1
    try:
        ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=60)
    except OSError as error:  # no ldd: not glibc Linux
        print(f"cannot run ldd: {error}", file=sys.stderr)
        return 1
    missing = missing_libraries(ldd.stdout)
    names = missing if args.libraries else list(dict.fromkeys(debian_package(lib) for lib in missing))
    for name in names:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
