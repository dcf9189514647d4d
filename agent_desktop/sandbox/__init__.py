"""A SwitchTransact-compatible sandbox server (standard library only, no Qt).

    with SandboxServer(token="demo-key") as server:   # port 0: any free port
        server.base_url                                # http://127.0.0.1:<port>/api/1.0

Behaviour worth knowing (beyond the vendor's page):
- Phone lookup is an exact string match on mobilephone/businessphone/businessphone2; when
  several contacts match, the most recently added wins. Email lookup ignores case.
- Autocomplete ignores case and accents ("zoe muller" finds "Zoë Müller"), also matches the
  full name, answers `{"status": true, "contacts": [...]}` (at most 20, prefix hits first).
  `FaultConfig(one_field_search=True)` (`--one-field-search`) plays a server that wants the
  whole term inside one field (no full name; every phone field as stored, substring only).
- A request hit by an injected fault has no effect on the data, except a lost answer
  (`FaultConfig.lost_answer_rate`): processed as usual, then the connection closes unanswered;
  `SandboxServer.lost_answers()` lists those.
- `account_limit=100` (`--account-limit 100`) plays the account's shared request limit: per
  token, a sliding one-second window over every /calls endpoint, 429 with Retry-After beyond.
- GET /api/1.0/_debug/logs lists the call logs received, GET /api/1.0/_debug/lost-answers the
  lost answers; they need no token and are never faulty.
"""

from .faults import FaultConfig
from .server import SandboxServer

__all__ = ["FaultConfig", "SandboxServer"]
