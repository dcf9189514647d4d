"""Starting the GUI: the real window (`run_gui`) and the self-contained demo window."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from agent_desktop import APP_ID, APP_NAME

if TYPE_CHECKING:
    from agent_desktop.core.outbox.delivery import WorkerOptions
    from agent_desktop.qt.tasks import TaskRunner
    from agent_desktop.ui.app.spool_poll import SpoolPoll
    from agent_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_KEY = "demo-key"
_app_holder: list[QApplication] = []  # keeps an app we created alive for the caller


GIL_SWITCH_INTERVAL = 0.001  # seconds


def ensure_app(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        _app_holder.append(app)
        # A worker (a ring's lookup) waits at most 1 ms, not Python's 5, for the GIL while the
        # GUI thread runs Python: the screen pop's p95 went from ~65 to ~26 ms on 2 busy cores.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    elif isinstance(existing, QApplication):
        app = existing
    else:
        raise RuntimeError("a QCoreApplication exists; the window needs a QApplication")
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if icon:
        set_icon(app)
    return app


def set_icon(app: QApplication) -> None:
    try:
        from agent_desktop.resources import app_icon

        app.setWindowIcon(app_icon())
    except Exception:  # an icon is nice to have, never a reason not to start
        log.debug("no application icon", exc_info=True)


def new_runner() -> TaskRunner:
    """A pool of our own, so shutting down waits for our work only."""
    from agent_desktop.qt.tasks import TaskRunner

    pool = QThreadPool()
    pool.setMaxThreadCount(6)
    return TaskRunner(pool)


def create_demo_window(
    *,
    faults=None,
    delivery_options: WorkerOptions | None = None,
) -> tuple[MainWindow, Callable[[], None]]:
    """The window against an in-process sandbox with sample data; nothing written to real
    settings, the keyring or the real data dir (the demo's outbox lives in a temporary folder,
    deleted by cleanup). Returns (window, cleanup). Needs (or creates) a QApplication."""
    ensure_app()
    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.ui.app.context import AppContext
    from agent_desktop.ui.app.demo_server import DemoSettingsStore, LazyDemoServer
    from agent_desktop.ui.app.memory_stores import MemoryKeyStore
    from agent_desktop.ui.window.main_window import MainWindow

    # Started by the start-up worker when it loads the settings, after the first paint.
    server = LazyDemoServer(DEMO_KEY, faults)
    # Only the folder's name is made here; the outbox file is created on a worker at first use.
    folder = Path(tempfile.mkdtemp(prefix="agent-desktop-demo-"))
    settings = Settings(
        agent_first_name="Demo", agent_last_name="Agent", agent_email="demo@example.com"
    )
    keys = MemoryKeyStore(name=QCoreApplication.translate("Demo", "memory (demo only)"))
    ctx = AppContext(
        runner=new_runner(),
        settings_store=DemoSettingsStore(settings, server, keys, DEMO_KEY),
        key_store=keys,  # "Kept in %1." in Settings
        demo=True,
        probe_on_start=False,
        outbox=folder / "outbox.sqlite3",  # made after the first paint (window_parts)
        # A plain dict: core.outbox.delivery (and sqlite3) is not imported before the first paint.
        delivery_options=cast("WorkerOptions", dict(delivery_options or {})),
    )
    window = MainWindow(ctx)
    window.demo_server = server

    done = []

    def cleanup() -> None:
        if done:
            return
        done.append(True)
        window.ask_before_close = False
        window.close()
        window.shutdown()  # stops delivery and closes the outbox file first
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)

    return window, cleanup


def create_window(base_url: str | None = None, region: str | None = None) -> MainWindow:
    """The real window: settings from the user's file, the key from the OS keyring, and the
    process's one outbox in the user data dir (made after the first paint, opened on a worker)."""
    ensure_app()
    from agent_desktop.ui.app.context import AppContext
    from agent_desktop.ui.window.main_window import MainWindow

    return MainWindow(
        AppContext(
            runner=new_runner(),
            base_url_override=base_url,
            region_override=region,
            calls_wait_for_listener=True,
        )
    )


