"""The package's import graph has no cycle, counting imports made only for the type checker
(under `if TYPE_CHECKING:`) and imports inside functions: a helper that needs its caller's module
takes a Protocol instead."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import agent_desktop

PACKAGE = Path(agent_desktop.__file__).parent
NAME = "agent_desktop"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, here: str, package: str, modules: set[str]) -> set[str]:
    """The package's modules that the module `here` (in `package`) imports, anywhere in its
    `source`: at the top, inside functions and under `if TYPE_CHECKING:`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # `from agent_desktop.ui import menus` imports the module agent_desktop.ui.menus
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name in modules and name != here}


@functools.cache  # two tests read it: the package is parsed once per run
def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    graph: dict[str, set[str]] = {}
    for path in paths:
        here = module_name(path)
        package = here if path.name == "__init__.py" else here.rpartition(".")[0]
        graph[here] = imported_modules(path.read_text(encoding="utf-8"), here, package, modules)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle (its modules in import order, the first repeated at the end), or None."""
    done: set[str] = set()
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(node: str) -> list[str] | None:
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target in on_stack:
                return [*stack[stack.index(target) :], target]
            if target not in done:
                cycle = visit(target)
                if cycle:
                    return cycle
        stack.pop()
        on_stack.discard(node)
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def _is_package(name: str, graph: dict[str, set[str]]) -> bool:
    return any(other.startswith(name + ".") for other in graph)


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph()
    # A package's __init__ importing from its own modules is not a cycle of design: ignore the
    # edges into packages (a module importing `agent_desktop` for APP_NAME).
    graph = {
        name: {t for t in targets if not _is_package(t, graph)} for name, targets in graph.items()
    }
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_no_ui_helper_imports_the_main_window() -> None:
    allowed = {
        "agent_desktop.ui.window.main_window",
        "agent_desktop.ui.app.run",
        "agent_desktop.smoke",
    }
    importers = sorted(
        name
        for name, targets in import_graph().items()
        if "agent_desktop.ui.window.main_window" in targets and name not in allowed
    )
    assert importers == []


def test_the_finder_sees_a_cycle_behind_type_checking() -> None:
    """The check is not blind: an import made only for the type checker, or inside a function,
    counts; and a cycle is found however long."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import theme\n"
        "if TYPE_CHECKING:\n"
        "    from agent_desktop.ui.main_window import MainWindow\n"
        "def later():\n"
        "    from agent_desktop.core import outbox\n"
    )
    modules = {
        "agent_desktop.ui.main_window",
        "agent_desktop.ui.theme",
        "agent_desktop.core",
        "agent_desktop.core.outbox",
    }
    assert imported_modules(source, "agent_desktop.ui.menus", "agent_desktop.ui", modules) == {
        "agent_desktop.ui.main_window",
        "agent_desktop.ui.theme",
        "agent_desktop.core",
        "agent_desktop.core.outbox",
    }
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


# The layers (DESIGN.md): what each may not import, anywhere in its modules.
FORBIDDEN = {
    "agent_desktop.core": ("PySide6", "shiboken6", "agent_desktop.qt", "agent_desktop.ui"),
    "agent_desktop.qt": ("agent_desktop.ui",),
}


def external_imports(source: str) -> set[str]:
    """Every name imported by `source` (absolute imports), at any depth."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module)
    return found


def layer_violations() -> list[str]:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = module_name(path)
        for layer, banned in FORBIDDEN.items():
            if here != layer and not here.startswith(layer + "."):
                continue
            for name in sorted(external_imports(path.read_text(encoding="utf-8"))):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    found.append(f"{here} imports {name}")
    return found


def test_each_layer_imports_only_the_layers_below_it() -> None:
    """core has no Qt and knows nothing of qt/ or ui/; qt/ knows nothing of ui/."""
    assert layer_violations() == []


def test_the_layer_check_sees_a_qt_import_in_a_function() -> None:
    source = "def later():\n    from PySide6.QtCore import QObject\n    import agent_desktop.ui.x\n"
    assert external_imports(source) == {"PySide6.QtCore", "agent_desktop.ui.x"}


# The rooms (ARCHITECTURE.md): each folder a package, none a long corridor again.
MOST_MODULES_IN_A_ROOM = 15


def test_every_folder_of_the_package_is_a_package() -> None:
    """A folder without __init__.py is a namespace package: the layer and cycle checks, the
    wheel's package discovery and PyInstaller's collection would each treat it differently."""
    folders = {path.parent for path in PACKAGE.rglob("*.py")}
    assert (
        sorted(
            str(f.relative_to(PACKAGE.parent)) for f in folders if not (f / "__init__.py").is_file()
        )
        == []
    )


def test_no_room_holds_more_than_a_handful_of_modules() -> None:
    """A room that grows past 15 modules is a corridor again: split it by what changes together
    (and say so in ARCHITECTURE.md)."""
    crowded = {}
    for folder in sorted({path.parent for path in PACKAGE.rglob("*.py")}):
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        if len(modules) > MOST_MODULES_IN_A_ROOM:
            crowded[str(folder.relative_to(PACKAGE.parent))] = len(modules)
    assert crowded == {}
