"""agent_desktop.resources finds the icon from the source tree and inside a frozen bundle."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from agent_desktop import resources

ROOT = Path(__file__).resolve().parents[2]


def test_source_tree_resources_are_found():
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource_path("icons", "agent-desktop.svg") is not None
    assert resources.resource_path("icons", "no-such-file.png") is None
    assert sorted(resources.icon_files()) == list(resources.ICON_SIZES)


def test_frozen_bundle_uses_meipass(tmp_path, monkeypatch):
    bundled = tmp_path / "resources" / "icons" / "hicolor" / "32x32" / "apps"
    bundled.mkdir(parents=True)
    shutil.copy(resources.icon_files()[32], bundled / "agent-desktop.png")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.icon_files() == {32: bundled / "agent-desktop.png"}


def test_bundle_without_resources_gives_none(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() is None
    assert resources.resource_path("icons", "agent-desktop.svg") is None
    assert resources.icon_files() == {}


def test_app_icon_has_every_size(qapp):
    icon = resources.app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(resources.ICON_SIZES) <= sizes
    assert not icon.pixmap(48, 48).isNull()
