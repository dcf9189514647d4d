"""`phone setup microsip`: the six lines set in [Settings] of microsip.ini, everything else kept
byte for byte, in the file's own encoding, with a backup; refused while MicroSIP runs."""

from __future__ import annotations

import codecs
import subprocess
import sys

import pytest
from stubs import FakeClock

from agent_desktop.cli import main
from agent_desktop.core.phones import microsip_ini
from agent_desktop.core.phones.microsip_ini import (
    MicrosipError,
    apply,
    command_lines,
    decode,
    merged,
)

EXE = r"C:\Program Files\Agent Desktop\agent-desktop.exe"
LINES = command_lines(EXE)
MICROSIP_FILE = (  # as MicroSIP leaves it: accounts after [Settings], CRLF
    "[Settings]\r\nsingleMode=1\r\ncmdCallRing=C:\\old\\popup.exe\r\nvolumeRing=80\r\n"
    "\r\n[Account1]\r\nlabel=Desk 4\r\nserver=pbx.example\r\ncmdCallRing=not-a-setting\r\n"
)


def _settings_values(text: str) -> dict[str, str]:
    values, section = {}, ""
    for row in text.splitlines():
        if row.startswith("["):
            section = row.strip("[]")
        elif "=" in row and section == "Settings":
            key, _, value = row.partition("=")
            values.setdefault(key, value)
    return values


def test_the_lines_are_what_the_readme_shows():
    assert LINES["cmdCallRing"] == f'"{EXE}" call ring'
    assert list(LINES) == [
        "cmdOutgoingCall",
        "cmdCallRing",
        "cmdCallAnswer",
        "cmdCallStart",
        "cmdCallBusy",
        "cmdCallEnd",
    ]
    with pytest.raises(MicrosipError, match="too long"):
        command_lines("C:\\" + "x" * 250 + "\\agent-desktop.exe")


def test_merge_replaces_in_place_adds_the_rest_and_keeps_every_other_line():
    text = merged(MICROSIP_FILE, LINES)
    rows = text.split("\r\n")
    assert rows[:3] == ["[Settings]", "singleMode=1", f'cmdCallRing="{EXE}" call ring']
    assert rows[3] == "volumeRing=80"
    assert rows[4:9] == [f"{k}={v}" for k, v in LINES.items() if k != "cmdCallRing"]
    assert rows[9:] == [
        "",
        "[Account1]",
        "label=Desk 4",
        "server=pbx.example",
        "cmdCallRing=not-a-setting",
        "",
    ]  # another section is not touched
    assert _settings_values(text) == {"singleMode": "1", "volumeRing": "80", **LINES}
    assert merged(text, LINES) == text  # applying twice changes nothing


def test_merge_without_a_settings_section_or_with_repeats_and_lf():
    assert merged("", LINES) == "[Settings]\r\n" + "".join(f"{k}={v}\r\n" for k, v in LINES.items())
    text = merged("; comment\n[settings]\nCMDCALLEND=a\ncmdCallEnd=b\n", LINES, "\n")
    assert text.startswith("; comment\n[settings]\n" + f"cmdCallEnd={LINES['cmdCallEnd']}\n")
    assert text.count("cmdCallEnd") == 1 and "\r" not in text
    no_newline = merged("[Settings]\nEC=1", {"cmdCallEnd": "x"}, "\n")
    assert no_newline == "[Settings]\nEC=1\ncmdCallEnd=x\n"


def test_utf16_with_bom_stays_utf16_and_other_bytes_stay_the_same(tmp_path):
    ini = tmp_path / "microsip.ini"
    old = codecs.BOM_UTF16_LE + MICROSIP_FILE.replace("Desk 4", "Bürö 4").encode("utf-16-le")
    ini.write_bytes(old)
    applied = apply(ini, LINES, running=lambda: False, clock=FakeClock())
    assert applied.changed and applied.backup.read_bytes() == old
    assert applied.backup.name.startswith("microsip.ini.") and applied.backup.suffix == ".bak"
    new = ini.read_bytes()
    assert new.startswith(codecs.BOM_UTF16_LE)
    text = new[2:].decode("utf-16-le")
    assert text == merged(MICROSIP_FILE.replace("Desk 4", "Bürö 4"), LINES)
    again = apply(ini, LINES, running=lambda: False)
    assert not again.changed and ini.read_bytes() == new


