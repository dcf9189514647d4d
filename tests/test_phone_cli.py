"""`agent-desktop phone setup VENDOR`: the lines printed are the vendor's own syntax, carry this
PC's address, the port and the keyring's token, and work: pasted into a phone (played here),
they reach the listener. `check` reports the desk phone as the window does."""

from __future__ import annotations

import keyring
import pytest
from desk_phones import fill, free_port, phone_get
from stubs import MemoryKeyring, wait_for

from agent_desktop.cli import main
from agent_desktop.core.phones.desk_phone import source as desk_phone
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import SourceState
from agent_desktop.core.settings.secrets import ApiKeyStore
from agent_desktop.core.settings.settings import Settings, SettingsStore


@pytest.fixture
def ring(monkeypatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def token() -> str | None:
    return ApiKeyStore().phone_secret("desk_phone_token")


@pytest.mark.parametrize(
    "vendor,first",
    [
        ("yealink", "action_url.incoming_call = http://192.168.1.20:8765/yealink/incoming?token="),
        ("snom", "action_incoming_url: http://192.168.1.20:8765/snom/incoming?token="),
        ("grandstream", "Incoming Call: http://192.168.1.20:8765/grandstream/incoming?token="),
        ("poly", '<apps apps.telNotification.URL="http://192.168.1.20:8765/poly?token='),
    ],
)
def test_setup_prints_the_vendors_lines_with_a_token_made_once(capsys, ring, vendor, first):
    code, out, err = run(capsys, "phone", "setup", vendor, "--address", "192.168.1.20")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(first)
    made = token()
    assert made and len(made) >= 32
    assert all(made in line for line in lines if "http://" in line)
    assert "configuration" in err or "web page" in err  # where to paste: on stderr
    _code, again, _err = run(capsys, "phone", "setup", vendor, "--address", "192.168.1.20")
    assert again == out  # the same token the next time


def test_new_token_replaces_it(capsys, ring):
    run(capsys, "phone", "setup", "yealink", "--address", "10.0.0.2")
    old = token()
    code, out, err = run(
        capsys, "phone", "setup", "yealink", "--address", "10.0.0.2", "--new-token"
    )
    assert code == 0 and token() != old and old not in out and str(token()) in out
    assert "old one are refused" in err


def test_an_unknown_vendor_is_a_usage_error(capsys, ring):
    code, _out, err = run(capsys, "phone", "setup", "cisco")
    assert code == 2 and "invalid choice" in err and token() is None


def test_the_address_defaults_to_this_pcs_and_loopback_listening_is_warned(capsys, ring):
    code, out, err = run(capsys, "phone", "setup", "snom")
    assert code == 0
    assert "http://" in out and "listens on 127.0.0.1 only" in err


def test_the_printed_yealink_lines_reach_the_listener(capsys, ring):
    port = free_port()
    SettingsStore().save(
        Settings(desk_phone_listen=f"127.0.0.1:{port}", desk_phone_allow=["127.0.0.1"])
    )
    code, out, _err = run(capsys, "phone", "setup", "yealink", "--address", "127.0.0.1")
    assert code == 0
    urls = dict(line.split(" = ", 1) for line in out.splitlines())
    settings = SettingsStore().load().settings
    source = desk_phone.create(SourceConfig(settings, ApiKeyStore().phone_secret))
    events, statuses = [], []
    source.start(events.append, statuses.append)
    try:
        wait_for(lambda: statuses and statuses[-1].state is SourceState.LISTENING)
        url = urls["action_url.incoming_call"]
        assert fill(url, {"$remote": "x"}).startswith(f"http://127.0.0.1:{port}/")
        assert phone_get(url, {"$remote": "sip:0721234567@pbx", "$call_id": "7"}) == 200
        assert [e.number for e in events] == ["0721234567"]
    finally:
        source.stop()


def test_check_reports_the_desk_phone(capsys, ring, sandbox, monkeypatch):
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "test-key")
    port = free_port()
    SettingsStore().save(
        Settings(
            base_url=sandbox.base_url, phone="desk_phone", desk_phone_listen=f"127.0.0.1:{port}"
        )
    )
    code, out, _err = run(capsys, "check")
    assert code == 4 and "✗ phone: desk_phone" not in out
    assert "✗ phone: the desk phone at 127.0.0.1:" in out and "not set up" in out
    run(capsys, "phone", "setup", "yealink")
    code, out, _err = run(capsys, "check")
    assert code == 0, out
    assert f"✓ phone: Listening on 127.0.0.1:{port}" in out


def test_check_reports_bria_reached_or_waiting_to_be_allowed(capsys, ring, sandbox, monkeypatch):
    from fake_bria import FakeBria

    from agent_desktop.core.phones.bria import source as bria

    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "test-key")
    SettingsStore().save(Settings(base_url=sandbox.base_url, phone="bria"))
    for approved, want_code, want in (
        (True, 0, "✓ phone: Connected to Bria at 127.0.0.1:"),
        (False, 4, "waiting to be allowed in Bria"),
    ):
        fake = FakeBria(approved=approved)
        source = fake.source()
        # check gives 3 s; TLS on this shared machine can take longer, so the handshake gets 8 s.
        # Bria answers at once when it allows us: not allowed, it is silent for the whole wait.
        connect = source._connect
        monkeypatch.setattr(source, "_connect", lambda timeout, connect=connect: connect(8.0))
        probe = source.probe
        wait = 8.0 if approved else 1.5
        monkeypatch.setattr(source, "probe", lambda timeout, probe=probe, wait=wait: probe(wait))
        monkeypatch.setattr(bria, "create", lambda config, source=source: source)
        try:
            code, out, _err = run(capsys, "check")
        finally:
            fake.close()
        assert code == want_code, out
        assert want in out
