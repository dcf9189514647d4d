"""Click-to-dial: links to numbers, the softphone's command line, and what happens without one."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from stubs import softphone_script

from agent_desktop.core.phones import dial
from agent_desktop.core.phones.dial import (
    DialError,
    bare_number,
    dial_argv,
    dialable,
    parse_dial_uri,
    place_call,
    we_handle_tel,
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tel:+27721234567", "+27721234567"),
        ("tel:+27-72-123-4567", "+27721234567"),
        ("tel:072%20123%204567", "0721234567"),
        ("TEL:0721234567;phone-context=+27", "0721234567"),
        ("callto:0721234567", "0721234567"),
        ("callto://+27721234567", "+27721234567"),
        ("sip:0721234567@pbx.example.com", "0721234567"),
        ("sip:+27721234567@pbx.example.com;transport=tls", "+27721234567"),
        ("tel:*123#", "*123#"),
        ("tel:", None),
        ("tel:james", None),
        ("sip:james.may@example.com", None),
        ("mailto:0721234567", None),
        ("0721234567", None),
        ("https://evil.example/tel:0721234567", None),
    ],
)
def test_parse_dial_uri(text, number):
    assert parse_dial_uri(text) == number


def test_bare_number_and_dialable():
    assert bare_number(" sip:0721234567@pbx ") == "0721234567"
    assert bare_number("072 123 4567") == "072 123 4567"  # plain numbers stay as given
    assert dialable("tel:0721234567") == "0721234567"
    assert dialable("072 123 4567") == "072 123 4567"
    assert dialable("tel:james") == ""
    assert dialable("rm -rf /") == ""


def test_dial_argv_fills_in_per_argument_so_a_number_cannot_add_arguments():
    argv = dial_argv(
        '"/opt/My Phone/phone" --dial {number} --e164={e164}',
        "072 123 4567; rm -rf ~",
        "+27721234567",
    )
    assert argv == [
        "/opt/My Phone/phone",
        "--dial",
        "072 123 4567; rm -rf ~",
        "--e164=+27721234567",
    ]


def test_dial_argv_on_windows_keeps_backslashes_and_drops_the_quotes(monkeypatch):
    monkeypatch.setattr(dial.os, "name", "nt")
    argv = dial_argv(r'"C:\Program Files\MicroSIP\microsip.exe" {number}', "0721234567", "")
    assert argv == [r"C:\Program Files\MicroSIP\microsip.exe", "0721234567"]


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("microsip.exe", "needs {number} or {e164}"),
        ('"unclosed {number}', "cannot be read"),
    ],
)
def test_dial_argv_refuses_what_cannot_work(command, message):
    with pytest.raises(DialError, match=message):
        dial_argv(command, "0721234567", "+27721234567")


def _wait_for(path: Path, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    while not path.exists() or not path.read_text():
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} never appeared")
        time.sleep(0.05)
    return path.read_text()


def test_place_call_runs_the_softphone_without_a_shell(tmp_path):
    script, out = softphone_script(tmp_path)
    command = f'"{sys.executable}" "{script}" {{e164}} "$HOME"'
    said = place_call("072 123 4567", "ZA", command)
    assert said == "Asked the softphone to dial 072 123 4567."
    assert json.loads(_wait_for(out)) == ["+27721234567", "$HOME"]  # no shell expanded it


def test_a_softphone_that_is_not_there_is_a_message_for_the_agent(tmp_path):
    with pytest.raises(DialError, match=r"could not be started .*Check the dial command"):
        place_call("0721234567", "ZA", f"{tmp_path}/no-such-phone {{number}}")


def test_without_a_dial_command_the_link_goes_to_the_os():
    opened: list[str] = []
    said = place_call("072 123 4567", "ZA", "", handled_by_us=lambda: False, open_uri=opened.append)
    assert opened == ["tel:+27721234567"]
    assert "072 123 4567" in said


def test_when_we_are_the_tel_handler_the_agent_is_told_what_to_set():
    opened: list[str] = []
    with pytest.raises(DialError, match="set the dial command in Settings"):
        place_call("0721234567", "ZA", "", handled_by_us=lambda: True, open_uri=opened.append)
    assert opened == []  # handing it to the OS would only reach us again


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open is Linux's")
def test_with_no_handler_at_all_the_agent_is_told(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no xdg-open, no xdg-mime
    assert not we_handle_tel()
    with pytest.raises(DialError, match="No program on this computer dials phone links"):
        place_call("0721234567", "ZA", "")


def test_nothing_to_dial():
    with pytest.raises(DialError, match="no number"):
        place_call("  ", "ZA", "phone {number}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="asks xdg-mime")
@pytest.mark.parametrize(
    ("answer", "ours"),
    [
        ("agent-desktop.desktop\n", True),
        ("microsip.desktop\n", False),
        ("", False),
    ],
)
def test_we_handle_tel_asks_xdg_mime(answer, ours):
    asked: list[list[str]] = []

    def run(argv, **_kw):
        asked.append(argv)
        return subprocess.CompletedProcess(argv, 0, stdout=answer, stderr="")

    assert we_handle_tel(run) is ours
    assert asked == [["xdg-mime", "query", "default", "x-scheme-handler/tel"]]


@pytest.mark.parametrize(
    "stored",
    [
        "--upload-file=/etc/passwd 0721999888",
        "0721999888 --upload-file=/etc/passwd",
        "0721999888;rm -rf ~",
        "$(touch /tmp/x) 0721999888",
        "tel:james",
        "072 199 9888 ext. 12",
        "*123#",
        "0721",
    ],
)
def test_what_is_not_a_phone_number_never_reaches_the_dial_command(stored):
    ran: list[list[str]] = []
    opened: list[str] = []
    with pytest.raises(DialError, match="was not dialled"):
        place_call(stored, "ZA", "phone {number} {e164}", spawn=lambda argv: ran.append(list(argv)))
    with pytest.raises(DialError, match="was not dialled"):
        place_call(stored, "ZA", "", handled_by_us=lambda: False, open_uri=opened.append)
    assert ran == [] and opened == []


@pytest.mark.parametrize(
    ("given", "region", "argv"),
    [
        ("021 555-0100", "ZA", ["0215550100", "+27215550100"]),
        ("(072) 123 4567", "ZA", ["0721234567", "+27721234567"]),
        ("+27 72 123 4567", "ZA", ["+27721234567", "+27721234567"]),
        ("0027 72 123 4567", "ZA", ["0721234567", "+27721234567"]),
        ("tel:+44-20-7946-0958", "ZA", ["+442079460958", "+442079460958"]),
        ("sip:0721234567@pbx.example.com", "ZA", ["0721234567", "+27721234567"]),
        (
            "\u0660\u0667\u0662\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
            "ZA",
            ["0721234567", "+27721234567"],
        ),  # Arabic-Indic digits
        ("07700 900123", "GB", ["07700900123", "+447700900123"]),  # a drama range: real length
    ],
)
def test_the_dial_command_gets_digits_only(given, region, argv):
    ran: list[list[str]] = []
    place_call(given, region, "phone {number} {e164}", spawn=lambda a: ran.append(list(a)))
    assert ran == [["phone", *argv]]


def test_the_refusal_shows_the_number_on_one_line_and_short():
    with pytest.raises(DialError) as refused:
        place_call("call\r\nFAKE: ok\u202e" + "x" * 80, "ZA", "phone {number}")
    message = str(refused.value)
    assert "\n" not in message and "\r" not in message and "\u202e" not in message
    assert message.startswith("\u201ccall FAKE: ok\ufffd")
    assert "\u2026\u201d was not dialled" in message
