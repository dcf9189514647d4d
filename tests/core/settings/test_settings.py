import errno
import os
import sys
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from property_budget import examples

from agent_desktop.core.api.models import AgentIdentity
from agent_desktop.core.settings.choices import MissedCalls, OnRing, Theme
from agent_desktop.core.settings.effective import command_line, effective_settings
from agent_desktop.core.settings.file import describe_os_error
from agent_desktop.core.settings.settings import (
    Settings,
    SettingsError,
    SettingsStore,
    validate_field,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib


@pytest.fixture
def files(tmp_path):
    return tmp_path / "user" / "settings.toml", tmp_path / "site" / "settings.toml"


def store(files, environ=None):
    return SettingsStore(user_file=files[0], site_file=files[1], environ=environ or {})


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_no_files_gives_defaults_without_problems(files):
    loaded = store(files).load()
    assert loaded.settings == Settings()
    assert loaded.problems == []
    assert loaded.locked == frozenset()
    assert loaded.overridden_by_env == frozenset()
    assert not files[0].exists()


def test_default_paths_follow_platformdirs(isolated_dirs):
    user = isolated_dirs["config"] / "agent-desktop" / "settings.toml"
    site = isolated_dirs["site-config"] / "agent-desktop" / "settings.toml"
    write(user, 'region = "GB"\n')
    write(site, 'agent_email = "desk@example.com"\n')
    loaded = SettingsStore(environ={}).load()
    assert (loaded.settings.region, loaded.settings.agent_email) == ("GB", "desk@example.com")


def test_save_then_load_round_trips_and_keeps_unknown_keys(files):
    write(files[0], 'future_option = "x"\n[ui]\ntheme = "dark"\nsize = 3\n')
    s = store(files).load().settings
    assert s.extra == {"future_option": "x", "ui": {"theme": "dark", "size": 3}}
    s.base_url = "https://crm.example.com/api/1.0"
    s.agent_first_name, s.agent_last_name, s.agent_email = "Zoë", "Müller", "zoe@example.com"
    s.search_debounce_ms = 150
    store(files).save(s)
    again = store(files).load()
    assert again.problems == []
    assert again.settings == s
    assert again.settings.agent == AgentIdentity("Zoë", "Müller", "zoe@example.com")
    # atomic write leaves no temporary files behind
    assert sorted(p.name for p in files[0].parent.iterdir()) == ["settings.toml"]


def test_malformed_file_names_file_and_line_and_uses_defaults(files):
    write(files[0], 'region = "GB"\nagent_email = "a@b.c"\nbase_url = \n')
    loaded = store(files).load()
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert "settings.toml line 3:" in problem
    assert str(files[0]) in problem
    assert "defaults" in problem


def test_unterminated_file_is_reported_not_raised(files):
    write(files[0], 'base_url = "https://x')
    loaded = store(files).load()
    assert loaded.settings.base_url == ""
    assert "settings.toml line 1:" in loaded.problems[0]


@pytest.mark.parametrize(
    ("line", "field", "words"),
    [
        ('search_debounce_ms = "fast"', "search_debounce_ms", "whole number"),
        ("search_debounce_ms = true", "search_debounce_ms", "whole number"),
        ("auto_send_seconds = -5", "auto_send_seconds", "between 0 and 3600"),
        ('region = "XX"', "region", "country code"),
        ("region = 27", "region", "text"),
        ('base_url = "ftp://example.com"', "base_url", "https://"),
        ('base_url = "https://"', "base_url", "https://"),
        ('base_url = "https://example.com:port/x"', "base_url", "https://"),
    ],
)
def test_wrong_value_is_a_problem_and_the_default_is_used(files, line, field, words):
    write(files[0], f'agent_first_name = "Ann"\n{line}\n')
    loaded = store(files).load()
    assert getattr(loaded.settings, field) == getattr(Settings(), field)
    assert loaded.settings.agent_first_name == "Ann"
    (problem,) = loaded.problems
    assert f"settings.toml line 2: {field}" in problem
    assert words in problem


def test_values_are_cleaned(files):
    write(files[0], 'region = " gb "\nbase_url = "https://crm.example.com/api/1.0/"\n')
    s = store(files).load().settings
    assert (s.region, s.base_url) == ("GB", "https://crm.example.com/api/1.0")


def test_api_key_in_settings_is_ignored_reported_and_never_written_back(files):
    write(files[0], 'region = "GB"\napi_key = "sk-live-123456"\n[nested]\ntoken = "sk-2"\n')
    loaded = store(files).load()
    assert loaded.settings.region == "GB"
    assert "api_key" not in loaded.settings.extra
    assert loaded.settings.extra == {"nested": {}}
    assert any("line 2: api_key is ignored" in p and "keyring" in p for p in loaded.problems)
    assert any("token is ignored" in p for p in loaded.problems)
    loaded.settings.extra["password"] = "sk-3"  # even if code puts one in extra
    store(files).save(loaded.settings)
    text = files[0].read_text(encoding="utf-8")
    assert "sk-live-123456" not in text and "sk-2" not in text and "sk-3" not in text
    assert tomllib.loads(text) == {"region": "GB", "nested": {}}


def test_site_defaults_apply_and_locked_keys_cannot_be_overridden(files):
    write(
        files[1],
        'locked = ["base_url"]\nbase_url = "https://crm.corp.example/api/1.0"\nregion = "NA"\n',
    )
    write(files[0], 'base_url = "https://evil.example"\nregion = "GB"\n')
    loaded = store(files).load()
    assert loaded.settings.base_url == "https://crm.corp.example/api/1.0"
    assert loaded.settings.region == "GB"  # not locked: the user's value wins
    assert loaded.locked == frozenset({"base_url"})
    assert any("line 1: base_url is set by your administrator" in p for p in loaded.problems)


def test_site_file_problems_are_reported(files):
    write(files[1], 'locked = ["base_url", "colour"]\nsearch_debounce_ms = "x"\n')
    loaded = store(files).load()
    assert loaded.locked == frozenset({"base_url"})
    assert any("'colour' in locked is not a setting name" in p for p in loaded.problems)
    assert any("search_debounce_ms should be a whole number" in p for p in loaded.problems)
    write(files[1], 'locked = "base_url"\n')
    assert "locked should be a list" in store(files).load().problems[0]


def test_environment_overrides_the_files(files):
    write(files[1], 'base_url = "https://crm.corp.example"\n')
    write(files[0], 'region = "NA"\n')
    env = {"AGENT_DESKTOP_BASE_URL": "http://127.0.0.1:8080/api/1.0", "AGENT_DESKTOP_REGION": "gb"}
    loaded = store(files, env).load()
    assert loaded.settings.base_url == "http://127.0.0.1:8080/api/1.0"
    assert loaded.settings.region == "GB"
    assert loaded.overridden_by_env == frozenset({"base_url", "region"})
    assert loaded.ignored == ()


def test_a_locked_key_beats_the_environment_and_the_command_line(files):
    write(files[1], 'locked = ["base_url"]\nbase_url = "https://crm.corp.example"\n')
    write(files[0], 'base_url = "https://user.example"\n')
    env = {"AGENT_DESKTOP_BASE_URL": "http://127.0.0.1:8080/api/1.0", "AGENT_DESKTOP_REGION": "gb"}
    settings_store = store(files, env)
    loaded = settings_store.load()
    assert loaded.settings.base_url == "https://crm.corp.example"
    assert loaded.settings.region == "GB"  # not locked: the environment wins
    assert loaded.overridden_by_env == frozenset({"region"})
    assert [i.sentence() for i in loaded.ignored] == [
        "AGENT_DESKTOP_BASE_URL was ignored: your administrator has locked base_url on this "
        "computer."
    ]
    effective, invalid = effective_settings(
        settings_store, command_line(base_url="https://cli.example", region="na")
    )
    assert invalid == ()
    assert effective.settings.base_url == "https://crm.corp.example"
    assert effective.settings.region == "NA"  # the command line beats the environment
    assert effective.file_values == {"region": "GB"}
    assert [(i.name, i.label) for i in effective.ignored] == [
        ("base_url", "AGENT_DESKTOP_BASE_URL"),
        ("base_url", "--base-url"),
    ]


def test_command_line_values_that_are_not_valid_are_named(files):
    _, invalid = effective_settings(store(files), command_line(base_url="ftp://x", region="XX"))
    assert invalid == (
        "--base-url should be a web address starting with https://.",
        "--region should be a two-letter country code such as ZA or GB.",
    )


def test_invalid_environment_value_is_ignored_with_a_problem(files):
    loaded = store(files, {"AGENT_DESKTOP_REGION": "Narnia"}).load()
    assert loaded.settings.region == "ZA"
    assert loaded.overridden_by_env == frozenset()
    assert loaded.problems == [
        "AGENT_DESKTOP_REGION='Narnia': region should be a two-letter country code such as "
        "ZA or GB; the variable is ignored."
    ]


def test_save_never_writes_locked_or_environment_values(files):
    write(files[1], 'locked = ["agent_email"]\nagent_email = "desk@corp.example"\n')
    write(files[0], 'region = "GB"\n')
    env = {"AGENT_DESKTOP_BASE_URL": "https://from-env.example"}
    loaded = store(files, env).load()
    s = loaded.settings
    s.agent_email = "me@home.example"
    s.region = "NA"
    store(files, env).save(s)
    assert tomllib.loads(files[0].read_text(encoding="utf-8")) == {"region": "NA"}


def test_save_leaves_out_values_that_equal_the_defaults(files):
    write(files[1], 'region = "NA"\n')
    s = store(files).load().settings
    s.agent_first_name = "Ann"
    store(files).save(s)
    # region stays whatever the site says, so a later site change reaches this user
    assert tomllib.loads(files[0].read_text(encoding="utf-8")) == {"agent_first_name": "Ann"}


def test_save_of_an_invalid_value_raises_settings_error(files):
    with pytest.raises(SettingsError, match="region should be a two-letter country code"):
        store(files).save(Settings(region="Atlantis"))
    assert not files[0].exists()


def test_save_of_an_unwritable_extra_value_raises_settings_error(files):
    with pytest.raises(SettingsError, match="a value cannot be written"):
        store(files).save(Settings(extra={"thing": None}))
    assert not files[0].exists()


def test_save_failure_is_a_plain_settings_error(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    target = blocker / "agent-desktop" / "settings.toml"
    with pytest.raises(SettingsError) as info:
        SettingsStore(user_file=target, site_file=tmp_path / "none", environ={}).save(Settings())
    assert str(info.value).startswith(f"Settings could not be saved to {target}:")
    assert info.value.__cause__ is None


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only"), (errno.EACCES, "read-only")],
)
def test_os_errors_become_plain_sentences(tmp_path, code, words):
    message = describe_os_error(tmp_path / "settings.toml", OSError(code, "raw"))
    assert words in message and message.endswith(".")


def test_save_over_a_broken_file_keeps_the_old_one_aside(files):
    write(files[0], "this is [not toml\n")
    store(files).save(Settings(region="GB"))
    assert files[0].with_name("settings.toml.bad").read_text() == "this is [not toml\n"
    assert store(files).load().settings.region == "GB"


def test_unreadable_files_are_problems(files):
    files[0].parent.mkdir(parents=True)
    files[0].write_bytes(b'region = "\xff"\n')
    assert "not UTF-8" in store(files).load().problems[0]
    files[0].unlink()
    files[0].mkdir()  # a folder where the file should be
    assert "could not be read" in store(files).load().problems[0]


def test_validate_field_for_the_settings_dialog():
    assert validate_field("region", "za") == "ZA"
    with pytest.raises(ValueError, match="should be a web address"):
        validate_field("base_url", "app.switchtransact.com")


@hsettings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text())
def test_any_file_content_loads_without_raising(files, text):
    write(files[0], text)
    loaded = store(files).load()
    assert isinstance(loaded.settings, Settings)
    assert all(isinstance(p, str) and p for p in loaded.problems)


