"""Helpers for the packaging tests: load the scripts in packaging/ without putting that folder
on sys.path (its module names are generic, and `packaging` itself is a PyPI package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_packaging_module(name: str):
    """Import packaging/<name>.py under a private module name (cached)."""
    module_name = f"_agent_desktop_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def pkg():
    return load_packaging_module
