"""Server and softphone text is shown as text, never rendered as markup.

The sandbox holds contacts whose every field carries HTML (a red heading, a link to a phishing
site, a local image) and control characters (CR/LF before a forged "FAKE: ok" line, tabs, ESC, a
bidi override); the server refuses the call log with an error made
of the same. The real window is driven through search, suggestions, the contact, a call, its
review, the refused log in the outbox, its editor and discard confirmation, the error reporter,
the settings' connection test against a server refusing with markup, and a softphone ring whose
"number" is markup; after each step markup_audit walks every label, button and tooltip of every
window and dialog. The navigation lives in the helpers below, the one place to adapt when the
window changes.
"""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from markup_audit import Hostile, audit
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from agent_desktop.core.calls.events import CallEvent, EventKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WAIT = 10000
MARK = "FRAUD"
HREF = "https://evil.example/"
IMAGE = "/usr/share/icons/hicolor/48x48/apps/"
HOSTILE = Hostile(
    marker=MARK,
    tags=("<h1>", "<img", "<a href=https://evil", "<font", "<u>"),
    hrefs=(HREF,),
    images=(IMAGE,),
    forged_lines=("FAKE: ok", "Second line"),
)

FRAUDSTER = {
    "firstname": "<h1><font color=red>CALL 0800 FRAUD NOW</font></h1>",
    "lastname": f"<a href={HREF}>verify</a>\r\nFAKE: ok\u202e<img src={IMAGE}some.png>",
    "company": f"<u>FRAUD</u>\tHoldings\u2028FAKE: ok\x85<img src={IMAGE}logo.png>",
    "customer_number": f"<a href={HREF}>FRAUD-1</a>",
    "email": f"fraud<img src={IMAGE}mail.png>@evil.example",
    "mobilephone": f"+27825550199<img src={IMAGE}tel.png>",
    "businessphone": "<h1>FRAUD</h1>021 555 0100",
    "entity_type": "<h1>FRAUD</h1>",
}
CONTROLS = {
    "firstname": "Ctrl\x1b]0;FRAUD title\x07\r\nSecond line",
    "lastname": "FRAUD\u202eesrever\x08\x08<img src=" + IMAGE + "c.png>",
    "company": "Tab\tFRAUD\x00Nul",
    "mobilephone": "+27825550188",
    "entity_type": "Lead",
}
SERVER_ERROR = (
    f"<h1>FRAUD refused</h1>\r\nFAKE: ok\u202e<a href={HREF}>fix it here</a>\t"
    f"<img src={IMAGE}error.png>"
)
# A softphone's "number" (at most 64 characters); its own marker, to see where it went.
RING = f"<h1>SCAM</h1><a href={HREF}>v</a><img src={IMAGE[:4]}>"
HOSTILE_RING = Hostile(
    marker="SCAM", tags=("<h1>", "<img", "<a href=https://evil"), hrefs=(HREF,), images=(IMAGE[:4],)
)


@pytest.fixture
def hostile_server(sandbox, stub_server):
    """The sandbox with hostile contacts, behind a stub that refuses every call log with a
    hostile error (the sandbox itself only refuses with well-formed messages)."""
    sandbox.add_contact(**FRAUDSTER)
    sandbox.add_contact(**CONTROLS)

    def forward(path):
        def route(query, _body):
            request = urllib.request.Request(
                f"{sandbox.base_url}{path}?{query}", headers={"Authorization": "test-key"}
            )
            try:
                with urllib.request.urlopen(request, timeout=10) as answer:
                    return answer.status, "application/json", answer.read().decode()
            except urllib.error.HTTPError as refused:  # passed on as the sandbox said it
                return refused.code, "application/json", refused.read().decode()

        return route

    return stub_server(
        {
            "/api/1.0/calls/autocomplete": forward("/calls/autocomplete"),
            "/api/1.0/calls/record": forward("/calls/record"),
            "/api/1.0/calls/log": (
                422,
                "application/json",
                {"status": False, "error": SERVER_ERROR},
            ),
        }
    )


@pytest.fixture
def refusing_server(stub_server):
    """A server that refuses the key with an error made of markup."""
    refusal = (403, "application/json", {"status": False, "error": SERVER_ERROR})
    return stub_server({"/api/1.0/calls/record": refusal, "/api/1.0/calls/autocomplete": refusal})


# --- navigation: the one place to adapt when the window's structure changes ------------------


def _action(window: QWidget, shortcut: str) -> QAction:
    wanted = QKeySequence(shortcut)
    found = [a for a in window.findChildren(QAction) if wanted in a.shortcuts()]
    assert found, f"no action for {shortcut}"
    return found[0]


def _search(qtbot, window, term: str) -> None:
    _action(window, "Ctrl+K").trigger()
    field = window.focusWidget()  # the search field Ctrl+K focused
    field.clear()
    with qtbot.waitSignal(window.search.outcome_shown, timeout=WAIT):
        qtbot.keyClicks(field, term)


def _open_first_suggestion(qtbot, window, shows: str) -> None:
    field = window.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _showing(window, shows), timeout=WAIT)


def _showing(top: QWidget, text: str) -> bool:
    return any(text in label.text() and label.isVisible() for label in top.findChildren(QLabel))


def _ring(qtbot, window, number: str) -> None:
    """A ring through the window's handler for softphone events (app.py wires it to the local
    socket), and its caller lookup's answer."""
    with qtbot.waitSignal(window.controller.lookup.found, timeout=WAIT):
        window.controller.handle_event(CallEvent(EventKind.RING, number))


