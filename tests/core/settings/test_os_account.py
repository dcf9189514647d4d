"""The site file fills the agent's identity from the OS account; a user's own value wins unless
the administrator locks it."""

from __future__ import annotations

import os
import sys

import pytest

from agent_desktop.core.settings.os_account import OsAccount, current_account, fill_in
from agent_desktop.core.settings.settings import SettingsStore

SITE = """\
agent_email = "{login}@company.example"
agent_first_name = "{first_name}"
agent_last_name = "{last_name}"
"""
THANDI = OsAccount("tnkosi", "Thandiwe van der Merwe")


def _store(tmp_path, site: str, user: str = "", account: OsAccount = THANDI) -> SettingsStore:
    (tmp_path / "site.toml").write_text(site, encoding="utf-8")
    if user:
        (tmp_path / "user.toml").write_text(user, encoding="utf-8")
    return SettingsStore(
        tmp_path / "user.toml", tmp_path / "site.toml", environ={}, account=lambda: account
    )


def test_the_site_file_fills_the_identity_from_the_account(tmp_path):
    loaded = _store(tmp_path, SITE).load()
    agent = loaded.settings.agent
    assert (agent.first_name, agent.last_name, agent.email) == (
        "Thandiwe",
        "van der Merwe",
        "tnkosi@company.example",
    )
    assert loaded.problems == []


def test_a_users_own_value_wins_unless_locked(tmp_path):
    user = 'agent_email = "thandi@elsewhere.example"\nagent_first_name = "Thandi"\n'
    settings = _store(tmp_path, SITE, user).load().settings
    assert (settings.agent_email, settings.agent_first_name) == (
        "thandi@elsewhere.example",
        "Thandi",
    )
    locked = _store(tmp_path, SITE + 'locked = ["agent_email"]\n', user).load()
    assert locked.settings.agent_email == "tnkosi@company.example"
    assert locked.settings.agent_first_name == "Thandi"
    assert any("agent_email is set by your administrator" in p for p in locked.problems)


def test_saving_keeps_the_filled_values_out_of_the_users_file(tmp_path):
    """A filled value is the site's: saving it unchanged writes nothing, so a later change of
    the site file (a new mail domain) still reaches this user."""
    store = _store(tmp_path, SITE)
    settings = store.load().settings
    settings.region = "GB"
    store.save(settings)
    written = (tmp_path / "user.toml").read_text(encoding="utf-8")
    assert 'region = "GB"' in written and "agent_" not in written
    (tmp_path / "site.toml").write_text(SITE.replace("company", "newco"), encoding="utf-8")
    assert store.load().settings.agent_email == "tnkosi@newco.example"


def test_an_account_without_a_full_name_leaves_the_names_empty(tmp_path):
    settings = _store(tmp_path, SITE, account=OsAccount("svc-desk")).load().settings
    assert (settings.agent_first_name, settings.agent_last_name, settings.agent_email) == (
        "",
        "",
        "svc-desk@company.example",
    )


def test_an_unknown_placeholder_is_a_problem_not_a_guess(tmp_path):
    loaded = _store(tmp_path, 'agent_email = "{logon}@company.example"\n').load()
    assert loaded.settings.agent_email == ""
    assert any("{login}" in p and "agent_email" in p for p in loaded.problems)


def test_values_without_placeholders_never_ask_the_os(tmp_path):
    def no_asking() -> OsAccount:
        raise AssertionError("the OS account was read for nothing")

    (tmp_path / "site.toml").write_text('agent_email = "desk@company.example"\n', encoding="utf-8")
    store = SettingsStore(
        tmp_path / "user.toml", tmp_path / "site.toml", environ={}, account=no_asking
    )
    assert store.load().settings.agent_email == "desk@company.example"
    assert fill_in("plain", no_asking) == "plain"


@pytest.mark.skipif(sys.platform == "win32", reason="passwd entries")
def test_the_real_account_comes_from_the_passwd_entry():
    import pwd

    entry = pwd.getpwuid(os.getuid())
    account = current_account()
    assert account.login == entry.pw_name or account.login == os.environ.get("USER")
    gecos = entry.pw_gecos.split(",")[0].replace("&", entry.pw_name.capitalize()).strip()
    if account.login == entry.pw_name:
        assert account.full_name == gecos


@pytest.mark.skipif(sys.platform != "win32", reason="GetUserNameExW")
def test_the_real_windows_account():
    import getpass

    account = current_account()
    assert account.login == getpass.getuser()
    assert isinstance(account.full_name, str)  # a runner's local account may have none
