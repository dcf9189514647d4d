"""The window's door per OS: a named pipe on Windows, a user-only socket file elsewhere (each
test runs on its own OS only)."""

from __future__ import annotations

import os
import stat
import sys
import uuid

import pytest
from PySide6.QtNetwork import QLocalServer

from agent_desktop.qt.single_instance import InstanceServer, is_running


@pytest.fixture
def server(qapp):
    name = f"agent-desktop-test-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(name)
    assert server.listen()
    yield server
    server.close()


def _full_name(server: InstanceServer) -> str:
    local = server.findChild(QLocalServer)
    assert local is not None
    return local.fullServerName()


@pytest.mark.skipif(sys.platform != "win32", reason="Windows named pipe")
def test_windows_listens_on_a_named_pipe_and_stays_single(server):
    assert _full_name(server) == "\\\\.\\pipe\\" + server.name
    assert is_running(server.name)
    second = InstanceServer(server.name)
    assert not second.listen()  # the pipe is taken: a second window hands over instead
    server.close()
    assert not is_running(server.name)


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket file")
def test_the_socket_file_is_for_this_user_only(server):
    path = _full_name(server)
    mode = os.stat(path).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0, oct(mode)  # no group or other access: the UserAccessOption
    assert is_running(server.name)
