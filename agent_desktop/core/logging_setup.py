"""Log to a rotating file, with secrets scrubbed from every line.

The API key must never reach disk outside the keyring, and a log file is the usual leak: a
header dict in a debug line, a key echoed in an exception. So every handler we install gets a
filter that rewrites the record (message, args, exception and stack text) and a formatter that
scrubs the final line once more, in case another formatter re-renders the exception.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from agent_desktop import APP_ID
from agent_desktop.core.settings import paths

LOG_FILE_NAME = "agent-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[redacted]"

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_installed: list[logging.Handler] = []
_previous_level: int | None = None

# `Authorization: value`, `'Authorization': 'value'`, `"Authorization"="value"`, any case.
_AUTH_RE = re.compile(
    r"""(?P<head>authorization['"]?\s*[:=]\s*)(?:(?P<q>['"])(?P<quoted>.*?)(?P=q)|(?P<bare>[^\r\n,;}]+))""",
    re.IGNORECASE,
)


MIN_SECRET_LENGTH = 6  # shorter strings are no real key, and hiding them would garble every line


def register_secret(value: str) -> None:
    """From now on, `value` is replaced by [redacted] wherever it would be logged."""
    if value and len(value.strip()) >= MIN_SECRET_LENGTH:
        with _secrets_lock:
            _secrets.add(value)
            if value.strip() != value:
                _secrets.add(value.strip())


def redact(text: str) -> str:
    def auth(match: re.Match[str]) -> str:
        quote = match.group("q") or ""
        return f"{match.group('head')}{quote}{REDACTED}{quote}"

    text = _AUTH_RE.sub(auth, text)
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)  # longest first: no partial leftovers
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Renders the message now (args included) and scrubs it, so no handler sees the raw args."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the line nor leak its args
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            # The scrubbed text replaces the live exception, whose str() may hold the secret.
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# What sys.exc_info() returns (typeshed's private _SysExcInfoType).
_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))

    def formatException(self, ei: _ExcInfo) -> str:
        return redact(super().formatException(ei))


def _protect(handler: logging.Handler) -> logging.Handler:
    handler.addFilter(RedactingFilter())
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    return handler


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file, the first and every one after a rollover, is created 0600: the log names
    customers and numbers. (Rotated files keep their mode when renamed.)"""

    replaced_link = ""  # where a symbolic link found in the log file's place pointed

    def _open(self) -> TextIOWrapper:
        path = Path(self.baseFilename)
        self.replaced_link = paths.replace_link(path) or self.replaced_link
        paths.ensure_private_file(path)
        # O_NOFOLLOW: a link planted between the check and here is refused, not followed.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | paths.NOFOLLOW)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to `<log_dir>/agent-desktop.log` (1 MB x 5 files) and return the
    file's path. Calling it again replaces the handler. If the folder cannot be created, logging
    goes to stderr instead (still redacted) and the intended path is returned."""
    global _previous_level
    reset_logging()
    target = Path(log_dir) if log_dir else paths.log_dir()
    log_file = target / LOG_FILE_NAME
    root = logging.getLogger()
    links: dict[Path, str] = {}
    try:
        paths.private_dir(target)
        if target.parent.name == APP_ID:  # Linux: <state>/agent-desktop/log; ours as well
            paths.private_dir(target.parent)
        for old in sorted(target.glob(LOG_FILE_NAME + "*")):
            links[old] = paths.replace_link(old)  # never written through, nor chmod'ed
            paths.ensure_private_file(old, create=False)  # from a version that made them 0644
        handler: logging.Handler = _PrivateRotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        fallback_reason = None
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        fallback_reason = exc.strerror or str(exc)
    _installed.append(_protect(handler))
    root.addHandler(handler)
    _previous_level = root.level
    root.setLevel(level)
    links[log_file] = links.get(log_file) or getattr(handler, "replaced_link", "")
    for path, pointed in links.items():
        if pointed:
            logging.getLogger(__name__).warning(
                "The log file %s was a symbolic link to %s; it was replaced by a file of its "
                "own (the link's target was not written to).",
                path,
                pointed,
            )
    if fallback_reason:
        logging.getLogger(__name__).warning(
            "Cannot write the log file in %s (%s); logging to the console.",
            target,
            fallback_reason,
        )
    return log_file


def reset_logging() -> None:
    """Remove and close the handlers configure_logging installed (tests, re-configuration)."""
    global _previous_level
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    if _previous_level is not None:
        root.setLevel(_previous_level)
        _previous_level = None