def test_call_settings_default_validate_and_lock(files):
    defaults = store(files).load().settings
    assert (defaults.missed_calls, defaults.dial_command, defaults.on_ring) == ("log", "", "raise")
    write(files[1], 'locked = ["missed_calls"]\nmissed_calls = "ignore"\n')
    write(
        files[0],
        'missed_calls = "review"\non_ring = "Notify"\n'
        "dial_command = '\"C:\\Program Files\\MicroSIP\\microsip.exe\" {number}'\n",
    )
    loaded = store(files).load()
    assert loaded.settings.missed_calls == "ignore"  # the administrator's lock holds
    assert loaded.settings.on_ring == "notify"
    assert loaded.settings.dial_command == '"C:\\Program Files\\MicroSIP\\microsip.exe" {number}'
    assert any("missed_calls is set by your administrator" in p for p in loaded.problems)


def test_choices_are_parsed_into_their_members_at_load_and_saved_as_words(files):
    write(files[0], 'missed_calls = "Review"\non_ring = "NOTIFY"\ntheme = "dark"\n')
    settings = store(files).load().settings
    assert settings.missed_calls is MissedCalls.REVIEW
    assert settings.on_ring is OnRing.NOTIFY
    assert settings.theme is Theme.DARK
    assert Settings(on_ring="notify").on_ring is OnRing.NOTIFY  # a word given in code, too
    store(files).save(replace(settings, theme=Theme.LIGHT))
    text = files[0].read_text(encoding="utf-8")
    assert 'theme = "light"' in text and 'missed_calls = "review"' in text
    assert "Theme." not in text and "OnRing" not in text


