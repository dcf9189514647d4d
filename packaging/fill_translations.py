"""Fill the .ts files from per-language dictionaries, and list what is still to translate.

    python packaging/fill_translations.py todo CODE [...]   messages of CODE without a finished
                                                            translation, as JSON to translate
    python packaging/fill_translations.py fill CODE [...]   resources/translations/words/CODE.json
                                                            -> agent_desktop_CODE.ts

A dictionary (`words/<code>.json`) maps an English source to its translation; a key written
`Context|source` applies to that context only and wins over the plain one. `fill` sets every
message it has a word for (a finished translation is replaced only when the dictionary says
otherwise) and marks it finished; messages it has no word for are left as they are. Run
`./dev translations update` afterwards: lupdate rewrites the file in its own layout.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
WORDS_DIR = TS_DIR / "words"
LIVE = (None, "unfinished")  # the <translation> types of a message the code still has


def ts_path(code: str) -> Path:
    return TS_DIR / f"agent_desktop_{code}.ts"


def words_path(code: str) -> Path:
    return WORDS_DIR / f"{code}.json"


def load_words(code: str) -> dict[str, str]:
    path = words_path(code)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _messages(tree: ET.ElementTree) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in LIVE:
                found.append((name, message.findtext("source") or "", translation))
    return found


def todo(code: str) -> dict[str, str]:
    """`Context|source` -> the current (unfinished) text of every message not finished."""
    tree = ET.parse(ts_path(code))
    return {f"{ctx}|{src}": (tr.text or "") for ctx, src, tr in _messages(tree)
            if tr.get("type") == "unfinished" or not (tr.text or "").strip()}


def fill(code: str) -> tuple[int, int]:
    """(messages set, messages still unfinished) after applying the dictionary."""
    words = load_words(code)
    tree = ET.parse(ts_path(code))
    changed = left = 0
    for ctx, src, translation in _messages(tree):
        text = words.get(f"{ctx}|{src}", words.get(src))
        if text is not None and text.strip():
            if translation.text != text or translation.get("type"):
                changed += 1
            translation.text = text
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            left += 1
    tree.write(ts_path(code), encoding="utf-8", xml_declaration=True)
    return changed, left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("todo", "fill"))
    parser.add_argument("codes", nargs="+")
    args = parser.parse_args(argv)
    for code in args.codes:
        if args.mode == "todo":
            print(json.dumps(todo(code), ensure_ascii=False, indent=1))
        else:
            changed, left = fill(code)
            print(f"{code}: {changed} set, {left} still to translate", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
