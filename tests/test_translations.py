"""The three catalogues cover every text the code asks to translate, and the shipped .qm files say the same.

Text is found the way Qt finds it: pyside6-lupdate reads the sources into a fresh catalogue here, so a
`self.tr("…")` added without `make translations` fails, as does a text left untranslated in one language or a
translation that lost a placeholder. A separate scan finds Chinese literals in ui/ that never reach a
translation call at all (the lookups made at run time are checked by tests/ui/conftest.py).
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py)

PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")


def _entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context, message.findtext("source") or ""): message
            for context, message in translations.messages(ET.parse(path))}


def _chinese_not_quoted(translation: str, source: str) -> bool:
    """Chinese in an English text is a miss unless it quotes the source (an example of what may be typed, such
    as 农历八月十五 in a date format's help) and the text around it is translated."""
    runs = re.findall(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+", translation)
    return translation == source and bool(runs) or any(run not in source for run in runs)


@pytest.fixture(scope="module")
def sources_in_code(tmp_path_factory) -> set[tuple[str, str]]:
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run([translations._tool("pyside6-lupdate"), *translations.source_files(), "-locations", "none",
                    "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    return set(_entries(fresh))


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_in_the_code_is_in_the_catalogue(language, sources_in_code):
    missing = sources_in_code - set(_entries(translations.catalogue(language)))
    assert not missing, (f"{len(missing)} texts not in {language} (run `make translations`): "
                         f"{sorted(missing)[:10]}")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_is_translated_with_its_placeholders(language):
    problems = []
    for (context, source), message in _entries(translations.catalogue(language)).items():
        if not translations.is_done(message):
            problems.append(("untranslated", context, source))
            continue
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(("placeholders differ", context, source, text))
            if language == "en" and _chinese_not_quoted(text, source):
                problems.append(("Chinese left in English", context, source, text))
    assert not problems, f"{len(problems)} problems in {language}: {problems[:10]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_shipped_qm_file_gives_the_catalogue_translations(language):
    from PySide6.QtCore import QTranslator

    qm = translations.FOLDER / f"salon_{language}.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} missing: run `make translations`"
    stale = []
    for (context, source), message in _entries(translations.catalogue(language)).items():
        if message.get("numerus") == "yes" or not translations.is_done(message):
            continue
        expected = message.find("translation").text or ""
        if translator.translate(context, source) != expected and not (language == "zh_CN" and expected == source):
            stale.append((context, source))
    assert not stale, f"{len(stale)} entries differ in {qm.name} (run `make translations`): {stale[:5]}"


def test_taiwan_catalogue_uses_the_salons_own_words():
    entries = _entries(translations.catalogue("zh_TW"))
    texts = [message.find("translation").text or "" for message in entries.values()]
    for mainland in ("客户", "客戶", "专案", "專案", "储值", "疗程"):
        assert not [t for t in texts if mainland in t], mainland
    assert any("顧客" in t for t in texts)


def _translation_call(node: ast.Call) -> bool:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    return name in {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "word"}


def _untranslated_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _translation_call(node):
            inside.update(id(sub) for arg in node.args for sub in ast.walk(arg))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Module, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                inside.add(id(body[0].value))  # a docstring
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside
            and IDEOGRAPH.search(node.value)]


# Each language's own name is shown in that language whatever the app speaks, so a reader finds hers.
NEVER_TRANSLATED = {"简体中文", "繁體中文"}


def test_no_chinese_text_in_ui_escapes_translation():
    """A visible word written in ui/ outside tr()/translate() would stay Chinese in every language."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        found += [(str(path.relative_to(ROOT)), line, text) for line, text in _untranslated_literals(path)
                  if text not in NEVER_TRANSLATED]
    assert not found, f"{len(found)} Chinese literals outside a translation call: {found[:15]}"
