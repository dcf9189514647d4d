"""The client's error hierarchy. Every message is fit to show an agent as it is."""

from __future__ import annotations


class ApiError(Exception):
    """Base of everything the API client raises. `str(err)` is the agent-facing message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AuthError(ApiError):
    """Wrong/missing key, or a key without the permission the call needs (401/403, or
    `status: false` with an `error`)."""

    def __init__(self, message: str, server_text: str | None = None) -> None:
        super().__init__(message)
        self.server_text = server_text


class NotFound(ApiError):
    """A record that should exist could not be found (e.g. a contact just created)."""


class ValidationError(ApiError):
    """The server refused the input (422); `message` carries the server's words, and
    `server_text` the words alone when its JSON gave any (an `error`, a `message`)."""

    def __init__(self, message: str, server_text: str | None = None) -> None:
        super().__init__(message)
        self.server_text = server_text


class RateLimited(ApiError):
    """429. `retry_after` is the server's Retry-After in seconds, or None when it gave none."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx or another unexpected status from the server."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class NetworkError(ApiError):
    """DNS, connection refused/reset, timeout, TLS: the request may not have reached the server."""


class ProtocolError(ApiError):
    """The server answered with something that is not the documented JSON (HTML, garbage)."""

    def __init__(self, message: str, excerpt: str = "") -> None:
        super().__init__(message)
        self.excerpt = excerpt


# Errors worth retrying later without a person changing anything.
TRANSIENT_ERRORS = (NetworkError, ServerError, RateLimited, ProtocolError)
