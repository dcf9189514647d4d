"""Netstrings (`LEN:DATA,`), the framing of baresip's ctrl_tcp both ways.

A reader that refuses rather than guesses: a prefix that is not a decimal length, a length over
the cap, or a frame not closed by a comma is a NetstringError, after which the stream cannot be
trusted (the caller closes the connection).
"""

from __future__ import annotations

MAX_FRAME = 64 * 1024  # baresip's own events are well under 2 KiB; anything bigger is not one
_MAX_DIGITS = len(str(MAX_FRAME))


class NetstringError(ValueError):
    """The stream is not netstrings (or a frame is over the cap); the message says how."""


def encode(data: bytes) -> bytes:
    return str(len(data)).encode("ascii") + b":" + data + b","


class NetstringReader:
    """Feed it bytes as they arrive; it returns the complete frames and keeps the rest."""

    def __init__(self, max_frame: int = MAX_FRAME) -> None:
        self.max_frame = max_frame
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        frames: list[bytes] = []
        while True:
            frame = self._next()
            if frame is None:
                return frames
            frames.append(frame)

    def _next(self) -> bytes | None:
        buffer = self._buffer
        colon = buffer.find(b":", 0, _MAX_DIGITS + 1)
        if colon < 0:
            head = bytes(buffer[: _MAX_DIGITS + 1])
            if head and not head.isdigit():
                raise NetstringError(f"not a netstring length: {head[:16]!r}")
            if len(head) > _MAX_DIGITS:
                raise NetstringError(f"a frame of more than {self.max_frame} bytes is announced")
            return None  # the length is still arriving
        digits = bytes(buffer[:colon])
        if not digits.isdigit() or (len(digits) > 1 and digits[0:1] == b"0"):
            raise NetstringError(f"not a netstring length: {digits[:16]!r}")
        length = int(digits)
        if length > self.max_frame:
            raise NetstringError(f"a frame of {length} bytes is over the {self.max_frame} cap")
        end = colon + 1 + length
        if len(buffer) <= end:
            return None
        if buffer[end] != ord(","):
            raise NetstringError("a frame does not end with a comma")
        frame = bytes(buffer[colon + 1 : end])
        del buffer[: end + 1]
        return frame
