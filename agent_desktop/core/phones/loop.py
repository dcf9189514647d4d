"""A source's thread: run one session (connect or bind, then take events until it ends), and
when it ends or fails, wait with backoff and run another, until stopped.

Shared by every source so that "baresip was closed", "the port is taken" and "the PBX went
away" all recover the same way: said at once (status DOWN with the wait), retried with full
jitter backoff (core/outbox/backoff.py), never an event invented on the way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from agent_desktop.core.outbox.backoff import Backoff

log = logging.getLogger(__name__)


class SessionEnded(Exception):
    """A session ended for a reason worth telling; `problem` is a phones.source.Problem."""


class SourceLoop:
    """Runs `session(stop)` on a daemon thread until stop() is called.

    `session` returns normally when its connection ended (the far end closed it) and raises
    when it could not start or broke; either way `down(exc_or_None, delay)` is called and the
    loop waits `delay` (interrupted by stop) before the next session. A session that ran longer
    than `healthy_after` seconds resets the backoff: a phone that was up for an hour and drops
    is retried at once, not after the ceiling reached by yesterday's outage.
    """

    def __init__(
        self,
        name: str,
        session: Callable[[threading.Event], None],
        down: Callable[[BaseException | None, float], None],
        *,
        backoff: Backoff | None = None,
        healthy_after: float = 30.0,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        import time

        self.name = name
        self._session = session
        self._down = down
        self._backoff = backoff or Backoff(base=1.0, cap=30.0)
        self._healthy_after = healthy_after
        self._monotonic = monotonic or time.monotonic
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=f"phone-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the session to end (it must watch `stop` or have its socket closed by the
        source's own stop) and wait for the thread, bounded."""
        self.stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        failures = 0
        while not self.stopping.is_set():
            began = self._monotonic()
            error: BaseException | None = None
            try:
                self._session(self.stopping)
            except Exception as exc:  # every fault of the far end ends here, never the thread
                error = exc
                log.info("phone source %s: %s", self.name, exc)
            if self.stopping.is_set():
                return
            failures = 1 if self._monotonic() - began >= self._healthy_after else failures + 1
            delay = (
                self._backoff.delay(failures)
                if failures > 1
                else min(1.0, self._backoff.ceiling(1))
            )
            try:
                self._down(error, delay)
            except Exception:  # a status listener's fault must not end the source
                log.exception("phone source %s: status listener failed", self.name)
            self.stopping.wait(delay)