def test_a_wrong_choice_names_the_default_kept_as_its_word(files):
    write(files[0], 'on_ring = "shout"\n')
    (problem,) = store(files).load().problems
    assert "'raise'" in problem and "OnRing" not in problem, problem


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('missed_calls = "sometimes"', 'should be "log" or "review" or "ignore"'),
        ('on_ring = "shout"', 'should be "raise" or "notify"'),
        ('dial_command = "microsip.exe"', "should contain {number} or {e164}"),
    ],
)
def test_bad_call_settings_are_problems_and_the_default_is_used(files, line, words):
    write(files[0], line + "\n")
    loaded = store(files).load()
    assert loaded.settings == Settings()
    assert any(words in p for p in loaded.problems), loaded.problems


def test_theme_defaults_to_the_system_validates_and_can_be_locked(files):
    assert store(files).load().settings.theme == "system"
    write(files[0], 'theme = "Dark"\n')
    assert store(files).load().settings.theme == "dark"
    write(files[0], 'theme = "purple"\n')
    loaded = store(files).load()
    assert loaded.settings.theme == "system"
    assert any('should be "system" or "light" or "dark"' in p for p in loaded.problems)
    write(files[1], 'locked = ["theme"]\ntheme = "light"\n')
    write(files[0], 'theme = "dark"\n')
    loaded = store(files).load()
    assert loaded.settings.theme == "light"  # the administrator's choice holds
    assert any("theme is set by your administrator" in p for p in loaded.problems)


