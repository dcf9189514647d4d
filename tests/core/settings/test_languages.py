"""The interface language: picking one for the OS, and the `language` setting."""

import pytest

from agent_desktop.core.settings import languages
from agent_desktop.core.settings.settings import SettingsStore, validate_field


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["de-DE", "en-US"], "de"),
        (["en-US", "de-DE"], "en"),  # English preferred over German: no translation
        (["pt-BR"], "pt_BR"),
        (["pt-PT", "en"], "pt_BR"),  # the same language from another region beats English
        (["af-ZA"], "af"),
        (["it-IT", "fr-CH", "en"], "fr"),  # the first one we have
        (["it-IT", "ja"], "en"),
        ([], "en"),
        (["pseudo"], "en"),  # never picked for an OS
    ],
)
def test_the_os_preference_list_picks_the_first_language_we_have(ui_languages, expected):
    assert languages.for_system(ui_languages, available=languages.TRANSLATED) == expected


def test_only_complete_translations_follow_the_os_on_their_own():
    assert languages.for_system(["fr-FR", "de-DE"], available=("de",)) == "de"
    assert languages.for_system(["fr-FR"], available=("de",)) == "en"
    assert set(languages.COMPLETE) <= set(languages.TRANSLATED)
    assert languages.for_system(["de-CH"]) == "de"  # de is complete


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("", "de"),
        ("en", "en"),
        ("fr", "fr"),
        ("pt-br", "pt_BR"),
        ("pseudo", "pseudo"),
        ("af", "af"),
    ],  # a setting may pick a language that is not complete yet
)
def test_the_setting_overrides_the_os(setting, expected):
    assert languages.choose(setting, ["de-AT"]) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("", ""), (" de ", "de"), ("PT-BR", "pt_BR"), ("pt_BR", "pt_BR"), ("Pseudo", "pseudo")],
)
def test_setting_values_are_normalized(raw, clean):
    assert validate_field("language", raw) == clean


@pytest.mark.parametrize("raw", ["klingon", "it", "de_DE_x"])
def test_unknown_languages_are_refused_with_the_choices(raw):
    with pytest.raises(ValueError, match="should be one of en, de, fr, es, pt_BR, af"):
        validate_field("language", raw)


@pytest.mark.parametrize("raw", [3, None, ["de"]])
def test_a_language_is_text(raw):
    with pytest.raises(ValueError, match="should be text"):
        validate_field("language", raw)


def _store(tmp_path, user: str = "", site: str = "", environ=None) -> SettingsStore:
    paths = tmp_path / "user.toml", tmp_path / "site.toml"
    for path, text in zip(paths, (user, site), strict=True):
        if text:
            path.write_text(text, encoding="utf-8")
    return SettingsStore(user_file=paths[0], site_file=paths[1], environ=environ or {})


@pytest.mark.parametrize(
    ("user", "site", "environ", "expected"),
    [
        ("", "", {}, ""),
        ('language = "de"\n', "", {}, "de"),
        ('language = "de"\n', 'language = "fr"\n', {}, "de"),
        ("", 'language = "fr"\n', {}, "fr"),
        ('language = "de"\n', 'language = "fr"\nlocked = ["language"]\n', {}, "fr"),
        ('language = "xx"\n', 'language = "fr"\n', {}, "fr"),  # a bad value: the site's stands
        ('language = "de"\n', "", {"AGENT_DESKTOP_LANGUAGE": "pseudo"}, "pseudo"),
        ('language = "de"\n', "", {"AGENT_DESKTOP_LANGUAGE": "xx"}, "de"),
        ("not toml [", 'language = "es"\n', {}, "es"),
        ('language = "de"\nregion = "XX"\n', "", {}, "de"),
    ],
)
def test_the_quick_language_read_agrees_with_the_full_load(tmp_path, user, site, environ, expected):
    store = _store(tmp_path, user, site, environ)
    assert store.load_language() == expected
    assert store.load().settings.language == expected


def test_an_administrators_lock_beats_the_environment_too(tmp_path):
    """The precedence main's settings.py has (a lock keeps the site value whatever comes later);
    load() on this branch still lets the environment win, so only the quick read is checked."""
    store = _store(
        tmp_path,
        user='language = "de"\n',
        site='language = "fr"\nlocked = ["language"]\n',
        environ={"AGENT_DESKTOP_LANGUAGE": "es"},
    )
    assert store.load_language() == "fr"


def test_a_bad_language_in_the_file_is_a_problem_sentence(tmp_path):
    loaded = _store(tmp_path, user='language = "klingon"\n').load()
    assert loaded.settings.language == ""
    assert any("language should be one of" in p and "'klingon'" in p for p in loaded.problems)


def test_the_language_is_saved_and_an_environment_override_is_not(tmp_path):
    from dataclasses import replace

    store = _store(tmp_path)
    store.save(replace(store.load().settings, language="pt_BR"))
    assert store.load().settings.language == "pt_BR"
    assert 'language = "pt_BR"' in store.user_file.read_text(encoding="utf-8")
    overridden = _store(tmp_path, environ={"AGENT_DESKTOP_LANGUAGE": "pseudo"})
    loaded = overridden.load()
    assert loaded.settings.language == "pseudo" and "language" in loaded.overridden_by_env
    overridden.save(loaded.settings)
    assert 'language = "pt_BR"' in store.user_file.read_text(encoding="utf-8")
