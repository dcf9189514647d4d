"""The judge of a built executable's smoke run: exit status, stdout, stderr allow-list, files."""

from __future__ import annotations

import sys
import textwrap

import pytest

OK = "ok agent-desktop 1.2.3"


@pytest.fixture(scope="module")
def sb(pkg):
    return pkg("smoke_bundle")


@pytest.mark.parametrize(
    "line",
    [
        "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'",
        "This plugin does not support propagateSizeHints()",
        "",
        "   ",
    ],
)
def test_known_harmless_lines_pass(sb, line):
    assert sb.unexpected_stderr(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb"',
        "Fontconfig error: Cannot load default config file",
        "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root' and more",
        "Traceback (most recent call last):",
        "smoke-test failed: something",
    ],
)
def test_anything_else_on_stderr_fails(sb, line):
    assert sb.unexpected_stderr(f"This plugin does not support propagateSizeHints()\n{line}\n") == [
        line
    ]


def test_judge_accepts_exactly_one_ok_line(sb):
    assert sb.judge(0, OK + "\n", "", "1.2.3") == []


@pytest.mark.parametrize(
    ("returncode", "stdout", "stderr", "fragment"),
    [
        (1, OK + "\n", "", "exit status 1"),
        (0, "", "", "stdout was []"),
        (0, OK + "\nextra\n", "", "expected exactly"),
        (0, "ok agent-desktop 0.0.0+unknown\n", "", "expected exactly"),
        (0, OK + "\n", "QObject: something odd\n", "unexpected stderr line: QObject"),
    ],
)
def test_judge_names_each_failure(sb, returncode, stdout, stderr, fragment):
    problems = sb.judge(returncode, stdout, stderr, "1.2.3")
    assert any(fragment in problem for problem in problems), problems


def _fake_executable(tmp_path, body: str):
    exe = tmp_path / "fake-agent-desktop"
    exe.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body), encoding="utf-8")
    exe.chmod(0o755)
    return exe


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shebang script as the executable")
def test_run_smoke_passes_a_good_executable_and_reads_its_report(sb, tmp_path):
    exe = _fake_executable(
        tmp_path,
        f"""
        import json, os, sys, time
        assert sys.argv[1:] == ["--smoke-test"]
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
        with open(os.environ["AGENT_DESKTOP_SMOKE_REPORT"], "w") as f:
            json.dump({{"t_painted": time.time(), "keyring_backend": "fake"}}, f)
        print("{OK}")
    """,
    )
    result = sb.run_smoke(exe, "1.2.3")
    assert result.ok, result.problems
    assert result.report["keyring_backend"] == "fake"
    assert "first paint after" in sb.describe(result)


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shebang script as the executable")
def test_run_smoke_fails_an_executable_that_writes_settings(sb, tmp_path):
    exe = _fake_executable(
        tmp_path,
        f"""
        import os, pathlib
        folder = pathlib.Path(os.environ["XDG_CONFIG_HOME"]) / "agent-desktop"
        folder.mkdir(parents=True)
        (folder / "settings.toml").write_text("base_url = ''")
        print("{OK}")
    """,
    )
    result = sb.run_smoke(exe, "1.2.3")
    assert result.problems == [
        "the smoke test wrote to the user config folder: ['agent-desktop/settings.toml']"
    ]
