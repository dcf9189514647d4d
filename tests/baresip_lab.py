"""A real baresip (Debian `baresip-core`) and SIPp (Debian `sip-tester`) on loopback: baresip is
the agent's softphone, SIPp plays the customer. The baresip config written here is the README's
"baresip" recipe (ctrl_tcp on 127.0.0.1) plus what a test needs: private ports, G.711, a silent
8 kHz WAV as the microphone, and a local account that never registers."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import wave
from pathlib import Path

SCENARIOS = Path(__file__).parent / "sipp"
BARESIP = shutil.which("baresip")
SIPP = shutil.which("sipp")
MISSING = (
    ("needs baresip and sipp (Debian packages baresip-core and sip-tester; .ci/run installs them)")
    if not (BARESIP and SIPP)
    else ""
)


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_sip_port() -> int:
    """A port free for both UDP and TCP (baresip listens on both for SIP)."""
    for _ in range(50):
        port = free_port(socket.SOCK_DGRAM)
        try:
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return port
    raise RuntimeError("no free SIP port on 127.0.0.1")


def silent_wav(path: Path, seconds: int = 120) -> Path:
    """8 kHz mono 16-bit (what G.711 takes; baresip's ausine is 48 kHz only). When the file
    ends baresip hangs up the call, so it lasts longer than any test."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 8000 * seconds)
    return path


class Baresip:
    """baresip -f DIR with its own config; `customer_port` is where numbers it dials go (the
    account's domain is 127.0.0.1:customer_port, so `dial 0721234567` reaches SIPp there)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.ctrl_port = free_port()
        self.sip_port = free_sip_port()
        self.customer_port = free_sip_port()
        self.ctrl_address = f"127.0.0.1:{self.ctrl_port}"
        wav = silent_wav(folder / "silence.wav")
        (folder / "config").write_text(
            "# The README's recipe: ctrl_tcp on loopback only\n"
            f"ctrl_tcp_listen 127.0.0.1:{self.ctrl_port}\n"
            "module_app ctrl_tcp.so\n"
            "# the test's own\n"
            "poll_method epoll\n"
            f"sip_listen 127.0.0.1:{self.sip_port}\n"
            "module_path /usr/lib/baresip/modules\n"
            "module g711.so\n"
            "module aufile.so\n"
            "module_app account.so\n"
            "module_app menu.so\n"  # accept, hangup, dial, callfind
            f"audio_source aufile,{wav}\n"
            "rtp_ports 30000-39998\n",
            encoding="utf-8",
        )
        (folder / "accounts").write_text(
            f"<sip:agent@127.0.0.1:{self.customer_port}>;regint=0;answermode=manual\n",
            encoding="utf-8",
        )
        self.log = folder / "baresip.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15.0) -> None:
        assert BARESIP is not None
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [BARESIP, "-f", str(self.folder)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.folder,
            )
        deadline = time.monotonic() + timeout
        while b"baresip is ready" not in self.log.read_bytes():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"baresip did not start:\n{self.log.read_text()[-2000:]}")
            time.sleep(0.05)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


class Sipp:
    """One SIPp run of a scenario in tests/sipp/, in the background; `wait()` for its end."""

    def __init__(self, folder: Path, scenario: str, *args: str) -> None:
        assert SIPP is not None
        self.folder = folder
        self.scenario = scenario
        self.log = folder / f"sipp-{scenario}-{time.monotonic_ns()}.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [
                    SIPP,
                    *args,
                    "-sf",
                    str(SCENARIOS / f"{scenario}.xml"),
                    "-m",
                    "1",
                    "-i",
                    "127.0.0.1",
                    "-nostdin",
                    "-timeout",
                    "40s",
                    "-timeout_error",
                    "-trace_err",
                    "-error_file",
                    str(self.log.with_suffix(".errors")),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=folder,
            )

    @classmethod
    def caller(
        cls,
        folder: Path,
        scenario: str,
        baresip: Baresip,
        number: str,
        name: str,
        pause_ms: int = 0,
    ) -> Sipp:
        """SIPp calls baresip: From: "name" <sip:number@…>."""
        return cls(
            folder,
            scenario,
            f"127.0.0.1:{baresip.sip_port}",
            "-p",
            str(free_sip_port()),
            "-key",
            "caller",
            number,
            "-key",
            "name",
            name,
            "-d",
            str(pause_ms),
        )

    @classmethod
    def customer(cls, folder: Path, scenario: str, baresip: Baresip) -> Sipp:
        """SIPp waits for baresip's call on the account's domain port."""
        return cls(folder, scenario, "-p", str(baresip.customer_port))

    def wait(self, timeout: float = 30.0) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(
                f"SIPp ({self.scenario}) still running after {timeout} s:\n{self.output()}"
            ) from None

    def output(self) -> str:
        errors = self.log.with_suffix(".errors")
        text = self.log.read_text(errors="replace")[-3000:]
        if errors.exists():
            text += "\n" + errors.read_text(errors="replace")[-3000:]
        return text

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
