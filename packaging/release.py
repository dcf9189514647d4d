"""Make and sign the update repository the installed apps update from (tufup over python-tuf).

    ./dev release init --keys DIR --repo DIR          new keys (once) and the first root metadata
    ./dev release add  --keys DIR --repo DIR [--bundle dist/agent-desktop] [--version V]
                                                      add a built bundle as the newest release

`--repo` is what IT serves over HTTPS at `update_url` (its `metadata/` and `targets/` folders,
as they are). `--keys` holds the private keys: ed25519, one per TUF role (root, targets,
snapshot, timestamp). They must never be in this repository or on the web server: keep the root
key offline (a USB key in a safe); `init` refuses a keys folder inside the source tree.
`init` prints where `root.json` is: IT deploys it as `update-root.json` beside the site settings
file of every desktop, the trust anchor the app checks each update against.

The version of a bundle is the `VERSION` file its build wrote (agent_desktop/VERSION inside the
bundle); a release must be newer than the newest in the repository.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
APP_NAME = "agent-desktop"  # tufup's archive names: agent-desktop-1.2.3.tar.gz
DEFAULT_BUNDLE = ROOT / "dist" / "agent-desktop"
# Days each role's signature holds; timestamp and snapshot are re-signed by every `add`.
EXPIRATION_DAYS = {"root": 365, "targets": 90, "snapshot": 30, "timestamp": 30}


def bundle_version(bundle: Path) -> str:
    """The version the bundle's build wrote into it (what the app reports when it runs)."""
    found = sorted(bundle.rglob("agent_desktop/VERSION"))
    if not found:
        raise SystemExit(
            f"{bundle} is not a built bundle: no agent_desktop/VERSION in it "
            "(build it with ./dev build)"
        )
    return found[0].read_text(encoding="utf-8").strip()


def _inside_source_tree(path: Path) -> bool:
    """True when `path` is in this checkout (where `git add .` could pick a key up)."""
    try:
        path.resolve().relative_to(ROOT)
    except ValueError:
        return False
    return True


def repository(keys: Path, repo: Path):  # -> tufup.repo.Repository
    from tufup.repo import Repository

    return Repository(
        app_name=APP_NAME, repo_dir=repo, keys_dir=keys, expiration_days=dict(EXPIRATION_DAYS)
    )


def _in_folder(folder: Path):
    """tufup keeps its config file (paths, key names) in the current folder: run it in the
    keys' folder, never in the repository that is served."""

    class _Cwd:
        def __enter__(self) -> None:
            self.before = Path.cwd()
            folder.mkdir(parents=True, exist_ok=True)
            os.chdir(folder)

        def __exit__(self, *_: object) -> None:
            os.chdir(self.before)

    return _Cwd()


def init(keys: Path, repo: Path) -> Path:
    if _inside_source_tree(keys):
        raise SystemExit(
            f"refusing to keep private keys in the source tree ({keys}): "
            "choose a folder outside it (see packaging/README.md)"
        )
    keys.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        keys.chmod(0o700)
    with _in_folder(keys):
        repository(keys, repo).initialize()
    root = repo / "metadata" / "root.json"
    print(f"keys in {keys} (keep root.pub/root offline); repository in {repo}")
    print(f"deploy {root} as update-root.json beside every desktop's site settings file")
    return root


def add(keys: Path, repo: Path, bundle: Path, version: str | None = None) -> Path:
    from packaging.version import Version
    from tufup.common import TargetMeta

    version = version or bundle_version(bundle)
    with _in_folder(keys):
        repo_ = repository(keys, repo)
        repo_._load_keys_and_roles()  # the existing keys and metadata (init made them)
        latest: TargetMeta | None = repo_.roles.get_latest_archive()
        if latest is not None and Version(version) <= latest.version:
            raise SystemExit(
                f"version {version} is not newer than the repository's newest, "
                f"{latest.version}: a release must be newer"
            )
        repo_.add_bundle(new_bundle_dir=bundle, new_version=version, skip_patch=True)
        repo_.publish_changes(private_key_dirs=[keys])
    archive = repo / "targets" / f"{APP_NAME}-{version}.tar.gz"
    print(f"release {version}: {archive} ({archive.stat().st_size / 2**20:.1f} MiB), signed")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("init", "add"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--keys", type=Path, required=True, help="the private keys' folder")
        cmd.add_argument("--repo", type=Path, required=True, help="the repository to serve")
        if name == "add":
            cmd.add_argument(
                "--bundle",
                type=Path,
                default=DEFAULT_BUNDLE,
                help="the built one-folder bundle (default: dist/agent-desktop)",
            )
            cmd.add_argument("--version", help="default: the bundle's own VERSION file")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    keys, repo = args.keys.resolve(), args.repo.resolve()
    if args.command == "init":
        init(keys, repo)
    else:
        add(keys, repo, args.bundle.resolve(), args.version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
