"""The command line, in-process against the sandbox (real HTTP on 127.0.0.1)."""

import json
import socket
import subprocess
import sys

import pytest
from stubs import JAMES

from agent_desktop import __version__
from agent_desktop.cli import main


@pytest.fixture
def key(monkeypatch):
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "test-key")
    return "test-key"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err):
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("agent-desktop: "), err
    return err


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"agent-desktop {__version__}\n")


def test_help_documents_the_exit_codes(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for line in (
        "1  not found",
        "2  usage or settings error",
        "3  authentication",
        "4  network, server or protocol error",
    ):
        assert line in out
    for command in ("lookup", "search", "check", "sandbox"):
        assert command in out


def test_usage_error_is_exit_2(capsys):
    code, _, err = run(capsys, "lookup")
    assert code == 2 and "PHONE_OR_EMAIL" in err


@pytest.mark.parametrize("query", ["0721234567", "+27 72 123 4567", "072 123 4567"])
def test_lookup_by_phone_found(capsys, sandbox, key, query):
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "lookup", query)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "James May"
    for text in ("My Company name", "Account", "3008821", "072 123 4567", "james@may.com"):
        assert text in out


def test_lookup_by_email_with_options_after_the_command(capsys, sandbox, key):
    code, out, _ = run(
        capsys, "lookup", " JAMES@May.com ", "--base-url", sandbox.base_url, "--json"
    )
    assert code == 0
    assert json.loads(out) == JAMES


def test_lookup_json_keeps_nulls_and_non_ascii(capsys, sandbox, key):
    code, out, _ = run(capsys, "--base-url", sandbox.base_url, "lookup", "021 555 0100", "--json")
    assert code == 0
    contact = json.loads(out)
    assert contact["firstname"] == "Zoë" and contact["lastname"] == "Müller"
    assert contact["entity_type"] == "Lead"
    assert "Zoë" in out  # ensure_ascii=False
    assert set(contact) == set(JAMES)


def test_lookup_not_found_is_exit_1(capsys, sandbox, key):
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "lookup", "0831112222")
    assert (code, out) == (1, "")
    assert "No contact found for 0831112222." in one_line_error(err)
    code, out, err = run(
        capsys, "--base-url", sandbox.base_url, "lookup", "nobody@example.com", "--json"
    )
    assert (code, json.loads(out)) == (1, None)


def test_a_busy_answer_mid_lookup_is_waited_out_and_not_found_is_still_exit_1(capsys, sandbox, key):
    from agent_desktop.sandbox import FaultConfig

    # The account is rate-limited: the third spelling of the number gets a 429.
    sandbox.faults = FaultConfig(rate_limit_every=3, rate_limit_burst=1, retry_after=0.2)
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "lookup", "0831112222")
    assert (code, out) == (1, "")
    assert "No contact found for 0831112222." in one_line_error(err)


def test_lookup_of_a_name_suggests_search(capsys, key):
    code, out, err = run(capsys, "lookup", "James")
    assert (code, out) == (2, "")
    assert "agent-desktop search 'James'" in one_line_error(err)


def test_search_json_is_a_list_with_api_field_names(capsys, sandbox, key):
    code, out, _ = run(capsys, "--base-url", sandbox.base_url, "search", "james@may", "--json")
    assert code == 0
    assert json.loads(out) == [JAMES]


def test_search_human_output(capsys, sandbox, key):
    code, out, _ = run(capsys, "--base-url", sandbox.base_url, "search", "Kaapstad")
    assert code == 0
    assert any(
        line.startswith("Zoë Müller · Kaapstad Logistics · Lead") for line in out.splitlines()
    )


@pytest.mark.parametrize("term", ["0721", "072 123", "may james"])
def test_search_finds_by_any_part_of_a_number_or_every_word(capsys, sandbox, key, term):
    code, out, _ = run(capsys, "--base-url", sandbox.base_url, "search", term, "--json")
    assert code == 0
    assert json.loads(out)[0] == JAMES


def test_search_without_matches_is_exit_1(capsys, sandbox, key):
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "search", "zzqqxx", "--json")
    assert (code, json.loads(out)) == (1, [])
    assert "No contacts match 'zzqqxx'." in one_line_error(err)


def test_wrong_key_is_exit_3(capsys, sandbox, monkeypatch):
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "wrong-key-123")
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "lookup", "0721234567")
    assert (code, out) == (3, "")
    assert "Not authorized" in one_line_error(err)
    assert "wrong-key-123" not in err


