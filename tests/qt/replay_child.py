"""A window's call side as its own process, for the kill tests of the start-up replay: the real
CallService, call store and outbox on one SQLite file; each ended call is auto-sent (queued in the
outbox, then noted as queued) as the window does for missed calls. Prints one line per step.

    python replay_child.py DB      replay the spool, queue each log, print "done N", wait
"""

from __future__ import annotations

import sys
import time
from datetime import timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from agent_desktop.core.api.models import AgentIdentity
from agent_desktop.core.calls.book import CallBook, MissedCalls
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.clock import SystemClock
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.tasks import TaskRunner

AGENT = AgentIdentity("Kill", "Test", "kill.test@example.com")


def main(db: Path) -> int:
    app = QCoreApplication([])
    outbox = Outbox(db)
    service = CallService(
        CallBook(SystemClock(), CallStore(db), missed_calls=MissedCalls.LOG), TaskRunner()
    )
    sent = 0

    def auto_send(call) -> None:
        nonlocal sent
        if service.book.auto_send(call):
            outbox.enqueue(OutboxKind.CALL_LOG, call.id, call.payload(AGENT, timezone.utc))
            service.mark_queued(call.id)
            sent += 1
            print(f"sent {sent}", flush=True)

    def started() -> None:
        # the "mark queued" writes go through the serial worker: wait until they are on disk
        service.shutdown()
        print(f"done {sent}", flush=True)
        QTimer.singleShot(0, app.quit)

    service.ended.connect(auto_send)
    service.started.connect(started)
    print("start", flush=True)
    service.start()
    app.exec()
    time.sleep(0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