def test_every_site_folder_is_read_first_wins_and_a_lock_anywhere_holds(
    tmp_path, isolated_dirs, monkeypatch
):
    first, second = tmp_path / "xdg-ubuntu", isolated_dirs["site-config"]
    write(
        first / "agent-desktop" / "settings.toml",
        'region = "GB"\nbase_url = "https://first.example"\n',
    )
    write(
        second / "agent-desktop" / "settings.toml",
        'locked = ["base_url", "missed_calls"]\nregion = "NA"\n'
        'base_url = "https://second.example"\nmissed_calls = "review"\ntheme = "dark"\n',
    )
    write(
        tmp_path / "user" / "settings.toml",
        'base_url = "https://user.example"\nmissed_calls = "ignore"\nregion = "DE"\n',
    )
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}{os.pathsep}{second}")
    env = {"AGENT_DESKTOP_BASE_URL": "http://127.0.0.1:8080/api/1.0"}
    settings_store = SettingsStore(user_file=tmp_path / "user" / "settings.toml", environ=env)
    loaded = settings_store.load()
    # First folder wins per key; the second's lock still holds for the key the first set.
    assert loaded.settings.base_url == "https://first.example"
    assert loaded.settings.missed_calls == "review"
    assert loaded.settings.theme == "dark"
    assert loaded.settings.region == "DE"  # not locked: the user's value
    assert loaded.locked == frozenset({"base_url", "missed_calls"})
    assert [i.label for i in loaded.ignored] == ["AGENT_DESKTOP_BASE_URL"]
    effective, _ = effective_settings(settings_store, command_line(base_url="https://cli.example"))
    assert effective.settings.base_url == "https://first.example"
    assert [i.label for i in effective.ignored] == ["AGENT_DESKTOP_BASE_URL", "--base-url"]
    monkeypatch.setenv("AGENT_DESKTOP_LANGUAGE", "de")
    write(second / "agent-desktop" / "settings.toml", 'locked = ["language"]\nlanguage = "fr"\n')
    assert SettingsStore(user_file=tmp_path / "user" / "settings.toml").load_language() == "fr"


