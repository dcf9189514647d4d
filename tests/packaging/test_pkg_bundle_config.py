"""What the spec bundles and leaves out: hidden imports, excludes, and the Qt plugin filter."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest

from agent_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "agent_desktop.spec"


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_spec_parses_and_takes_its_lists_from_bundle_config():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    keywords = {kw.arg: ast.unparse(kw.value) for kw in calls["Analysis"].keywords}
    assert keywords["hiddenimports"] == "cfg.hidden_imports()"
    assert keywords["excludes"] == "cfg.EXCLUDED_MODULES"
    assert "hooks" in keywords["hookspath"]
    assert "copy_metadata" in calls  # the version needs the dist-info inside the bundle
    assert {"EXE", "COLLECT", "BUNDLE", "PYZ"} <= set(calls)


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", {"keyring.backends.SecretService", "secretstorage", "jeepney"}),
        ("win32", {"keyring.backends.Windows", "win32ctypes.pywin32.win32cred"}),
        ("darwin", {"keyring.backends.macOS", "keyring.backends.macOS.api"}),
    ],
)
def test_each_os_names_its_keyring_backend_and_truststore(pkg, platform, expected):
    names = set(pkg("bundle_config").hidden_imports(platform))
    assert expected <= names
    assert {"keyring.backends.chainer", "keyring.backends.fail", "truststore"} <= names


def test_hidden_imports_for_this_os_are_real_modules(pkg):
    missing = [
        name
        for name in pkg("bundle_config").hidden_imports()
        if importlib.util.find_spec(name) is None
    ]
    assert missing == []


def test_nothing_the_app_imports_is_excluded(pkg):
    excluded = pkg("bundle_config").EXCLUDED_MODULES
    imported = set()
    for path in (ROOT / "agent_desktop").rglob("*.py"):
        imported |= _imported_modules(path)
    clashes = sorted(
        name for name in imported for ex in excluded if name == ex or name.startswith(ex + ".")
    )
    assert clashes == []


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_it.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("phonenumbers/data/region_ZA.py", True),
    ],
)
def test_qt_plugin_and_translation_filter(pkg, dest, kept):
    assert pkg("bundle_config").keep_qt_file(dest) is kept


def test_lean_qt_filters_hook_results_by_destination(pkg):
    binaries = [
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes"),
    ]
    datas = [("/qt/translations/qtbase_it.qm", "PySide6/Qt/translations")]
    hidden, kept_binaries, kept_datas = pkg("bundle_config").lean_qt(
        ["PySide6.QtDBus", "PySide6.QtGui"], binaries, datas
    )
    assert hidden == ["PySide6.QtGui"]
    assert kept_binaries == binaries[:1]
    assert kept_datas == []


def test_app_version_is_the_package_metadata(pkg):
    assert pkg("bundle_config").app_version() == __version__


def test_every_qt_hook_override_filters(pkg):
    hooks = sorted((ROOT / "packaging" / "hooks").glob("hook-PySide6.*.py"))
    assert hooks, "the Qt hook overrides are missing"
    for hook in hooks:
        text = hook.read_text(encoding="utf-8")
        assert "lean_qt(*add_qt6_dependencies(__file__))" in text, hook.name


def test_every_qt_module_the_app_imports_has_a_filtered_hook():
    """An unfiltered stock hook ships every plugin of its module (QtNetwork: TLS backends)."""
    used = set()
    for source in (ROOT / "agent_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    hooks = {
        p.name[len("hook-PySide6.") : -len(".py")]
        for p in (ROOT / "packaging" / "hooks").glob("hook-PySide6.*.py")
    }
    assert used and used <= hooks, sorted(used - hooks)
