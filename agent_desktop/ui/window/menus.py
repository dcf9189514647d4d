"""The menu bar, its actions and shortcuts, Help dialogs, and the window's palette-derived style."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop import APP_NAME, __version__
from agent_desktop.ui.common import theme, theme_scheme
from agent_desktop.ui.common.icons import icon

if TYPE_CHECKING:  # the parts, for the types: not imported before the first paint
    from agent_desktop.ui.app.session import Session
    from agent_desktop.ui.outbox.outbox_view import OutboxView
    from agent_desktop.ui.search.search_box import SearchBox


class MenuCommands(Protocol):
    """The window's commands the menus and shortcuts drive, and where the menus go."""

    def open_settings(self, intro: str = "") -> None: ...
    def new_contact(self, phone: str = "") -> None: ...
    def toggle_call(self) -> None: ...
    def dial_contact(self) -> None: ...
    def send_log(self) -> None: ...
    def apply_theme(self) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def window(self) -> QWidget: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


@dataclass
class Actions:
    settings: QAction
    quit: QAction
    search: QAction
    new_contact: QAction
    call: QAction
    dial: QAction
    send_log: QAction
    outbox: QAction
    shortcuts: QAction
    about: QAction


def _action(
    window: QWidget,
    text: str,
    shortcut: str | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
    glyph: str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if glyph:
        action.setIcon(icon(glyph))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = text.replace("&", "").rstrip("…")
    action.setToolTip(f"{tip or plain} ({keys})" if keys else (tip or plain))
    action.setStatusTip(tip or plain)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def _quit_keys() -> str | QKeySequence.StandardKey:
    """The platform's Quit keys; Ctrl+Q where the platform names none (some Linux desktops)."""
    if QKeySequence.keyBindings(QKeySequence.StandardKey.Quit):
        return QKeySequence.StandardKey.Quit
    return "Ctrl+Q"


def build(
    host: MenuCommands, session: Session, search: SearchBox, outbox_view: OutboxView
) -> Actions:
    """The menu bar's menus and the window's shortcuts (the session's settings choose the
    theme and list the global shortcuts in F1's table)."""
    window = host.window()
    a = Actions(
        settings=_action(
            window,
            _tr("&Settings…"),
            "Ctrl+,",
            lambda: host.open_settings(),
            "settings",
            _tr("Server, API key, your name and preferences"),
        ),
        quit=_action(window, _tr("&Quit"), _quit_keys(), window.close),
        search=_action(
            window,
            _tr("&Search"),
            "Ctrl+K",
            search.focus_search,
            "search",
            _tr("Search contacts"),
        ),
        new_contact=_action(
            window,
            _tr("&New contact…"),
            "Ctrl+N",
            host.new_contact,
            "user-plus",
            _tr("Create a contact"),
        ),
        call=_action(
            window,
            _tr("&Start call"),
            "F9",
            host.toggle_call,
            "phone",
            _tr("Answer, end or start a call"),
        ),
        dial=_action(
            window,
            _tr("&Dial contact"),
            "Ctrl+D",
            host.dial_contact,
            "phone",
            _tr("Call the open contact with the softphone"),
        ),
        send_log=_action(
            window,
            _tr("Send call &log"),
            "Ctrl+Return",
            host.send_log,
            "send",
            _tr("Send the reviewed call log"),
        ),
        outbox=_action(
            window,
            _tr("&Outbox…"),
            "Ctrl+Shift+O",
            lambda: outbox_view.open_dialog(),
            "inbox",
            _tr("Call logs and new contacts waiting to be sent, and their state"),
        ),
        shortcuts=_action(
            window,
            _tr("&Keyboard shortcuts"),
            "F1",
            lambda: show_shortcuts(window, global_rows(session.settings)),
            "keyboard",
        ),
        about=_action(
            window,
            _tr("&About %1").replace("%1", APP_NAME),
            "Shift+F1",
            lambda: show_about(window),
            "info",
        ),
    )
    theme_scheme.watcher()  # focus rings for every window; light/dark follow the OS
    # A top-level window is not sent ApplicationPaletteChange on every platform: the window's
    # own style sheet and panels are restyled from the theme's one registry.
    theme.on_change(window, host.apply_theme, "window", style_sheet=True)
    session.settings_changed.connect(lambda st: theme_scheme.follow_setting(st.theme))
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)
    bar = host.menuBar()
    menus: tuple[tuple[str, tuple[QAction | None, ...]], ...] = (  # None: a separator
        (_tr("&File"), (a.settings, None, a.quit)),
        (_tr("&Contact"), (a.search, a.new_contact)),
        (_tr("C&all"), (a.call, a.dial, a.send_log, None, a.outbox)),
        (_tr("&Help"), (a.shortcuts, a.about)),
    )
    for title, items in menus:
        menu = bar.addMenu(title)
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
    return a


# Marks a string for lupdate and returns it (Qt's stub types the result as object).
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)
# (keys, what they do): the descriptions are translated where the table is shown.
SHORTCUTS = (
    ("Ctrl+K", QT_TRANSLATE_NOOP("Menus", "Search contacts")),
    ("↑ / ↓, Enter", QT_TRANSLATE_NOOP("Menus", "Choose a suggestion and open it")),
    ("Esc", QT_TRANSLATE_NOOP("Menus", "Close the suggestions, clear the search, leave a form")),
    (
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Menus", "New contact (number taken from the search or the call)"),
    ),
    (
        "F9",
        QT_TRANSLATE_NOOP(
            "Menus",
            "Answer a ringing call, end the call, or start one (Outbound with a contact open)",
        ),
    ),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Menus", "Call the open contact with the softphone")),
    (
        "Ctrl+R",
        QT_TRANSLATE_NOOP("Menus", "Recent calls: Enter opens a call, Ctrl+D calls it back"),
    ),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Menus", "Send the call log")),
    (
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Menus", "Outbox: what waits to be sent, and what needs attention"),
    ),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Menus", "Settings")),
    ("F1", QT_TRANSLATE_NOOP("Menus", "This list")),
    ("Shift+F1", QT_TRANSLATE_NOOP("Menus", "About Agent Desktop")),
)