def test_ansi_stays_ansi_unless_the_path_needs_unicode(tmp_path):
    ini = tmp_path / "microsip.ini"
    ini.write_bytes(MICROSIP_FILE.replace("Desk 4", "Café").encode("cp1252"))
    apply(ini, LINES, running=lambda: False)
    assert decode(ini.read_bytes()).encoding == "cp1252"
    assert "Café" in ini.read_bytes().decode("cp1252")
    apply(
        ini,
        command_lines(r"C:\Users\Ṭhandiwe\Agent Desktop\agent-desktop.exe"),
        running=lambda: False,
    )
    data = ini.read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE)  # what MicroSIP itself converts ANSI files to
    assert "Ṭhandiwe" in data[2:].decode("utf-16-le") and "Café" in data[2:].decode("utf-16-le")


def test_refused_while_microsip_runs_and_for_a_missing_file(tmp_path):
    (tmp_path := tmp_path / "MicroSIP").mkdir()
    ini = tmp_path / "microsip.ini"
    ini.write_bytes(MICROSIP_FILE.encode("cp1252"))
    with pytest.raises(MicrosipError, match="MicroSIP is running"):
        apply(ini, LINES, running=lambda: True)
    assert ini.read_bytes() == MICROSIP_FILE.encode("cp1252")
    assert list(tmp_path.iterdir()) == [ini]  # no backup, no temporary file left
    with pytest.raises(MicrosipError, match="does not exist"):
        apply(tmp_path / "none.ini", LINES, running=lambda: False)


def test_the_process_check_reads_tasklist(monkeypatch):
    def tasklist(found: bool):
        def run(cmd, **kwargs):
            assert cmd[0] == "tasklist" and "IMAGENAME eq microsip.exe" in cmd
            out = (
                '"microsip.exe","4242","Console","1","38,120 K"\r\n'
                if found
                else "INFO: No tasks are running which match the specified criteria.\r\n"
            )
            return subprocess.CompletedProcess(cmd, 0, out, "")

        return run

    monkeypatch.setattr(microsip_ini.sys, "platform", "win32")
    assert microsip_ini.microsip_running(tasklist(True))
    assert not microsip_ini.microsip_running(tasklist(False))


def test_default_place_is_appdata():
    assert str(microsip_ini.default_ini({"APPDATA": "/r"})).replace("\\", "/") == (
        "/r/MicroSIP/microsip.ini"
    )
    assert microsip_ini.default_ini({}) is None


def test_the_command_prints_then_applies(tmp_path, capsys):
    assert main(["phone", "setup", "microsip", "--exe", EXE]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ["[Settings]", *(f"{k}={v}" for k, v in LINES.items())]
    ini = tmp_path / "microsip.ini"
    ini.write_bytes(MICROSIP_FILE.encode("cp1252"))
    assert main(["phone", "setup", "microsip", "--apply", "--ini", str(ini), "--exe", EXE]) == 0
    assert "updated" in capsys.readouterr().out
    assert _settings_values(ini.read_bytes().decode("cp1252"))["cmdCallEnd"] == LINES["cmdCallEnd"]


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows --apply finds %APPDATA%")
def test_apply_needs_the_file_off_windows(capsys):
    assert main(["phone", "setup", "microsip", "--apply"]) == 2
    err = capsys.readouterr().err
    assert "--ini PATH" in err and "Traceback" not in err


def test_an_unknown_vendor_is_a_usage_error(capsys):
    assert main(["phone", "setup", "nosuchphone"]) == 2
    assert "invalid choice" in capsys.readouterr().err
