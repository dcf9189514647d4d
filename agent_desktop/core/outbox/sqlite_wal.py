"""Rebuild an SQLite database image from its -wal journal alone.

SQLite ignores (and deletes) the journal of a zero-byte database, yet after a crash before the
first checkpoint the journal may hold every committed page. This reads the journal's frames as
the file format documents them (https://www.sqlite.org/fileformat2.html#walformat): only frames
whose salts match the header and whose running checksum holds, up to the last commit.
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC_LE, _MAGIC_BE = 0x377F0682, 0x377F0683
_HEADER, _FRAME_HEADER = 32, 24


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def committed_image(wal: bytes) -> bytes | None:
    """The database as of the journal's last commit, or None when the journal has none."""
    if len(wal) < _HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", wal[:_HEADER])
    if magic not in (_MAGIC_LE, _MAGIC_BE) or page_size < 512 or page_size & (page_size - 1):
        return None
    big = magic == _MAGIC_BE
    if _checksum(wal[:24], 0, 0, big) != (c0, c1):
        return None
    s0, s1 = c0, c1
    pages: dict[int, bytes] = {}
    committed: dict[int, bytes] = {}
    size = 0
    offset = _HEADER
    while offset + _FRAME_HEADER + page_size <= len(wal):
        header = wal[offset : offset + _FRAME_HEADER]
        page = wal[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        number, commit_size, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s0, s1 = _checksum(header[:8] + page, s0, s1, big)
        if (s0, s1) != (f0, f1):
            break  # a torn write: nothing after it counts
        pages[number] = page
        if commit_size:
            committed, size = dict(pages), commit_size
        offset += _FRAME_HEADER + page_size
    if not size:
        return None
    blank = bytes(page_size)
    return b"".join(committed.get(n, blank) for n in range(1, size + 1))


def rebuild_from_wal(wal_path: Path, target: Path) -> bool:
    """Write the journal's committed image to `target`; False when there is none."""
    try:
        image = committed_image(wal_path.read_bytes())
    except OSError:
        return False
    if image is None:
        return False
    target.write_bytes(image)
    return True
