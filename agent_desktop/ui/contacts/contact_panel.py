"""The contact card: every documented field, null-safe, laid out to be scanned in a second."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.api.models import Contact, EntityType
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon
from agent_desktop.ui.common.widgets import Chip, CopyButton, hline, plain_label, section_label

UrlOpener = Callable[[QUrl], object]


def _tel_target(raw: str, region: str) -> str:
    """What the softphone dials: E.164 when the number parses, else the digits as stored."""
    from agent_desktop.core.phone import InvalidNumber, parse_phone

    try:
        return parse_phone(raw, region).e164
    except InvalidNumber:
        return "".join(ch for ch in raw if ch.isdigit() or ch == "+")


def _display(raw: str, region: str) -> str:
    from agent_desktop.core.phone import display_number

    return display_number(raw, region)


class Avatar(QWidget):
    """Initials in a tinted circle; the tint follows the entity type."""

    def __init__(self, parent: QWidget | None = None, size: int = 52) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(size, size))
        self.initials = ""
        self.kind = EntityType.UNKNOWN

    def set_contact(self, contact: Contact) -> None:
        parts = [p for p in (contact.firstname, contact.lastname) if p]
        if not parts:
            parts = (contact.company or contact.email or "?").split()[:2]
        self.initials = "".join(p[0] for p in parts[:2]).upper()
        self.kind = contact.entity_type
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bg, fg = theme.entity_tone(self.kind)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawEllipse(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        font = QFont(self.font())
        font.setPixelSize(int(self.height() * 0.36))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(fg)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.initials)


class _FieldRow:
    """Caption, value (plain or link) and a copy button in one grid row."""

    def __init__(
        self,
        grid: QGridLayout,
        row: int,
        caption: str,
        what: str,
        opener: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        self.caption = section_label(caption, parent)
        self.value = QLabel(parent)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.value.setOpenExternalLinks(False)
        self.value.linkActivated.connect(opener)
        self.value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value.setWordWrap(True)
        self.value.setAccessibleName(caption)
        self.copy = CopyButton(what, parent)
        policy = self.copy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # rows keep one height whether a value exists or not
        self.copy.setSizePolicy(policy)
        grid.addWidget(self.caption, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.value, row, 1)
        grid.addWidget(self.copy, row, 2)
        self.plain = ""

    def set(self, text: str | None, href: str | None = None, copy_value: str | None = None) -> None:
        if not text:
            dim = theme.css(theme.secondary_text())
            self.value.setText(f'<span style="color:{dim}">—</span>')
            self.value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.plain = ""
        elif href:
            self.value.setText(f'<a href="{escape(href, quote=True)}">{escape(text)}</a>')
            self.value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.plain = text
        else:
            self.value.setText(escape(text))
            self.value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.plain = text
        self.copy.value = copy_value or text or ""
        self.copy.setEnabled(bool(text))
        self.copy.setVisible(bool(text))


class ContactPanel(QWidget):
    """Shows one contact. Each phone has a Call button (and its link) that asks the window to
    dial it through the softphone; email opens the mail app."""

    link_to_call = Signal(object, str)  # Contact, call id: the agent links them to that call
    copied = Signal(str)
    dial_requested = Signal(str)  # the number as stored: click-to-dial, never handed to the OS

    def __init__(self, url_opener: UrlOpener | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_url = url_opener or QDesktopServices.openUrl
        self.contact: Contact | None = None
        self.target_call = ""  # the id of the call "Link to the call with …" acts on

        self.avatar = Avatar(self)
        self.name = plain_label("", self)  # every field here is the server's text
        self.name.setFont(theme.scaled_font(self.font(), 1.55, bold=True))
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setAccessibleName(self.tr("Contact name"))
        self.company = plain_label("", self)
        self.company.setWordWrap(True)
        self.company.setFont(theme.scaled_font(self.font(), 1.08))
        self.company.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = Chip("", self)
        self.badge.setAccessibleName(self.tr("Entity type"))

        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        head_text.addWidget(self.name)
        head_text.addWidget(self.company)
        badge_row = QHBoxLayout()
        badge_row.setContentsMargins(0, 4, 0, 0)
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        head_text.addLayout(badge_row)
        head = QHBoxLayout()
        head.setSpacing(theme.GAP_L - 2)
        head.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.GAP_L)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.rows = {
            "customer_number": _FieldRow(
                grid, 0, self.tr("Customer no."), self.tr("customer number"), self._open, self
            ),
            "mobilephone": _FieldRow(
                grid, 1, self.tr("Mobile"), self.tr("mobile number"), self._open, self
            ),
            "businessphone": _FieldRow(
                grid, 2, self.tr("Business"), self.tr("business number"), self._open, self
            ),
            "businessphone2": _FieldRow(
                grid, 3, self.tr("Business 2"), self.tr("second business number"), self._open, self
            ),
            "email": _FieldRow(
                grid, 4, self.tr("Email"), self.tr("email address"), self._open, self
            ),
        }
        for row in self.rows.values():
            row.copy.copied.connect(self.copied)
        self.dial_buttons: dict[str, QToolButton] = {}
        for number, field in enumerate(("mobilephone", "businessphone", "businessphone2"), 1):
            button = QToolButton(self)
            button.setIcon(icon("phone"))
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Call this number with the softphone"))
            caption = self.rows[field].caption.text()
            button.setAccessibleName(self.tr("Call %1").replace("%1", caption))
            button.clicked.connect(lambda _=False, f=field: self._dial(f))
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            grid.addWidget(button, number, 3)
            self.dial_buttons[field] = button

        self.link_button = QPushButton(icon("link"), "", self)
        self.link_button.setToolTip(self.tr("Log that call against this contact"))
        self.link_button.clicked.connect(
            lambda: self.target_call and self.link_to_call.emit(self.contact, self.target_call)
        )
        self.link_button.hide()
        self.id_label = plain_label("", self)
        self.id_label.setFont(theme.small_font(self.font()))
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_secondary(self.id_label)

        layout = QVBoxLayout(self)
        m = theme.MARGIN + 4
        layout.setContentsMargins(m, m, m, theme.MARGIN)
        layout.setSpacing(theme.GAP_L)
        layout.addLayout(head)
        layout.addWidget(hline(self))
        layout.addLayout(grid)
        layout.addWidget(self.id_label)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_contact(self, contact: Contact, region: str = DEFAULT_REGION) -> None:
        self.contact = contact
        theme.on_change(self, lambda: self._restyle(contact, region), "contact")
        self.avatar.set_contact(contact)
        self.name.setText(contact.display_name)
        company_shown = contact.company and contact.company != contact.display_name
        self.company.setText(contact.company or "")
        self.company.setVisible(bool(company_shown))
        kind = contact.entity_type_text
        self.badge.setText(kind or self.tr("Unknown type"))
        self.badge.set_hue(
            {EntityType.ACCOUNT: 215, EntityType.CONTACT: 150, EntityType.LEAD: 32}.get(
                contact.entity_type, -1
            )
        )
        self.rows["customer_number"].set(contact.customer_number)
        for field in ("mobilephone", "businessphone", "businessphone2"):
            raw = getattr(contact, field)
            if raw:
                shown = _display(raw, region)
                self.rows[field].set(shown, "tel:" + _tel_target(raw, region), shown)
            else:
                self.rows[field].set(None)
            self.dial_buttons[field].setVisible(bool(raw))
        email = contact.email
        self.rows["email"].set(email, f"mailto:{email}" if email else None)
        self.id_label.setText(self.tr("ID %1").replace("%1", contact.id))
        self.setAccessibleDescription(contact.display_name)

    def _restyle(self, contact: Contact, region: str) -> None:
        """Texts with colours in them (links, the dim "—") laid out again in the new ones."""
        for row in self.rows.values():
            row.value.clear()
        self.show_contact(contact, region)

    def set_target_call(self, call_id: str, number: str, call_contact: Contact | None) -> None:
        """Offer "Link to the call with <number>" when that live call (`call_id`, "" for none)
        is logged against someone else, or no one: the button names the call it acts on."""
        self.target_call = call_id
        show = (
            bool(call_id)
            and self.contact is not None
            and (call_contact is None or call_contact.id != self.contact.id)
        )
        text = (
            self.tr("Link to the call with %1").replace("%1", number)
            if number
            else self.tr("Link to the call in hand")
        )
        self.link_button.setText(text)
        self.link_button.setAccessibleName(text)
        self.link_button.setVisible(show)

    def _dial(self, field: str) -> None:
        raw = getattr(self.contact, field, None) if self.contact is not None else None
        if raw:
            self.dial_requested.emit(raw)

    def _open(self, href: str) -> None:
        if href.startswith("tel:"):  # our own click-to-dial, not the OS's (often no handler)
            self.dial_requested.emit(href[len("tel:") :])
            return
        self._open_url(QUrl(href))
