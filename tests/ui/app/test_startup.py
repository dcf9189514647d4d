"""The window's start-up applies the same precedence as the command line: the lock wins."""

from __future__ import annotations

from agent_desktop.core.settings.settings import SettingsStore
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.app.memory_stores import MemoryKeyStore
from agent_desktop.ui.app.startup import load_startup

CORP = "https://crm.corp.example/api/1.0"


def _context(tmp_path, environ, **overrides):
    site = tmp_path / "site.toml"
    site.write_text(f'locked = ["base_url"]\nbase_url = "{CORP}"\n', encoding="utf-8")
    store = SettingsStore(user_file=tmp_path / "settings.toml", site_file=site, environ=environ)
    return AppContext(runner=None, settings_store=store, key_store=MemoryKeyStore({}), **overrides)


def test_the_window_keeps_the_locked_address_over_environment_and_command_line(tmp_path):
    ctx = _context(
        tmp_path,
        {"AGENT_DESKTOP_BASE_URL": "http://127.0.0.1:9/api/1.0"},
        base_url_override="http://127.0.0.1:10/api/1.0",
        region_override="gb",
    )
    loaded = load_startup(ctx).loaded
    assert loaded.settings.base_url == CORP
    assert loaded.settings.region == "GB"
    assert loaded.file_values == {"region": "ZA"}  # saving writes the file's region, not GB
    assert [p for p in loaded.problems if "was ignored" in p] == [
        "AGENT_DESKTOP_BASE_URL was ignored: your administrator has locked base_url on this "
        "computer.",
        "--base-url was ignored: your administrator has locked base_url on this computer.",
    ]


def test_an_invalid_command_line_region_is_reported_and_not_used(tmp_path):
    loaded = load_startup(_context(tmp_path, {}, region_override="Narnia")).loaded
    assert loaded.settings.region == "ZA"
    assert "--region should be a two-letter country code such as ZA or GB." in loaded.problems


def test_the_window_finds_the_lock_in_any_folder_of_xdg_config_dirs(
    tmp_path, isolated_dirs, monkeypatch
):
    # Ubuntu's GNOME session lists /etc/xdg/xdg-ubuntu before /etc/xdg, where the admin's file is.
    site = isolated_dirs["site-config"] / "agent-desktop" / "settings.toml"
    site.parent.mkdir()
    site.write_text(f'locked = ["base_url"]\nbase_url = "{CORP}"\n', encoding="utf-8")
    ubuntu = tmp_path / "xdg-ubuntu"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{ubuntu}:{isolated_dirs['site-config']}")
    ctx = AppContext(
        runner=None,
        settings_store=None,
        key_store=MemoryKeyStore({}),
        base_url_override="http://127.0.0.1:10/api/1.0",
    )
    loaded = load_startup(ctx).loaded
    assert loaded.settings.base_url == CORP
    assert (
        "--base-url was ignored: your administrator has locked base_url on this computer."
        in loaded.problems
    )
