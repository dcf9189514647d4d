"""One quick-create request, followed through the outbox from "saved" to "created" (or refused).

The form gets one request id per new contact; a correction after a refusal changes that same entry
(update_payload, or retry when nothing changed), so a contact is never created twice by the form.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.api.models import Contact
from agent_desktop.core.outbox.outbox import (
    InvalidTransition,
    OutboxAction,
    OutboxEntry,
    OutboxEvent,
    OutboxKind,
    OutboxUnavailable,
)
from agent_desktop.core.vocabulary import Vocabulary
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.ui.common.errors import describe_error
from agent_desktop.ui.common.widgets import Tone


class RequestPhase(Vocabulary):
    IDLE = "idle"  # nothing under way: the form is free
    SAVING = "saving"  # being written to the outbox
    WAITING = "waiting"  # saved; the outbox sends it
    ATTENTION = "attention"  # refused: correct and send again, or discard


_BACK_IN_QUEUE = (OutboxAction.UPDATED, OutboxAction.RETRIED, OutboxAction.WRITTEN_FROM_MEMORY)


class ContactRequest(QObject):
    phase_changed = Signal(object)  # RequestPhase
    message = Signal(str, object)  # text, Tone
    queued = Signal(str, str, str)  # request id, name, phone: saved, being created
    created = Signal(object, str)  # Contact, request id
    dropped = Signal(str)  # request id: discarded, or created without an id to open
    finished = Signal()  # created or dropped: the form starts afresh

    def __init__(self, service: OutboxService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.phase = RequestPhase.IDLE
        self.request_id: str | None = None
        self.entry_id: int | None = None
        self.payload: dict[str, str] | None = None
        service.changed.connect(self._event)

    @property
    def name(self) -> str:
        payload = self.payload or {}
        return " ".join(x for x in (payload.get("firstname"), payload.get("lastname")) if x)

    # --- a person's actions -------------------------------------------------------------------

    def submit(self, payload: dict[str, str]) -> None:
        if self.phase == RequestPhase.ATTENTION and self.entry_id is not None:
            # A correction of the refused entry: the same request, not a second contact.
            task = (
                self._service.retry(self.entry_id)
                if payload == self.payload
                else self._service.update_payload(self.entry_id, payload)
            )
        else:
            self.request_id = str(uuid.uuid4())
            task = self._service.enqueue_contact(
                self.request_id, payload["firstname"], payload["lastname"], payload["phone"]
            )
        self.payload = dict(payload)
        request_id = self.request_id
        task.finished.connect(lambda entry: self._saved(request_id, entry))
        task.failed.connect(lambda error: self._not_saved(request_id, error))
        self._set(RequestPhase.SAVING)

    def discard(self) -> None:
        if self.entry_id is not None:
            task = self._service.discard(self.entry_id)
            task.failed.connect(lambda e: self.message.emit(str(e), Tone.ERROR))

    # --- answers ------------------------------------------------------------------------------

    def _saved(self, request_id: str | None, entry: OutboxEntry) -> None:
        if request_id != self.request_id or self.phase != RequestPhase.SAVING:
            return  # answered late: the outbox's events already moved it on
        self.entry_id = entry.id
        self._set(RequestPhase.WAITING)
        self.queued.emit(request_id, self.name, (self.payload or {}).get("phone", ""))

    def _not_saved(self, request_id: str | None, error: object) -> None:
        if request_id != self.request_id or self.phase != RequestPhase.SAVING:
            return
        # A new contact the disk refused is held in memory and written later; a correction of
        # a refused entry is not (error.held is None): say so and keep the form editable.
        if isinstance(error, OutboxUnavailable) and error.held is not None:
            reason = error.held.reason
            self.message.emit(
                self.tr(
                    "Could not save the new contact to disk: %1 It is kept in memory and "
                    "will be written as soon as possible."
                ).replace("%1", reason),
                Tone.WARNING,
            )
            self._set(RequestPhase.WAITING)
            self.queued.emit(request_id, self.name, (self.payload or {}).get("phone", ""))
            return
        plain = isinstance(error, (InvalidTransition, OutboxUnavailable))  # already sentences
        text = str(error) if plain else describe_error(error)
        self.message.emit(text, Tone.ERROR)
        self._set(RequestPhase.ATTENTION if self.entry_id is not None else RequestPhase.IDLE)

    def _event(self, event: OutboxEvent) -> None:
        entry = event.entry
        if (
            entry is None
            or entry.kind != OutboxKind.CREATE_CONTACT
            or self.request_id is None
            or entry.call_id != self.request_id
        ):
            return
        self.entry_id = entry.id
        action = event.action
        if action == OutboxAction.SENT:
            self._created(entry)
        elif action == OutboxAction.NEEDS_ATTENTION:
            self.message.emit(entry.last_error or self.tr("SwitchTransact refused it."), Tone.ERROR)
            self._set(RequestPhase.ATTENTION)
        elif action == OutboxAction.RETRY_SCHEDULED:
            self.message.emit(
                self.tr(
                    "Saved. %1 The contact is created as soon as SwitchTransact answers; "
                    "you can carry on."
                ).replace("%1", entry.last_error or ""),
                Tone.INFO,
            )
        elif action == OutboxAction.DISCARDED:
            self._finish()
        elif action in _BACK_IN_QUEUE and self.phase != RequestPhase.SAVING:
            self._set(RequestPhase.WAITING)

    def _created(self, entry: OutboxEntry) -> None:
        request_id = self.request_id or ""
        result = entry.result or {}
        try:
            contact = Contact.from_api(result).one_lined()
        except ValueError:
            # Created, but the follow-up lookup found no id: starting afresh keeps the agent
            # from creating it twice.
            self._finish()
            self.message.emit(
                result.get("message")
                or self.tr("The contact was created but could not be opened; search for it."),
                Tone.WARNING,
            )
            return
        self._finish(emit_dropped=False)
        self.created.emit(contact, request_id)

    def _finish(self, emit_dropped: bool = True) -> None:
        request_id = self.request_id or ""
        self.request_id = self.entry_id = self.payload = None
        self._set(RequestPhase.IDLE)
        self.finished.emit()
        if emit_dropped:
            self.dropped.emit(request_id)

    def _set(self, phase: RequestPhase) -> None:
        self.phase = phase
        self.phase_changed.emit(phase)