GLOBAL_ANSWER = QT_TRANSLATE_NOOP("Menus", "From any application: answer or end the call")
GLOBAL_SEND = QT_TRANSLATE_NOOP("Menus", "From any application: send the call log")


def global_rows(settings: object) -> tuple[tuple[str, str], ...]:
    """The global shortcuts' rows, with the keys chosen in Settings, when they are on."""
    if not getattr(settings, "global_shortcuts", False):
        return ()
    return (
        (getattr(settings, "global_answer_keys", ""), GLOBAL_ANSWER),
        (getattr(settings, "global_send_keys", ""), GLOBAL_SEND),
    )


def show_shortcuts(window: QWidget, extra: tuple[tuple[str, str], ...] = ()) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle(_tr("Keyboard shortcuts"))
    rows = (*SHORTCUTS, *extra)
    table = QTableWidget(len(rows), 2, dialog)
    table.setHorizontalHeaderLabels([_tr("Keys"), _tr("Action")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setShowGrid(False)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    table.setAccessibleName(_tr("Keyboard shortcuts"))
    for row, (keys, what) in enumerate(rows):
        shown = (
            ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) or k
                for k in keys.split(", ")
            )
            if "/" not in keys
            else keys
        )
        table.setItem(row, 0, QTableWidgetItem(shown))
        table.setItem(row, 1, QTableWidgetItem(_tr(what)))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(440, 340)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_about(window: QWidget) -> None:
    QMessageBox.about(
        window,
        _tr("About %1").replace("%1", APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3>"
        + _tr(
            "<p>Caller pop-ups, instant search, quick create and call journaling for "
            "SwitchTransact.</p>"
        ),
    )


def stylesheet() -> str:
    """Only shapes and palette-derived colours: no fixed colours that would break dark mode."""
    pal = theme.palette()
    base = theme.css(pal.color(QPalette.ColorRole.Base))
    line = theme.css(theme.hairline(pal))
    strong = theme.css(
        theme.mix(
            pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText), 0.3
        )
    )
    focus = theme.css(theme.focus_ring(pal))
    field_line = theme.css(theme.field_line(pal))
    # On a filled button the ring is the window's text colour: it stands out from the fill and
    # from the window around it.
    ring_on_fill = theme.css(pal.color(QPalette.ColorRole.WindowText))
    surface = theme.css(theme.surface(pal))
    warn_bg = theme.css(theme.tone(theme.HUE_WARN, pal)[0])
    live_bg = theme.css(theme.call_bar_background(theme.HUE_OK, pal))
    live = theme.css(theme.accent(theme.HUE_OK, pal))
    ring_bg = theme.css(theme.call_bar_background(theme.HUE_WARN, pal))
    ring = theme.css(theme.accent(theme.HUE_WARN, pal))
    on = theme.css(pal.color(QPalette.ColorRole.HighlightedText))
    hl = theme.filled(
        pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.HighlightedText)
    )  # it carries text
    off_bg = theme.css(
        theme.mix(
            pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText), 0.08
        )
    )
    off_fg = theme.css(theme.secondary_text(pal))
    buttons = "".join(
        f"""
        QPushButton[role="{role}"] {{ background: {theme.css(fill)}; color: {on};
            border: 1px solid {theme.css(fill.darker(115))}; border-radius: 6px;
            padding: 5px 14px; font-weight: 600; }}
        QPushButton[role="{role}"]:hover {{ background: {theme.css(fill.lighter(110))}; }}
        QPushButton[role="{role}"]:pressed {{ background: {theme.css(fill.darker(112))}; }}
        QPushButton[role="{role}"]:focus {{ border: 2px solid {ring_on_fill};
            padding: 4px 13px; }}
        QPushButton[role="{role}"]:disabled {{ background: {off_bg}; color: {off_fg};
            border-color: {line}; }}"""
        for role, fill in (
            ("primary", hl),
            ("start", theme.solid(theme.HUE_OK)),
            ("end", theme.solid(theme.HUE_ERROR)),
        )
    )
    return (
        buttons
        + f"""
        QFrame#header {{ border-bottom: 1px solid {line}; }}
        QFrame#searchBox {{ background: {base}; border: 1px solid {field_line};
                            border-radius: 8px; min-height: 30px; padding: 1px; }}
        QFrame#searchBox[focused="true"] {{ border: 2px solid {focus}; padding: 0px; }}
        QFrame#searchBox QLineEdit, QFrame#searchBox QLineEdit:focus {{
            border: none; padding: 0px; background: transparent; }}
        QFrame#suggestionPopup {{ background: {base}; border: 1px solid {strong};
                                  border-radius: 8px; }}
        QFrame#callPanel {{ background: {surface}; border-top: 1px solid {line}; }}
        QFrame#callPanel[state="running"] {{ background: {live_bg};
                                             border-top: 1px solid {live}; }}
        QFrame#callPanel[state="ringing"] {{ background: {ring_bg};
                                             border-top: 2px solid {ring}; }}
        QFrame#unsentStrip {{ background: {warn_bg}; border-top: 1px solid {line}; }}
    """
    )
