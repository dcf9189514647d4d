"""Which user-interface language to show: the codes we ship, and picking one for the OS.

No Qt here: the GUI passes in `QLocale.system().uiLanguages()`, the settings module validates the
`language` setting against the same list, and the translation tooling builds one file per code.
"""

from __future__ import annotations

from collections.abc import Iterable

SOURCE_LANGUAGE = "en"  # the language the code's strings are written in: no translation file
# One `resources/translations/agent_desktop_<code>.ts` each, in Qt's `lang` / `lang_REGION` form.
TRANSLATED = ("de", "fr", "es", "pt_BR", "af")
# Every string padded ~40% and accented, to see what a longer language cuts off. Built, not shipped
# as a language anyone picks for work; selectable so a screenshot can be taken of it.
PSEUDO = "pseudo"
CHOICES = (SOURCE_LANGUAGE, *TRANSLATED, PSEUDO)
# Translations with no unfinished message (tests/ui/app/test_translations.py holds them to it). Only
# these follow the OS on their own: a half-translated window is worse than an English one. The
# others can still be chosen with the `language` setting.
COMPLETE = ("de", "fr", "es", "pt_BR", "af")


def normalize(code: str) -> str:
    """`pt-br`, `PT_BR` -> `pt_BR`; `de-DE` -> `de_DE`; `` -> ``. Not checked against CHOICES."""
    text = code.strip().replace("-", "_")
    if not text or text.lower() == PSEUDO:
        return text.lower()
    lang, _, region = text.partition("_")
    return f"{lang.lower()}_{region.upper()}" if region else lang.lower()


def resolve(code: str, among: tuple[str, ...] = CHOICES) -> str:
    """One of `among` for a user's code: exact (`pt_BR`), else its language (`de_AT` -> `de`),
    else the language in another region (`pt_PT` -> `pt_BR`); "" when none fits."""
    wanted = normalize(code)
    if wanted in among:
        return wanted
    lang = wanted.partition("_")[0]
    if lang in among:
        return lang
    return next((c for c in among if c.partition("_")[0] == lang), "")


def for_system(ui_languages: Iterable[str], available: tuple[str, ...] = COMPLETE) -> str:
    """The language to show for the OS's preference list (most preferred first, as
    QLocale.uiLanguages() gives it): the first one available, English included, so a user who
    prefers English over German gets English; English when none matches."""
    among = (SOURCE_LANGUAGE, *available)
    for code in ui_languages:
        found = resolve(code, among)
        if found:
            return found
    return SOURCE_LANGUAGE


def choose(setting: str, ui_languages: Iterable[str]) -> str:
    """The `language` setting ("" = follow the OS) applied over the OS's preferences."""
    return resolve(setting) or for_system(ui_languages)
