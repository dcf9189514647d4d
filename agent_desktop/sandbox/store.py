"""The sandbox's data in SQLite: contacts and the call logs it received.

One connection shared by the handler threads, serialised by a lock: simple, and plenty fast for
a stand-in server. File-backed databases use WAL so a restarted sandbox finds everything.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

from agent_desktop.core.api.models import CONTACT_FIELDS, PHONE_FIELDS

_SCHEMA = """
CREATE TABLE IF NOT EXISTS contacts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    firstname TEXT, lastname TEXT, customer_number TEXT, company TEXT,
    businessphone TEXT, businessphone2 TEXT, mobilephone TEXT, email TEXT, entity_type TEXT
);
CREATE INDEX IF NOT EXISTS contacts_mobile ON contacts(mobilephone);
CREATE INDEX IF NOT EXISTS contacts_business ON contacts(businessphone);
CREATE INDEX IF NOT EXISTS contacts_business2 ON contacts(businessphone2);
CREATE TABLE IF NOT EXISTS call_logs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    body TEXT NOT NULL
);
"""

_COLUMNS = ", ".join(CONTACT_FIELDS)
# Letters NFKD does not take apart, so "Soren" still finds "Søren" (as MySQL's *_ci would).
_FOLD_EXTRA = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str | None) -> str | None:
    """Case- and accent-insensitive form for search: 'Zoë MÜLLER' -> 'zoe muller'."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_FOLD_EXTRA)


def _casefold(text: str | None) -> str | None:
    return None if text is None else text.strip().casefold()


class ContactStore:
    def __init__(self, db_path: str | Path | None = None) -> None:
        target = ":memory:" if db_path is None else str(db_path)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(target, check_same_thread=False, timeout=10)
        try:
            self._conn.create_function("fold", 1, fold, deterministic=True)
            self._conn.create_function("casefold", 1, _casefold, deterministic=True)
            if db_path is not None:
                self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # contacts ------------------------------------------------------------------------------

    def seed(self, contacts: Iterable[Mapping[str, str | None]]) -> None:
        """Insert contacts whose id is not there yet (a restarted sandbox keeps its data)."""
        rows = [tuple(c.get(f) for f in CONTACT_FIELDS) for c in contacts]
        with self._lock, self._conn:
            self._conn.executemany(
                f"INSERT OR IGNORE INTO contacts ({_COLUMNS}) VALUES ({_marks()})", rows
            )

    def add_contact(self, fields: Mapping[str, str | None]) -> dict[str, str | None]:
        unknown = set(fields) - set(CONTACT_FIELDS)
        if unknown:
            raise ValueError(f"Unknown contact fields: {', '.join(sorted(unknown))}")
        contact = {f: fields.get(f) for f in CONTACT_FIELDS}
        contact["id"] = contact["id"] or str(uuid.uuid4())
        try:
            with self._lock, self._conn:
                self._conn.execute(
                    f"INSERT INTO contacts ({_COLUMNS}) VALUES ({_marks()})",
                    tuple(contact.values()),
                )
        except sqlite3.IntegrityError:
            raise ValueError(f"A contact with id {contact['id']} exists already.") from None
        return contact

    def find_by_phone(self, phone: str) -> dict[str, str | None] | None:
        """Exact string match on any phone field, as a CRM that keeps what was typed.
        When several match, the newest wins, so a contact just created is the one found."""
        where = " OR ".join(f"{f} = ?" for f in PHONE_FIELDS)
        return self._one(
            f"SELECT {_COLUMNS} FROM contacts WHERE {where} ORDER BY seq DESC LIMIT 1",
            (phone,) * len(PHONE_FIELDS),
        )

    def find_by_email(self, email: str) -> dict[str, str | None] | None:
        return self._one(
            f"SELECT {_COLUMNS} FROM contacts WHERE casefold(email) = ? ORDER BY seq DESC LIMIT 1",
            (_casefold(email),),
        )

    def search(
        self, term: str, limit: int = 20, *, one_field: bool = False
    ) -> list[dict[str, str | None]]:
        """Case/accent-insensitive substring over names, company, email and mobile; also the
        full name, so "james may" works. Prefix hits first, then alphabetical.

        `one_field`: the term must sit inside one field (no full name), over every phone field
        as stored: a server that matches one column at a time."""
        needle = fold(term.strip()) or ""
        if not needle:
            return []
        searched: tuple[str, ...] = (
            ("firstname", "lastname", "company", "email", *PHONE_FIELDS)
            if one_field
            else (
                "firstname",
                "lastname",
                "company",
                "email",
                "mobilephone",
                "coalesce(firstname, '') || ' ' || coalesce(lastname, '')",
            )
        )
        where = " OR ".join(f"instr(fold({s}), ?) > 0" for s in searched)
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM contacts WHERE {where}", (needle,) * len(searched)
            ).fetchall()
        found: list[dict[str, str | None]] = [
            dict(zip(CONTACT_FIELDS, row, strict=True)) for row in rows
        ]

        def rank(c: dict[str, str | None]) -> tuple[bool, str, str, str]:
            prefix = any(
                (fold(c[f]) or "").startswith(needle)
                for f in ("firstname", "lastname", "company", "email")
            )
            return (
                not prefix,
                fold(c["lastname"] or c["company"] or c["email"]) or "",
                fold(c["firstname"]) or "",
                c["id"] or "",
            )

        return sorted(found, key=rank)[:limit]

    def contact_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM contacts").fetchone()[0]

    # call logs -----------------------------------------------------------------------------

    def add_log(self, body: Mapping[str, object]) -> None:
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT INTO call_logs (body) VALUES (?)", (json.dumps(body, ensure_ascii=False),)
            )

    def logs(self) -> list[dict]:
        with self._lock:
            rows = self._conn.execute("SELECT body FROM call_logs ORDER BY seq").fetchall()
        return [json.loads(body) for (body,) in rows]

    def _one(self, sql: str, params: tuple) -> dict[str, str | None] | None:
        with self._lock:
            row = self._conn.execute(sql, params).fetchone()
        return dict(zip(CONTACT_FIELDS, row, strict=True)) if row else None


def _marks() -> str:
    return ", ".join("?" * len(CONTACT_FIELDS))
