"""SandboxServer: a SwitchTransact-compatible API on a background thread, for the demo mode,
development and tests."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType

from . import seed_data
from .account_limit import AccountLimiter
from .api import AUTOCOMPLETE_LIMIT
from .faults import FaultConfig, FaultInjector, LostAnswer
from .handler import PREFIX, SandboxHTTPServer
from .store import ContactStore


class SandboxServer:
    """Serve the Calls API on `host:port` (port 0 = any free port; read `.port` after start).

    Data lives in SQLite: in memory when `db_path` is None, else in that file, which a later
    sandbox (even on the same port, right after stop()) picks up again.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = "demo-key",
        faults: FaultConfig | None = None,
        db_path: str | Path | None = None,
        seed_contacts: bool = True,
        verbose: bool = False,
        account_limit: int | None = None,
        autocomplete_limit: int = AUTOCOMPLETE_LIMIT,
    ) -> None:
        """`account_limit`: requests per second per token over every /calls/* endpoint, the
        rest answered 429 with Retry-After (None = no limit, as before)."""
        self.host = host
        self.account_limiter = AccountLimiter(account_limit) if account_limit else None
        # Contacts one autocomplete answers at most (the API's 20; more to play an API that
        # answers a huge page, e.g. 10,000 contacts / 5 MB).
        self.autocomplete_limit = autocomplete_limit
        self.token = token
        self.verbose = verbose  # log each request to stderr, as http.server does
        self.faults = faults if faults is not None else FaultConfig()
        self._requested_port = port
        self._bound_port: int | None = None
        self._db_path = db_path
        self._seed = seed_contacts
        self._store: ContactStore | None = None
        self._httpd: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._counts: Counter[str] = Counter()
        self._counts_lock = threading.Lock()
        self._final_logs: list[dict] = []
        self._lost: list[LostAnswer] = []

    # configuration ------------------------------------------------------------------------

    @property
    def faults(self) -> FaultConfig:
        return self._injector.config

    @faults.setter
    def faults(self, config: FaultConfig) -> None:
        """Replace at runtime; counters (bursts, alternations) start afresh."""
        self._injector = FaultInjector(config)

    @property
    def port(self) -> int:
        return self._bound_port if self._bound_port is not None else self._requested_port

    @property
    def base_url(self) -> str:
        host = self._local_host()
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}{PREFIX}"

    # life cycle ---------------------------------------------------------------------------

    def start(self) -> SandboxServer:
        if self._thread is not None:
            raise RuntimeError("The sandbox is running already.")
        store = ContactStore(self._db_path)
        try:
            if self._seed:
                store.seed(seed_data.seed_contacts())
            httpd = SandboxHTTPServer((self.host, self.port), self)
        except BaseException:
            store.close()
            raise
        self._store, self._httpd = store, httpd
        self._bound_port = httpd.server_address[1]
        self._stopping.clear()
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.5},
            name=f"sandbox-{self._bound_port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections, join every thread, close the database.
        Safe to call twice."""
        if self._httpd is None or self._thread is None or self._store is None:
            return
        self._stopping.set()  # wakes requests sleeping in injected latency
        self._shutdown_promptly(self._httpd)
        self._httpd.cut_connections()
        self._httpd.server_close()  # joins the handler threads
        self._thread.join()
        self._final_logs = self._store.logs()
        self._store.close()
        self._httpd = self._thread = self._store = None

    def _shutdown_promptly(self, httpd: SandboxHTTPServer) -> None:
        """httpd.shutdown() waits for the serving loop's next poll; a connection wakes it now
        (a long poll keeps an idle demo server from waking the CPU 20 times a second)."""
        stopper = threading.Thread(target=httpd.shutdown, name="sandbox-stop")
        stopper.start()
        address = (self._local_host(), self.port)
        while stopper.is_alive():
            with contextlib.suppress(OSError), socket.create_connection(address, timeout=1):
                pass
            stopper.join(0.01)

    def _local_host(self) -> str:
        """Where this machine reaches the server (a wildcard address is not connectable)."""
        return {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(self.host, self.host)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._thread is not None

    # inspection for tests and the demo ----------------------------------------------------

    def received_logs(self) -> list[dict]:
        """Call-log bodies accepted, in order (still available after stop())."""
        return self._store.logs() if self._store is not None else list(self._final_logs)

    def request_count(self, path: str | None = None) -> int:
        """Requests seen, faulty ones included, debug ones not; `path` like "/calls/record"
        (with or without the /api/1.0 prefix, never with the query string)."""
        with self._counts_lock:
            if path is None:
                return sum(self._counts.values())
            if path.startswith(PREFIX + "/"):
                path = path[len(PREFIX) :]
            return self._counts[path]

    def lost_answers(self, path: str | None = None) -> list[LostAnswer]:
        """Requests processed whose answer never left, in order (kept after stop(), and across
        a restart of this object); `path` like "/calls/log" keeps only those."""
        if path is not None and path.startswith(PREFIX + "/"):
            path = path[len(PREFIX) :]
        with self._counts_lock:
            return [lost for lost in self._lost if path is None or lost.path == path]

    def contact_count(self) -> int:
        if self._store is None:
            raise RuntimeError("Start the sandbox first.")
        return self._store.contact_count()

    def add_contact(self, **fields: str | None) -> dict[str, str | None]:
        """Insert a contact (id generated when absent) and return it with every field."""
        if self._store is None:
            raise RuntimeError("Start the sandbox before adding contacts.")
        return self._store.add_contact(fields)

    def add_contacts(self, contacts: Iterable[Mapping[str, str | None]]) -> None:
        """Insert many contacts at once (each needs an `id`; ids present already are kept)."""
        if self._store is None:
            raise RuntimeError("Start the sandbox before adding contacts.")
        self._store.seed(contacts)

    # --- what the request handler uses (handler.SandboxState) ---

    def store(self) -> ContactStore:
        if self._store is None:
            raise RuntimeError("The sandbox is not running.")
        return self._store

    def injector(self) -> FaultInjector:
        return self._injector

    def stopping(self) -> threading.Event:
        return self._stopping

    def note_request(self, path: str) -> None:
        with self._counts_lock:
            self._counts[path] += 1

    def note_lost_answer(self, lost: LostAnswer) -> None:
        with self._counts_lock:
            self._lost.append(lost)