def test_server_down_is_exit_4(capsys, key):
    url = f"http://127.0.0.1:{free_port()}/api/1.0"
    code, out, err = run(capsys, "--base-url", url, "search", "james")
    assert (code, out) == (4, "")
    one_line_error(err)


def test_no_key_is_exit_2(capsys, sandbox):
    # No AGENT_DESKTOP_API_KEY, and the keyring is missing (D-Bus is disabled in tests) or empty.
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "lookup", "0721234567")
    assert (code, out) == (2, "")
    assert "AGENT_DESKTOP_API_KEY" in one_line_error(err)


def test_plain_http_to_a_remote_host_is_refused(capsys, key):
    code, _, err = run(
        capsys, "--base-url", "http://crm.example.com/api/1.0", "lookup", "0721234567"
    )
    assert code == 2
    one_line_error(err)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--region", "XX"], "--region should be a two-letter country code"),
        (["--base-url", "ftp://x"], "--base-url should be a web address"),
    ],
)
def test_bad_global_options_are_exit_2(capsys, key, argv, words):
    code, _, err = run(capsys, *argv, "search", "james")
    assert code == 2 and words in one_line_error(err)


def test_base_url_from_the_settings_file_and_environment(
    capsys, sandbox, key, isolated_dirs, monkeypatch
):
    settings = isolated_dirs["config"] / "agent-desktop" / "settings.toml"
    settings.parent.mkdir()
    settings.write_text(f'base_url = "{sandbox.base_url}"\nregion = "ZA"\n', encoding="utf-8")
    assert run(capsys, "lookup", "0721234567")[0] == 0
    settings.write_text('base_url = "https://unreachable.invalid/api/1.0"\n', encoding="utf-8")
    monkeypatch.setenv("AGENT_DESKTOP_BASE_URL", sandbox.base_url)
    assert run(capsys, "lookup", "0721234567")[0] == 0


def test_an_administrators_lock_beats_the_environment_and_the_option(
    capsys, sandbox, key, isolated_dirs, monkeypatch
):
    site = isolated_dirs["site-config"] / "agent-desktop" / "settings.toml"
    site.parent.mkdir()
    site.write_text(f'locked = ["base_url"]\nbase_url = "{sandbox.base_url}"\n', encoding="utf-8")
    monkeypatch.setenv("AGENT_DESKTOP_BASE_URL", f"http://127.0.0.1:{free_port()}/api/1.0")
    code, out, err = run(
        capsys, "--base-url", f"http://127.0.0.1:{free_port()}/api/1.0", "lookup", "0721234567"
    )
    assert (code, out.splitlines()[0]) == (0, "James May")
    assert err.splitlines() == [
        "Note: AGENT_DESKTOP_BASE_URL was ignored: your administrator has locked base_url on "
        "this computer.",
        "Note: --base-url was ignored: your administrator has locked base_url on this computer.",
    ]


def test_settings_problems_are_notes_not_failures(capsys, sandbox, key, isolated_dirs):
    settings = isolated_dirs["config"] / "agent-desktop" / "settings.toml"
    settings.parent.mkdir()
    settings.write_text('region = "ZA"\nsearch_debounce_ms = "fast"\n', encoding="utf-8")
    code, _, err = run(capsys, "--base-url", sandbox.base_url, "lookup", "0721234567")
    assert code == 0
    assert err.startswith("Note: ") and "settings.toml line 2" in err


def test_check_against_the_sandbox(capsys, sandbox, key):
    code, out, _ = run(capsys, "--base-url", sandbox.base_url, "check")
    assert code == 0
    lines = out.splitlines()
    assert lines and all(line.startswith("✓ ") for line in lines)


def test_check_with_a_wrong_key_is_exit_3(capsys, sandbox, monkeypatch):
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "nope")
    code, out, _ = run(capsys, "check", "--base-url", sandbox.base_url)
    assert code == 3
    assert any(line.startswith("✗ ") for line in out.splitlines())


def test_check_without_a_keyring_still_checks_the_server(capsys, sandbox):
    code, out, _ = run(capsys, "check", "--base-url", sandbox.base_url)
    assert code == 2
    assert "✗ API key" in out or "✗ keyring" in out


def test_demo_cannot_be_combined_with_a_command(capsys):
    code, _, err = run(capsys, "--demo", "search", "x")
    assert code == 2 and "--demo" in err


