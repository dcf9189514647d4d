"""The outbox's SQLite file: opened for durability, its schema, and the migrations between versions.

Durability settings, and why:
- WAL journal: readers (the GUI listing entries) never block the writer (the delivery worker),
  and a commit is one append to the log.
- synchronous=FULL: the log is fsynced at every commit, so an entry the agent saw as "saved"
  survives a power cut, not only a crash of the app. A call log is worth the few milliseconds.
- busy_timeout: a second app instance on the same file waits for the lock instead of failing.
The schema version lives in `PRAGMA user_version`; each migration runs in the same transaction as
the version bump, so a crash mid-migration leaves the file at the old version, intact.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from agent_desktop.core.outbox.recovery import OutboxDamaged, is_damage

SCHEMA_VERSION = 1

# _MIGRATIONS[n] takes a file at version n-1 to version n. Append, never edit a released step.
_MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        """
        CREATE TABLE calls (
            call_id     TEXT PRIMARY KEY,      -- the app's local id for the call (uuid)
            number      TEXT,
            contact_id  TEXT,
            started_at  TEXT,                  -- ISO 8601 with offset, as recorded
            ended_at    TEXT,
            record      TEXT NOT NULL,         -- the whole local record, JSON
            created_at  REAL NOT NULL
        )
        """,
        """
        CREATE TABLE outbox (
            id                 INTEGER PRIMARY KEY AUTOINCREMENT,
            kind               TEXT NOT NULL CHECK (kind IN ('call_log', 'create_contact')),
            call_id            TEXT NOT NULL,  -- local id of the call or contact-creation request
            payload            TEXT NOT NULL,  -- JSON body, exactly what is sent
            state              TEXT NOT NULL CHECK (state IN
                                   ('pending', 'sending', 'sent', 'needs_attention', 'discarded')),
            attempts           INTEGER NOT NULL DEFAULT 0,  -- sends started
            uncertain_attempts INTEGER NOT NULL DEFAULT 0,  -- sends whose outcome was never known
            next_attempt_at    REAL NOT NULL,
            last_error         TEXT,
            last_error_kind    TEXT,
            claimed_by         TEXT,
            lease_until        REAL,
            result             TEXT,           -- JSON the server gave back (the created contact)
            created_at         REAL NOT NULL,
            updated_at         REAL NOT NULL,
            sent_at            REAL,
            UNIQUE (kind, call_id)             -- one call, one log: a second enqueue is a no-op
        )
        """,
        "CREATE INDEX outbox_queue ON outbox (state, created_at, id)",
    ),
}


class SchemaTooNew(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"outbox schema version {version} is newer than {SCHEMA_VERSION}")
        self.version = version


def open_database(
    path: Path,
    *,
    busy_timeout: float = 5.0,
    on_connect: Callable[[sqlite3.Connection], None] | None = None,
) -> sqlite3.Connection:
    """Open (creating folders and file as needed) and migrate. Raises OSError or sqlite3.Error.

    Folder 0700, file 0600 (SQLite gives its -wal and -shm the file's mode), tightened if an
    older version left them looser: the outbox holds customers' names and numbers."""
    from agent_desktop.core.settings.paths import ensure_private_file, private_dir

    private_dir(path.parent)
    if not path.exists():
        _create_whole(path)
    ensure_private_file(path)
    # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves, so a claim's SELECT and
    # UPDATE hold the write lock together. check_same_thread=False: the Outbox serialises access.
    conn = sqlite3.connect(
        str(path), timeout=busy_timeout, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch the outbox to WAL (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        if on_connect is not None:
            on_connect(conn)
        migrate(conn)
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":  # a truncated file can open and migrate, then fail mid-queue
            raise OutboxDamaged(f"quick_check: {check}")
        for companion in (f"{path}-wal", f"{path}-shm"):
            ensure_private_file(Path(companion), create=False)
    except BaseException:
        conn.close()
        raise
    return conn


def _create_whole(path: Path) -> None:
    """Create the file so that it appears with its header (in WAL mode) or not at all.

    Two processes may create it at once: `agent-desktop call …` spooling an event while a window
    opens the outbox. Made in place, the file exists empty for a moment, and an empty outbox file
    is taken for a damaged one (outbox_recovery) and moved aside, taking the event with it. So it
    is built under a temporary name beside it (mkstemp: 0600) and hard-linked into place, which
    never replaces a file: whoever comes second uses the first one's file. Where the file system
    has no hard links, a rename does the same on Windows (it never replaces there either); on a
    POSIX one, SQLite creates the file in place as before."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.new-", dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        conn = sqlite3.connect(temp_name, isolation_level=None)
        try:
            # Writes page 1. The schema is made by the caller's connection, in the journal like
            # any first writes (a file cut to zero after a crash gets it back from there).
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()  # the last connection: the journal is checkpointed and removed
        try:
            os.link(temp, path)
        except FileExistsError:
            pass  # another process made it first: theirs is as good
        except OSError:
            if os.name == "nt":
                with contextlib.suppress(FileExistsError):
                    os.rename(temp, path)
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file to SCHEMA_VERSION; returns the version found. Refuses a newer file rather
    than guess at it (an older app must not damage a newer app's queue)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise SchemaTooNew(found)
        for version in range(found + 1, SCHEMA_VERSION + 1):
            for statement in _MIGRATIONS[version]:
                conn.execute(statement)
        if found != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found


def describe_storage_error(err: BaseException, path: Path) -> str:
    """A plain sentence saying why the outbox file cannot be used."""
    in_place = _something_in_place(err, path)
    if in_place:
        return in_place
    if isinstance(err, SchemaTooNew):
        return (
            f"The outbox file {path} was written by a newer version of Agent Desktop; "
            "update the app to use it."
        )
    name = str(getattr(err, "sqlite_errorname", ""))
    text = str(err).lower()
    if name == "SQLITE_FULL" or "full" in text or getattr(err, "errno", None) == errno.ENOSPC:
        return "The disk holding the outbox is full."
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return "Another program is holding the outbox file locked."
    if is_damage(err):
        return f"The outbox file {path} is damaged."
    if isinstance(err, OSError) or "unable to open" in text:
        return f"The folder {path.parent} cannot be written to, so the outbox cannot be saved."
    return f"The outbox file {path} cannot be written."


def _something_in_place(err: BaseException, path: Path) -> str:
    """What stands where the outbox's files should be, named as such (SQLite's own words —
    "unable to open", "locked", "disk I/O error" — would send the agent after the wrong cause)."""
    if path.is_dir() and not path.is_symlink():
        return (
            f"There is a folder, {path}, where the outbox file should be; move it away so "
            "that a new outbox can be made."
        )
    journal = Path(f"{path}-journal")
    if os.path.lexists(journal):
        return (
            f"{journal} was not made by Agent Desktop (its outbox keeps a write-ahead log, "
            "never a -journal file) and keeps the outbox from opening; move it away."
        )
    for companion in ("-wal", "-shm"):
        if Path(f"{path}{companion}").is_dir():
            return (
                f"{path}{companion} is a folder where SQLite keeps the outbox's "
                f"{companion[1:]} file; move it away."
            )
    if path.is_file() and not os.access(path, os.W_OK):
        return (
            f"The outbox file {path} cannot be changed: it is read-only or marked immutable "
            "(chattr +i). Make it writable again (chattr -i, or its permissions)."
        )
    if "already exists" in str(err).lower():
        return (
            f"The file {path} holds another program's database, not an outbox; move it "
            "away so that a new outbox can be made."
        )
    return ""
