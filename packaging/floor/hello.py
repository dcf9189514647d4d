"""The floor: a bare PySide6 window, built plainly with PyInstaller.

`packaging/build.py --floor` builds it with PyInstaller's defaults (nothing excluded, nothing
stripped) so the app bundle can be compared with the smallest honest Qt Widgets program: a
QMainWindow with a QLineEdit and a QCompleter (what the app's first paint shows, bare).
`--smoke-test` paints once and exits, so start-up is timed the same way as the app's; like the
app, it writes its paint time stamp to the file named by AGENT_DESKTOP_SMOKE_REPORT, if set.
With AGENT_DESKTOP_STARTUP_PROBE=1 it prints when a key posted at the window's first paint is
in the line edit, as the app does (agent_desktop/ui/app/startup_probe.py; benchmarks/startup.py);
without it, nothing watches its events (benchmarks/startup.py's first-pixels floor).
"""

import json
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QMainWindow


class Probe(QObject):
    def __init__(self, edit):
        super().__init__(edit)
        self.painted = None
        edit.textChanged.connect(self.typed)

    def eventFilter(self, watched, event):
        if self.painted is None and event.type() == QEvent.Type.Paint:
            self.painted = time.monotonic()
            watched.removeEventFilter(self)
            QCoreApplication.postEvent(
                QApplication.focusWidget() or self.parent(),
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, "j"),
            )
        return False

    def typed(self, text):
        if self.painted is not None and "j" in text:
            print(f"STARTUP-PROBE {self.painted!r} {time.monotonic()!r}", flush=True)
            os._exit(0)


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Hello floor")
    edit = QLineEdit(window)
    edit.setCompleter(QCompleter(["Ada Agent", "James May"], edit))
    window.setCentralWidget(edit)
    window.resize(460, 740)
    edit.setFocus()
    if os.environ.get("AGENT_DESKTOP_STARTUP_PROBE"):
        window.installEventFilter(Probe(edit))  # the window's events only, as the app's
    window.show()
    if "--smoke-test" in sys.argv:
        app.processEvents()
        window.grab()  # one real paint, as the app's smoke test does
        report = os.environ.get("AGENT_DESKTOP_SMOKE_REPORT")
        if report:
            with open(report, "w", encoding="utf-8") as handle:
                json.dump({"t_painted": time.time()}, handle)
        print("ok hello-floor")
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
