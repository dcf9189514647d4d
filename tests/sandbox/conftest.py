"""Fixtures for the sandbox tests: an authorised HTTP session against the `sandbox` fixture."""

from __future__ import annotations

import pytest
import requests


class Api:
    """A requests.Session bound to one sandbox; paths are relative to /api/1.0."""

    def __init__(self, base_url: str, token: str | None) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        if token is not None:
            self.session.headers["Authorization"] = token

    def get(self, path: str, **params: str) -> requests.Response:
        return self.session.get(self.base_url + path, params=params, timeout=5)

    def post(self, path: str, body: object = None, **kwargs) -> requests.Response:
        return self.session.post(self.base_url + path, json=body, timeout=5, **kwargs)

    def close(self) -> None:
        self.session.close()


@pytest.fixture
def make_api():
    """make_api(base_url, token) -> Api; every one made is closed after the test."""
    made: list[Api] = []

    def make(base_url: str, token: str | None) -> Api:
        made.append(Api(base_url, token))
        return made[-1]

    yield make
    for client in made:
        client.close()


@pytest.fixture
def api(sandbox, make_api):
    return make_api(sandbox.base_url, sandbox.token)


@pytest.fixture
def valid_log() -> dict[str, str]:
    return {
        "CallType": "Inbound",
        "CallDirection": "Inbound",
        "Number": "+27721234567",
        "Name": "James May",
        "EntityId": "2916509f-f188-42d8-ab0e-a27bcb20d70d",
        "EntityType": "Account",
        "AgentFirstName": "Lerato",
        "AgentLastName": "Dlamini",
        "AgentEmail": "lerato@callcentre.example",
        "Duration": "00:03:27",
        "DurationTimespan": "00:03:27",
        "DateTime": "17-06-24 14:02:11",
        "CallStartTimeLocal": "14:02:11",
        "CallEndTimeLocal": "14:05:38",
    }
