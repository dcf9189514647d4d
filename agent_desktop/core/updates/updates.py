"""Updates of the installed (frozen) app from the signed repository IT publishes (./dev release).

tufup over python-tuf: the metadata is signed with IT's keys and checked against the trusted root
(`update-root.json`, deployed by IT beside the site settings file), so a tampered archive, a
replayed older repository or one signed by anyone else is refused. The check and the download
run on a worker (qt/update_service.py); the downloaded release is unpacked into a staging folder
and installed only at the next quit or start (core/updates/install.py), never while a call is on.

Every failure is a `Text` code and a log line: the app keeps running whatever the server does.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from agent_desktop import APP_ID
from agent_desktop.core.json_shapes import is_table
from agent_desktop.core.settings import paths
from agent_desktop.core.texts import Text
from agent_desktop.core.updates.policy import UpdatePolicy

log = logging.getLogger(__name__)

ROOT_FILE = "update-root.json"  # IT's trusted root metadata, beside the site settings file
READY_FILE = "ready.json"  # written last: a staged tree without it is never installed
INSTALLED_FILE = "installed.json"  # what the last start installed, told once by the window


class UpdateState(Enum):
    OFF = "off"  # `reason` says why
    UP_TO_DATE = "up_to_date"
    AVAILABLE = "available"  # policy notify: `version` is published
    READY = "ready"  # policy auto: `version` is downloaded, verified and staged
    FAILED = "failed"  # `reason` says what went wrong; tried again later


@dataclass(frozen=True)
class UpdateResult:
    state: UpdateState
    version: str = ""
    reason: Text | None = None


@dataclass(frozen=True)
class UpdatePlan:
    """Everything a check needs, worked out on the GUI thread from the settings."""

    url: str
    policy: UpdatePolicy
    install_dir: Path  # the folder (the .app on macOS) an update replaces as a whole
    trusted_root: Path
    work_dir: Path  # metadata, downloads and the staged release (the user's data folder)

    @property
    def staged_dir(self) -> Path:
        return self.work_dir / "staged"


def install_dir(executable: str | None = None) -> Path:
    """The frozen app's own folder: beside the executable, or the .app on macOS."""
    exe = Path(executable or sys.executable).resolve()
    if sys.platform == "darwin" and exe.parent.name == "MacOS":
        return exe.parents[2]
    return exe.parent


def work_dir() -> Path:
    return paths.data_dir() / "updates"


def find_trusted_root(site_dirs: Sequence[Path] | None = None) -> Path | None:
    """IT's root metadata: the first site folder holding `update-root.json`."""
    for folder in paths.site_config_dirs() if site_dirs is None else site_dirs:
        candidate = folder / ROOT_FILE
        if candidate.is_file():
            return candidate
    return None


def make_plan(
    url: str,
    policy: UpdatePolicy,
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    site_dirs: Sequence[Path] | None = None,
    work: Path | None = None,
) -> UpdatePlan | Text:
    """What to check, or why updates are off (a Text code the window translates)."""
    if policy is UpdatePolicy.OFF:
        return Text("update.off_policy")
    if not url:
        return Text("update.off_no_url")
    if not (getattr(sys, "frozen", False) if frozen is None else frozen):
        return Text("update.off_not_frozen")
    root = find_trusted_root(site_dirs)
    if root is None:
        return Text("update.off_no_root", ROOT_FILE)
    folder = install_dir(executable)
    if policy is UpdatePolicy.AUTO and not os.access(folder.parent, os.W_OK):
        return Text("update.off_read_only", str(folder))
    return UpdatePlan(url.rstrip("/"), policy, folder, root, work or work_dir())


