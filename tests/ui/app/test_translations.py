"""Translations: every visible string is marked, the .ts sources are current, complete languages
have no gap, and the window really comes up translated (ours and Qt's own buttons)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from translation_scan import ROOT, scan

from agent_desktop.core.settings import languages
from agent_desktop.ui.app.translations import install_translations, remove_translations

# The offscreen platform's note when a window's size hints change (longer texts): not a problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TS_DIR = ROOT / "resources" / "translations"
# Languages whose translation is finished: (c) holds them to no unfinished or missing message.
# Every shipped language is complete: a new string without a translation fails here.
COMPLETE = languages.COMPLETE
# tr()/translate() of a variable: lookups whose strings are marked where they are defined
# (QT_TRANSLATE_NOOP), so lupdate extracts them there.
DYNAMIC_LOOKUPS = {
    "agent_desktop/ui/outbox/outbox_texts.py": ["_tr(one)", "_tr(many)"],
    "agent_desktop/ui/window/menus.py": ["_tr(what)"],  # SHORTCUTS' descriptions
    # Core's sentences by code and country names (templates in core/texts.py, extracted from
    # there; tests/ui/common/test_core_texts.py renders every one).
    "agent_desktop/ui/common/core_texts.py": [
        "QCoreApplication.translate(context(text.code), template(text.code))"
    ],
    "agent_desktop/ui/settings/settings_dialog.py": [
        "QCoreApplication.translate(REGIONS_CONTEXT, name)",
        "self.tr(KEY_HELP)",
        "self.tr(KEY_HELP)",
    ],
}


def _packaging_script(name: str):
    """A script of packaging/ (not a package) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool():
    return _packaging_script("translations")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of every live message (not vanished or obsolete)."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("vanished", "obsolete"):
                found[(name, message.findtext("source") or "")] = translation
    return found


@pytest.fixture
def language(qapp):
    """language("de") installs a translation for this test only; English again afterwards."""
    yield lambda code: install_translations(qapp, code)
    remove_translations(qapp)


# --- (a) every visible string is marked, and marked where lupdate and tr() both find it ---------


def test_no_user_visible_string_literal_is_left_unwrapped():
    unwrapped = [str(finding) for finding in scan().unwrapped]
    assert unwrapped == [], "wrap in self.tr() or QCoreApplication.translate()"


def test_translation_lookups_of_variables_are_only_the_known_ones():
    found: dict[str, list[str]] = {}
    for finding in scan().dynamic:
        found.setdefault(finding.path, []).append(finding.text)
    assert found == DYNAMIC_LOOKUPS


def test_every_marked_string_is_extracted_under_the_context_it_is_looked_up_in():
    """Catches what lupdate's Python parser misses or files under another class: a tr() in an
    f-string, a helper lupdate cannot see through, a context it guesses wrong."""
    extracted = _messages(TS_DIR / "agent_desktop_de.ts")
    missing = [
        f"{finding} (context {context})"
        for (context, _text), finding in scan().marked.items()
        if (context, _text) not in extracted
    ]
    assert missing == []


def test_nothing_is_translated_at_import_time():
    """A module-level translate() runs before the translation is installed: it stays English."""
    import ast

    from translation_scan import source_files

    def calls_run_at_import(node: ast.AST):
        """Calls in module and class bodies, not inside functions (those run later)."""
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, ast.Call):
                yield child
            yield from calls_run_at_import(child)

    early = []
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in calls_run_at_import(tree):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("tr", "translate", "_tr"):
                early.append(f"{path.name}:{call.lineno}")
    assert early == []


