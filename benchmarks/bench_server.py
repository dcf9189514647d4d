"""The sandbox in a process of its own, for benchmarks: its handler threads must not share the
GUI's interpreter (and its GIL) when the GUI's own stalls are measured.

    with ServerProcess(latency=2.0) as server:
        server.base_url

Options are the sandbox's own (FaultConfig, account_limit, autocomplete_limit) plus `bulk`:
that many extra contacts, all found by the term BULK_TERM, ~480 bytes each as JSON, so one
autocomplete answers ~5 MB for 10,000 of them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import TracebackType

REPO = Path(__file__).resolve().parents[1]
TOKEN = "bench-key"
BULK_TERM = "bulkcustomer"


def bulk_contacts(count: int) -> list[dict[str, str | None]]:
    filler = "x" * 180  # long company names, as some CRMs have
    return [
        {
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "firstname": "Bulkcustomer",
            "lastname": f"Number {i:05d}",
            "company": f"Company {i:05d} {filler}",
            "email": f"bulk.customer.{i:05d}@example.com",
            "mobilephone": f"+2782{i:07d}",
            "businessphone": f"+2711{i:07d}",
            "customer_number": f"{9000000 + i}",
            "entity_type": "Contact",
        }
        for i in range(count)
    ]


def serve(options: dict) -> int:
    sys.path.insert(0, str(REPO))
    from agent_desktop.sandbox import FaultConfig, SandboxServer

    faults = FaultConfig(**options.get("faults", {}))
    server = SandboxServer(
        token=TOKEN,
        faults=faults,
        account_limit=options.get("account_limit"),
        autocomplete_limit=options.get("autocomplete_limit", 20),
    ).start()
    if options.get("bulk"):
        server.add_contacts(bulk_contacts(options["bulk"]))
    print(server.base_url, flush=True)
    sys.stdin.read()  # until the benchmark closes it
    server.stop()
    return 0


class ServerProcess:
    def __init__(
        self,
        *,
        bulk: int = 0,
        autocomplete_limit: int = 20,
        account_limit: int | None = None,
        **faults: float,
    ) -> None:
        self.options = {
            "faults": faults,
            "bulk": bulk,
            "autocomplete_limit": autocomplete_limit,
            "account_limit": account_limit,
        }
        self.base_url = ""
        self._proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> ServerProcess:
        self._proc = subprocess.Popen(
            [sys.executable, __file__, json.dumps(self.options)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        self.base_url = self._proc.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            self.close()
            raise RuntimeError("the benchmark's sandbox did not start")
        return self

    def close(self) -> None:
        if self._proc is not None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait(timeout=30)
            self._proc = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(serve(json.loads(sys.argv[1])))
