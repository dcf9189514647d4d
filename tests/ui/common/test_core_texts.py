"""Core speaks in codes, the window translates them: every core sentence renders translated (the
pseudo-language shows an untranslated one at once), and the settings problems, the keyring status
and the connection test's lines reach a translated window translated."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from keyring.backends import fail

from agent_desktop.core import texts
from agent_desktop.core.api.diagnostics import run_check
from agent_desktop.core.settings.secrets import ApiKeyStore
from agent_desktop.core.settings.settings import SettingsStore
from agent_desktop.core.texts import Text, all_codes
from agent_desktop.ui.app.translations import install_translations, remove_translations
from agent_desktop.ui.common.core_texts import tr_core, tr_error

ROOT = Path(__file__).resolve().parents[3]
CORE = ROOT / "agent_desktop" / "core"
PSEUDO_MARK = "·"  # every pseudo-translation ends with this padding


@pytest.fixture
def language(qapp):
    yield lambda code: install_translations(qapp, code)
    remove_translations(qapp)


def _sample(code: str) -> Text:
    count = len(set(re.findall(r"%(\d+)", texts.template(code))))
    return Text(code, *(f"arg{n}" for n in range(1, count + 1)))


def _translated(rendered: str, text: Text) -> bool:
    """Pseudo-text of the template, with its arguments kept as they are."""
    return PSEUDO_MARK in rendered and all(arg in rendered for arg in text.args)


@pytest.mark.parametrize("code", all_codes())
def test_every_core_text_renders_in_the_pseudo_language(language, code):
    assert language("pseudo") == "pseudo"
    text = _sample(code)
    rendered = tr_core(text)
    assert _translated(rendered, text), f"{code} is not translated: {rendered!r}"


@pytest.mark.parametrize("lang", ["de", "fr", "es", "pt_BR", "af"])
def test_every_language_renders_the_core_texts(language, lang):
    assert language(lang) == lang
    same = [
        code
        for code in all_codes()
        if tr_core(_sample(code)) == str(_sample(code))
        and re.search(r"[A-Za-z]{4,}", texts.template(code))
    ]
    # Proper names read the same in some languages (Portugal, Ghana, Proxy); sentences never.
    assert all(" " not in texts.template(code) for code in same), same


def _codes_used_in_core() -> tuple[set[str], list[str]]:
    """The literal codes of every Text(...) in core, and the f-string ones (as patterns)."""
    literal: set[str] = set()
    patterns: list[str] = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Text"
                and node.args
            ):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal.add(first.value)
            elif isinstance(first, ast.JoinedStr):
                patterns.append(
                    "".join(v.value if isinstance(v, ast.Constant) else ".*" for v in first.values)
                )
    return literal, patterns


def test_every_code_core_uses_has_a_template():
    literal, patterns = _codes_used_in_core()
    assert len(literal) > 40  # the scan sees core's sentences
    assert literal - set(all_codes()) == set()
    for pattern in patterns:  # keyring.{verb}_failed, value.{unit}, value.{unit}_range
        assert any(re.fullmatch(pattern, code) for code in all_codes()), pattern


def test_nested_texts_are_translated_too(language):
    assert language("de") == "de"
    problem = Text(
        "settings.invalid",
        Text("settings.place_line", "/etc/x.toml", 3),
        "region",
        Text("value.region"),
        "'QQ'",
        "'ZA'",
    )
    assert str(problem).startswith("/etc/x.toml line 3: region should be a two-letter")
    assert tr_core(problem) == (
        "/etc/x.toml Zeile 3: region muss ein zweibuchstabiger Ländercode "
        "wie ZA oder GB sein, nicht 'QQ'; 'ZA' wird verwendet."
    )


def test_settings_problems_reach_the_window_translated(language, tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('locked = "base_url"\napi_key = "secret-in-file"\n', encoding="utf-8")
    user = tmp_path / "user.toml"
    user.write_text(
        'region = "QQ"\nsearch_debounce_ms = 99999\nmissed_calls = "maybe"\ntheme = 3\n',
        encoding="utf-8",
    )
    env = {"AGENT_DESKTOP_REGION": "nowhere"}
    problems = SettingsStore(user, site, environ=env).load().problems
    assert len(problems) == 7, problems
    assert language("pseudo") == "pseudo"
    for problem in problems:
        assert isinstance(problem, Text), problem
        rendered = tr_core(problem)
        assert PSEUDO_MARK in rendered, rendered
        # No English sentence is left: every English word of the template is gone.
        assert "should be" not in rendered and "ignored" not in rendered, rendered
    (bad_file := tmp_path / "bad.toml").write_bytes(b"\xff\xfe")
    assert PSEUDO_MARK in tr_core(SettingsStore(bad_file, site).load().problems[-1])


def test_the_keyring_status_and_its_errors_are_translated(language):
    store = ApiKeyStore(backend=fail.Keyring(), environ={})
    status = store.status()
    assert not status.usable and "No system keyring was found" in status.message
    assert language("de") == "de"
    assert tr_core(status.message).startswith("Es wurde kein Systemschlüsselbund gefunden.")
    with pytest.raises(Exception) as raised:
        store.set("https://example.com", "k")
    assert tr_error(raised.value).startswith("Es wurde kein Systemschlüsselbund gefunden.")
    with pytest.raises(ValueError) as empty:
        store.set("https://example.com", " ")
    assert tr_error(empty.value) == "Der API-Schlüssel ist leer."


def test_connection_test_lines_are_translated(language, qtbot, closed_port_url):
    from agent_desktop.qt.tasks import TaskRunner
    from agent_desktop.ui.settings.connection_test import ConnectionTest

    report = run_check(closed_port_url, "key", "ZA", timeout=2)
    assert [str(step.name) for step in report.steps][:3] == ["Base URL", "Region", "Name lookup"]
    assert language("pseudo") == "pseudo"
    runner = TaskRunner()
    widget = ConnectionTest(runner, lambda: (closed_port_url, "key", "ZA"))
    qtbot.addWidget(widget)
    widget._done(report)
    lines = widget.result.text().split("<br>")
    assert len(lines) == len(report.steps)  # the verdict shares the first line's paragraph
    for line in lines:
        plain = re.sub(r"<[^>]*>", "", line)
        name, _, message = plain.partition(" — ")
        assert PSEUDO_MARK in name and PSEUDO_MARK in message, plain
    runner.shutdown()
