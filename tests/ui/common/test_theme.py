"""Light and dark: a switch while the app runs restyles everything (the switched window looks
exactly like one started in that scheme), the `theme` setting overrides the OS, and every
foreground/background pair the theme defines reads at WCAG AA (4.5:1) in both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from agent_desktop.core.api.models import Contact, EntityType
from agent_desktop.core.settings.choices import Theme
from agent_desktop.ui.common import theme, theme_scheme

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WAIT = 10000
JAMES = Contact(
    id="2916509f-f188-42d8-ab0e-a27bcb20d70d",
    firstname="James",
    lastname="May",
    company="My Company name",
    mobilephone="+27721234567",
    email="james@may.com",
    entity_type=EntityType.ACCOUNT,
    entity_type_raw="Account",
)


@pytest.fixture
def scheme():
    yield theme_scheme.follow_setting
    theme_scheme.follow_setting("system")


def _in_call(qtbot, window) -> None:
    window.resize(460, 740)
    window.show_contact(JAMES)
    window.toggle_call()
    qtbot.waitUntil(lambda: window.call_panel.running, timeout=WAIT)
    window.search.edit.clearFocus()  # no blinking cursor in the pictures
    window.call_panel.setFocus()


def _grab(window) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        1
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixel(x, y) != b.pixel(x, y)
    )


@pytest.mark.parametrize("target", ["dark", "light"])
def test_a_switch_while_running_restyles_everything(
    qtbot, sandbox, make_window, scheme, target, tmp_path
):
    from agent_desktop.core.outbox.outbox import Outbox

    start = "light" if target == "dark" else "dark"
    switched = make_window(sandbox.base_url, theme=start)  # the setting, read at start-up
    assert theme.is_dark() == (start == "dark")
    _in_call(qtbot, switched)
    before = _grab(switched)
    scheme(target)
    assert theme.is_dark() == (target == "dark")
    fresh = make_window(sandbox.base_url, outbox=Outbox(tmp_path / "fresh.sqlite3"), theme=target)
    _in_call(qtbot, fresh)
    after, expected = _grab(switched), _grab(fresh)
    assert _differing(before, after) > before.width() * before.height() // 8  # it did change
    # The window switched while running looks like the one started in that scheme.
    assert _differing(after, expected) == 0


def test_the_theme_setting_overrides_the_system_and_back(sandbox, make_window, scheme):
    from agent_desktop.core.settings.settings import Settings

    window = make_window(sandbox.base_url)
    system_dark = theme.is_dark()
    window.session.settings_changed.emit(Settings(base_url=sandbox.base_url, theme="dark"))
    assert theme.is_dark()
    assert theme.css(theme.focus_ring()) in QApplication.instance().styleSheet()
    window.session.settings_changed.emit(Settings(base_url=sandbox.base_url, theme="light"))
    assert not theme.is_dark()
    window.session.settings_changed.emit(Settings(base_url=sandbox.base_url, theme="system"))
    assert theme.is_dark() == system_dark


def test_a_theme_callback_goes_with_its_widget(scheme):
    import shiboken6
    from PySide6.QtWidgets import QLabel

    from agent_desktop.ui.common.icons import icon, show_icon

    before = theme.listener_count()
    label = QLabel()
    show_icon(label, icon("search"), QSize(16, 16))
    show_icon(label, icon("warning"), QSize(16, 16))  # replaces, does not add
    assert theme.listener_count() == before + 1
    shiboken6.delete(label)
    assert theme.listener_count() == before
    scheme("dark")  # and no callback runs on the deleted label


# --- contrast -----------------------------------------------------------------------------------


def _pairs(pal: QPalette) -> dict[str, tuple]:
    """Every (text colour, background) pair the theme hands out, by where it is used."""
    role = QPalette.ColorRole
    window, base, text = pal.color(role.Window), pal.color(role.Base), pal.color(role.WindowText)
    surface = theme.surface(pal)
    pairs = {
        "secondary text on the window": (theme.secondary_text(pal), window),
        "secondary text on a card": (theme.secondary_text(pal), surface),
        "secondary text in a field": (theme.secondary_text(pal), base),
        "placeholder text": (pal.color(role.PlaceholderText), base),
        "links": (pal.color(role.Link), window),
        "selected text": (pal.color(role.HighlightedText), pal.color(role.Highlight)),
        "text on the primary button": (
            pal.color(role.HighlightedText),
            theme.filled(pal.color(role.Highlight), pal.color(role.HighlightedText)),
        ),
        "text on a start-call button": (pal.color(role.HighlightedText), theme.solid(theme.HUE_OK)),
        "text on an end-call button": (
            pal.color(role.HighlightedText),
            theme.solid(theme.HUE_ERROR),
        ),
        # (Disabled controls are exempt from WCAG 1.4.3: not checked.)
    }
    hues = {
        "ok": theme.HUE_OK,
        "warning": theme.HUE_WARN,
        "error": theme.HUE_ERROR,
        "info": theme.HUE_INFO,
        "grey": -1,
    }
    for name, hue in hues.items():
        bg, fg = theme.tone(hue, pal)
        pairs[f"{name} chip/banner text"] = (fg, bg)
        pairs[f"{name} accent text on the window"] = (theme.accent(hue, pal), window)
        pairs[f"{name} accent text on a card"] = (theme.accent(hue, pal), surface)
        pairs[f"{name} accent text in a list"] = (theme.accent(hue, pal), base)
        pairs[f"{name} banner detail"] = (theme.muted(fg, bg), bg)
    for kind in EntityType:
        bg, fg = theme.entity_tone(kind, pal)
        pairs[f"{kind.name.lower()} badge"] = (fg, bg)
    ring_bg = theme.mix(surface, theme.tone(theme.HUE_WARN, pal)[0], 0.7)
    live_bg = theme.mix(surface, theme.tone(theme.HUE_OK, pal)[0], 0.6)
    pairs["call bar ringing: text"] = (text, ring_bg)
    pairs["call bar ringing: state"] = (theme.accent(theme.HUE_WARN, pal), ring_bg)
    pairs["call bar ringing: secondary"] = (theme.secondary_text(pal), ring_bg)
    pairs["call bar connected: text"] = (text, live_bg)
    pairs["call bar connected: state"] = (theme.accent(theme.HUE_OK, pal), live_bg)
    pairs["call bar connected: secondary"] = (theme.secondary_text(pal), live_bg)
    warn_bg = theme.tone(theme.HUE_WARN, pal)[0]
    pairs["unsent strip text"] = (text, warn_bg)
    pairs["unsent strip error"] = (theme.accent(theme.HUE_ERROR, pal), warn_bg)
    return pairs


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_colour_reads_at_wcag_aa_in_light_and_dark(name):
    pal = theme_scheme.scheme_palette(Theme(name))
    assert theme.is_dark(pal) == (name == "dark")
    low = {
        where: round(theme.contrast(fg, bg), 2)
        for where, (fg, bg) in _pairs(pal).items()
        if theme.contrast(fg, bg) < 4.5
    }
    assert low == {}


def test_choosing_dark_in_settings_saves_it_and_restyles_at_once(
    qtbot, sandbox, make_window, scheme
):
    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.ui.app.memory_stores import MemorySettingsStore

    store = MemorySettingsStore(Settings(base_url=sandbox.base_url, theme="light"))
    window = make_window(sandbox.base_url, settings_store=store)
    assert not theme.is_dark()
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    choice = dialog.theme_choice
    assert choice.currentData() == "light"
    choice.setCurrentIndex(choice.findData("dark"))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert store.load().settings.theme == "dark"
    assert theme.is_dark()
    search_box = window.search.grab().toImage()
    inside = search_box.pixelColor(search_box.width() // 2, search_box.height() // 2)
    assert theme.luminance(inside) < 0.1  # the field itself went dark, not just the palette


def test_with_the_system_setting_an_os_switch_is_followed(
    sandbox, make_window, scheme, monkeypatch
):
    from PySide6.QtCore import Qt

    window = make_window(sandbox.base_url)  # theme = "system"
    watcher = theme_scheme.watcher()
    reported = [Qt.ColorScheme.Dark]

    class Hints:  # what the OS reports (the offscreen platform reports nothing)
        def colorScheme(self):
            return reported[0]

        def setColorScheme(self, _scheme):
            pass

    monkeypatch.setattr(
        watcher,
        "_app",
        type(
            "App",
            (),
            {
                "styleHints": lambda _self: Hints(),
                "setPalette": lambda _self, pal: QApplication.setPalette(pal),
                "setStyleSheet": lambda _self, sheet: QApplication.instance().setStyleSheet(sheet),
            },
        )(),
    )
    watcher._os_changed(Qt.ColorScheme.Dark)
    assert theme.is_dark()
    assert theme.css(theme.focus_ring()) in QApplication.instance().styleSheet()
    reported[0] = Qt.ColorScheme.Light
    watcher._os_changed(Qt.ColorScheme.Light)
    assert not theme.is_dark()
    watcher.set_scheme(Theme.DARK)  # the setting beats the OS
    watcher._os_changed(Qt.ColorScheme.Light)
    assert theme.is_dark()
    assert window.isVisible()
