"""The tray's notification and tooltip carry plain text only: a caller's name from the server or
a number from the softphone with markup in it must not be rendered by a notification server that
renders markup in the body (or by Qt's own balloon and tooltips)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from agent_desktop.ui.calls.attention import MAX_TEXT, NOTIFY, CallAlert, plain_text

HOSTILE = (
    '<h1><font color=red>CALL 0800 FRAUD NOW</font></h1><a href="https://x.test">verify'
    '</a><img src="/usr/share/pixmaps/debian-logo.png"> Smith &amp; Sons\x1b]8;;x\x07'
    "\u202e7654\r\nline two\x00"
)


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("James May · 072 123 4567", "James May · 072 123 4567"),
        ("<b>Zoë</b> O'Neil", "Zoë O'Neil"),
        ("Smith & Sons <sales>", "Smith ＆ Sons"),
        ("a < b > c", "a ‹ b › c"),
        ("<!-- hidden -->Ann<br/>Lee", "Ann Lee"),
        ("tab\there\nnewline", "tab here newline"),
        ("\x1b[31mred\x1b[0m", "[31mred[0m"),  # the escape character itself is gone
        ("\u202e1234\u202c", "1234"),
    ],
)
def test_plain_text(given, shown):
    assert plain_text(given) == shown


def test_hostile_text_keeps_no_markup_entity_or_control_character():
    text = plain_text(HOSTILE)
    assert "CALL 0800 FRAUD NOW" in text and "verify" in text  # the words are kept
    assert not set(text) & set("<>&\x1b\x07\x00\r\n\u202e")
    assert len(plain_text("x" * 1000)) == MAX_TEXT


@pytest.mark.qt_log_ignore("QObject::connect: No such signal QPlatformNativeInterface")
def test_the_notification_and_tooltip_get_plain_text(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    alert = CallAlert(window, tray_check=lambda: True)  # a desktop with a tray
    alert.set_mode(NOTIFY)
    shown: list[tuple[str, str]] = []
    alert.tray.showMessage = lambda title, body, *rest: shown.append((title, body))
    assert alert.call("Incoming <i>call</i>", HOSTILE + " · 072 123 4567") == NOTIFY
    ((title, body),) = shown
    assert title == "Incoming call"
    assert body.startswith("CALL 0800 FRAUD NOW verify Smith ＆amp; Sons")
    assert body.endswith("4567")
    assert not set(body) & set("<>&\x1b\x07\x00\r\n\u202e")
    alert.set_status(connection="SwitchTransact said: <b>bad</b> gateway")
    assert alert.tray.toolTip().split("\n")[1] == "SwitchTransact said: bad gateway"
