"""Save a PNG of the demo window with a contact open (a script for CI and the README, not a test).

    python tests/ui/screenshot_demo.py OUT.png [--state STATE] [--term "James May"]
                                               [--theme light|dark] [--size 460x740]
                                               [--width 420] [--language de|pseudo|...]

STATE: contact, suggestions, call, review, settings; for softphone events: ringing (James May's
number rings), baresip-ringing (the same, from a real baresip that SIPp calls), call-waiting (a
second caller rings during a call) and picker-during-call (a shared number answered before the
agent picked); and for the outbox: offline (the demo server stopped with
call logs waiting), refused (a call log SwitchTransact refused, in the window), attention (the
outbox list open on it) and editor (its Edit & resend form); for the agent's day: recent (Recent
calls with a missed call not seen yet) and offline-log (a log saved while SwitchTransact cannot be
reached: the review says it waits); for desk phones: desk-phone-ring (the real listener on
loopback, James May's number rung by a Yealink request) and settings-phone (Settings → Phone
after that ring and a request refused from another address); for the window following the call
(a contact open first): unknown-after-contact, new-during-call, lookup-failed and
lookup-recovered.

Runs under Xvfb (DISPLAY set, xcb) or, without a display, on Qt's offscreen platform. Exits 0 when
the PNG was written, 1 with a one-line reason otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")


def _wait(app, condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the demo did not reach the expected state in time")
        app.processEvents()
        time.sleep(0.01)


def _settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


OUTBOX_STATES = ("offline", "refused", "attention", "editor")


def _log_call(app, window, number: str | None, seconds: float = 0.0) -> None:
    """A call against the open contact ("" ), or with no contact: with this number, or with none
    at all (None)."""
    if number != "":
        window.stack.setCurrentWidget(window.empty)  # F9 without a contact: a manual call
        window.search.edit.setText(number or "")
    window.toggle_call()
    window.search.edit.clear()
    _settle(app, seconds)
    window.toggle_call()
    window.send_log()


CALL_STATES = ("ringing", "call-waiting", "picker-during-call")
BARESIP_STATES = ("baresip-ringing",)  # a real baresip rung by SIPp (tests/baresip_lab.py)
# The window follows the call (a contact is open first, from the search): an unknown number rings
# (unknown-after-contact), is answered and Ctrl+N pressed (new-during-call); the caller's lookup
# fails while SwitchTransact is unreachable (lookup-failed) and recovers (lookup-recovered).
FOLLOW_STATES = ("unknown-after-contact", "new-during-call", "lookup-failed", "lookup-recovered")
DAY_STATES = ("recent",)  # the ring opens its caller: no search first


def _offline_log(app, window) -> None:
    """A call logged while SwitchTransact cannot be reached: the review says it waits."""
    from PySide6.QtCore import QCoreApplication

    window.demo_server.stop()
    window.toggle_call()
    _settle(app, 1.2)
    window.toggle_call()
    window.send_log()
    waiting = QCoreApplication.translate(
        "ReviewPane",
        "Saved — will send when back online. The log is safe in the outbox; you can carry on.",
    )
    _wait(app, lambda: window.review.banner.text == waiting, timeout=20)


def _recent(app, window) -> None:
    """Recent calls after an answered, logged call and a missed call the agent has not seen."""
    book = window.calls.book
    _event(window, "ring", "072 123 4567")
    _wait(app, lambda: book.current() is not None and book.current().contact is not None)
    _event(window, "answer", "072 123 4567")
    _settle(app, 1.2)
    _event(window, "end", "072 123 4567")
    _wait(app, lambda: window.review.entry is not None)
    window.send_log()
    _wait(app, lambda: any(r.log.value == "sent" for r in window.recents.service.rows))
    window.review.send()  # "Done"
    window.recents._seen_timer.setInterval(60_000)  # the screenshot shows it still unseen
    _event(window, "ring", "021 555 0100")
    _settle(app, 0.5)
    _event(window, "end", "021 555 0100")  # missed, logged without review
    _wait(app, lambda: window.recents.service.unseen_missed == 1)
    window.recents.action.trigger()  # Ctrl+R
    _wait(app, lambda: all(r.log.value == "sent" for r in window.recents.service.rows))


def _event(window, kind: str, number: str) -> None:
    from agent_desktop.core.calls.events import CallEvent, EventKind

    window.controller.handle_event(CallEvent(EventKind(kind), number))


def _call_state(app, window, state: str) -> None:
    """Softphone events as a softphone sends them, against the demo's sandbox."""
    book = window.calls.book
    if state == "ringing":
        _event(window, "ring", "072 123 4567")
        _wait(app, lambda: book.current() is not None and book.current().contact is not None)
    elif state == "call-waiting":
        _event(window, "ring", "072 123 4567")
        _wait(app, lambda: book.current() is not None and book.current().contact is not None)
        _event(window, "answer", "072 123 4567")
        _settle(app, 2.2)
        _event(window, "ring", "021 555 0199")  # a second caller while James talks
        _wait(app, lambda: window.call_panel.waiting_label.isVisible())
    elif state == "picker-during-call":
        _event(window, "ring", "021 555 0199")  # a switchboard: three records share it
        _wait(app, lambda: window.call_panel.picker.isVisible())
        _event(window, "answer", "021 555 0199")
        _settle(app, 1.2)
    _settle(app, 0.6)


