"""A damaged outbox file: moved aside (kept, never deleted), what SQLite can still read carried
into a fresh file, and a notice naming both.

Damaged means SQLite calls it "not a database" or "malformed" (a garbage header, a truncated
file), or its quick check fails. A zero-byte outbox counts too: the app's own file is never empty
once opened (switching to WAL writes the first page), so an empty one was cut short by a crash,
a full disk or a copy. SQLite would silently treat it as a new, empty database (and delete its
journal); instead it is moved aside like any damaged file, and the pages its -wal journal still
holds are rebuilt into a copy and read (sqlite_wal.py).

The call store's tables live in the same file (calls in progress or in review, softphone events
spooled while no window listened): their readable rows are carried over too.

Reading is row by row, from both ends of each table, so a bad page in the middle costs the rows
on it, not the whole queue. The stdlib has no `.recover`; this is what SQLite can do without it.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from agent_desktop.core.calls.tables import CALL_TABLE_COLUMNS, CALL_TABLES
from agent_desktop.core.clock import Clock, SystemClock
from agent_desktop.core.outbox.sqlite_wal import rebuild_from_wal

log = logging.getLogger("agent_desktop.core.outbox.outbox")

_COMPANIONS = ("-wal", "-shm")  # SQLite's journal and shared-memory files beside the database
_TABLE_COLUMNS = {  # what is carried over, per table (rowid order keeps the queue's order)
    "calls": ("call_id", "number", "contact_id", "started_at", "ended_at", "record", "created_at"),
    "outbox": (
        "id",
        "kind",
        "call_id",
        "payload",
        "state",
        "attempts",
        "uncertain_attempts",
        "next_attempt_at",
        "last_error",
        "last_error_kind",
        "claimed_by",
        "lease_until",
        "result",
        "created_at",
        "updated_at",
        "sent_at",
    ),
    **CALL_TABLE_COLUMNS,
}
_UNSENT = ("pending", "sending", "needs_attention")


class OutboxDamaged(Exception):
    """The outbox file fails SQLite's quick check (raised by open_database)."""


@dataclass(frozen=True)
class OutboxRecovery:
    """What happened to a damaged outbox; `message` is for the agent (and the log)."""

    original: Path
    kept_as: Path
    entries: int  # outbox entries read back and carried into the fresh file
    unsent: int  # of which still to send (or to correct)
    was_empty: bool
    calls: int = 0  # calls in progress or in review carried over
    events: int = 0  # spooled softphone events carried over, still to replay
    # Not a damaged outbox but something else in its place: "folder" or "foreign" (another
    # program's database); set aside whole, nothing read from it.
    stranger: str = ""

    @property
    def message(self) -> str:
        if self.stranger == "folder":
            what = f"There was a folder where the outbox file {self.original} should be"
        elif self.stranger == "foreign":
            what = f"The file {self.original} held another program's database, not an outbox"
        elif self.was_empty:
            what = (
                f"The outbox file {self.original} was empty (0 bytes), as a crash or a full "
                "disk can leave it"
            )
        else:
            what = f"The outbox file {self.original} was damaged"
        calls = [
            f"{n} {one if n == 1 else many}"
            for n, one, many in (
                (self.calls, "call in progress or in review", "calls in progress or in review"),
                (
                    self.events,
                    "softphone event still to replay",
                    "softphone events still to replay",
                ),
            )
            if n
        ]
        if self.entries:
            found = (
                f"{self.entries} {'entry' if self.entries == 1 else 'entries'} could be read "
                f"from it and are in the new outbox ({self.unsent} still to send)"
            )
            if calls:
                found += f", as are {' and '.join(calls)}"
        elif calls:
            found = f"{' and '.join(calls)} could be read from it and are in the new outbox"
        else:
            found = "nothing could be read from it"
        if self.stranger:  # nothing of ours was in it
            return (
                f"{what}. It was moved to {self.kept_as} and a new outbox was started. "
                "New call logs are saved and sent as usual."
            )
        return (
            f"{what}. It was kept as {self.kept_as} and a new outbox was started; {found}. "
            "New call logs are saved and sent as usual."
        )


def is_damage(err: BaseException) -> bool:
    """SQLite's words for a file that is not (or no longer) a sound database."""
    if isinstance(err, OutboxDamaged):
        return True
    if not isinstance(err, sqlite3.DatabaseError):
        return False
    name = str(getattr(err, "sqlite_errorname", ""))
    text = str(err).lower()
    return (
        name.startswith("SQLITE_CORRUPT")
        or name == "SQLITE_NOTADB"
        or "not a database" in text
        or "malformed" in text
    )


