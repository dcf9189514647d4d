"""What the command line writes when the server's text is hostile, and when stdout goes away.

The CLI runs against the sandbox seeded with contacts whose fields carry terminal escapes, and,
for stdout trouble, as a real subprocess whose stdout is a pipe closed early or /dev/full.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from agent_desktop.cli import main

# An OSC that retitles the terminal, a colour, a clear-screen, CR and LF that fake a second
# line, backspaces that eat the name, a bidi override that reverses the rest of the line.
HOSTILE = {
    "firstname": "Eve\x1b]0;pwned\x07\x1b[31m",
    "lastname": "Mallory\x1b[2J\rFAKE LINE\nSecond\b\b\b",
    "company": "Evil\u202eCorp\u2066x\u2069",
    "email": "eve\x9b31m@evil.example",
    "mobilephone": "+27825550111",
    "entity_type": "Lead",
}
UNSAFE = ["\x1b", "\x07", "\r", "\b", "\x9b", "\u202e", "\u2066", "\u2069"]


@pytest.fixture
def key(monkeypatch):
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "test-key")


@pytest.fixture
def hostile(sandbox):
    return sandbox.add_contact(**HOSTILE)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_inert(text: str) -> None:
    for char in UNSAFE:
        assert char not in text, (char, text)


def test_printable_escapes_controls_visibly():
    from agent_desktop.cli_output import printable

    assert printable("a\x1b[31mb") == "a\\x1b[31mb"
    assert printable("one\r\ntwo\ttab\b") == "one\\r\\ntwo\\ttab\\x08"
    assert printable("rtl\u202eoverride\u2069") == "rtl\\u202eoverride\\u2069"
    assert printable("csi\x9bdel\x7f") == "csi\\x9bdel\\x7f"
    assert printable("Zoë Müller · 072 123 4567 ✓") == "Zoë Müller · 072 123 4567 ✓"


def test_lookup_prints_escapes_visibly_not_raw(capsys, sandbox, key, hostile):
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "lookup", "0825550111")
    assert (code, err) == (0, "")
    assert_inert(out)
    lines = out.splitlines()
    # one line per field: the CR/LF in the name did not forge a line of its own
    assert (
        lines[0] == "Eve\\x1b]0;pwned\\x07\\x1b[31m Mallory\\x1b[2J\\rFAKE LINE\\nSecond"
        "\\x08\\x08\\x08"
    )
    assert "Evil\\u202eCorp\\u2066x\\u2069" in out
    assert not any(line.startswith("FAKE LINE") or line.startswith("Second") for line in lines)


def test_search_prints_one_inert_line_per_contact(capsys, sandbox, key, hostile):
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "search", "Eve")
    assert (code, err) == (0, "")
    assert_inert(out)
    assert len(out.splitlines()) == 1
    assert "eve\\x9b31m@evil.example" in out


def test_json_stays_exact_and_escapes_what_reorders_a_terminal(capsys, sandbox, key, hostile):
    code, out, _ = run(capsys, "--base-url", sandbox.base_url, "lookup", "0825550111", "--json")
    assert code == 0
    assert_inert(out)
    contact = json.loads(out)
    for field, value in HOSTILE.items():
        assert contact[field] == value


@pytest.fixture
def refusing_server():
    """A server whose 422 carries an `error` full of terminal escapes."""
    message = "Bad\x1b]0;owned\x07 request\x1b[2K\rInjected\u202e line\x08"

    class Refuse(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"status": False, "error": message}).encode()
            self.send_response(422)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/1.0"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_server_error_text_is_sanitised_on_stderr(capsys, key, refusing_server):
    code, out, err = run(capsys, "--base-url", refusing_server, "search", "eve")
    assert code == 2 and out == ""
    assert "Bad\\x1b]0;owned\\x07 request" in err
    assert_inert(err)
    assert err.count("\n") == 1 and err.startswith("agent-desktop: ")


def test_check_quotes_the_server_inertly(capsys, key, refusing_server):
    code, out, _ = run(capsys, "--base-url", refusing_server, "check")
    assert code == 4
    assert_inert(out)
    assert "Bad\\x1b]0;owned\\x07 request" in out
    assert all(line.startswith(("✓ ", "✗ ")) for line in out.splitlines())


def _cli(*argv: str, **options) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "agent_desktop", *argv],
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
        **options,
    )


def _many_contacts(sandbox) -> None:
    """Twenty ~5 kB lines: more than a pipe holds (64 KiB), so the CLI is still writing when
    the reader goes away, whatever the scheduling."""
    for n in range(20):
        sandbox.add_contact(
            firstname=f"Pipe{n:02d}",
            lastname="Reader " + "x" * 5000,
            mobilephone=f"+2782555{n:04d}",
        )


def test_a_pipe_closed_after_the_first_line_exits_quietly(sandbox, key):
    _many_contacts(sandbox)
    process = _cli("--base-url", sandbox.base_url, "search", "Pipe", stdout=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    _, err = process.communicate(timeout=60)
    assert first.startswith(b"Pipe")
    assert err == b""
    assert process.returncode == 141  # 128 + SIGPIPE, what a shell shows for coreutils


def test_a_pipe_closed_before_anything_was_read_exits_quietly(sandbox, key):
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        process = _cli("--base-url", sandbox.base_url, "search", "james", stdout=write_end)
    finally:
        os.close(write_end)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (141, b"")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("argv", [["search", "james"], ["lookup", "0721234567", "--json"]])
def test_a_full_disk_is_a_one_line_error(sandbox, key, argv):
    _assert_full_disk_error("--base-url", sandbox.base_url, *argv)


def _assert_full_disk_error(*argv: str, timeout: float = 60) -> None:
    """The CLI writing to /dev/full exits 2 with one plain line on stderr."""
    with open("/dev/full", "wb") as full:
        process = _cli(*argv, stdout=full)
        _, err = process.communicate(timeout=timeout)
    assert process.returncode == 2
    assert err.decode() == "agent-desktop: cannot write the output: No space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_help_to_a_full_disk_is_the_same_one_line_error():
    _assert_full_disk_error("--help")


def test_help_documents_the_output_exit_statuses(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "141" in out and "cannot write the output" in out


def test_no_console_streams_at_all_is_not_an_error(monkeypatch, sandbox, key):
    """A windowed build runs without stdout and stderr (None), where print() does nothing."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["--base-url", sandbox.base_url, "search", "james"]) == 0
    assert main(["--base-url", sandbox.base_url, "search", "zzqqxx"]) == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_smoke_test_to_a_full_disk_is_the_same_one_line_error():
    _assert_full_disk_error("--smoke-test", timeout=120)
