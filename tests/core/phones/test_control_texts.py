"""What a phone source says when it refuses a command reaches a translated window: every
ControlError (and CallGone) raised in core/phones carries a Text, never an English f-string."""

from __future__ import annotations

import ast
from pathlib import Path

PHONES = Path(__file__).resolve().parents[3] / "agent_desktop" / "core" / "phones"
REFUSALS = {"ControlError", "CallGone"}


def _text_functions(tree: ast.Module) -> set[str]:
    """This module's functions declared to return a Text."""
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and isinstance(node.returns, (ast.Name, ast.Constant))
        and getattr(node.returns, "id", getattr(node.returns, "value", None)) == "Text"
    }


def _untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    makers = {"Text"} | _text_functions(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        called = node.exc.func
        if not (isinstance(called, ast.Name) and called.id in REFUSALS):
            continue
        first = node.exc.args[0] if node.exc.args else None
        if not (
            isinstance(first, ast.Call)
            and isinstance(first.func, ast.Name)
            and first.func.id in makers
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_refusal_in_the_phone_sources_is_a_text():
    modules = sorted(PHONES.rglob("*.py"))
    assert len(modules) > 10
    assert [where for path in modules for where in _untranslated(path)] == []


def test_the_check_finds_an_english_refusal(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text('def f(x):\n    raise ControlError(f"{x} refused")\n', encoding="utf-8")
    assert _untranslated(planted) == ["planted.py:2"]
