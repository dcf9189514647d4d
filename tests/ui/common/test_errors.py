"""Each error class reaches the agent as its own sentence, inline, and the window keeps working."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from agent_desktop.ui.window.status import ConnectionState


def _search(qtbot, window, text="james"):
    window.search.edit.setFocus()
    qtbot.keyClicks(window.search.edit, text)
    with qtbot.waitSignal(window.search.outcome_shown, timeout=10000) as blocker:
        pass
    return blocker.args[0]


def test_wrong_key_shows_the_auth_message_and_key_problem(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, key="wrong-key")
    outcome = _search(qtbot, window)
    text = window.search.popup.state_text
    assert type(outcome.error).__name__ == "AuthError"
    assert text == (
        "SwitchTransact said: “Not authorized to make this API call. Requesting Read "
        "on General.” Check the API key in Settings; an administrator can check its "
        "permissions in SwitchTransact under API / Developers > API Keys."
    )
    assert window.search.popup.state_label.toolTip() == str(outcome.error)  # details on demand
    assert "wrong-key" not in text
    assert window.state_indicator.state is ConnectionState.KEY_PROBLEM
    assert window.state_indicator.text == "Key problem"


def test_server_down_shows_a_network_message_and_offline(qtbot, make_window, closed_port_url):
    window = make_window(closed_port_url)
    outcome = _search(qtbot, window)
    assert type(outcome.error).__name__ == "NetworkError"
    assert window.search.popup.state_text == (
        "SwitchTransact can't be reached. Your logs are saved and will be sent when it is back."
    )
    assert "SwitchTransact said" not in window.search.popup.state_text  # it said nothing
    assert window.search.popup.state_label.toolTip() == str(outcome.error)  # details on demand
    assert window.state_indicator.state is ConnectionState.OFFLINE


def test_html_500_shows_a_short_server_message(qtbot, make_window, stub_server):
    page = "<html><body><h1>502 Bad Gateway</h1>" + "x" * 5000 + "</body></html>"
    base = stub_server(
        {
            "/api/1.0/calls/autocomplete": (500, "text/html", page),
            "/api/1.0/calls/record": (500, "text/html", page),
        }
    )
    window = make_window(base)
    outcome = _search(qtbot, window)
    text = window.search.popup.state_text
    assert type(outcome.error).__name__ in ("ServerError", "ProtocolError")
    assert text and len(text) < 400
    assert "<html" not in text.lower()
    assert window.state_indicator.state is ConnectionState.SERVER_PROBLEM


def test_after_an_error_the_next_search_recovers(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, key="wrong-key")
    _search(qtbot, window)
    window.session.configure(window.session.settings, "test-key")
    window.search.edit.clear()
    outcome = _search(qtbot, window)
    assert outcome.error is None and outcome.suggestions
    assert window.state_indicator.state is ConnectionState.CONNECTED


def test_start_probe_reports_the_key_problem_before_any_search(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, key="wrong-key", ctx_overrides={"probe_on_start": True})
    qtbot.waitUntil(
        lambda: window.state_indicator.state is ConnectionState.KEY_PROBLEM, timeout=5000
    )
    assert "Not authorized" in window.state_indicator.toolTip()


@pytest.mark.qt_no_exception_capture
@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no window manager
def test_unexpected_exception_in_a_slot_is_reported_without_stopping_the_window(
    qtbot, sandbox, make_window, caplog
):
    window = make_window(sandbox.base_url)
    window.errors.install()
    try:

        def broken():
            raise RuntimeError("a bug in a slot")

        with qtbot.waitSignal(window.errors.reported, timeout=3000):
            QTimer.singleShot(0, broken)
        box = window.errors._box
        assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
        assert "keep working" in box.text()
        assert any("a bug in a slot" in (r.exc_text or "") or r.exc_info for r in caplog.records)
        outcome = _search(qtbot, window)  # still works
        assert outcome.suggestions
    finally:
        window.errors.uninstall()
        if window.errors._box is not None:
            window.errors._box.close()


def test_rate_limit_says_when_to_try_again(qtbot, make_window, stub_server):
    busy = (429, "application/json", {"status": False, "error": "Too many requests"})
    base = stub_server({"/api/1.0/calls/autocomplete": busy, "/api/1.0/calls/record": busy})
    window = make_window(base)
    outcome = _search(qtbot, window)
    assert type(outcome.error).__name__ == "RateLimited"
    assert window.search.popup.state_text == (
        "SwitchTransact is busy. Wait a moment and try again; your logs are saved and will be sent."
    )
    assert window.search.popup.state_label.toolTip() == str(outcome.error)  # details on demand
    assert window.state_indicator.state is ConnectionState.SERVER_PROBLEM


def test_server_words_are_quoted_only_when_the_server_said_them(qtbot, make_window, stub_server):
    refused = (422, "application/json", {"status": False, "error": "Name is too long"})
    base = stub_server({"/api/1.0/calls/autocomplete": refused, "/api/1.0/calls/record": refused})
    window = make_window(base)
    outcome = _search(qtbot, window)
    assert type(outcome.error).__name__ == "ValidationError"
    assert window.search.popup.state_text == (
        "SwitchTransact said: “Name is too long” Correct it and send it again."
    )


def test_a_stored_failure_reads_in_plain_words(qtbot):
    from agent_desktop.ui.common.error_texts import plain_kind

    network = plain_kind("network", "Could not reach crm.example.com: connection refused.")
    assert network.text == (
        "SwitchTransact can't be reached. Your logs are saved and will be sent when it is back."
    )
    assert network.details == "Could not reach crm.example.com: connection refused."
    said = plain_kind("validation", "SwitchTransact did not accept this: Number is invalid")
    assert said.text == "SwitchTransact said: “Number is invalid”"
    silent = plain_kind(
        "validation", "SwitchTransact did not accept this: it refused the data (HTTP 422)"
    )
    assert "said" not in silent.text  # no words of its own: none are put in its mouth
