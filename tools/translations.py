"""Keep the Qt Linguist catalogues in resources/translations/ in step with the code.

    python tools/translations.py update            # lupdate every source into the three .ts files, then fill
                                                   #   zh_CN (the sources themselves) and new zh_TW entries
    python tools/translations.py missing en        # the English entries still to write, as JSON
    python tools/translations.py apply en FILE.json    # {"context": {"source": "translation"}} into the .ts
    python tools/translations.py release           # lrelease: .ts -> the .qm files the app loads

`make translations` runs update and release. Simplified Chinese is the source language, so its catalogue holds
each text as its own translation. Traditional Chinese is converted with OpenCC (s2twp: Taiwan phrases) the first
time a text appears, then the salon's own words are put in (顧客, 療程, 儲值卡); an entry once written is never
overwritten, so a hand-corrected translation stays. English is written by people (or reviewed by them).
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "en")
SOURCE_FOLDERS = ("ui", "salon")
BIN = Path(sys.executable).parent

# What OpenCC's Taiwan phrases leave in mainland wording, or turn into another meaning, for a salon's screens.
TAIWAN_WORDS = (
    ("客戶", "顧客"), ("專案", "項目"), ("存儲", "儲存"), ("型別", "類型"), ("前臺", "櫃檯"), ("許可權", "權限"),
    ("賬", "帳"), ("社群", "社區"), ("“", "「"), ("”", "」"), ("‘", "『"), ("’", "』"),
)


def catalogue(language: str) -> Path:
    return FOLDER / f"salon_{language}.ts"


def source_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *SOURCE_FOLDERS],
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    return [name for name in listed if name.endswith(".py") and (ROOT / name).exists()]


def _tool(name: str) -> str:
    beside = BIN / name
    return str(beside) if beside.exists() else name


def _read(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree: ET.ElementTree):
    """(context name, message element) for every message."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_done(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        return all((form.text or "").strip() for form in translation.iter("numerusform"))
    return bool((translation.text or "").strip())


def set_translation(message: ET.Element, text: str | list[str], *, finished: bool = True) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text if isinstance(text, str) else text[0]
    if finished:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")


@cache
def _converter():
    from opencc import OpenCC  # a tool dependency only: pip install -e '.[tools]'

    return OpenCC("s2twp")


def taiwan_words(text: str) -> str:
    for mainland, taiwan in TAIWAN_WORDS:
        text = text.replace(mainland, taiwan)
    return text


def to_taiwan(text: str) -> str:
    return taiwan_words(_converter().convert(text))


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = source_files()
    for language in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                        "-source-language", "zh_CN", "-target-language", language, "-ts", str(catalogue(language))],
                       cwd=ROOT, check=True, capture_output=True)
        tree = _read(catalogue(language))
        for _context, message in messages(tree):
            if is_done(message):
                continue
            source = message.findtext("source") or ""
            if language == "zh_CN":
                set_translation(message, source if message.get("numerus") != "yes" else [source])
            elif language == "zh_TW":
                set_translation(message, to_taiwan(source) if message.get("numerus") != "yes"
                                else [to_taiwan(source)])
        if language == "zh_TW":  # a hand-written entry gets the salon's words too (and 「」 quotes)
            for _context, message in messages(tree):
                for form in list(message.find("translation").iter("numerusform")) or [message.find("translation")]:
                    form.text = taiwan_words(form.text or "")
        _write(tree, catalogue(language))


def missing(language: str) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context, message in messages(_read(catalogue(language))):
        if not is_done(message):
            found.setdefault(context, {})[message.findtext("source") or ""] = ""
    return found


def apply(language: str, entries: dict[str, dict[str, str | list[str]]]) -> int:
    tree = _read(catalogue(language))
    written = 0
    for context, message in messages(tree):
        text = entries.get(context, {}).get(message.findtext("source") or "")
        if text:
            set_translation(message, text)
            written += 1
    _write(tree, catalogue(language))
    return written


def release() -> None:
    for language in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), str(catalogue(language)), "-qm",
                        str(FOLDER / f"salon_{language}.qm")], cwd=ROOT, check=True, capture_output=True)


def main(args: list[str]) -> int:
    if not args or args[0] not in ("update", "missing", "apply", "release"):
        print(__doc__)
        return 2
    if args[0] == "update":
        update()
        for language in LANGUAGES:
            print(f"{language}: {sum(len(v) for v in missing(language).values())} to translate")
    elif args[0] == "missing":
        print(json.dumps(missing(args[1]), ensure_ascii=False, indent=1))
    elif args[0] == "apply":
        print(f"{apply(args[1], json.loads(Path(args[2]).read_text(encoding='utf-8')))} entries written")
    else:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
