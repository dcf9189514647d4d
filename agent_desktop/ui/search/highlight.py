"""Which parts of a suggestion matched what the agent typed, as runs of plain text.

The delegate paints each run with drawText (bold when it matched), so the server's text is never
interpreted as markup: no rich text is involved. Words match anywhere, case-insensitively; a run
of digits also matches a number written with spaces, dashes or brackets ("0721234567" finds
"072 123 4567").
"""

from __future__ import annotations

import re

_SEPARATORS = r"[\s\-().]*"


def _pattern(word: str) -> str:
    if len(word) > 2 and word.isdigit():
        return _SEPARATORS.join(re.escape(d) for d in word)
    return re.escape(word)


def match_runs(text: str, term: str) -> list[tuple[str, bool]]:
    """`text` cut into (part, matched) runs, in order; joined they give `text` back."""
    words = sorted({w for w in re.split(r"\s+", term.strip()) if w}, key=len, reverse=True)
    if not text or not words:
        return [(text, False)] if text else []
    spans: list[tuple[int, int]] = []
    for found in re.finditer("|".join(_pattern(w) for w in words), text, re.IGNORECASE):
        if found.end() > found.start():
            spans.append(found.span())
    runs: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if start > at:
            runs.append((text[at:start], False))
        runs.append((text[start:end], True))
        at = end
    if at < len(text):
        runs.append((text[at:], False))
    return runs
