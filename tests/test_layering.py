"""The layers stay as the README draws them: `salon/` never imports Qt or `ui`, the store imports no domain
module, domain packages import only what they build on, and `ui/common` imports no feature of `ui`."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# package -> (prefixes it must not import, or None; the only first-party prefixes it may import, or None)
RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "salon": ((*QT, "ui"), None),
    "salon.store": ((), ("salon.store", "salon.errors", "salon.words")),  # words: a leaf, like errors
    "salon.clients": (("salon.packages", "salon.visits", "salon.demo"), None),
    "salon.packages": (("salon.visits", "salon.demo"), None),
    "salon.visits": (("salon.demo",), None),
    "salon.reminders": (("salon.visits", "salon.demo"), None),
    "ui.common": (("ui.clients", "ui.packages", "ui.visits", "ui.catalogue", "ui.staff", "ui.history",
                   "ui.main_window", "ui.app"), None),
}
FIRST_PARTY = ("salon", "ui")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (where lazy imports live)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from salon.store import models` imports salon.store.models
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def layering_violations(root: Path) -> list[str]:
    """One line per import that breaks RULES, for every .py file under salon/ and ui/ of `root`."""
    problems = []
    for top in FIRST_PARTY:
        for path in sorted((root / top).rglob("*.py")):
            module = _module_name(path, root)
            for package, (forbidden, allowed) in RULES.items():
                if not _within(module, package):
                    continue
                for imported in sorted(imported_modules(path)):
                    if any(_within(imported, prefix) for prefix in forbidden):
                        problems.append(f"{module} imports {imported}")
                    elif (allowed is not None and imported.split(".")[0] in FIRST_PARTY
                          and not any(_within(imported, prefix) for prefix in allowed)):
                        problems.append(f"{module} imports {imported}")
    return problems


def test_the_project_keeps_its_layers():
    assert layering_violations(ROOT) == []


@pytest.mark.parametrize(("file", "source", "expected"), [
    ("salon/clients/profiles.py", "from PySide6.QtCore import QDate\n",
     "salon.clients.profiles imports PySide6.QtCore"),
    ("salon/money.py", "def f():\n    import ui.app\n", "salon.money imports ui.app"),
    ("salon/store/models.py", "from salon.clients import choices\n", "salon.store.models imports salon.clients"),
    ("salon/packages/usage.py", "from salon.visits.recording import get_visit\n",
     "salon.packages.usage imports salon.visits.recording"),
    ("ui/common/forms.py", "from ui.visits.dialog import VisitDialog\n", "ui.common.forms imports ui.visits.dialog"),
])
def test_a_forbidden_import_is_caught(tmp_path, file, source, expected):
    target = tmp_path / file
    target.parent.mkdir(parents=True)
    target.write_text(source, encoding="utf-8")
    (tmp_path / "ui").mkdir(exist_ok=True)
    assert expected in layering_violations(tmp_path)


def test_allowed_imports_are_not_flagged(tmp_path):
    target = tmp_path / "salon" / "store" / "db.py"
    target.parent.mkdir(parents=True)
    target.write_text("import sqlite3\nfrom salon.errors import NotFoundError\nfrom salon.store import models\n")
    (tmp_path / "ui").mkdir()
    assert layering_violations(tmp_path) == []
