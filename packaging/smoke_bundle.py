"""Run a built executable's `--smoke-test` and judge it strictly.

    python packaging/smoke_bundle.py [--qpa offscreen|xcb|native] [EXECUTABLE]

Fails on a non-zero exit, on stdout other than the one ``ok agent-desktop <version>`` line, on
any stderr line not in the allow-list below, and (Linux/macOS) on any file written to the config
or data folders, which the run points at empty temporary folders (Windows takes those folders
from the shell API, so there the check is left out). Used by build.py and CI.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# Qt lines known to be harmless, each matched against a whole stderr line. Keep this short: a
# new line on stderr is a question to answer (missing plugin? font? library?), not noise.
ALLOWED_STDERR = (
    # Qt on a CI runner or root shell without a login session; it creates its own folder.
    re.compile(r"QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-[\w.-]+'"),
    # The offscreen platform has no window manager to pass size hints to.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
)


@dataclass
class SmokeResult:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    problems: list[str] = field(default_factory=list)
    report: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def unexpected_stderr(stderr: str) -> list[str]:
    """The stderr lines no allow-list pattern accounts for (blank lines are ignored)."""
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(pat.fullmatch(line.rstrip()) for pat in ALLOWED_STDERR)
    ]


def judge(returncode: int, stdout: str, stderr: str, version: str) -> list[str]:
    """Every reason this smoke run fails, as sentences; empty when it passed."""
    problems = []
    if returncode != 0:
        problems.append(f"exit status {returncode} (expected 0)")
    expected = f"ok agent-desktop {version}"
    lines = stdout.splitlines()
    if lines != [expected]:
        problems.append(f"stdout was {lines!r}, expected exactly [{expected!r}]")
    problems.extend(f"unexpected stderr line: {line}" for line in unexpected_stderr(stderr))
    return problems


def _files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def run_smoke(exe: Path, version: str, qpa: str = "offscreen", timeout: float = 180) -> SmokeResult:
    """Run ``exe --smoke-test`` in a clean environment and judge the result."""
    with tempfile.TemporaryDirectory(prefix="agent-desktop-smoke-") as tmp:
        home = Path(tmp)
        env = dict(os.environ)
        for name in list(env):
            if name.startswith("AGENT_DESKTOP_"):
                del env[name]
        watched = {"config": home / "config", "data": home / "data"}
        if sys.platform == "darwin":  # platformdirs' user folders on macOS live under HOME
            watched["application support"] = home / "Library" / "Application Support"
        if sys.platform != "win32":  # Windows folders come from the shell API, not the env
            env.update(
                HOME=str(home),
                XDG_CONFIG_HOME=str(watched["config"]),
                XDG_DATA_HOME=str(watched["data"]),
                XDG_STATE_HOME=str(home / "state"),
                XDG_CACHE_HOME=str(home / "cache"),
            )
        if qpa != "native":
            env["QT_QPA_PLATFORM"] = qpa
        report_file = home / "smoke-report.json"
        env["AGENT_DESKTOP_SMOKE_REPORT"] = str(report_file)
        start = time.time()
        proc = subprocess.run(
            [str(exe), "--smoke-test"],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        seconds = time.time() - start
        result = SmokeResult(proc.returncode, proc.stdout, proc.stderr, seconds)
        result.problems = judge(proc.returncode, proc.stdout, proc.stderr, version)
        if report_file.exists():
            result.report = json.loads(report_file.read_text(encoding="utf-8"))
            result.report["t_spawn"] = start
        if sys.platform != "win32":
            for label, folder in watched.items():
                if folder.exists() and _files_under(folder):
                    result.problems.append(
                        f"the smoke test wrote to the user {label} folder: {_files_under(folder)}"
                    )
    return result


def default_executable(dist: Path) -> Path:
    """Where the one-folder build's command-line executable is on this OS."""
    if sys.platform == "win32":
        return dist / "agent-desktop" / "agent-desktop-cli.exe"
    if sys.platform == "darwin":
        return dist / "Agent Desktop.app" / "Contents" / "MacOS" / "agent-desktop"
    return dist / "agent-desktop" / "agent-desktop"


def describe(result: SmokeResult) -> str:
    report = result.report
    parts = [f"{result.seconds:.2f} s"]
    if "t_painted" in report and "t_spawn" in report:
        parts.append(f"first paint after {report['t_painted'] - report['t_spawn']:.2f} s")
    for key in ("qt_platform", "keyring_backend"):
        if key in report:
            parts.append(f"{key.replace('_', ' ')}: {report[key]}")
    return ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description="Smoke-test a built Agent Desktop executable.")
    parser.add_argument(
        "executable", nargs="?", type=Path, default=default_executable(root / "dist")
    )
    parser.add_argument(
        "--qpa",
        default="offscreen",
        help="Qt platform plugin: offscreen (default), xcb, ... or native",
    )
    parser.add_argument(
        "--version",
        dest="expected_version",
        help="expected version (default: from the installed package metadata)",
    )
    args = parser.parse_args(argv)
    version = args.expected_version
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("agent-desktop")
    result = run_smoke(args.executable, version, qpa=args.qpa)
    if not result.ok:
        print(f"smoke test of {args.executable} FAILED:", file=sys.stderr)
        for problem in result.problems:
            print(f"  - {problem}", file=sys.stderr)
        if result.stderr.strip():
            print("stderr was:\n" + result.stderr, file=sys.stderr)
        return 1
    print(f"smoke test passed ({args.qpa}): {result.stdout.strip()} — {describe(result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