def _hang_up(window) -> None:
    window.controller.handle_event(CallEvent(EventKind.END))


def _report_unexpected(qtbot, window, error: BaseException) -> None:
    """What the window's error reporter shows for an exception no code expected."""
    with qtbot.waitSignal(window.errors.reported, timeout=WAIT):
        window.errors.report(error, f"{type(error).__name__}: {error}")


def _button(parent: QWidget, text: str) -> QAbstractButton:
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.text().replace("&", "").startswith(text)
    ]
    assert found, f"no button {text!r} in {parent}"
    return found[0]


def _dialog(title_start: str) -> QDialog:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w.windowTitle().startswith(title_start)
    ]
    assert found, f"no dialog {title_start!r}"
    return found[0]


def _close_dialogs() -> None:
    for dialog in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]:
        dialog.close()


# --- the walk ----------------------------------------------------------------------------------


def _audit(step: str, hostile: Hostile, problems: list[str], *, shown_in: str) -> None:
    """Walk every window; the data must have been seen in `shown_in` (part of a class or
    object name, any case): a walk that finds no data would pass without proving anything."""
    findings = audit(hostile)
    problems.extend(
        f"{step}: {problem}"
        for problem in findings.problems
        if f": {problem}" not in "\n".join(problems)
    )
    assert any(shown_in.lower() in where.lower() for where in findings.seen), (step, findings.seen)


def test_no_window_renders_markup_from_the_server_or_the_softphone(
    qtbot, hostile_server, refusing_server, make_window, clock
):
    window = make_window(hostile_server, missed_calls="review")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    problems: list[str] = []

    _search(qtbot, window, "fraud")
    assert window.search.popup.isVisible()
    _audit("suggestions", HOSTILE, problems, shown_in="QListView")
    _search(qtbot, window, "esrever")  # the one with control characters
    _open_first_suggestion(qtbot, window, shows="esrever")
    _audit("contact with control characters", HOSTILE, problems, shown_in="ContactPanel")

    _search(qtbot, window, "0800 fraud")
    _open_first_suggestion(qtbot, window, shows="0800")
    _audit("contact", HOSTILE, problems, shown_in="Chip")

    _action(window, "F9").trigger()  # start the call with the fraudster
    clock.advance(42)
    _audit("call", HOSTILE, problems, shown_in="CallPanel")
    _action(window, "F9").trigger()  # end it: the review
    qtbot.waitUntil(lambda: _showing(window, "Duration 0:42"), timeout=WAIT)
    window.review.details.toggle.setChecked(True)  # the raw fields too
    _audit("review", HOSTILE, problems, shown_in="ReviewPane")

    _action(window, "Ctrl+Return").trigger()  # send: the server refuses with its own markup
    qtbot.waitUntil(lambda: _showing(window, "FRAUD refused"), timeout=WAIT)
    _audit("refused", HOSTILE, problems, shown_in="banner")
    _action(window, "Ctrl+Shift+O").trigger()
    outbox = _dialog("Outbox")
    qtbot.waitUntil(lambda: _showing(outbox, "FRAUD refused"), timeout=WAIT)
    _audit("outbox dialog", HOSTILE, problems, shown_in="QTreeWidget item (0,3) tooltip")
    _button(outbox, "Edit").click()
    _dialog("Edit and resend")
    _audit("entry editor", HOSTILE, problems, shown_in="EntryEditor")
    _close_dialogs()
    _action(window, "Ctrl+Shift+O").trigger()
    _button(_dialog("Outbox"), "Discard").click()  # the confirmation names the entry
    _audit("discard confirmation", HOSTILE, problems, shown_in="QMessageBox")
    _close_dialogs()

    _report_unexpected(qtbot, window, ValueError(SERVER_ERROR))
    _audit("unexpected error", HOSTILE, problems, shown_in="QMessageBox")
    _close_dialogs()

    _action(window, "Ctrl+,").trigger()  # the connection test quotes the server's refusal
    settings = _dialog("Settings")
    settings.base_url.setText(refusing_server)
    _button(settings, "Test connection").click()
    qtbot.waitUntil(lambda: _showing(settings, "FRAUD refused"), timeout=WAIT)
    _audit("connection test", HOSTILE, problems, shown_in="SettingsDialog")
    _close_dialogs()

    _ring(qtbot, window, RING)
    _audit("ring", HOSTILE_RING, problems, shown_in="CallPanel")
    _hang_up(window)  # never answered: a Missed call to review
    qtbot.waitUntil(
        lambda: window.review.isVisible() and window.review.outcome.currentText() == "Missed",
        timeout=WAIT,
    )
    window.review.details.toggle.setChecked(True)  # the raw fields too
    _audit("missed call review", HOSTILE_RING, problems, shown_in="ReviewPane")

    assert problems == [], "\n".join(problems)


def test_the_status_bar_shows_markup_as_typed(qtbot, make_window):
    """The walk counts status-bar messages as safe: QStatusBar paints them with drawText().
    Markup with no text of its own ("<i></i><b></b>") would leave the bar empty if rendered;
    shown as typed, it leaves as much ink as a dozen letters."""
    window = make_window()
    bar = window.statusBar()

    def ink(message: str) -> int:
        bar.showMessage(message)
        bar.repaint()
        image = bar.grab().toImage()
        background = image.pixelColor(1, 1)
        return sum(
            image.pixelColor(x, y) != background
            for x in range(image.width())
            for y in range(image.height())
        )

    empty, markup, letters = ink(""), ink("<i></i><b></b>"), ink("abcdefghijkl")
    assert markup > empty + (letters - empty) // 2, (empty, markup, letters)
