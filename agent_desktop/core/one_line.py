"""Untrusted text (a name from the server, a softphone's number) made safe to show on one line.

A contact's name can carry CR/LF that draw a forged second line ("FAKE: ok") under a heading,
tabs, terminal escapes and other controls that fonts draw as empty boxes, and bidi overrides
that reverse whatever follows them in the same label. Every view shows such text through
`one_line`: line and paragraph breaks and tabs become one space, other control characters and
the bidi embeddings, overrides and isolates a visible U+FFFD mark; the invisible direction marks
(LRM, RLM, ALM) are dropped. Letters of every script, emoji joiners and the like are kept.
"""

from __future__ import annotations

import re

# Breaks and tabs: C0 TAB..CR, the C0 separators FS..US, NEL, LINE and PARAGRAPH SEPARATOR.
_BREAKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]+")
# Other C0/C1 controls and DEL; the bidi embeddings, overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c]")
MARK = "\ufffd"


def one_line(text: str) -> str:
    """`text` on one line with nothing in it that acts instead of showing (see the module)."""
    if text.isprintable() and text.isascii():
        return text  # the common case, at no cost
    text = _BREAKS.sub(" ", text)
    text = _CONTROLS.sub(MARK, text)
    return _DIRECTION_MARKS.sub("", text)


_OTHER_BREAKS = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")


def inert(text: str) -> str:
    """Like one_line, but our own line feeds stay: for texts that quote the server inside
    lines of ours (a banner, a tooltip, an error's details). Every other break, tab, control
    and bidi override is still a space or a visible mark."""
    if text.isascii() and all(ch == "\n" or ch.isprintable() for ch in text):
        return text
    text = _OTHER_BREAKS.sub(" ", text.replace("\r\n", " "))  # ours are bare line feeds
    text = _CONTROLS.sub(MARK, text)
    return _DIRECTION_MARKS.sub("", text)
