"""The size floor: a bare PySide6 "hello window", built plainly with PyInstaller.

`packaging/build.py --floor` builds it with PyInstaller's defaults (nothing excluded, nothing
stripped) so the app bundle can be compared with the smallest honest Qt Widgets program.
`--smoke-test` paints once and exits, so start-up is timed the same way as the app's; like the
app, it writes its paint time stamp to the file named by AGENT_DESKTOP_SMOKE_REPORT, if set.
"""

import json
import os
import sys
import time

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("Hello, world")
    label.setWindowTitle("Hello floor")
    label.resize(320, 120)
    label.show()
    if "--smoke-test" in sys.argv:
        app.processEvents()
        label.grab()  # one real paint, as the app's smoke test does
        report = os.environ.get("AGENT_DESKTOP_SMOKE_REPORT")
        if report:
            with open(report, "w", encoding="utf-8") as handle:
                json.dump({"t_painted": time.time()}, handle)
        print("ok hello-floor")
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