def test_the_scan_finds_what_it_should(tmp_path):
    """The scanner itself: an unwrapped label, a wrapped one, a markup-only one, a helper."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "class W:\n"
        "    def build(self):\n"
        "        QLabel('Plain words', self)\n"
        "        self.button.setToolTip(f'Start {x} now')\n"
        "        QLabel(self.tr('Wrapped'), self)\n"
        "        self.value.setText('<b>—</b>')\n"
        "        self.banner.show_message(_tr('Saved'), 'warning')\n"
        "        log.warning('not for the agent %s', x)\n"
        "        QMessageBox.warning(self, 'Careful', self.tr('Body'))\n",
        encoding="utf-8",
    )
    result = scan([sample], root=tmp_path)
    assert [f.text for f in result.unwrapped] == ["Plain words", "Start  now", "Careful"]
    assert set(result.marked) == {("W", "Wrapped"), ("Ctx", "Saved"), ("W", "Body")}


def test_helper_calls_are_spelled_out_line_for_line_for_lupdate():
    source = (
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("Outbox", text)\n'
        "def f(n):\n"
        '    return _tr("%1 waiting").replace("%1", n) + _tr(\n'
        '        "second")\n'
        'x.y._tr("not ours")\n'
    )
    expanded = _tool().expand_helpers(source)
    lines = expanded.splitlines()
    assert len(lines) == len(source.splitlines())
    assert lines[1] == "def _tr(text: str) -> str:"
    assert lines[4] == (
        '    return QCoreApplication.translate("Outbox", "%1 waiting")'
        '.replace("%1", n) + QCoreApplication.translate("Outbox", '
    )
    assert lines[6] == 'x.y._tr("not ours")'
    assert _tool().expand_helpers("print('no helper')\n") == "print('no helper')\n"


# --- (b) the .ts sources are current ------------------------------------------------------------


def test_the_ts_files_are_up_to_date_with_the_code(tmp_path):
    """Re-extract into a copy: the same messages (context and source; locations may move)."""
    tool = _tool()
    for code in languages.TRANSLATED:
        shutil.copy2(TS_DIR / f"agent_desktop_{code}.ts", tmp_path)
    tool.lupdate(languages.TRANSLATED, tmp_path)
    for code in languages.TRANSLATED:
        committed = set(_messages(TS_DIR / f"agent_desktop_{code}.ts"))
        fresh = set(_messages(tmp_path / f"agent_desktop_{code}.ts"))
        assert fresh == committed, (
            f"agent_desktop_{code}.ts is out of date: run ./dev translations update "
            f"(new: {sorted(fresh - committed)[:5]}, gone: {sorted(committed - fresh)[:5]})"
        )


def test_every_shipped_language_has_a_ts_file_and_only_those():
    on_disk = {p.name for p in TS_DIR.glob("*.ts")}
    assert on_disk == {f"agent_desktop_{code}.ts" for code in languages.TRANSLATED}
    assert set(COMPLETE) <= set(languages.TRANSLATED)


def test_the_bundle_ships_every_language():
    spec = importlib.util.spec_from_file_location(
        "bundle_config", ROOT / "packaging" / "bundle_config.py"
    )
    assert spec and spec.loader
    config = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(config)
    assert config.APP_LANGUAGES == languages.TRANSLATED


# --- (c) complete languages have no gap ---------------------------------------------------------

_PLACEHOLDER = re.compile(r"%\d+|%n")


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("code", COMPLETE)
def test_a_complete_translation_has_no_unfinished_or_missing_message(code):
    problems = []
    for (context, source), translation in _messages(TS_DIR / f"agent_desktop_{code}.ts").items():
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{where} is not translated")
        elif sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
            problems.append(f"{where} -> {text!r} changes the placeholders")
        elif _mnemonics(text) != _mnemonics(source):
            problems.append(f"{where} -> {text!r} gains or loses its Alt mnemonic")
    assert problems == []


def _fill_tool():
    return _packaging_script("fill_translations")


@pytest.mark.parametrize("code", COMPLETE)
def test_no_two_mnemonics_share_a_key_in_a_dialog_or_menu(code):
    """The Settings dialog, the New contact form (with the menu bar it sits under), the Outbox
    dialog and each menu, F9's three texts included: what the window test cannot open."""
    assert _fill_tool().check(code) == []


def test_the_mnemonic_check_finds_a_clash(tmp_path, monkeypatch):
    tool = _fill_tool()
    source = (TS_DIR / "agent_desktop_de.ts").read_text(encoding="utf-8")
    clashing = source.replace(">&amp;Hilfe<", ">&amp;Datei-Hilfe<")
    assert clashing != source
    (tmp_path / "agent_desktop_de.ts").write_text(clashing, encoding="utf-8")
    monkeypatch.setattr(tool, "TS_DIR", tmp_path)
    assert any("clash" in problem for problem in tool.check("de"))


@pytest.mark.parametrize("code", COMPLETE)
def test_menu_mnemonics_are_unique_in_a_complete_translation(code, language, make_window):
    language(code)
    window = make_window()
    menus = [a.menu() for a in window.menuBar().actions()]
    for owner in [window.menuBar(), *menus]:
        keys = [
            m.group(1).lower()
            for a in owner.actions()
            if (m := re.search(r"&(\w)", a.text().replace("&&", "")))
        ]
        assert len(keys) == len(set(keys)), [a.text() for a in owner.actions()]


# --- (d) loading ----------------------------------------------------------------------------------


def test_german_window_menus_and_qt_dialog_buttons(language, make_window):
    assert language("de") == "de"
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Datei", "&Kontakt", "&Anruf", "&Hilfe"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()] == ["&Einstellungen …", "&Beenden"]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        window,
    )
    assert sorted(b.text() for b in box.buttons()) == ["&Ja", "&Nein", "Abbrechen"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
    )
    assert sorted(b.text() for b in buttons.buttons()) == ["Speichern", "Verwerfen"]