def is_empty_file(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False


def move_aside(path: Path, clock: Clock | None = None, label: str = "damaged") -> Path:
    """Rename the file, with its -wal and -shm (they belong to it), to
    `<name>.<label>-YYYYMMDD-HHMMSS`. Raises OSError when it cannot be moved."""
    stamp = (clock or SystemClock()).now().astimezone().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    suffix = 1
    while target.exists():
        suffix += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{suffix}")
    from agent_desktop.core.settings.paths import ensure_private_file  # late, as in outbox_schema

    path.rename(target)
    if target.is_dir():  # something else stood there: kept as it is, only closed to others
        with contextlib.suppress(OSError):
            target.chmod(0o700)
        return target
    ensure_private_file(target, create=False, links=False)  # customer data, whatever its mode
    for companion in _COMPANIONS:
        source = Path(f"{path}{companion}")
        with contextlib.suppress(FileNotFoundError):
            source.rename(Path(f"{target}{companion}"))
            ensure_private_file(Path(f"{target}{companion}"), create=False, links=False)
    return target


SqlRow = tuple[object, ...]  # one table row's values, in _TABLE_COLUMNS order


def _read_rows(conn: sqlite3.Connection, table: str) -> list[SqlRow]:
    """Every row SQLite can reach, reading forwards then backwards past a bad page."""
    columns = ", ".join(_TABLE_COLUMNS[table])
    rows: dict[int, SqlRow] = {}
    for order in ("ASC", "DESC"):
        try:
            cursor = conn.execute(f"SELECT rowid, {columns} FROM {table} ORDER BY rowid {order}")
            for row in cursor:
                rows.setdefault(row[0], row[1:])
        except sqlite3.Error:
            continue  # what was read before the bad page is kept
    return [rows[key] for key in sorted(rows)]


def salvage(kept: Path) -> dict[str, list[SqlRow]]:
    """Read what can be read from a copy of `kept` (with its journal), leaving `kept` as it is."""
    found: dict[str, list[SqlRow]] = {table: [] for table in _TABLE_COLUMNS}
    with tempfile.TemporaryDirectory(prefix="outbox-salvage-", dir=kept.parent) as folder:
        copy = Path(folder) / "salvage.sqlite3"
        try:
            if is_empty_file(kept):  # SQLite would drop the journal; its pages are read here
                rebuild_from_wal(Path(f"{kept}-wal"), copy)
            else:
                shutil.copyfile(kept, copy)
                with contextlib.suppress(FileNotFoundError):
                    shutil.copyfile(f"{kept}-wal", f"{copy}-wal")
        except OSError as err:
            log.warning("could not copy the damaged outbox to read it: %s", err)
            return found
        try:
            conn = sqlite3.connect(str(copy), isolation_level=None)
            # Skips the schema's sanity checks, which refuse the whole file when a table's root
            # page was cut off; only this throw-away copy is opened so.
            conn.execute("PRAGMA writable_schema = ON")
        except sqlite3.Error:
            return found
        try:
            for table in _TABLE_COLUMNS:
                found[table] = _read_rows(conn, table)
        finally:
            conn.close()
    return found


def restore(conn: sqlite3.Connection, rows: dict[str, list[SqlRow]]) -> dict[str, int]:
    """Write salvaged rows into a fresh outbox in one transaction; a row the schema refuses (a
    garbled state, say) is skipped. Returns how many rows of each table were carried over, and
    under "unsent" how many of the outbox's entries are still to send."""
    carried = dict.fromkeys((*rows, "unsent"), 0)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in CALL_TABLES:  # the fresh file has only the outbox's own tables yet
            conn.execute(statement)
        for table, table_rows in rows.items():
            columns = _TABLE_COLUMNS[table]
            sql = (
                f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            for row in table_rows:
                try:
                    added = conn.execute(sql, row).rowcount
                except sqlite3.IntegrityError:
                    continue
                carried[table] += added
                if table == "outbox" and added:
                    carried["unsent"] += row[columns.index("state")] in _UNSENT
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return carried


def stranger_in_place(err: BaseException, path: Path) -> str:
    """ "folder" or "foreign" when what stands at the outbox's path is not an outbox at all (a
    folder; another program's SQLite database, whose tables clash with ours), else ""."""
    if path.is_dir() and not path.is_symlink():
        return "folder"
    if isinstance(err, sqlite3.DatabaseError) and "already exists" in str(err).lower():
        return "foreign"
    return ""


def set_aside(
    path: Path,
    stranger: str,
    open_fresh: Callable[[], sqlite3.Connection],
    clock: Clock | None = None,
) -> tuple[sqlite3.Connection, OutboxRecovery]:
    """Move what stands at `path` aside as it is (nothing of ours is in it) and open a fresh
    outbox. Raises OSError / sqlite3.Error when it cannot be moved or the new one made."""
    kept = move_aside(path, clock, label="not-an-outbox")
    conn = open_fresh()
    recovery = OutboxRecovery(path, kept, 0, 0, False, stranger=stranger)
    log.warning("%s", recovery.message)
    return conn, recovery


def recover(
    path: Path, open_fresh: Callable[[], sqlite3.Connection], clock: Clock | None = None
) -> tuple[sqlite3.Connection, OutboxRecovery]:
    """Move the damaged file aside, open a fresh one with `open_fresh`, carry the readable rows
    over. Raises OSError / sqlite3.Error when the file cannot be moved or the new one made."""
    was_empty = is_empty_file(path)
    kept = move_aside(path, clock)
    rows = salvage(kept)
    conn = open_fresh()
    try:
        carried = restore(conn, rows)
    except BaseException:  # e.g. the disk is full: the rows stay in the kept file
        conn.close()
        raise
    recovery = OutboxRecovery(
        path,
        kept,
        carried["outbox"],
        carried["unsent"],
        was_empty,
        calls=carried["call_book"],
        events=carried["call_spool"],
    )
    log.warning("%s", recovery.message)
    return conn, recovery
