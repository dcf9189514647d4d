"""`agent-desktop --smoke-test`: prove a build can run, without touching settings or the network.

Starts Qt, builds the real main window against the in-process demo sandbox, paints it once, and
checks that everything the app loads lazily is really there: the icon files, the translations
(every language of ours, and Qt's), phonenumbers' metadata, the OS keyring backends, truststore,
and a lookup through the API client over loopback.
Success prints exactly one line, ``ok agent-desktop <version>``, on stdout and returns 0;
failure prints ``smoke-test failed: <reason>`` on stderr and returns 1.

If ``AGENT_DESKTOP_SMOKE_REPORT`` names a file, a JSON report (keyring backend, Qt platform,
time stamps) is written there, so the build script can show details and start-up times while
stdout stays one line.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time

_T_IMPORT = time.time()

# The sandbox's fixed contact that the lookup must find, whatever form of the number is stored.
JAMES_MAY_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
KEYRING_MODULES = {
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS",),
}
COMMON_KEYRING_MODULES = ("keyring.backends.chainer", "keyring.backends.fail")


class SmokeFailure(Exception):
    """One check failed; the message says which and why."""


def _check_version() -> str:
    from agent_desktop import __version__

    if "unknown" in __version__:
        raise SmokeFailure("the package metadata (version) is missing from this build")
    return __version__


def _check_window(report: dict) -> None:
    from PySide6.QtWidgets import QApplication

    from agent_desktop.ui.app.run import create_demo_window

    app = QApplication.instance() or QApplication([sys.argv[0]])
    report["qt_platform"] = QApplication.platformName()
    window, cleanup = create_demo_window()
    try:
        report["t_window"] = time.time()
        window.show()
        app.processEvents()
        pixmap = window.grab()
        if pixmap.isNull() or pixmap.width() == 0:
            raise SmokeFailure("the main window did not paint")
        report["t_painted"] = time.time()
        report["window_size"] = [pixmap.width(), pixmap.height()]
    finally:
        cleanup()  # closes the window, stops its workers and the demo sandbox
        app.processEvents()


def _check_icon(report: dict) -> None:
    from agent_desktop.resources import app_icon, icon_files, resources_dir

    report["resources"] = str(resources_dir() or "")
    icons = icon_files()
    report["icon_sizes"] = sorted(icons)
    if not icons:
        raise SmokeFailure("the application icon files are missing")
    if app_icon().pixmap(32, 32).isNull():
        raise SmokeFailure("the application icon could not be loaded")


def _check_phone_metadata() -> None:
    import phonenumbers

    from agent_desktop.core.phone import parse_phone

    if parse_phone("072 123 4567", "ZA").e164 != "+27721234567":
        raise SmokeFailure("phone number rules for South Africa gave a wrong result")
    # A second region proves the metadata of every region is bundled, not just the default.
    if not phonenumbers.is_valid_number(phonenumbers.parse("+44 20 7946 0958", None)):
        raise SmokeFailure("phonenumbers metadata for other regions is missing")


def _check_keyring(report: dict) -> None:
    platform_key = "linux" if sys.platform.startswith("linux") else sys.platform
    for name in (*COMMON_KEYRING_MODULES, *KEYRING_MODULES.get(platform_key, ())):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise SmokeFailure(f"keyring support module {name} is missing ({exc})") from exc
    import keyring

    backend = keyring.get_keyring()  # only asks which backend applies; nothing is stored
    report["keyring_backend"] = f"{type(backend).__module__}.{type(backend).__name__}"


def _check_call_events() -> None:
    """QtNetwork's local socket carries softphone events: one event there and back."""
    import uuid

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalSocket

    from agent_desktop.core.calls.events import CallEvent, EventKind
    from agent_desktop.qt.single_instance import InstanceServer

    name = f"agent-desktop-smoke-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(name)
    received: list = []
    server.event_received.connect(received.append)
    if not server.listen():
        raise SmokeFailure("the local socket for softphone events cannot listen")
    sock = QLocalSocket()
    try:
        sock.connectToServer(name)
        sock.write(CallEvent(EventKind.SHOW).encode())
        deadline = time.monotonic() + 5
        while not (received and sock.canReadLine()):  # both ends live on this thread
            if time.monotonic() > deadline:
                raise SmokeFailure("a softphone event did not make it through the local socket")
            QCoreApplication.processEvents()
            sock.waitForReadyRead(10)
        if bytes(sock.readLine().data()).strip() != b"ok":
            raise SmokeFailure("the local socket for softphone events gave a wrong answer")
    finally:
        sock.abort()
        server.close()


def _check_translations(report: dict) -> None:
    """Every language's .qm loads and translates; Qt's qtbase_de.qm too (then English again)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from agent_desktop.core.settings.languages import TRANSLATED
    from agent_desktop.ui.app.translations import install_translations, remove_translations

    app = QApplication.instance() or QApplication([sys.argv[0]])
    try:
        found = []
        for code in TRANSLATED:
            if install_translations(app, code) != code:
                raise SmokeFailure(f"the translation file for {code} is missing from this build")
            if QCoreApplication.translate("Menus", "&File") == "&File":
                raise SmokeFailure(f"the translation file for {code} does not translate")
            found.append(code)
        report["languages"] = found
        if install_translations(app, "de") != "de":
            raise SmokeFailure("the German translation file is missing from this build")
        if QCoreApplication.translate("Menus", "&File") != "&Datei":
            raise SmokeFailure("the German translation file does not translate")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if box.buttons()[0].text() != "Abbrechen":
            raise SmokeFailure("Qt's own German translation (qtbase_de.qm) is missing")
    finally:
        remove_translations(app)


def _check_truststore() -> None:
    import ssl

    import truststore

    truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _check_sandbox_lookup() -> None:
    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.sandbox import SandboxServer

    with SandboxServer(token="smoke-test") as server:
        client = SwitchTransactClient(server.base_url, "smoke-test")
        try:
            contact = client.lookup_by_phone("072 123 4567")
        finally:
            client.close()
    if contact is None or contact.id != JAMES_MAY_ID:
        raise SmokeFailure("the loopback lookup in the sandbox did not find the demo contact")


def _write_report(report: dict) -> None:
    path = os.environ.get("AGENT_DESKTOP_SMOKE_REPORT")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=2)


def run_smoke_test() -> int:
    """Run every check; print the one result line; return the process exit code."""
    report: dict = {"t_import": _T_IMPORT, "ok": False}
    try:
        version = _check_version()
        report["version"] = version
        _check_window(report)
        _check_icon(report)
        _check_translations(report)
        _check_phone_metadata()
        _check_keyring(report)
        _check_truststore()
        _check_call_events()
        _check_sandbox_lookup()
    except SmokeFailure as exc:
        report["error"] = str(exc)
        _write_report(report)
        print(f"smoke-test failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # anything else is a broken build: name it, in one line
        first_line = (str(exc).splitlines() or [""])[0]
        report["error"] = f"{type(exc).__name__}: {first_line}"
        _write_report(report)
        print(f"smoke-test failed: {report['error']}", file=sys.stderr)
        return 1
    report["ok"] = True
    report["t_done"] = time.time()
    _write_report(report)
    print(f"ok agent-desktop {version}", flush=True)
    return 0
