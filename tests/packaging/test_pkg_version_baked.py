"""The version baked into agent_desktop/_version.py is pyproject.toml's, and start-up does not
need importlib.metadata to know it."""

from __future__ import annotations

import subprocess
import sys

from agent_desktop import __version__


def test_baked_version_matches_pyproject(pkg):
    bake = pkg("bake_version")
    assert __version__ == bake.project_version()
    assert bake.bake(check=True), "run packaging/bake_version.py and commit _version.py"


def test_bake_writes_the_file_the_package_reads(pkg, tmp_path):
    bake = pkg("bake_version")
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[build-system]\nrequires = []\n\n[project]\nname = "x"\n'
        'version = "9.8.7"\n\n[tool.other]\nversion = "1"\n',
        encoding="utf-8",
    )
    assert bake.project_version(pyproject) == "9.8.7"
    namespace: dict[str, object] = {}
    exec(bake.version_source("9.8.7"), namespace)
    assert namespace["__version__"] == "9.8.7"


def test_importing_the_package_does_not_load_importlib_metadata():
    code = (
        "import sys; import agent_desktop; "
        "print('importlib.metadata' in sys.modules, agent_desktop.__version__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", __version__]