def install_language(app: QApplication) -> str:
    """The `language` setting (or the OS's) before any widget is built: strings are translated
    as widgets are made. ~25 ms, mostly importing the settings code the start-up worker would
    import anyway; see ui/app/translations.py."""
    from agent_desktop.core.settings.settings import SettingsStore
    from agent_desktop.ui.app.translations import install_translations

    try:
        return install_translations(app, SettingsStore().load_language())
    except Exception:  # a language is never a reason not to start: English then
        log.warning("the interface language could not be set up", exc_info=True)
        return "en"


def run_gui(
    demo: bool = False,
    base_url: str | None = None,
    region: str | None = None,
    to_tray: bool = False,
) -> int:
    """The window; `to_tray` (started at login): once built, it waits in the tray where the
    desktop has one (a click or a ringing call brings it up), else it stays minimised."""
    app = ensure_app(sys.argv[:1], icon=False)  # the icon after the first paint
    install_language(app)
    if demo:
        window, cleanup = create_demo_window()
    else:
        window = create_window(base_url, region)
        cleanup = window.shutdown
    window.errors.install()
    if os.environ.get("AGENT_DESKTOP_STARTUP_PROBE"):  # benchmarks/startup.py; off by default
        from agent_desktop.ui.app.startup_probe import install

        install(window.search.edit)
    if os.environ.get("AGENT_DESKTOP_POP_PROBE"):  # benchmarks/cold_pop.py; off by default
        from agent_desktop.ui.app.startup_probe import POP_ENV, watch_pop

        watch_pop(window, window.built, os.environ[POP_ENV])
    window.show()

    def after_paint() -> None:  # the window is built (ui/window/rest.py) and starting
        listen_for_call_events(window, demo)
        _log_to_file(window)
        set_icon(app)
        if to_tray:
            to_background(window)

    window.built.connect(after_paint)
    _quit_on_ctrl_c(app)
    _close_on_session_end(app, window)
    try:
        return app.exec()
    finally:
        cleanup()
        install_update_at_quit(window)


def install_update_at_quit(window: MainWindow) -> None:
    """The staged update (ui/app/update_flow.py) in place once the window has settled, unless a
    call is on or its log is in review: then the next start installs it."""
    if window.parts is None or window.flows is None or window.updates is None:
        return  # never built: no update flow was made
    book = window.calls.book
    window.updates.install_at_quit(bool(book.live() or book.in_review()))


def to_background(window: MainWindow) -> None:
    """Out of the way after a start at login: into the tray, or minimised where there is none."""
    from agent_desktop.ui.calls.attention import tray_available

    if tray_available():
        window.controller.alert.show_tray()
        window.hide()
    else:
        window.showMinimized()


def listen_for_call_events(window: MainWindow, demo: bool) -> None:
    """Let softphones reach this window (`agent-desktop call ring NUMBER`); after first paint.

    One window per user's data: the claim on the data folder (core/calls/window_claim.py) decides
    which window brings the calls on disk back and replays the spool, whether or not it can
    listen; a second window hands over to the first and closes. A window that cannot listen
    takes the spooled events from disk every second and says so."""
    from agent_desktop.core.calls.events import InstanceUnavailable, current_instance_name
    from agent_desktop.qt.single_instance import InstanceServer, is_running

    if not demo and not _claim_data(window):
        _hand_over(window)
        return
    try:
        address = current_instance_name(demo)
    except InstanceUnavailable as exc:
        log.warning("softphone events cannot reach this window live: %s", exc)
        if demo:
            window.statusBar().showMessage(str(exc), 30000)
        else:
            folder = exc.folder
            _poll_spool(window, lambda poll: poll.folder_reason(folder))
        window.start_calls()
        return
    server = InstanceServer(address, window)
    if not server.listen():
        if demo:
            log.warning("another demo window already takes call events; this one will not")
            window.start_calls()
            return
        if is_running(address):  # a window of this user on other data (an older version)
            _release_data(window)
            _hand_over(window)
            return
        error = server.error_text()
        _poll_spool(window, lambda poll: poll.socket_reason(address, error))
        window.start_calls()
        return
    server.event_received.connect(window.calls.handle)  # qt → qt: no ui hop on the way down
    window.call_events = server
    if not demo:
        _poll_spool(window, None)
    from agent_desktop.qt.call_service import UrlOpenFilter

    # macOS hands a clicked tel: link to the running app as an open event, not as argv.
    window.url_filter = UrlOpenFilter(window.calls.handle, window)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(window.url_filter)
    # Only the window that holds the claim takes the calls on disk and the spool (a second
    # window that hands over must not): the calls come back, spooled events are replayed.
    window.start_calls()