# --- the Asterisk source's settings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "cleaned"),
    [
        ("missed_calls", "MINE", "mine"),
        ("asterisk_address", " pbx.example:5038 ", "pbx.example:5038"),
        ("asterisk_address", "[2001:db8::5]:5039", "[2001:db8::5]:5039"),
        ("asterisk_address", "", ""),
        ("asterisk_tls", True, True),
        ("asterisk_user", "agentdesk", "agentdesk"),
        ("asterisk_extension", "201", "201"),
        ("asterisk_dial_context", "from-internal", "from-internal"),
        ("asterisk_dial_priority", 1, 1),
    ],
)
def test_the_asterisk_settings_take_what_the_pbx_can_use(name, value, cleaned):
    assert validate_field(name, value) == cleaned


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("asterisk_address", "pbx.example", "a host and a port"),
        ("asterisk_address", "pbx.example:70000", "a host and a port"),
        ("asterisk_address", ":5038", "a host and a port"),
        ("asterisk_tls", "yes", "true or false"),
        ("asterisk_extension", "201\r\nAction: Originate", "one word"),
        ("asterisk_user", "agent desk", "one word"),
        ("asterisk_dial_priority", 0, "between 1 and 999"),
    ],
)
def test_the_asterisk_settings_refuse_what_it_cannot(name, value, said):
    with pytest.raises(ValueError, match=said):
        validate_field(name, value)


def test_global_shortcuts_are_off_by_default_validated_and_lockable(files):
    loaded = store(files).load()
    assert loaded.settings.global_shortcuts is False
    assert (loaded.settings.global_answer_keys, loaded.settings.global_send_keys) == (
        "Ctrl+Shift+F9",
        "Ctrl+Shift+Return",
    )
    write(files[0], 'global_shortcuts = true\nglobal_answer_keys = "ctrl+alt+shift+f9"\n')
    loaded = store(files).load()
    assert loaded.settings.global_shortcuts is True
    assert loaded.settings.global_answer_keys == "Ctrl+Alt+Shift+F9"
    write(files[0], 'global_shortcuts = "yes"\nglobal_send_keys = "Return"\n')
    loaded = store(files).load()
    assert loaded.settings == Settings()
    assert any("global_shortcuts should be true or false" in p for p in loaded.problems)
    assert any("global_send_keys needs Ctrl, Alt or Meta" in p for p in loaded.problems)
    write(files[1], 'locked = ["global_shortcuts"]\nglobal_shortcuts = false\n')
    write(files[0], "global_shortcuts = true\n")
    loaded = store(files).load()
    assert loaded.settings.global_shortcuts is False  # the administrator's choice holds
    assert any("global_shortcuts is set by your administrator" in p for p in loaded.problems)
    store(files).save(replace(loaded.settings, global_send_keys="Ctrl+Alt+Return"))
    assert 'global_send_keys = "Ctrl+Alt+Return"' in files[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("asterisk_address", "pbx.example", "value.host_port"),
        ("baresip_address", "[::1]", "value.host_port"),
        ("baresip_address", "", "value.host_port"),
        ("desk_phone_listen", "phone.example:8765", "value.ip_port"),
        ("desk_phone_allow", 5, "value.networks"),
        ("desk_phone_allow", ["192.168.1.300"], "value.network"),
        ("desk_phone_address", "http://192.168.1.50/", "value.phone_host"),
        ("asterisk_user", "admin user", "value.ami_word"),
    ],
)
def test_the_phone_settings_refuse_with_codes_the_window_translates(key, value, code):
    """A phone source's refusal is a Text code (rendered in the window's language), not an
    English sentence."""
    from agent_desktop.core.settings.settings import _VALIDATORS
    from agent_desktop.core.texts import Text

    with pytest.raises(ValueError) as caught:
        _VALIDATORS[key](value)
    said = caught.value.args[0]
    assert isinstance(said, Text)
    assert said.code == code
