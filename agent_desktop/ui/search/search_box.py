"""The search box: debounced autocomplete plus exact phone/email lookup, latest answer wins."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from agent_desktop.core.search.cache import (
    SHOWN_LIMIT,
    LatestGate,
    SearchOutcome,
    SearchRound,
    SpellingCache,
    TtlCache,
    cache_key,
    exact_kind,
    exact_worker,
    normalise_term,
    search_worker,
    searchable,
)
from agent_desktop.core.search.terms import offers_create
from agent_desktop.qt.tasks import Task
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.errors import describe_error, error_details
from agent_desktop.ui.common.icons import icon, show_icon
from agent_desktop.ui.common.widgets import Spinner, plain_tooltip

if TYPE_CHECKING:
    from agent_desktop.ui.search.suggestion_popup import SuggestionPopup

AUTOCOMPLETE_PAGE = SHOWN_LIMIT  # the most contacts /calls/autocomplete returns at once


class _Edit(QLineEdit):
    """Hands navigation keys to the box so the list can be driven without leaving the text."""

    navigate = Signal(int)  # rows to move
    submit = Signal()
    escape = Signal()
    focus_lost = Signal()
    focus_changed = Signal(bool)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 5,
            Qt.Key.Key_PageUp: -5,
        }
        if key in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.navigate.emit(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.submit.emit()
        elif key == Qt.Key.Key_Escape:
            self.escape.emit()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.focus_lost.emit()


class SearchBox(QFrame):
    contact_chosen = Signal(object)  # Contact
    outcome_shown = Signal(object)  # SearchOutcome (tests and the status bar listen)

    def __init__(
        self,
        session: Session,
        overlay_parent: QWidget,
        *,
        debounce_ms: int = 200,
        cache_ttl: float = 30.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self._session = session
        self._overlay_parent = overlay_parent
        self._gate = LatestGate()
        self._cache: TtlCache[SearchOutcome] = TtlCache(ttl=cache_ttl)
        # Each spelling's answer ("james" for "james may"), shared by the next terms' workers.
        self._spellings: SpellingCache = TtlCache(ttl=cache_ttl, max_entries=128)
        self._round: SearchRound | None = None
        self._tasks: list[Task] = []
        self._aside = ""  # the search a ring cleared (Esc in the empty box restores it)
        self._held = False

        self.edit = _Edit(self)
        self.edit.setFrame(False)
        self.edit.setPlaceholderText(self.tr("Search name, company, phone or email"))
        self.edit.setAccessibleName(self.tr("Search contacts"))
        self.edit.setAccessibleDescription(
            self.tr("Type two or more letters; use the arrow keys and Enter to open a contact.")
        )
        self.edit.setToolTip(self.tr("Search contacts (Ctrl+K)"))
        self.edit.setClearButtonEnabled(True)
        glyph = QLabel(self)
        show_icon(glyph, icon("search"), QSize(18, 18))
        self.spinner = Spinner(self)
        self.spinner.hide()
        hint = QLabel(QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText), self)
        hint.setFont(theme.small_font(hint.font()))
        theme.set_secondary(hint)
        self._hint = hint
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(theme.GAP)
        layout.addWidget(glyph)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.spinner)
        layout.addWidget(hint)
        self.setFocusProxy(self.edit)

        self._popup: SuggestionPopup | None = None  # made at the first search (see popup)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.search_now)

        self.edit.textEdited.connect(self._text_edited)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.navigate.connect(self._navigate)
        self.edit.submit.connect(self._submit)
        self.edit.escape.connect(self._escape)
        self.edit.focus_lost.connect(self._hide_popup)
        self.edit.focus_changed.connect(self._focus_changed)
        overlay_parent.installEventFilter(self)
        session.settings_changed.connect(lambda _s: self.clear_cache())

    # --- public -------------------------------------------------------------------------------

    @property
    def popup(self) -> SuggestionPopup:
        """The suggestions' list, made when first shown: the first paint needs neither the
        widget nor its module (a list view, its model and delegate)."""
        if self._popup is None:
            from agent_desktop.ui.search.suggestion_popup import SuggestionPopup

            self._popup = SuggestionPopup(self._overlay_parent)
            self._popup.activated.connect(self._choose)
        return self._popup

    def prepare_popup(self) -> None:
        """Make the list now (a step after the first paint, ui/window/rest.py), so the first
        search does not wait for it."""
        _ = self.popup

    def _popup_shown(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def _hide_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def set_debounce_ms(self, ms: int) -> None:
        self._debounce.setInterval(max(0, int(ms)))

    def clear_cache(self) -> None:
        """Forget cached answers (after a create, the server knows more than the cache)."""
        self._cache.clear()
        self._spellings.clear()

    def text(self) -> str:
        return self.edit.text()

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def hold(self) -> None:
        """Keep what is typed but search nothing until release() (the window's start-up: the
        settings and key are still being loaded)."""
        self._held = True

    def release(self) -> None:
        """Search what was typed while held, with the full text."""
        self._held = False
        if searchable(self.edit.text()):
            self.search_now()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    @property
    def scheduled(self) -> bool:
        """A search is due (the debounce runs) or under way."""
        return self._debounce.isActive() or self.busy

    def _focus_changed(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)

    # --- typing -------------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        self._hint.setVisible(not text)
        if not text:  # also covers the clear button, which does not emit textEdited
            self._reset()
            self._hide_popup()

    def _text_edited(self, text: str) -> None:
        if not searchable(text):
            self._reset()
            self._hide_popup()
            return
        cached = self._cache.get(cache_key(text))
        if cached is not None:  # answered from memory: no request, no wait
            self._reset()
            self._show(cached)
            return
        self._debounce.start()
        self._set_busy(True)
        if self._popup_shown():
            self.popup.show_busy()

    def _reset(self) -> None:
        """Forget the search in flight: its answer, when it comes, is stale."""
        self._debounce.stop()
        self._gate.invalidate()
        self._round = None
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        self._set_busy(False)

    def search_now(self) -> None:
        """Send the current text now (the debounce fired, or Enter was pressed)."""
        text = self.edit.text()
        if not searchable(text):
            return
        if self._held:  # release() searches it
            self._set_busy(True)
            return
        self._reset()
        term = normalise_term(text)
        round_ = self._round = SearchRound(self._gate.next(), term)
        region, spellings = self._session.region, self._spellings
        results = self._session.call(
            lambda c: search_worker(c, term, region, cache=spellings), name="search"
        )
        results.finished.connect(lambda r: self._answer(round_, round_.set_results, r))
        results.failed.connect(lambda e: self._answer(round_, round_.set_results_error, e))
        self._tasks = [results]
        if exact_kind(term) is None:  # plain words: autocomplete alone answers
            round_.set_exact(None)
        else:  # a number or an address: the exact lookup runs in parallel
            exact = self._session.call(lambda c: exact_worker(c, term, region), name="exact")
            exact.finished.connect(lambda r: self._answer(round_, round_.set_exact, r))
            exact.failed.connect(lambda e: self._answer(round_, round_.set_exact_error, e))
            self._tasks.append(exact)
        self._set_busy(True)
        self.popup.show_busy()
        self._place_popup()
        self.popup.show()
        self.popup.raise_()

    def _answer(self, round_: SearchRound, setter, value) -> None:
        if not shiboken6.isValid(self.spinner):
            return  # the window closed while the search ran: nobody to show it to
        if round_ is not self._round or not self._gate.is_latest(round_.seq):
            return  # an older term's answer: drop it
        setter(value)
        if not round_.complete:
            return
        self._tasks = []
        self._set_busy(False)
        outcome = round_.outcome()
        if outcome.cacheable:
            self._cache.put(cache_key(outcome.term), outcome)
        self._show(outcome)

    def _show(self, outcome: SearchOutcome) -> None:
        self._place_popup()
        self.popup.state_label.setToolTip("")
        if outcome.error is not None:
            message = describe_error(outcome.error) or self.tr("The search failed.")
            self.popup.state_label.setToolTip(plain_tooltip(error_details(outcome.error)))
            if outcome.suggestions:
                self.popup.show_results(outcome.suggestions, message, outcome.term)
            else:
                self.popup.show_message(message, error=True)
        elif outcome.suggestions:
            n = len(outcome.suggestions)
            if n >= AUTOCOMPLETE_PAGE:  # the server sends at most one page: say so
                count = self.tr("First %1 matches, type more to narrow").replace("%1", str(n))
            else:
                count = (
                    self.tr("1 match") if n == 1 else self.tr("%1 matches").replace("%1", str(n))
                )
            hint = self.tr("%1 · ↑↓ to choose, Enter to open").replace("%1", count)
            self.popup.show_results(outcome.suggestions, hint, outcome.term)
        elif offers_create(outcome.term, self._session.region):
            self.popup.show_results(
                (),
                self.tr("No matches for “%1”. Press Ctrl+N to create a contact.").replace(
                    "%1", outcome.term
                ),
            )
        else:  # a part of a number: nobody is created as "0721"
            self.popup.show_results(
                (),
                self.tr("No matches for “%1”. Type the full number to create a contact.").replace(
                    "%1", outcome.term
                ),
            )
        self.popup.show()
        self.popup.raise_()
        self.outcome_shown.emit(outcome)

    def _set_busy(self, busy: bool) -> None:
        self.spinner.setVisible(busy)
        self.spinner.set_running(busy)
        if busy:
            self._hint.hide()
        else:
            self._hint.setVisible(not self.edit.text())

    # --- keys ---------------------------------------------------------------------------------

    def _navigate(self, delta: int) -> None:
        if not self._popup_shown():
            if searchable(self.edit.text()):
                cached = self._cache.get(cache_key(self.edit.text()))
                if cached is not None:
                    self._show(cached)
                else:
                    self.search_now()
            return
        self.popup.move_selection(delta)

    def _submit(self) -> None:
        current = self.popup.current() if self._popup_shown() else None
        if current is not None:
            self._choose(current)
        elif self._debounce.isActive() or not self._popup_shown():
            self.search_now()  # do not make the agent wait for the pause

    def _escape(self) -> None:
        if self._popup_shown():
            self._hide_popup()
        elif self.edit.text():
            self.edit.clear()
        elif self._aside:  # what a ring set aside comes back
            self.edit.setText(self._aside)
            self._aside = ""

    def set_aside(self) -> None:
        """A ring: the search is not the caller. Cleared as an edit (Ctrl+Z undoes it), and
        Esc in the empty box brings it back."""
        text = self.edit.text()
        if not text:
            return
        self._aside = text
        self._hide_popup()
        self.edit.selectAll()
        self.edit.del_()

    def _choose(self, suggestion) -> None:
        self._hide_popup()
        self.edit.selectAll()
        self.contact_chosen.emit(suggestion.contact)

    # --- popup placement ----------------------------------------------------------------------

    def _place_popup(self) -> None:
        top_left = self.mapTo(self._overlay_parent, QPoint(0, 0))
        anchor = QRect(top_left, self.size())
        room = self._overlay_parent.height() - anchor.bottom() - theme.GAP
        self.popup.place(anchor, max(room, 120))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self._overlay_parent and event.type() == QEvent.Type.Resize
        if resized and self._popup_shown():
            self._place_popup()
        return False