def _claim_data(window: MainWindow) -> bool:
    """Claim the call store's folder for this window. False: another window has it."""
    store = window.ctx.call_store
    if store is None:
        return True
    from agent_desktop.core.calls.window_claim import WindowClaim

    claim = WindowClaim(store.path.parent)
    try:
        if not claim.take():
            return False
    except OSError as exc:  # no lock file possible there: the store will say what is wrong
        log.warning("cannot claim %s for this window: %s", claim.path, exc)
        return True
    window.data_claim = claim
    return True


def _release_data(window: MainWindow) -> None:
    if window.data_claim is not None:
        window.data_claim.release()
        window.data_claim = None


def _hand_over(window: MainWindow) -> None:
    """Another window of this user is running: show it (when it listens) and close this one,
    which has brought no call back and replayed nothing."""
    from agent_desktop.core.calls.events import (
        CallEvent,
        EventKind,
        InstanceUnavailable,
        current_instance_name,
    )
    from agent_desktop.core.phones.forward import send_event

    log.info("another window of this user is running; handing over to it")
    # When it cannot listen either, it polls the spool and is already on screen.
    with contextlib.suppress(InstanceUnavailable):
        send_event(current_instance_name(False), CallEvent(EventKind.SHOW), timeout=1.0)
    window.ask_before_close = False
    window.close()


def _poll_spool(window: MainWindow, reason: Callable[[SpoolPoll], str] | None) -> None:
    """Every second and said, when the window cannot listen (`reason`); else now and then."""
    from agent_desktop.ui.app.spool_poll import SpoolPoll

    poll = SpoolPoll(window, window)
    window.spool_poll = poll
    if reason is None:
        poll.start_quietly()
    else:
        poll.start(reason(poll))


def _log_to_file(window: MainWindow) -> None:
    """The rotating log file is set up on a worker: it creates folders on disk."""
    from agent_desktop.core.logging_setup import configure_logging

    task = window.ctx.runner.run(configure_logging, name="logging")
    task.finished.connect(lambda path: setattr(window.errors, "log_path", str(path)))


def _close_on_session_end(app: QApplication, window: MainWindow) -> None:
    """SIGTERM (a logout, `kill`, systemd stopping the session) and the session manager's
    "save your data" close the window as Quit does, without asking: the calls written, the
    outbox settled and closed. Only a SIGKILL skips that (and the outbox survives it too)."""
    done: list[bool] = []

    def close() -> None:
        if done:
            return
        done.append(True)
        log.info("the session is ending: closing as Quit does")
        window.ask_before_close = False
        window.close()  # closeEvent: shutdown() settles everything
        app.quit()

    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, close))
    app.commitDataRequest.connect(lambda _manager: close())
    app.aboutToQuit.connect(window.shutdown)  # however the loop ends, settle first


def _quit_on_ctrl_c(app: QApplication) -> None:
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    # Qt's event loop does not return to Python on its own; a idle timer lets the handler run.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
