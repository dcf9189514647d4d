"""Fill the .ts files from per-language dictionaries, and list what is still to translate.

    python packaging/fill_translations.py todo CODE [...]   messages of CODE without a finished
                                                            translation, as JSON to translate
    python packaging/fill_translations.py fill CODE [...]   resources/translations/words/CODE.json
                                                            -> agent_desktop_CODE.ts
    python packaging/fill_translations.py check CODE [...]  placeholders, mnemonic counts and
                                                            mnemonic clashes in each menu/dialog

A dictionary (`words/<code>.json`) maps an English source to its translation; a key written
`Context|source` applies to that context only and wins over the plain one. `fill` sets every
message it has a word for (a finished translation is replaced only when the dictionary says
otherwise) and marks it finished; messages it has no word for are left as they are. Run
`./dev translations update` afterwards: lupdate rewrites the file in its own layout.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
WORDS_DIR = TS_DIR / "words"
LIVE = (None, "unfinished")  # the <translation> types of a message the code still has
NBSP = "\u00a0"


# Messages whose Alt mnemonics share one menu or dialog: (context, sources). The F9 action's three
# texts are listed together: whichever shows must not clash with its neighbours.
def _group(context: str, *sources: str) -> tuple[str, ...]:
    return tuple(f"{context}|{source}" for source in sources)


# The Settings dialog's own labels, and the Phone group's choice: on one page with whichever phone
# form is chosen (the desk phone's, Asterisk's or baresip's).
SETTINGS_PAGE = (
    *_group(
        "SettingsDialog",
        "Server &address",
        "API &key",
        "&First name",
        "&Last name",
        "&Email",
        "&Region",
        "&Search delay",
        "A&uto-send logs",
        "&Theme",
        "&Dial command",
        "&When it rings",
        "&Missed calls",
    ),
    *_group("PhoneSettings", "Calls c&ome from"),
)

MNEMONIC_GROUPS = (
    _group("Menus", "&File", "&Contact", "C&all", "&Help"),
    _group("Menus", "&Settings…", "&Quit"),
    _group("Menus", "&Search", "&New contact…"),
    (
        *_group("CallController", "&Start call", "&End call", "&Answer"),
        *_group("Menus", "&Dial contact", "Send call &log", "&Outbox…"),
        *_group("RecentFlow", "&Recent calls"),
    ),
    _group("Menus", "&Keyboard shortcuts", "&About %1"),
    (
        *SETTINGS_PAGE,
        *_group(
            "PhoneSettings",
            "L&isten on",
            "&Phones allowed",
            "P&hone make",
            "Pho&ne's address",
            "We&b user",
            "Cop&y",
        ),
    ),
    (
        *SETTINGS_PAGE,
        *_group(
            "AsteriskSettings",
            "&PBX address",
            "Use TLS, c&hecked against this computer's certificates",
            "AM&I user",
            "AMI se&cret",
            "&Your extension",
            "Dial co&ntext",
        ),
    ),
    (*SETTINGS_PAGE, *_group("BaresipSettings", "&baresip address")),
    # The New contact form sits in the window: Alt+letter must not also be a menu's.
    (
        *_group("CreatePanel", "Fi&rst name", "&Last name", "&Phone"),
        *_group("Menus", "&File", "&Contact", "C&all", "&Help"),
    ),
    _group("OutboxDialog", "Show &sent and discarded", "&Edit && resend…", "&Retry", "&Discard…"),
)
_PLACEHOLDER = re.compile(r"%\d+|%n|\{\w+\}")
_MNEMONIC = re.compile(r"&(?!&)(\S)")


def ts_path(code: str) -> Path:
    return TS_DIR / f"agent_desktop_{code}.ts"


def words_path(code: str) -> Path:
    return WORDS_DIR / f"{code}.json"


def load_words(code: str) -> dict[str, str]:
    path = words_path(code)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def typography(code: str, text: str) -> str:
    """French: a non-breaking space before `: ; ? !` and inside « », as French UIs write it."""
    if code != "fr":
        return text
    text = re.sub(r" ([:;?!])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def mnemonic(text: str) -> str:
    found = _MNEMONIC.findall(text.replace("&&", ""))
    return found[0].lower() if found else ""


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
    return {
        f"{ctx}|{src}": (tr.text or "")
        for ctx, src, tr in _messages(tree)
        if tr.get("type") == "unfinished" or not (tr.text or "").strip()
    }


def fill(code: str) -> tuple[int, int]:
    """(messages set, messages still unfinished) after applying the dictionary."""
    words = load_words(code)
    tree = ET.parse(ts_path(code))
    changed = left = 0
    for ctx, src, translation in _messages(tree):
        text = words.get(f"{ctx}|{src}", words.get(src))
        if text is not None and text.strip():
            text = typography(code, text)
            if translation.text != text or translation.get("type"):
                changed += 1
            translation.text = text
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            left += 1
    tree.write(ts_path(code), encoding="utf-8", xml_declaration=True)
    return changed, left


def check(code: str) -> list[str]:
    """What would break the window: a changed placeholder, a lost or extra mnemonic, two
    mnemonics on one key in the same menu or dialog."""
    tree = ET.parse(ts_path(code))
    texts = {f"{ctx}|{src}": (tr.text or "") for ctx, src, tr in _messages(tree)}
    problems = []
    for key, text in texts.items():
        src = key.partition("|")[2]
        if not text:
            continue
        if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(src)):
            problems.append(f"{key} -> {text}: placeholders differ")
        if bool(mnemonic(text)) != bool(mnemonic(src)):
            problems.append(f"{key} -> {text}: mnemonic lost or added")
    for group in MNEMONIC_GROUPS:
        missing = [key for key in group if key not in texts]
        if missing:  # a renamed label would otherwise drop out of the check unseen
            problems.append(f"mnemonic group names texts the code no longer has: {missing}")
        shown = [texts[key] or key.partition("|")[2] for key in group if key in texts]
        sources = [key.partition("|")[2] for key in group if key in texts]
        if len({mnemonic(text) for text in sources}) != len(sources):
            problems.append(f"mnemonics clash in the English {sources}")
        keys = [mnemonic(text) for text in shown]
        if len(set(keys)) != len(keys):
            problems.append(f"mnemonics clash in {shown}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("todo", "fill", "check"))
    parser.add_argument("codes", nargs="+")
    args = parser.parse_args(argv)
    failed = False
    for code in args.codes:
        if args.mode == "check":
            problems = check(code)
            print("\n".join(f"{code}: {p}" for p in problems) or f"{code}: ok")
            failed = failed or bool(problems)
        elif args.mode == "todo":
            print(json.dumps(todo(code), ensure_ascii=False, indent=1))
        else:
            changed, left = fill(code)
            print(f"{code}: {changed} set, {left} still to translate", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
