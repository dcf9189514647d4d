"""AMI's line protocol: actions written safely, messages read whole, nothing unbounded."""

from __future__ import annotations

import pytest

from agent_desktop.core.phones.asterisk.ami_protocol import (
    MAX_LINE_BYTES,
    AmiError,
    AmiReader,
    ConnectionClosed,
    encode_action,
)


def reader(*chunks: bytes) -> AmiReader:
    parts = list(chunks)
    return AmiReader(lambda size: parts.pop(0) if parts else b"")


def test_an_action_is_key_value_lines_and_an_empty_line():
    assert encode_action("Login", {"Username": "agentdesk", "Secret": "x"}) == (
        b"Action: Login\r\nUsername: agentdesk\r\nSecret: x\r\n\r\n"
    )


@pytest.mark.parametrize("value", ["201\r\nAction: Originate", "a\nb", "a\rb"])
def test_a_value_with_a_line_break_cannot_smuggle_in_an_action(value):
    with pytest.raises(ValueError, match="line break"):
        encode_action("Originate", {"Exten": value})


def test_messages_are_read_whole_across_chunks_and_bare_newlines():
    r = reader(
        b"Asterisk Call Manager/9.0.0\r\nResponse: Succ",
        b"ess\r\nMessage: ok\r\n\r\n",
        b"Event: Hangup\nLinkedid: 1.2\n\n",
    )
    assert r.read_banner() == "9.0.0"
    assert r.read_message() == {"Response": "Success", "Message": "ok"}
    assert r.read_message() == {"Event": "Hangup", "Linkedid": "1.2"}
    with pytest.raises(ConnectionClosed):
        r.read_message()


def test_something_that_is_not_asterisk_is_refused_at_the_banner():
    with pytest.raises(AmiError, match="banner"):
        reader(b"SSH-2.0-OpenSSH_9.6\r\n").read_banner()
    with pytest.raises(AmiError, match="banner"):
        reader(b"x" * (MAX_LINE_BYTES + 10)).read_banner()


def test_an_over_long_line_drops_its_message_only():
    r = reader(
        b"Event: DialBegin\r\nLinkedid: ",
        b"9" * (MAX_LINE_BYTES * 3),
        b"\r\nChannel: PJSIP/201-1\r\n\r\nEvent: Hangup\r\nLinkedid: 1\r\n\r\n",
    )
    assert r.read_message() == {"Event": "Hangup", "Linkedid": "1"}
    assert r.dropped == 1