def test_afrikaans_dialog_buttons_come_from_our_own_file(language):
    """Qt ships no qtbase_af.qm: the af .ts answers for QPlatformTheme's buttons."""
    assert language("af") == "af"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Discard
    )
    assert sorted(b.text() for b in buttons.buttons()) == ["Gooi weg", "Kanselleer", "OK"]
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions() if a.text()] == [
        "&Ontdoen",
        "&Herdoen",
        "&Knip",
        "Kopi&eer",
        "&Plak",
        "Skrap",
        "Kies alles",
    ]
    menu.deleteLater()


def test_no_setting_follows_the_os_and_removing_goes_back_to_english(language):
    expected = languages.for_system(QLocale.system().uiLanguages())
    assert language("") == expected
    remove_translations()
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancel"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_AT.UTF-8", "LANGUAGE": "de_AT:de"}, "de &Hilfe"),
        ({"LANG": "it_IT.UTF-8", "LANGUAGE": "it_IT"}, "en &Help"),  # none of ours
        ({"LANG": "en_ZA.UTF-8", "LANGUAGE": "en_ZA:de"}, "en &Help"),  # English preferred
    ],
)
def test_the_os_language_picks_the_translation(env, expected):
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from agent_desktop.ui.app.translations import install_translations\n"
        "app = QApplication([])\n"
        "print(install_translations(app, ''), QCoreApplication.translate('Menus', '&Help'))\n"
    )
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "", **env}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == expected


def test_start_up_reads_the_language_setting_from_the_users_file(qapp, isolated_dirs):
    from agent_desktop.ui.app.run import install_language

    folder = isolated_dirs["config"] / "agent-desktop"
    folder.mkdir()
    (folder / "settings.toml").write_text('language = "de"\n', encoding="utf-8")
    try:
        assert install_language(qapp) == "de"
        assert QCoreApplication.translate("Menus", "&Help") == "&Hilfe"
    finally:
        remove_translations(qapp)


def test_a_missing_translation_file_leaves_english(language, monkeypatch):
    import agent_desktop.ui.app.translations as module

    monkeypatch.setattr(module, "resource_path", lambda *parts: None)
    assert language("fr") == "en"
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_installing_is_cheap(qapp):
    """On the GUI thread before the window: loading our .qm and Qt's must stay a few ms."""
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        install_translations(qapp, "de")
        timings.append(time.perf_counter() - started)
        remove_translations(qapp)
    assert sorted(timings)[2] < 0.02, timings


# --- the pseudo-translation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "&Save",
        "Sending automatically in %1 s…",
        "<p>Caller pop-ups for %1.</p>",
        "Edit && resend…",
        "OK",
    ],
)
def test_pseudo_text_is_longer_and_keeps_what_code_relies_on(source):
    text = _tool().pseudo(source)
    assert len(text) >= len(source) * 1.4
    assert _PLACEHOLDER.findall(text) == _PLACEHOLDER.findall(source)
    assert re.findall(r"<[^>]*>", text) == re.findall(r"<[^>]*>", source)
    assert _mnemonics(text) == _mnemonics(source)
    assert text.startswith("[") and text.endswith("]")


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) of the labels, buttons, fields and menus the agent can see or hear."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            found.append((f"{kind} text", widget.text()))
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append((f"{kind} placeholder", widget.placeholderText()))
        for what, text in (("tooltip", widget.toolTip()), ("name", widget.accessibleName())):
            if text:
                found.append((f"{kind} {what}", text))
    for action in (
        root.findChildren(type(root.menuBar().actions()[0])) if hasattr(root, "menuBar") else []
    ):
        if action.text():
            found.append(("action", action.text()))
    return found


def _english(root: QWidget) -> list[str]:
    # The product's name; key names (Qt's own translation renders Ctrl as Strg); web addresses.
    allowed = re.compile(r"Agent Desktop|((Ctrl|Shift|Alt|Meta|F\d+)\+?)+\w?|https?://\S+")
    texts = list(_visible_texts(root))
    assert len(texts) >= 5, texts  # the walk saw the window's words: an empty walk proves nothing
    return [
        f"{what}: {text!r}"
        for what, text in texts
        if re.search(r"[A-Za-z]{3,}", text) and "·" not in text and not allowed.fullmatch(text)
    ]


def test_under_pseudo_every_visible_text_of_the_window_is_translated(language, make_window):
    """What the static scan cannot see (a string kept in a variable, then shown)."""
    assert language("pseudo") == "pseudo"
    window = make_window()
    QApplication.processEvents()
    assert _english(window) == []


def test_under_pseudo_the_settings_and_outbox_dialogs_are_translated(language, make_window, qtbot):
    assert language("pseudo") == "pseudo"
    window = make_window()
    window.open_settings()
    qtbot.waitUntil(
        lambda: window.settings_dialog is not None and window.settings_dialog.isVisible()
    )
    assert _english(window.settings_dialog) == []
    window.settings_dialog.reject()
    dialog = window.outbox_view.open_dialog()
    qtbot.waitUntil(dialog.isVisible)
    assert _english(dialog) == []
