"""Static scan of the window's sources for translation: which strings are marked (and under which
context they are looked up at run time), and which user-visible literals are not marked."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("agent_desktop/ui", "agent_desktop/qt")
TOOL = ROOT / "packaging" / "translations.py"

# Calls whose text arguments the agent reads (or a screen reader speaks).
TEXT_SINKS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "showMessage",
        "addAction",
        "addMenu",
        "addItem",
        "addItems",
        "addRow",
        "addTab",
        "setTitle",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "setTabText",
        "setItemText",
        "insertItem",
        "show_message",
        "section_label",
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "ElidedLabel",
    }
)
MESSAGE_BOXES = frozenset({"information", "warning", "critical", "question", "about"})
# Arguments that are not text: Banner.show_message(text, level) takes a level keyword.
TEXT_ARGUMENT_ONLY_FIRST = frozenset({"show_message"})
# The calls that translate: the method, Qt's function and the marker for later lookup.
TRANSLATE_CALLS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
_WORD = re.compile(r"[A-Za-z]{2,}")
_MARKUP = re.compile(r"<[^>]*>|&\w+;")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def source_files() -> list[Path]:
    return sorted(p for folder in SOURCE_DIRS for p in (ROOT / folder).rglob("*.py"))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal_text(node: ast.expr) -> str | None:
    """The text of a string literal, an f-string's fixed parts, or a `+` of them; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_literal_text(node.left), _literal_text(node.right)]
        if any(p is not None for p in parts):
            return "".join(p or "" for p in parts)
    if isinstance(node, ast.IfExp):
        parts = [_literal_text(node.body), _literal_text(node.orelse)]
        if any(p is not None for p in parts):
            return " | ".join(p for p in parts if p is not None)
    return None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level one-argument helpers around QCoreApplication.translate: name -> context."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_translations_tool", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.translate_helpers(tree)


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, helpers: dict[str, str]) -> None:
        self.path = path
        self.helpers = helpers
        self.classes: list[str] = []
        self.marked: dict[tuple[str, str], Finding] = {}
        self.unwrapped: list[Finding] = []
        self.dynamic: list[Finding] = []  # tr() of something that is not a literal

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in self.helpers and not self.classes:
            return  # a translate helper's own body: its calls are what is checked
        self.generic_visit(node)

    def _mark(self, node: ast.Call, context: str | None, text_arg: ast.expr | None) -> None:
        text = _literal_text(text_arg) if text_arg is not None else None
        if context is None or text is None or not isinstance(text_arg, ast.Constant):
            self.dynamic.append(Finding(self.path, node.lineno, ast.unparse(node)))
            return
        self.marked[(context, text)] = Finding(self.path, node.lineno, text)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            context = (
                self.classes[-1]
                if isinstance(owner, ast.Name) and owner.id == "self" and self.classes
                else _name(owner) or None
            )
            self._mark(node, context, node.args[0] if node.args else None)
            return  # the text inside is marked, not unwrapped
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            ctx = node.args[0]
            context = ctx.value if isinstance(ctx, ast.Constant) else None
            self._mark(node, context, node.args[1])
            return
        if isinstance(node.func, ast.Name) and name in self.helpers and node.args:
            self._mark(node, self.helpers[name], node.args[0])
            return
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        is_box = name in MESSAGE_BOXES and isinstance(owner, ast.Name) and owner.id == "QMessageBox"
        if name in TEXT_SINKS or is_box:
            args = [*node.args, *(k.value for k in node.keywords)]
            if name in TEXT_ARGUMENT_ONLY_FIRST:
                args = args[:1]
            for arg in args:
                text = _literal_text(arg)
                # Words outside markup: "<span>—</span>" or "%1 · %2" have nothing to translate.
                if text is not None and _WORD.search(_MARKUP.sub("", text)):
                    self.unwrapped.append(Finding(self.path, node.lineno, text))
        self.generic_visit(node)


@dataclass
class ScanResult:
    marked: dict[tuple[str, str], Finding]
    unwrapped: list[Finding]
    dynamic: list[Finding]


def scan(files: list[Path] | None = None, root: Path = ROOT) -> ScanResult:
    result = ScanResult({}, [], [])
    for path in files or source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scanner = _Scanner(path.relative_to(root).as_posix(), _helpers(tree))
        scanner.visit(tree)
        result.marked.update(scanner.marked)
        result.unwrapped += scanner.unwrapped
        result.dynamic += scanner.dynamic
    return result
