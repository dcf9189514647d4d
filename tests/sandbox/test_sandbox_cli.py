"""The sandbox command: options, refusals, and a real process stopped by a signal."""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from agent_desktop.sandbox.cli import add_sandbox_arguments, run_sandbox_command

REPO = Path(__file__).resolve().parents[2]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_sandbox_arguments(parser)
    return parser.parse_args(argv)


def test_defaults():
    args = parse()
    assert (args.host, args.port, args.token, args.db, args.verbose) == (
        "127.0.0.1",
        0,
        "demo-key",
        None,
        False,
    )
    assert (args.latency, args.error_rate, args.rate_limit_every, args.retry_after) == (
        0.0,
        0.0,
        0,
        1.0,
    )
    assert parse("--retry-after", "none").retry_after is None
    assert args.lost_answer_rate == 0.0
    assert parse("--lost-answer-rate", "0.05").lost_answer_rate == 0.05


def test_bad_option_values_are_usage_errors(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse("--port", "70000")
    assert exit_info.value.code == 2
    assert run_sandbox_command(parse("--error-rate", "1.5")) == 2
    assert "error_rate" in capsys.readouterr().err
    assert run_sandbox_command(parse("--lost-answer-rate", "2")) == 2
    assert "lost_answer_rate must be between 0 and 1" in capsys.readouterr().err


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])
def test_non_loopback_host_needs_allow_remote(capsys, host):
    assert run_sandbox_command(parse("--host", host)) == 2
    err = capsys.readouterr().err
    assert "--allow-remote" in err and "demo key" in err


def test_busy_port_is_reported_plainly(capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert run_sandbox_command(parse("--port", str(port))) == 2
    err = capsys.readouterr().err
    assert f"Cannot listen on 127.0.0.1:{port}" in err and "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_module_runs_serves_and_stops_cleanly_on_a_signal(tmp_path, make_api, signum):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [
        sys.executable,
        "-m",
        "agent_desktop.sandbox",
        "--token",
        "cli-key",
        "--db",
        str(tmp_path / "cli.sqlite3"),
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env
    ) as proc:
        try:
            first = proc.stdout.readline()
            match = re.fullmatch(
                r"Sandbox listening on (http://127\.0\.0\.1:\d+/api/1\.0) \(token: cli-key\)\n",
                first,
            )
            assert match, first
            api = make_api(match.group(1), "cli-key")
            assert api.get("/calls/record", phone="+27721234567").json()["status"] is True
            proc.send_signal(signum)
            out, err = proc.communicate(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0, err
    assert out.rstrip().endswith("Sandbox stopped.")
    assert err == ""