PHONE_STATES = ("desk-phone-ring", "settings-phone")
# A fake Bria (tests/fake_bria.py) not yet allowing the app: the window's notice, and Settings.
BRIA_STATES = ("bria-waiting", "settings-bria")


def _bria_waiting(app, window) -> list:
    """The demo's phone set to Bria, played by the fake Bria of the tests, whose user has not
    clicked Allow Access yet. Returns what to stop."""
    import sys
    from dataclasses import replace
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from fake_bria import FakeBria

    fake = FakeBria(approved=False)
    window.phone_flow._factory = lambda settings: fake.source(reply_timeout=1.0)
    window.session.configure(
        replace(window.session.settings, phone="bria"),
        window.session.api_key,
        key_source=window.session.key_source,
    )
    _wait(app, lambda: window.phones.status.problem.value == "not_approved")
    return [fake]


def _desk_phone(app, window) -> None:
    """The real desk phone listener on a free loopback port, fed as a Yealink phone feeds it:
    James May's number rings (and, for Settings, a request from another address refused)."""
    import socket
    import sys
    import threading
    from dataclasses import replace
    from pathlib import Path

    from agent_desktop.core.phones.desk_phone.source import create
    from agent_desktop.core.phones.registry import SourceConfig

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from desk_phones import TOKEN, phone_get, vendor_urls

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    window.phone_flow._factory = lambda settings: create(  # the demo's keyring holds no token
        SourceConfig(settings, lambda name: TOKEN)
    )
    settings = replace(
        window.session.settings,
        phone="desk_phone",
        desk_phone_listen=f"127.0.0.1:{port}",
        desk_phone_allow=["127.0.0.1"],
    )
    window.session.configure(settings, window.session.api_key, key_source=window.session.key_source)
    _wait(app, lambda: window.phones.status.state.value == "listening")
    urls = vendor_urls("yealink", port)
    values = {
        "$remote": "sip:0721234567@pbx.example",
        "$display_remote": "James May",
        "$call_id": "4f1a@10.0.0.5",
    }
    sent = []
    threading.Thread(
        target=lambda: sent.append(phone_get(urls["action_url.incoming_call"], values)), daemon=True
    ).start()
    book = window.calls.book
    _wait(app, lambda: book.current() is not None and book.current().contact is not None)
    threading.Thread(
        target=lambda: sent.append(
            phone_get(urls["action_url.incoming_call"], values, source="127.0.0.2")
        ),
        daemon=True,
    ).start()
    _wait(app, lambda: len(sent) == 2 and window.phones.status.refused == 1)
    _settle(app, 0.6)


def _baresip_ringing(app, window, folder: str) -> list:
    """The demo's phone set to a real baresip (its own config in `folder`), which SIPp calls
    from James May's number: the ring comes from baresip's CALL_INCOMING. Returns what to stop."""
    from dataclasses import replace
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from baresip_lab import MISSING, Baresip, Sipp

    from agent_desktop.core.phones.source import SourceState

    if MISSING:
        raise RuntimeError(MISSING)
    phone = Baresip(Path(folder) / "baresip")
    phone.start()
    running: list = [phone]
    settings = window.session.settings
    window.phone_flow.configure(
        replace(settings, phone="baresip", baresip_address=phone.ctrl_address)
    )
    _wait(app, lambda: window.phones.status.state is SourceState.CONNECTED)
    running.append(
        Sipp.caller(
            Path(folder), "caller_gives_up", phone, "0721234567", "James May", pause_ms=20000
        )
    )
    book = window.calls.book
    _wait(app, lambda: book.current() is not None and book.current().contact is not None)
    _settle(app, 0.6)
    return running


