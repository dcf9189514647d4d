"""The Asterisk Manager Interface's line protocol, as small as it is: a banner line
(`Asterisk Call Manager/<version>`), then messages of `Key: Value` lines ended by an empty line,
both ways (actions from us; responses and events from the PBX). CRLF on the wire; a bare LF is
taken too.

Documented in Asterisk's main/manager.c (the banner, `Response: Success|Error`, `Message:`) and
https://docs.asterisk.org/Configuration/Interfaces/Asterisk-Manager-Interface-AMI/ .

Nothing the PBX (or whatever answers on its port) sends can grow memory without bound: a line
longer than MAX_LINE_BYTES is skipped to its end and the message it was in dropped; so is a
message of more than MAX_FIELDS lines.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Mapping

BANNER_PREFIX = "Asterisk Call Manager/"
MAX_LINE_BYTES = 8192
MAX_FIELDS = 256
Message = dict[str, str]


class AmiError(Exception):
    """The far end broke the protocol or the connection; `str()` says how."""


class ConnectionClosed(AmiError):
    """The PBX closed the connection."""


def encode_action(action: str, fields: Mapping[str, str] | None = None) -> bytes:
    """One action message. A value holding a line break would smuggle in another header (or
    another action): refused."""
    lines = [("Action", action), *(fields or {}).items()]
    out: list[str] = []
    for key, value in lines:
        if any(ch in f"{key}{value}" for ch in "\r\n") or ":" in key:
            raise ValueError(f"AMI field {key!r} holds a line break")
        out.append(f"{key}: {value}\r\n")
    return ("".join(out) + "\r\n").encode("utf-8")


class AmiReader:
    """Reads the banner and then one message at a time from a connected socket.

    `recv` is the socket's recv (a TLS socket's too); it may raise socket.timeout, which
    read_message passes on so that the caller can look at its stop flag and read again without
    losing what was half read.
    """

    def __init__(self, recv: Callable[[int], bytes]) -> None:
        self._recv = recv
        self._buffer = bytearray()
        self._skipping = False  # inside an over-long line: drop bytes up to its end
        self._fields: Message = {}
        self._count = 0
        self._broken = False  # the current message lost a line: drop it whole
        self.dropped = 0  # messages dropped for over-long lines or too many fields

    def _line(self) -> str | None:
        """The next whole line (without its end), or None when the buffer has none yet."""
        while True:
            end = self._buffer.find(b"\n")
            if self._skipping:
                if end < 0:
                    self._buffer.clear()
                    return None
                del self._buffer[: end + 1]
                self._skipping = False
                continue
            if end < 0:
                if len(self._buffer) > MAX_LINE_BYTES:
                    self._buffer.clear()
                    self._skipping = True
                    self._broken = True
                return None
            raw = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            if len(raw) > MAX_LINE_BYTES:
                self._broken = True
                continue
            return raw.rstrip(b"\r").decode("utf-8", errors="replace")

    def _fill(self) -> None:
        chunk = self._recv(65536)
        if not chunk:
            raise ConnectionClosed("the PBX closed the connection")
        self._buffer += chunk

    def read_banner(self) -> str:
        """The first line; AmiError when it is not Asterisk's manager banner."""
        while True:
            line = self._line()
            if line is not None:
                break
            if len(self._buffer) > MAX_LINE_BYTES or self._skipping:
                raise AmiError("no Asterisk manager banner")
            self._fill()
        if not line.startswith(BANNER_PREFIX):
            raise AmiError("no Asterisk manager banner")
        return line[len(BANNER_PREFIX) :].strip()

    def read_message(self) -> Message:
        """The next whole message (an event or a response). Lines without `Key: Value` are
        skipped; socket.timeout passes through with the partial message kept."""
        while True:
            line = self._line()
            if line is None:
                self._fill()
                continue
            if line == "":
                if self._fields and not self._broken:
                    message, self._fields, self._count = self._fields, {}, 0
                    return message
                if self._fields or self._broken:
                    self.dropped += 1
                self._fields, self._count, self._broken = {}, 0, False
                continue
            key, sep, value = line.partition(":")
            if not sep or not key.strip():
                continue  # not a header: garbage, or a command's free text
            self._count += 1
            if self._count > MAX_FIELDS:
                self._broken = True
                continue
            self._fields.setdefault(key.strip(), value.strip())


def connect(host: str, port: int, timeout: float, tls: bool) -> socket.socket:
    """A connected socket (TLS verified against the OS's trust store when `tls`)."""
    sock = socket.create_connection((host, port), timeout=timeout)
    if not tls:
        return sock
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        return context.wrap_socket(sock, server_hostname=host)
    except BaseException:
        sock.close()
        raise
