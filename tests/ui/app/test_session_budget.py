"""The window's clients (search and outbox) share one request budget per context."""

from __future__ import annotations

from agent_desktop.core.api.request_budget import RequestBudget
from agent_desktop.ui.app.session import budgeted_client_factory


def test_clients_of_one_factory_share_one_budget_and_factories_do_not():
    make = budgeted_client_factory()
    first = make("http://127.0.0.1:9/api/1.0", "k", "ZA")
    second = make("http://127.0.0.1:9/api/1.0", "other", "GB")
    other = budgeted_client_factory()("http://127.0.0.1:9/api/1.0", "k", "ZA")
    try:
        assert isinstance(first.budget, RequestBudget)
        assert second.budget is first.budget
        assert second.region == "GB"
        assert other.budget is not first.budget
    finally:
        for client in (first, second, other):
            client.close()