def _follow_state(app, window, state: str) -> None:
    """A contact is open (James May); then a call whose caller the middle follows."""
    book = window.calls.book
    if state in ("unknown-after-contact", "new-during-call"):
        _event(window, "ring", "084 999 1111")
        _wait(app, lambda: window.stack.currentWidget() is window.create_panel)
        if state == "new-during-call":
            _event(window, "answer", "084 999 1111")
            _settle(app, 1.2)
            window.new_contact()  # Ctrl+N
            window.create_panel.first.setText("Naledi")
            window.create_panel.last.setText("Khumalo")
            window.create_panel._update_button()  # as typing would
    else:
        from agent_desktop.sandbox import FaultConfig

        server = window.demo_server.started()
        server.faults = FaultConfig(drop_rate=1.0)  # SwitchTransact unreachable
        _event(window, "ring", "072 123 4567")
        _wait(
            app,
            lambda: (
                book.current() is not None
                and book.current().lookup is not None
                and book.current().lookup.value == "failed"
            ),
            timeout=30,
        )
        if state == "lookup-recovered":
            server.faults = FaultConfig()  # back: the next retry finds the caller
            _wait(app, lambda: book.current().contact is not None, timeout=40)
    _settle(app, 0.6)


def _outbox_state(app, window, state: str):
    """Drive the demo into an outbox state; returns the widget to grab."""
    if state == "offline":
        window.demo_server.stop()  # the demo's SwitchTransact goes away
        _log_call(app, window, "", 1.2)
        _wait(
            app,
            lambda: window.review.entry is not None and window.review.entry.state.value == "queued",
        )
        window.review.send()  # "Done": back to the contact, the log waits in the outbox
        _log_call(app, window, "021 555 0100", 1.1)  # its caller could not be looked up:
        _wait(
            app,
            lambda: (
                window.review.entry is not None  # it waits for that, in the window
                and window.review.entry.state.value == "lookup"
            ),
        )
        window.review.send()
        from PySide6.QtCore import QCoreApplication

        offline = QCoreApplication.translate(  # in the --language chosen
            "Outbox", "Offline — %1 waiting, will send when the connection is back."
        )
        _wait(
            app,
            lambda: (
                window.outbox_view.strip.text.startswith(offline.split("%1")[0])
                and window.outbox.summary.waiting == 1
            ),
        )
        return window
    _log_call(app, window, "", 1.1)  # James May's call: logged
    _wait(app, lambda: window.stack.currentWidget() is window.contact_panel)
    _log_call(app, window, None, 2.1)  # no number: refused with a 422
    _wait(app, lambda: window.outbox.summary.attention == 1)
    if state == "refused":
        return window
    window.review.send()  # "Edit & resend…": the outbox list with the editor on top
    dialog = window.outbox_view.dialog
    _wait(app, lambda: dialog.editor is not None and dialog.editor.isVisible())
    if state == "editor":
        return dialog.editor
    dialog.editor.reject()
    dialog.show_all.setChecked(True)
    _wait(app, lambda: len(dialog.entries) == 2)
    dialog.table.setFocus()
    return dialog