def test_sandbox_command_is_wired(capsys):
    code, _, err = run(capsys, "sandbox", "--host", "203.0.113.9", "--port", "0")
    assert code == 2 and "--allow-remote" in err


def test_python_dash_m_version():
    result = subprocess.run(
        [sys.executable, "-m", "agent_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"agent-desktop {__version__}\n"


@pytest.mark.logs_errors
def test_the_key_never_reaches_disk(capsys, monkeypatch, tmp_path):
    """A session's worth of settings, lookups, refusals and logging leaves no copy of the key."""
    import logging

    from agent_desktop.core.logging_setup import configure_logging, reset_logging
    from agent_desktop.core.settings.secrets import ApiKeyStore
    from agent_desktop.core.settings.settings import SettingsStore
    from agent_desktop.sandbox import SandboxServer

    secret = "sk-cli-session-5b8e1d"
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", secret)
    log_file = configure_logging()
    try:
        with SandboxServer(token=secret) as sandbox:
            store = SettingsStore()
            settings = store.load().settings
            settings.base_url = sandbox.base_url
            settings.extra["api_key"] = secret  # a careless caller; never written
            store.save(settings)
            assert ApiKeyStore().get(sandbox.base_url) == secret
            assert run(capsys, "lookup", "0721234567")[0] == 0
            assert run(capsys, "search", "james", "--json")[0] == 0
            assert run(capsys, "check")[0] == 0
            try:
                raise RuntimeError(f"Authorization: {secret}")
            except RuntimeError:
                logging.getLogger("agent_desktop.test").exception("refused %s", secret)
            monkeypatch.setenv("AGENT_DESKTOP_API_KEY", secret + "-wrong")
            assert run(capsys, "lookup", "0721234567")[0] == 3
    finally:
        reset_logging()
    assert "refused [redacted]" in log_file.read_text(encoding="utf-8")
    # config, data, state (logs), cache, site config and HOME all live under tmp_path
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "settings.toml" for p in files)
    for path in files:
        assert secret.encode() not in path.read_bytes(), path


def test_window_missing_from_the_build_is_a_clear_exit_2(capsys, monkeypatch):
    # None in sys.modules makes the import fail as if the package were not shipped.
    monkeypatch.setitem(sys.modules, "agent_desktop.ui.app.run", None)
    code, out, err = run(capsys, "--demo")
    assert (code, out) == (2, "")
    assert "window is not available in this build" in one_line_error(err)


def test_global_options_reach_the_window():
    from agent_desktop.cli import build_parser

    args = build_parser().parse_args(
        ["--demo", "--base-url", "https://x.example", "--region", "GB"]
    )
    assert (args.command, args.demo, args.base_url, args.region) == (
        None,
        True,
        "https://x.example",
        "GB",
    )


def test_a_lock_in_a_later_xdg_config_dir_still_holds(
    capsys, sandbox, key, isolated_dirs, monkeypatch, tmp_path
):
    # Ubuntu's GNOME session: XDG_CONFIG_DIRS=/etc/xdg/xdg-ubuntu:/etc/xdg, the admin's file in
    # the second folder. The first one exists and has a file of its own without the lock.
    ubuntu = tmp_path / "xdg-ubuntu"
    (ubuntu / "agent-desktop").mkdir(parents=True)
    (ubuntu / "agent-desktop" / "settings.toml").write_text('region = "ZA"\n', encoding="utf-8")
    site = isolated_dirs["site-config"] / "agent-desktop" / "settings.toml"
    site.parent.mkdir()
    site.write_text(f'locked = ["base_url"]\nbase_url = "{sandbox.base_url}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{ubuntu}:{isolated_dirs['site-config']}")
    code, out, err = run(
        capsys, "--base-url", f"http://127.0.0.1:{free_port()}/api/1.0", "lookup", "0721234567"
    )
    assert (code, out.splitlines()[0]) == (0, "James May")
    assert err.splitlines() == [
        "Note: --base-url was ignored: your administrator has locked base_url on this computer."
    ]


def test_lookup_with_a_region_before_the_national_number(capsys, sandbox, key):
    sandbox.add_contact(firstname="Olivia", lastname="Brown", mobilephone="+447700900123")
    code, out, err = run(capsys, "--base-url", sandbox.base_url, "lookup", "GB 07700 900123")
    assert (code, out.splitlines()[0]) == (0, "Olivia Brown"), err
