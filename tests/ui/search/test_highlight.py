"""Search suggestions paint what matched in bold: the runs are found in plain text and painted
with drawText, so a name with markup in it stays its characters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from agent_desktop.core.api.models import Contact
from agent_desktop.core.search.cache import Suggestion
from agent_desktop.ui.search.highlight import match_runs
from agent_desktop.ui.search.suggestions import SuggestionDelegate, SuggestionModel


def test_words_match_anywhere_ignoring_case():
    assert match_runs("James May", "jam") == [("Jam", True), ("es May", False)]
    assert match_runs("James May", "may jam") == [("Jam", True), ("es ", False), ("May", True)]
    assert match_runs("Harbour Light", "zzz") == [("Harbour Light", False)]
    assert match_runs("", "x") == [] and match_runs("Ann", "  ") == [("Ann", False)]


def test_digits_match_a_number_written_with_spaces():
    assert match_runs("My Company  ·  072 123 4567", "0721234567") == [
        ("My Company  ·  ", False),
        ("072 123 4567", True),
    ]


def test_markup_is_only_characters():
    text = "<b>Zoë</b> & co"
    runs = match_runs(text, "b>z")
    assert "".join(part for part, _ in runs) == text
    assert ("b>Z", True) in runs


def test_the_search_term_reaches_the_delegate_and_matches_paint_bold(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    shown = []
    window.search.outcome_shown.connect(shown.append)
    window.search.edit.setText("jam")
    window.search.search_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert window.search.popup.model.term == "jam"

    # The delegate draws the same row with and without a match: the bold run changes pixels.
    model = SuggestionModel()
    model.set_items([Suggestion(Contact(id="1", firstname="James", lastname="May"), None)])
    delegate = SuggestionDelegate()
    option = QStyleOptionViewItem()
    option.rect = QImage(QSize(300, 50), QImage.Format.Format_ARGB32).rect()
    option.font = window.font()
    option.palette = window.palette()

    def paint(term: str) -> QImage:
        model.term = term
        image = QImage(QSize(300, 50), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0, 0, QModelIndex()))
        painter.end()
        return image

    assert paint("jam") != paint("")
    assert paint("") == paint("zzz")  # no match: nothing bold
