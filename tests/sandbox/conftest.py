"""Fixtures for the sandbox tests: an authorised HTTP session against the `sandbox` fixture."""

from __future__ import annotations

import pytest
import requests
from stubs import call_payload


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
    """A call log as the app sends it (tests/stubs.py), which the API accepts."""
    return call_payload(1)
