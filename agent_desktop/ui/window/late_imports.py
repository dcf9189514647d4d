"""The modules the window's steps after its first paint use, imported a slice at a time.

Imported in one go they held the GUI thread ~110 ms (benchmarks/build_steps.py): keys typed then
waited for it. Leaf-first (each module after the modules it imports, the order Python finishes
them in, `python -X importtime`), so each import runs its own module's body and little more; a
slice is as many as fit in SLICE_S, and the event loop turns between slices. A module missing
from the list is still imported by the step that uses it, only in that step's time;
tests/ui/window/test_late_imports.py keeps the list complete and every name importable.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator

SLICE_S = 0.004  # a quarter of a frame: a slice ends after the import that crosses it

MODULES = (
    "agent_desktop.core.phones.source",
    "agent_desktop.qt.phone_service",
    "agent_desktop.core.updates.updates",
    "agent_desktop.core.updates.install",
    "agent_desktop.qt.update_service",
    "agent_desktop.ui.app.update_flow",
    "agent_desktop.ui.calls.caller_choice",
    "concurrent",
    "concurrent.futures._base",
    "concurrent.futures",
    "heapq",
    "queue",
    "concurrent.futures.thread",
    "agent_desktop.qt.call_service",
    "agent_desktop.core.outbox",
    "agent_desktop.core.api.rate_limit",
    "agent_desktop.core.outbox.backoff",
    "agent_desktop.core.outbox.entry",
    "agent_desktop.core.outbox.kinds",
    "sqlite3.dbapi2",
    "sqlite3",
    "agent_desktop.core.calls.tables",
    "agent_desktop.core.outbox.sqlite_wal",
    "agent_desktop.core.outbox.recovery",
    "agent_desktop.core.outbox.schema",
    "agent_desktop.core.outbox.store",
    "agent_desktop.core.outbox.actions",
    "select",
    "selectors",
    "array",
    "socket",
    "agent_desktop.core.outbox.claims",
    "agent_desktop.core.outbox.enqueue",
    "agent_desktop.core.outbox.queries",
    "agent_desktop.core.outbox.worker",
    "agent_desktop.core.outbox.outbox",
    "agent_desktop.core.outbox.delivery",
    "agent_desktop.qt.outbox_summary",
    "agent_desktop.qt.outbox_service",
    "agent_desktop.ui.calls.ring_lookup",
    "agent_desktop.ui.review",
    "agent_desktop.ui.outbox",
    "agent_desktop.ui.common.locale_format",
    "agent_desktop.ui.outbox.outbox_texts",
    "agent_desktop.core.calls.logs",
    "agent_desktop.qt.log_sender",
    "agent_desktop.qt.log_service",
    "agent_desktop.ui.calls.caller_lookup_flow",
    "agent_desktop.ui.phones",
    "agent_desktop.ui.phones.phone_control",
    "agent_desktop.ui.calls.dialer",
    "agent_desktop.ui.contacts",
    "agent_desktop.ui.contacts.contact_panel",
    "agent_desktop.ui.recent",
    "agent_desktop.core.calls.serial",
    "agent_desktop.core.calls.recent",
    "agent_desktop.ui.recent.recent_texts",
    "agent_desktop.ui.review.review_texts",
    "agent_desktop.ui.review.details",
    "agent_desktop.ui.review.edits",
    "agent_desktop.ui.review.review_page",
    "agent_desktop.ui.calls.controller",
    "agent_desktop.core.hotkey_grabs",
    "agent_desktop.qt.global_shortcuts",
    "agent_desktop.ui.calls.global_keys_flow",
    "agent_desktop.ui.common.content_width",
    "agent_desktop.ui.contacts.contact_request",
    "agent_desktop.ui.contacts.create_panel",
    "agent_desktop.ui.outbox.entry_fields",
    "agent_desktop.ui.outbox.entry_editor",
    "agent_desktop.ui.outbox.outbox_dialog",
    "agent_desktop.ui.outbox.outbox_strip",
    "agent_desktop.ui.outbox.outbox_view",
    "agent_desktop.ui.recent.recent_page",
    "agent_desktop.ui.review.undo_bar",
    "agent_desktop.ui.review.unsent",
    "agent_desktop.ui.review.review_flow",
    "agent_desktop.ui.contacts.contact_flow",
    "agent_desktop.ui.phones.phone_texts",
    "agent_desktop.ui.phones.phone_flow",
    "agent_desktop.qt.recent_service",
    "agent_desktop.ui.recent.recent_flow",
    "agent_desktop.core.calls.store",  # imported by call_service() (ui/window/parts.py)
    "agent_desktop.ui.search.suggestion_popup",  # the last step's
)


def import_in_slices(modules: tuple[str, ...] = MODULES) -> Iterator[str]:
    """Import `modules` in order; yield (the last module's name) after each slice."""
    pending = list(modules)
    while pending:
        start = time.perf_counter()
        name = pending.pop(0)
        importlib.import_module(name)  # at least one a slice, however slow
        while pending and time.perf_counter() - start < SLICE_S:
            name = pending.pop(0)
            importlib.import_module(name)
        yield name
