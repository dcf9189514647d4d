"""Getting the agent's attention for a call without taking the keyboard from another app.

`on_ring = "raise"` brings the window forward but never activates it: the agent may be typing in
the CRM or a chat, and an activated window would swallow the next keystrokes. Qt's
`WA_ShowWithoutActivating` makes `show()` of a hidden or minimised window leave focus where it is,
`raise_()` only restacks, and `QApplication.alert` flashes the taskbar entry where the window
manager refuses to restack (Windows' foreground lock, Wayland). Only the SHOW event (a second start
of the app, i.e. the agent asked for the window) activates it.

`on_ring = "notify"` leaves the window where it is and shows a desktop notification from a tray
icon instead; the icon's tooltip also tells the connection state, logs waiting and unseen missed
calls. Where the desktop has no tray, notify falls back to raise.

What goes into the notification and the tooltip is plain text (see `plain_text`): the caller's
name comes from the server and the number from the softphone, and some Linux notification servers
render markup in a notification's body, as Qt's own balloon and tooltips do with rich text.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from agent_desktop import APP_NAME
from agent_desktop.core.settings.choices import OnRing

RAISE, NOTIFY = OnRing.RAISE, OnRing.NOTIFY

_TAG = re.compile(r"</?[A-Za-z!?/][^<>]*>")  # <b>, </a>, <!-- -->, <?xml …?>: markup, not a name
# Escaping ("&lt;") would show as such on servers that do not render markup, so what could still
# read as markup or an entity becomes a look-alike that never does.
_LOOK_ALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆"})
_BIDI = {
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
}  # could reorder the number's digits
MAX_TEXT = 200  # a notification is a glance, not a page


def plain_text(text: str) -> str:
    """`text` as a notification server or a tooltip can only show it as plain text: tags
    removed (their words kept, apart), control and direction-override characters dropped, breaks
    and tabs as spaces, `< > &` as look-alikes, at most MAX_TEXT characters."""
    text = _TAG.sub(" ", text)
    kept = []
    for char in text:
        if char in "\t\r\n\v\f\u2028\u2029":
            kept.append(" ")
        elif unicodedata.category(char) != "Cc" and char not in _BIDI:
            kept.append(char)
    text = " ".join("".join(kept).split()).translate(_LOOK_ALIKES)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class CallAlert(QObject):
    """One per window. `call(title, body)` for a ringing call; `summon()` for an explicit SHOW."""

    def __init__(self, window: QWidget, *, tray_check=tray_available) -> None:
        super().__init__(window)
        self._window = window
        self._tray_check = tray_check
        self.mode: OnRing = RAISE
        self.tray: QSystemTrayIcon | None = None
        self._status = ""
        self._waiting = 0
        self.unseen_missed = 0
        self._kept = False  # the tray stays: the window waits there (started at login)

    # --- configuration ------------------------------------------------------------------------

    def set_mode(self, mode: OnRing) -> None:
        self.mode = OnRing(mode)
        if self.effective_mode == NOTIFY:
            self._ensure_tray()
        elif self.tray is not None and not self._kept:
            self.tray.hide()

    @property
    def effective_mode(self) -> OnRing:
        """What a ring does here: notify needs a tray; without one it raises."""
        if self.mode == NOTIFY and self._tray_check():
            return NOTIFY
        return RAISE

    # --- a ring -------------------------------------------------------------------------------

    def call(self, title: str, body: str) -> OnRing:
        """Draw the agent's eye to a call; returns what was done."""
        if self.effective_mode == NOTIFY:
            tray = self._ensure_tray()
            tray.showMessage(
                plain_text(title), plain_text(body), QSystemTrayIcon.MessageIcon.Information, 15000
            )
            return NOTIFY
        self.bring_forward()
        return RAISE

    def bring_forward(self) -> None:
        """Show and restack the window without activating it (focus stays in the other app)."""
        w = self._window
        w.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        try:
            if w.isMinimized():
                w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
            if not w.isVisible():
                w.show()
            w.raise_()
        finally:
            w.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        QApplication.alert(w, 0)  # taskbar flash where restacking is refused

    def summon(self) -> None:
        """The agent started the app again: they want the window, keyboard included."""
        w = self._window
        if w.isMinimized():
            w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()
        dialog = QApplication.activeModalWidget()  # e.g. Settings: it must stay on top
        if dialog is not None:
            dialog.raise_()

    # --- the tray icon ------------------------------------------------------------------------

    def set_status(self, *, connection: str | None = None, waiting: int | None = None) -> None:
        if connection is not None:
            self._status = connection
        if waiting is not None:
            self._waiting = waiting
        self._render_tooltip()

    def set_missed(self, count: int) -> None:
        """Missed calls the agent has not seen yet (counted by Recent calls)."""
        if count != self.unseen_missed:
            self.unseen_missed = count
            self._render_tooltip()

    def tooltip(self) -> str:
        parts = [APP_NAME]
        if self._status:  # may quote a server's words
            parts.append(plain_text(self._status))
        if self._waiting:
            parts.append(self.tr("%1 log(s) waiting to be sent").replace("%1", str(self._waiting)))
        if self.unseen_missed:
            parts.append(self.tr("%1 missed call(s)").replace("%1", str(self.unseen_missed)))
        return "\n".join(parts)

    def _render_tooltip(self) -> None:
        if self.tray is not None:
            self.tray.setToolTip(self.tooltip())

    def show_tray(self) -> None:
        """The tray icon, for a window started at login that waits there."""
        self._kept = True
        self._ensure_tray()

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            tray = QSystemTrayIcon(_tray_icon(self._window), self)
            menu = QMenu(self._window)
            menu.addAction(self.tr("Show %1").replace("%1", APP_NAME), self.summon)
            tray.setContextMenu(menu)
            # Missed calls are seen once the agent looks at Recent calls (ui/recent/recent_flow.py).
            tray.activated.connect(lambda _reason: self.summon())
            tray.messageClicked.connect(self.summon)
            self.tray = tray
        self.tray.show()
        self._render_tooltip()
        return self.tray


def _tray_icon(window: QWidget):
    icon = window.windowIcon()
    if icon.isNull():
        from agent_desktop.resources import app_icon

        icon = app_icon()
    return icon
