"""Save a PNG of the demo window with a contact open (a script for CI and the README, not a test).

    python tests/ui/screenshot_demo.py OUT.png [--state contact|suggestions|call|review|settings]
                                               [--term "James May"] [--dark] [--size 460x740]

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


def _dark_palette():
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    role = QPalette.ColorRole
    for r, c in ((role.Window, "#202124"), (role.WindowText, "#e8eaed"), (role.Base, "#17181a"),
                 (role.AlternateBase, "#26282b"), (role.Text, "#e8eaed"),
                 (role.Button, "#2d2f33"), (role.ButtonText, "#e8eaed"),
                 (role.Highlight, "#3b78d8"), (role.HighlightedText, "#ffffff"),
                 (role.Link, "#8ab4f8"), (role.PlaceholderText, "#9aa0a6"),
                 (role.ToolTipBase, "#2d2f33"), (role.ToolTipText, "#e8eaed")):
        pal.setColor(r, QColor(c))
    return pal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--state", default="contact",
                        choices=("contact", "suggestions", "call", "review", "settings"))
    parser.add_argument("--term", default="James May")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="460x740")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from agent_desktop.ui.app import create_demo_window, ensure_app

    app = ensure_app([sys.argv[0]])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
    window, cleanup = create_demo_window()
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.show()
        window.activateWindow()
        _wait(app, lambda: window.startup is not None)
        shown = []
        window.search.outcome_shown.connect(shown.append)
        window.search.edit.setFocus()
        window.search.edit.setText(args.term)
        window.search.search_now()
        _wait(app, lambda: bool(shown))
        target = window
        if args.state != "suggestions":
            window.search.edit.submit.emit()  # Enter: opens the highlighted contact
            _wait(app, lambda: window.contact_panel.contact is not None)
        if args.state in ("call", "review"):
            window.toggle_call()
            _settle(app, 2.2)
        if args.state == "review":
            window.toggle_call()
        if args.state == "settings":
            window.open_settings()
            _wait(app, lambda: getattr(window, "settings_dialog", None) is not None)
            _settle(app, 0.5)
            target = window.settings_dialog
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
        cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
