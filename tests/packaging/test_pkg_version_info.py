"""The one version, turned into what Windows file properties and the macOS Info.plist want."""

from __future__ import annotations

import plistlib

import pytest


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("2.0rc1", (2, 0, 0, 0)),
        ("1.4.0.dev3+g1234abc", (1, 4, 0, 0)),
        ("garbage", (0, 0, 0, 0)),
    ],
)
def test_numeric_version(pkg, version, numbers):
    assert pkg("version_info").numeric_version(version) == numbers


def _record(kind):
    return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}


def test_windows_version_file_is_a_version_resource_expression(pkg):
    """PyInstaller eval()s this text with its VSVersionInfo classes (imported on Windows only,
    as they need pefile); stand-ins that record their arguments check the same expression."""
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    text = pkg("version_info").windows_version_text("1.2.3rc1", "agent-desktop")
    info = eval(text, {name: _record(name) for name in names})
    assert info["kind"] == "VSVersionInfo"
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == (1, 2, 3, 0)
    table = info["kids"][0]["args"][0][0]
    strings = dict(s["args"] for s in table["args"][1])
    assert table["args"][0] == "040904B0"
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3rc1"
    assert strings["OriginalFilename"] == "agent-desktop.exe"


def test_info_plist_has_the_bundle_keys_and_serialises(pkg):
    plist = pkg("version_info").info_plist(
        "1.2.3rc1", "io.agentdesktop.app", "agent-desktop", "Agent Desktop"
    )
    assert plist["CFBundleIdentifier"] == "io.agentdesktop.app"
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert plist["CFBundleVersion"] == "1.2.3"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSApplicationCategoryType"].startswith("public.app-category.")
    assert plistlib.loads(plistlib.dumps(plist)) == plist


def test_the_macos_bundle_opens_phone_links(pkg):
    import plistlib

    plist = pkg("version_info").info_plist(
        "1.2.3", "io.agentdesktop.app", "agent-desktop", "Agent Desktop"
    )
    (url_type,) = plistlib.loads(plistlib.dumps(plist))["CFBundleURLTypes"]
    assert url_type["CFBundleURLSchemes"] == ["tel", "callto", "sip"]
    assert url_type["CFBundleURLName"] == "io.agentdesktop.app.phone-link"
    assert url_type["CFBundleTypeRole"] == "Viewer"
