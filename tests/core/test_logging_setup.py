import logging

import pytest

from agent_desktop.core import logging_setup
from agent_desktop.core.logging_setup import (
    LOG_FILE_NAME,
    configure_logging,
    redact,
    register_secret,
    reset_logging,
)
from agent_desktop.core.settings import paths

KEY = "sk-test-4f9a1c7e2b"


@pytest.fixture
def log_file(tmp_path):
    path = configure_logging(tmp_path / "logs")
    yield path
    reset_logging()


def read(path):
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_default_location_is_the_user_log_dir(isolated_dirs):
    try:
        path = configure_logging()
        logging.getLogger("agent_desktop.test").info("hello")
        assert path == paths.log_dir() / LOG_FILE_NAME  # tests/core/test_paths*.py: per OS
        assert path.is_relative_to(isolated_dirs["state"])
        assert "hello" in read(path)
    finally:
        reset_logging()


def test_rotating_handler_limits(log_file):
    (handler,) = logging_setup._installed
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    assert handler.baseFilename == str(log_file)


def test_configure_twice_keeps_one_handler(tmp_path, log_file):
    configure_logging(tmp_path / "other")
    assert len(logging_setup._installed) == 1
    assert sum(h in logging.getLogger().handlers for h in logging_setup._installed) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: abc123", "Authorization: [redacted]"),
        (
            "headers={'Authorization': 'abc123', 'Accept': '*/*'}",
            "headers={'Authorization': '[redacted]', 'Accept': '*/*'}",
        ),
        ('{"authorization": "abc"}', '{"authorization": "[redacted]"}'),
        ("AUTHORIZATION=Bearer xyz; next", "AUTHORIZATION=[redacted]; next"),
        ("no header here", "no header here"),
    ],
)
def test_authorization_values_are_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.logs_errors
def test_registered_secret_never_reaches_the_file(log_file):
    register_secret(KEY)
    log = logging.getLogger("agent_desktop.test")
    log.warning("key is %s", KEY)
    log.warning("headers %r", {"Authorization": "other-token-99"})
    log.info(f"inline {KEY} in the message")
    try:
        raise RuntimeError(f"server rejected {KEY}")
    except RuntimeError:
        log.exception("request failed with %s", KEY)
    log.error("with stack", stack_info=True, extra={"k": KEY})
    text = read(log_file)
    assert KEY not in text
    assert "other-token-99" not in text
    assert text.count("[redacted]") >= 5
    assert "RuntimeError: server rejected [redacted]" in text  # traceback kept, key gone


@pytest.mark.logs_errors
def test_exc_info_from_a_child_logger_and_a_second_handler(log_file, tmp_path):
    register_secret(KEY)
    other = tmp_path / "plain.log"
    plain = logging.FileHandler(other, encoding="utf-8")
    logging.getLogger().addHandler(plain)  # a handler we did not install, after ours
    try:
        try:
            raise ValueError(KEY)
        except ValueError as exc:
            logging.getLogger("agent_desktop.deep.child").error("boom", exc_info=exc)
    finally:
        logging.getLogger().removeHandler(plain)
        plain.close()
    assert KEY not in read(log_file)
    # our filter rewrote the shared record, so later handlers see the scrubbed text too
    assert KEY not in other.read_text(encoding="utf-8")
    assert "ValueError: [redacted]" in other.read_text(encoding="utf-8")


def test_broken_format_string_is_logged_not_raised(log_file):
    register_secret(KEY)
    logging.getLogger("agent_desktop.test").warning("%d items", KEY)
    text = read(log_file)
    assert "%d items" in text and KEY not in text


def test_unwritable_log_dir_falls_back_to_stderr(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    try:
        path = configure_logging(blocker / "logs")
        register_secret(KEY)
        logging.getLogger("agent_desktop.test").warning("still here %s", KEY)
    finally:
        reset_logging()
    err = capsys.readouterr().err
    assert path == blocker / "logs" / LOG_FILE_NAME
    assert "Cannot write the log file" in err and "still here [redacted]" in err
    assert KEY not in err


def test_blank_or_tiny_secrets_are_not_registered():
    register_secret("")
    register_secret("   ")
    register_secret("abc")  # would turn every "abc" in the log into [redacted]
    assert redact("a b  c abc") == "a b  c abc"