def staged_version(staged: Path) -> str | None:
    """The version staged and complete in `staged`, or None."""
    try:
        data: object = json.loads((staged / READY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = data.get("version") if is_table(data) else None
    if not isinstance(version, str) or not (staged / "tree").is_dir():
        return None
    return version


def check(plan: UpdatePlan, current_version: str) -> UpdateResult:
    """On a worker: ask the repository; with policy auto download, verify and stage a newer
    release. Never raises: a failure is a FAILED result with its reason, and a log line."""
    try:
        return _check(plan, current_version)
    except Exception as exc:  # the app keeps running whatever the server or the disk does
        reason = failure_reason(exc)
        log.warning("update check at %s failed: %s: %s", plan.url, type(exc).__name__, exc)
        return UpdateResult(UpdateState.FAILED, reason=reason)


def failure_reason(exc: BaseException) -> Text:
    from requests import RequestException
    from tuf.api.exceptions import DownloadError, RepositoryError

    if isinstance(exc, RepositoryError):  # a bad signature or hash, a rollback, expired
        return Text("update.refused")
    if isinstance(exc, (DownloadError, RequestException)):
        return Text("update.unreachable")
    if isinstance(exc, OSError):
        full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
        return Text("update.disk_full") if full else Text("update.disk", str(exc.strerror or exc))
    return Text("update.failed", type(exc).__name__)


def _tufup_client_class() -> Any:
    """tufup.client.Client. Importing it imports tufup's repository tools too, and those try
    `import setuptools.config.expand` (a PyInstaller workaround of theirs, which expects an
    AssertionError on the client side). The bundle leaves setuptools out (bundle_config.py), so
    there that one import is answered by empty stand-ins, removed again right after."""
    import importlib.util
    import types

    stand_ins: list[str] = []
    if "setuptools" not in sys.modules and importlib.util.find_spec("setuptools") is None:
        for name in ("setuptools", "setuptools.config", "setuptools.config.expand"):
            sys.modules[name] = types.ModuleType(name)
            stand_ins.append(name)
    try:
        from tufup.client import Client  # pyright: ignore[reportMissingTypeStubs]
    finally:
        for name in stand_ins:
            sys.modules.pop(name, None)
    return Client


def _client(plan: UpdatePlan, current_version: str) -> Any:
    Client = _tufup_client_class()

    class _OnceClient(Client):
        """check_for_updates() refreshes again and swallows its errors; ours refreshed first,
        so that the errors reach us and the second refresh is the same one."""

        _refreshed = False

        def refresh(self) -> None:
            if not self._refreshed:
                super().refresh()  # pyright: ignore[reportUnknownMemberType]
                self._refreshed = True

    metadata = paths.private_dir(plan.work_dir / "metadata")
    if not (metadata / "root.json").exists():  # first use: trust IT's root from the site
        shutil.copyfile(plan.trusted_root, metadata / "root.json")
    targets = paths.private_dir(plan.work_dir / "targets")
    return _OnceClient(
        app_name=APP_ID,
        app_install_dir=plan.install_dir,
        current_version=current_version,
        metadata_dir=metadata,
        metadata_base_url=f"{plan.url}/metadata/",
        target_dir=targets,
        target_base_url=f"{plan.url}/targets/",
        extract_dir=plan.staged_dir / "tree",
    )


def _check(plan: UpdatePlan, current_version: str) -> UpdateResult:
    client = _client(plan, current_version)
    client.refresh()  # raises: unreachable, bad signature, rollback, expired
    newest = client.check_for_updates(patch=False)
    if newest is None:
        return UpdateResult(UpdateState.UP_TO_DATE)
    version = str(newest.version)
    if plan.policy is UpdatePolicy.NOTIFY:
        return UpdateResult(UpdateState.AVAILABLE, version)
    if staged_version(plan.staged_dir) == version:
        return UpdateResult(UpdateState.READY, version)
    _clear(plan.staged_dir)
    paths.private_dir(plan.staged_dir)
    staged: list[str] = []

    def record(src_dir: Path, dst_dir: Path, **_: object) -> None:
        """tufup's `install` step: the archive is verified and unpacked; installing waits."""
        (plan.staged_dir / READY_FILE).write_text(
            json.dumps({"version": version}), encoding="utf-8"
        )
        staged.append(version)

    client.download_and_apply_update(skip_confirmation=True, install=record)
    if not staged:  # tufup logged why (a failed unpack); the archive is tried again next time
        raise OSError(errno.EIO, "the downloaded release could not be unpacked")
    _drop_downloads(plan.work_dir / "targets")
    log.info("update %s downloaded, verified and staged in %s", version, plan.staged_dir)
    return UpdateResult(UpdateState.READY, version)


def _drop_downloads(targets: Path) -> None:
    """The archive is unpacked: keeping it would double the disk an update takes."""
    for path in targets.glob("*"):
        if path.is_file():
            path.unlink(missing_ok=True)


def _clear(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
