"""The window's translations: extract its strings into resources/translations/*.ts, build the .qm.

    python packaging/translations.py update   re-extract with pyside6-lupdate; translations kept
    python packaging/translations.py build    pyside6-lrelease: .ts -> .qm beside them, plus the
                                              generated pseudo-translation (not committed)
    ./dev translations update|build           the same inside the environment

Strings are marked the way PySide6's lupdate reads Python: `self.tr("…")` in a class (the class
is the context), `QCoreApplication.translate("Context", "…")` anywhere, QT_TRANSLATE_NOOP for
tables translated later. Many modules wrap the last one in a helper,

    def _tr(text: str) -> str:
        return QCoreApplication.translate("Outbox", text)

which lupdate cannot see through; `update` therefore runs lupdate over a copy of the sources in
which such a helper's calls are spelled out, line for line (so locations stay right).
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent_desktop.core.settings.languages import PSEUDO, TRANSLATED  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"
SOURCE_DIRS = ("agent_desktop/ui", "agent_desktop/qt")
# Core's sentences, by code (core has no Qt: its QT_TRANSLATE_NOOP is a plain marker function).
CORE_TEXTS = ("agent_desktop/core/texts.py",)
# Qt has no qtbase_<lang>.qm for these: its own strings (dialog buttons, the text fields' context
# menu) are translated in our .ts instead, from the markers in this file.
QT_STRINGS = "packaging/qt_strings.py"
WITHOUT_QTBASE = ("af",)
PSEUDO_DIR = ROOT / "build" / "translations"
PREFIX = "agent_desktop_"


def ts_file(code: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{PREFIX}{code}.ts"


def qm_file(code: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{PREFIX}{code}.qm"


def qt_tool(name: str) -> str:
    """PySide6's own copy of a Qt tool (what `pyside6-<name>` runs)."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (
        name + (".exe" if sys.platform == "win32" else "")
    )
    if not exe.exists():
        raise SystemExit(f"{exe} is missing: PySide6 ships {name} with its Essentials package")
    return str(exe)


def source_files(root: Path = ROOT) -> list[str]:
    """The Python files whose strings are extracted, relative to root, in a stable order."""
    return sorted(
        [
            *(
                p.relative_to(root).as_posix()
                for folder in SOURCE_DIRS
                for p in (root / folder).rglob("*.py")
            ),
            *CORE_TEXTS,
        ]
    )


# --- helper expansion ----------------------------------------------------------------------------


def translate_helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def NAME(text): return QCoreApplication.translate("Ctx", text)`:
    NAME -> "Ctx"."""
    found = {}
    for node in tree.body:
        if not (
            isinstance(node, ast.FunctionDef)
            and len(node.args.args) == 1
            and len(node.body) == 1
            and isinstance(node.body[0], ast.Return)
        ):
            continue
        call = node.body[0].value
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = call.args[0].value
    return found


def expand_helpers(source: str) -> str:
    """The source with each helper call `_tr(x)` written as `QCoreApplication.translate("Ctx", x)`
    on the same line, so lupdate sees the context. Everything else is left as it is."""
    helpers = translate_helpers(ast.parse(source))
    if not helpers:
        return source
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    edits = []  # (row, col_start, col_end, replacement)
    for i, tok in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        previous = tokens[i - 1].string if i else ""
        if (
            tok.type == tokenize.NAME
            and tok.string in helpers
            and following.string == "("
            and previous not in ("def", ".")
        ):
            context = helpers[tok.string]
            edits.append(
                (
                    tok.start[0],
                    tok.start[1],
                    following.end[1],
                    f'QCoreApplication.translate("{context}", ',
                )
            )
    lines = source.splitlines(keepends=True)
    for row, start, end, text in sorted(edits, reverse=True):
        line = lines[row - 1]
        lines[row - 1] = line[:start] + text + line[end:]
    return "".join(lines)


# --- update -------------------------------------------------------------------------------------


def lupdate(codes: tuple[str, ...], out_dir: Path, *, root: Path = ROOT) -> None:
    """Re-extract into out_dir's .ts files (those already there are merged, not replaced)."""
    with tempfile.TemporaryDirectory(prefix="ad-lupdate-") as tmp:
        work = Path(tmp)
        files = source_files(root)
        for rel in [*files, QT_STRINGS]:
            target = work / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                expand_helpers((root / rel).read_text(encoding="utf-8")), encoding="utf-8"
            )
        ts_dir = work / TS_DIR.relative_to(ROOT)
        ts_dir.mkdir(parents=True)
        for code in codes:
            if ts_file(code, out_dir).exists():
                shutil.copy2(ts_file(code, out_dir), ts_file(code, ts_dir))
            extra = [QT_STRINGS] if code in WITHOUT_QTBASE else []
            cmd = [
                qt_tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                "en",
                "-target-language",
                code,
                *files,
                *extra,
                "-ts",
                str(ts_file(code, ts_dir)),
            ]
            subprocess.run(cmd, cwd=work, check=True)
            out_dir.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ts_file(code, ts_dir), ts_file(code, out_dir))


# --- pseudo-translation -------------------------------------------------------------------------

_ACCENTED = str.maketrans("aeiouycnsAEIOUYCNS", "áéîöûýçñšÁÉÎÖÛÝÇÑŠ")
# Kept as they are: placeholders (%1, %n), markup, entities and the mnemonic ampersand's letter.
_KEEP = re.compile(r"%\d+|%n|<[^>]*>|&\w+;|&.")


def pseudo(text: str) -> str:
    """`&Save %1` -> `[&Šávé %1·····]`: accented, bracketed and ~40% longer, placeholders intact,
    so a cut-off end or an untranslated string shows at a glance."""
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    padding = max(1, round(len(text) * 0.4) - 2)
    return f"[{body}{'·' * padding}]"


def write_pseudo(ts_dir: Path, out: Path) -> Path:
    """A .ts translating every message of every language's .ts into pseudo-text."""
    messages: dict[str, dict[str, None]] = {}
    for code in TRANSLATED:
        for context in ET.parse(ts_file(code, ts_dir)).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                kind = message.find("translation").get("type")  # type: ignore[union-attr]
                if kind not in ("obsolete", "vanished"):
                    messages.setdefault(name, {})[message.findtext("source") or ""] = None
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    for name in sorted(messages):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in messages[name]:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = pseudo(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out


# --- build --------------------------------------------------------------------------------------


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def build(ts_dir: Path = TS_DIR, qm_dir: Path = TS_DIR) -> list[Path]:
    """Every language's .qm and the pseudo one, into qm_dir; only what is older than its .ts."""
    built = []
    pseudo_ts = write_pseudo(ts_dir, PSEUDO_DIR / f"{PREFIX}{PSEUDO}.ts")
    for code, ts in [*((c, ts_file(c, ts_dir)) for c in TRANSLATED), (PSEUDO, pseudo_ts)]:
        qm = qm_file(code, qm_dir)
        if code == PSEUDO or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease(ts, qm)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("update", "build"))
    args = parser.parse_args(argv)
    if args.mode == "update":
        lupdate(TRANSLATED, TS_DIR)
        print(f"updated {', '.join(ts_file(c).name for c in TRANSLATED)}")
    else:
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
