"""One HTTP request as a desk phone sends it, read from a socket with hard limits.

Phones substitute their variables into Action URLs as plain text, not URL-encoded: the request
line can hold raw spaces, `@`, `:`, `&` inside a display name, UTF-8 or Latin-1 bytes. So the
request line is split by hand (method first, HTTP version last, everything between is the
target) instead of by http.server, which refuses a target with a space in it.
"""

from __future__ import annotations

import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

MAX_REQUEST_BYTES = 8192  # head and body together; an Action URL is at most ~512 characters
# Our URLs put the parameters in this order; the display name is last, so whatever it holds
# (even "&" or "=") belongs to it up to the end of the line.
QUERY_KEYS = ("token", "id", "remote", "name")


class BadRequest(Exception):
    """Not a request we take; `status` is the HTTP status to answer, the message a log line."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class PhoneRequest:
    method: str  # "GET" or "POST"
    path: tuple[str, ...]  # ("yealink", "incoming")
    query: dict[str, str]  # the known keys found, decoded
    body: bytes = b""


def read_request(
    conn: socket.socket, limit: int = MAX_REQUEST_BYTES, within: float = 2.0
) -> PhoneRequest:
    """Read one request (head, then a body of Content-Length) of at most `limit` bytes, all of
    it `within` seconds (a sender trickling bytes cannot hold a connection longer).
    Raises BadRequest (413 too big, 400 malformed) or OSError (TimeoutError)."""
    deadline = time.monotonic() + within

    def recv() -> bytes:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took too long")
        conn.settimeout(left)
        try:
            return conn.recv(4096)
        except TimeoutError:
            raise TimeoutError("the request took too long") from None

    data = b""
    while b"\r\n\r\n" not in data and b"\n\n" not in data:
        chunk = recv()
        if not chunk:
            raise BadRequest(400, "the connection closed before the request was complete")
        data += chunk
        if len(data) > limit:
            raise BadRequest(413, "the request is too big")
    head, _, body = re.split(rb"(\r?\n\r?\n)", data, maxsplit=1)
    lines = head.split(b"\n")
    method, target = split_request_line(lines[0].rstrip(b"\r"))
    length = _content_length(lines[1:])
    if method == "POST":
        if length > limit - len(head):
            raise BadRequest(413, "the request body is too big")
        while len(body) < length:
            chunk = recv()
            if not chunk:
                raise BadRequest(400, "the connection closed before the body was complete")
            body += chunk
        body = body[:length]
    path, _, query = target.partition(b"?")
    return PhoneRequest(method, _path(path), parse_query(query), body)


def split_request_line(line: bytes) -> tuple[str, bytes]:
    """(method, target) from "GET /a b?x=é HTTP/1.1", with the target's raw bytes."""
    method, sep, rest = line.partition(b" ")
    target, sep2, version = rest.rpartition(b" ")
    if not sep or not sep2 or not version.startswith(b"HTTP/1."):
        raise BadRequest(400, "the request line is not HTTP")
    name = method.decode("ascii", "replace")
    if name not in ("GET", "POST"):
        raise BadRequest(405, f"method {name[:10]!r} is not taken")
    if not target.startswith(b"/"):
        raise BadRequest(400, "the request target is not a path")
    return name, target


def _content_length(header_lines: list[bytes]) -> int:
    for line in header_lines:
        name, sep, value = line.partition(b":")
        if sep and name.strip().lower() == b"content-length":
            text = value.strip()
            if not text.isdigit():
                raise BadRequest(400, "the Content-Length is not a number")
            return int(text)
    return 0


def _path(raw: bytes) -> tuple[str, ...]:
    parts = [decode_text(p).strip().lower() for p in raw.split(b"/") if p]
    return tuple(parts[:4])


def parse_query(raw: bytes) -> dict[str, str]:
    """The known keys of an unencoded query. A "&" starts a new parameter only when a known key
    and "=" follow it; "name" (always last in our URLs) takes the rest of the line."""
    found: dict[str, str] = {}
    rest = raw
    name_at = re.search(rb"(?:^|&)name=", rest)
    if name_at is not None:
        found["name"] = decode_text(rest[name_at.end() :])
        rest = rest[: name_at.start()]
    pattern = rb"(?:^|&)(" + b"|".join(k.encode() for k in QUERY_KEYS if k != "name") + rb")="
    marks = list(re.finditer(pattern, rest))
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
        key = mark.group(1).decode()
        found.setdefault(key, decode_text(rest[mark.end() : end]))  # the first one counts
    return found


def decode_text(raw: bytes) -> str:
    """Percent escapes decoded (a phone that encodes), then UTF-8, else Latin-1 (older
    firmware sends display names in the phone's 8-bit code page); "+" stays "+" (+27…)."""
    data = unquote_to_bytes(raw)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return "".join(ch for ch in text if ch.isprintable()).strip()
