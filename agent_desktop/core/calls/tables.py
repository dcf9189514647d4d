"""The call store's two tables inside the outbox's file, in one place: the call store creates
them, and the recovery of a damaged file creates them in the fresh file to carry their rows over.
(They are not an outbox migration: an older app must keep opening a file that has them.)"""

from __future__ import annotations

CALL_TABLES = (
    """
    CREATE TABLE IF NOT EXISTS call_book (
        id          TEXT PRIMARY KEY,   -- our call id (the outbox's call_id once queued)
        state       TEXT NOT NULL,
        body        TEXT NOT NULL,      -- the whole Call, JSON
        updated_at  REAL NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS call_spool (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        line        TEXT NOT NULL,      -- one CallEvent, as sent on the socket
        spooled_at  REAL NOT NULL
    )
    """,
)

# What a recovery carries over, per table (the spool's seq keeps the events' order).
CALL_TABLE_COLUMNS = {
    "call_book": ("id", "state", "body", "updated_at"),
    "call_spool": ("seq", "line", "spooled_at"),
}
