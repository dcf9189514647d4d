"""baresip's form on the phone page, alone: the address, checked, and the config lines that go
with it (the README's recipe); a locked address cannot be edited."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agent_desktop.core.settings.settings import Settings
from agent_desktop.ui.phones.settings_baresip import BaresipForm, config_lines


def _unlocked(widget: QWidget, _key: str) -> QWidget:
    return widget


def test_the_form_shows_the_address_and_the_config_lines_for_it(qtbot):
    form = BaresipForm(Settings(baresip_address="127.0.0.1:4455"), _unlocked)
    qtbot.addWidget(form)
    assert form.address.text() == "127.0.0.1:4455"
    assert form.lines.text() == "module_app ctrl_tcp.so\nctrl_tcp_listen 127.0.0.1:4455"
    form.address.setText("127.0.0.1:5000")
    assert form.lines.text().endswith("ctrl_tcp_listen 127.0.0.1:5000")
    assert form.values() == {"baresip_address": "127.0.0.1:5000"}
    assert form.problem() == ""
    form.address.setText("")  # empty: the default
    assert form.values() == {"baresip_address": "127.0.0.1:4444"}
    assert form.lines.text() == config_lines("127.0.0.1:4444")


def test_a_bad_address_is_said_in_words(qtbot):
    form = BaresipForm(Settings(), _unlocked)
    qtbot.addWidget(form)
    form.address.setText("localhost")
    assert form.problem() == "baresip address should be a host and a port, like 127.0.0.1:4444."
    form.address.setText("<b>evil</b>:12")
    assert form.lines.text().endswith("ctrl_tcp_listen <b>evil</b>:12")  # plain text, shown as is


def test_a_locked_address_goes_through_the_lock(qtbot):
    seen: list[str] = []

    def locked(widget: QWidget, key: str) -> QWidget:
        seen.append(key)
        widget.setEnabled(False)
        return widget

    form = BaresipForm(Settings(), locked)
    qtbot.addWidget(form)
    assert seen == ["baresip_address"] and not form.address.isEnabled()


def test_the_readme_gives_the_lines_the_tests_use():
    """The README's recipe is the one tests/baresip_lab.py writes into baresip's config."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    readme = (root / "README.md").read_text(encoding="utf-8")
    lab = (root / "tests" / "baresip_lab.py").read_text(encoding="utf-8")
    for line in config_lines("127.0.0.1:4444").splitlines():
        assert line in readme
        assert line.split()[0] in lab