def _update_ready(app, window) -> None:
    """The one line an agent sees once IT's release is downloaded and verified: the real update
    flow, handed the result its background check gives (the demo window has no updater)."""
    from agent_desktop.core.updates.updates import UpdateResult, UpdateState
    from agent_desktop.qt.update_service import UpdateService
    from agent_desktop.ui.app.update_flow import UpdateFlow

    service = UpdateService("0.1.0", first_ms=3_600_000)
    window.updates = UpdateFlow(
        window.notice, window.statusBar(), window.ctx.runner, service, parent=window
    )
    service.result.emit(UpdateResult(UpdateState.READY, "1.2.4"))
    _settle(app, 0.3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument(
        "--state",
        default="contact",
        choices=(
            "contact",
            "suggestions",
            "call",
            "review",
            "settings",
            *CALL_STATES,
            *BARESIP_STATES,
            *FOLLOW_STATES,
            *DAY_STATES,
            "offline-log",
            "settings-shortcuts",
            *OUTBOX_STATES,
            *PHONE_STATES,
            *BRIA_STATES,
            "update-ready",
        ),
    )
    parser.add_argument("--term", default="James May")
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        default=None,
        help="the `theme` setting's light or dark (default: the system's)",
    )
    parser.add_argument("--dark", action="store_true", help="the same as --theme dark")
    parser.add_argument("--size", default="460x740")
    parser.add_argument("--width", type=int, default=0, help="window width (overrides --size)")
    parser.add_argument(
        "--language",
        default="en",
        help="interface language (a `language` setting value; pseudo = every "
        "string ~40%% longer, to see what is cut off)",
    )
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QScrollArea

    from agent_desktop.ui.app.run import create_demo_window, ensure_app

    app = ensure_app([sys.argv[0]])
    from agent_desktop.ui.app.translations import install_translations

    install_translations(app, args.language)
    scheme = "dark" if args.dark else args.theme
    if scheme:
        app.setStyle("Fusion")
    window, cleanup = create_demo_window()
    stop_after: list = []
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(args.width or width, height)
        window.show()
        window.activateWindow()
        _wait(app, lambda: window.startup is not None)
        _wait(app, lambda: window.controller.ready)
        if scheme:  # as the `theme` setting would (after start-up: the demo's says "system")
            from agent_desktop.ui.common.theme_scheme import follow_setting

            follow_setting(scheme)
        target = window
        if args.state in BARESIP_STATES:
            import tempfile

            stop_after = _baresip_ringing(app, window, tempfile.mkdtemp(prefix="shot-baresip-"))
        elif args.state in CALL_STATES:  # the ring opens its caller: no search first
            _call_state(app, window, args.state)
        elif args.state in PHONE_STATES:
            _desk_phone(app, window)
        elif args.state in BRIA_STATES:
            stop_after = _bria_waiting(app, window)
        elif args.state in DAY_STATES:
            _recent(app, window)
        else:
            shown = []
            window.search.outcome_shown.connect(shown.append)
            window.search.edit.setFocus()
            window.search.edit.setText(args.term)
            window.search.search_now()
            _wait(app, lambda: bool(shown))
        if args.state not in (
            "suggestions",
            *CALL_STATES,
            *DAY_STATES,
            *PHONE_STATES,
            *BARESIP_STATES,
            *BRIA_STATES,
        ):
            window.search.edit.submit.emit()  # Enter: opens the highlighted contact
            _wait(app, lambda: window.contact_panel.contact is not None)
        if args.state in FOLLOW_STATES:
            _follow_state(app, window, args.state)
        if args.state in ("call", "review"):
            window.toggle_call()
            _settle(app, 2.2)
        if args.state == "review":
            window.toggle_call()
        if args.state == "offline-log":
            _offline_log(app, window)
        if args.state == "update-ready":
            _update_ready(app, window)
        if args.state in OUTBOX_STATES:
            target = _outbox_state(app, window, args.state)
        if args.state in ("settings", "settings-phone", "settings-shortcuts", "settings-bria"):
            window.open_settings()
            _wait(app, lambda: window.settings_dialog is not None)
            _settle(app, 0.5)
            target = window.settings_dialog
        if args.state == "settings-phone":  # scrolled to the Phone group, its lines shown
            dialog = window.settings_dialog
            _wait(app, lambda: dialog.phone.forms["desk_phone"].text() != "")
            scroll = dialog.findChild(QScrollArea)
            scroll.ensureWidgetVisible(dialog.phone, 0, 0)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            _settle(app, 0.3)
        if args.state == "settings-bria":  # scrolled to the Phone group
            scroll = target.findChild(QScrollArea)
            scroll.ensureWidgetVisible(target.phone, 0, 0)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            _settle(app, 0.3)
        if args.state == "settings-shortcuts":  # scrolled to the Global shortcuts group
            scroll = target.findChild(QScrollArea)
            if scroll is not None:
                scroll.ensureWidgetVisible(target.shortcuts)
            _settle(app, 0.3)
        _settle(app)
        pixmap = target.grab()
        if pixmap.isNull() or not pixmap.save(args.output, "PNG"):
            print(f"screenshot failed: could not write {args.output}", file=sys.stderr)
            return 1
        QApplication.processEvents()
    except Exception as exc:  # a script: one line, not a traceback
        print(f"screenshot failed: {exc}", file=sys.stderr)
        return 1
    finally:
        for process in reversed(stop_after):  # SIPp, then baresip; the fake Bria
            process.stop()
        cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
