"""Write agent_desktop/_version.py from pyproject.toml's version (the build runs this first).

    python packaging/bake_version.py [--check]

The app reads its version from that module instead of importlib.metadata, which costs ~24 ms at
every start. `--check` only compares and exits 1 when the file is out of date.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
VERSION_FILE = ROOT / "agent_desktop" / "_version.py"
_HEADER = (
    "# Generated from pyproject.toml by packaging/bake_version.py (run by the build); kept in the\n"
    "# repository so a source checkout knows its version without importlib.metadata at start-up.\n"
)


def project_version(pyproject: Path = PYPROJECT) -> str:
    """The [project] table's version (a plain regex: tomllib is not on Python 3.10)."""
    text = pyproject.read_text(encoding="utf-8")
    project = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    found = re.search(r'^version\s*=\s*"([^"]+)"', project.group(1) if project else "", re.M)
    if found is None:
        raise SystemExit(f"no [project] version in {pyproject}")
    return found.group(1)


def version_source(version: str) -> str:
    return f'{_HEADER}__version__ = "{version}"\n'


def bake(check: bool = False) -> bool:
    """Write (or with check, compare) the file; True when it is up to date afterwards."""
    wanted = version_source(project_version())
    current = VERSION_FILE.read_text(encoding="utf-8") if VERSION_FILE.exists() else ""
    if current == wanted:
        return True
    if check:
        return False
    VERSION_FILE.write_text(wanted, encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 if stale")
    args = parser.parse_args(argv)
    if not bake(check=args.check):
        print(
            f"{VERSION_FILE} does not match pyproject.toml; run packaging/bake_version.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
