"""The icon script renders every size from the SVG into valid PNG, ICO and ICNS files."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ROOT = Path(__file__).resolve().parents[2]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def made(tmp_path_factory, qapp, pkg):
    make_icons = pkg("make_icons")
    out = tmp_path_factory.mktemp("icons")
    written = make_icons.make_icons(make_icons.DEFAULT_SVG, out)
    return make_icons, out, written


def test_hicolor_pngs_have_their_sizes(made):
    make_icons, out, _ = made
    for size in make_icons.PNG_SIZES:
        data = make_icons.hicolor_path(out, size).read_bytes()
        assert _png_size(data) == (size, size)


def test_ico_holds_every_size_with_bmp_below_256_and_png_at_256(made):
    make_icons, out, _ = made
    data = (out / "agent-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = width or 256  # a 0 in the one-byte field means 256
        assert height == width and (planes, bpp) == (1, 32)
        image = data[offset : offset + length]
        assert len(image) == length
        if size == 256:
            assert _png_size(image) == (256, 256)
        else:  # BITMAPINFOHEADER: the height counts the colour rows and the AND mask
            header_size, bmp_width, bmp_height = struct.unpack("<Iii", image[:12])
            assert (header_size, bmp_width, bmp_height) == (40, size, 2 * size)
        sizes.append(size)
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_ico_rows_are_bottom_up(made):
    """The yellow microphone sits at the bottom of the icon: in a BMP entry that is row 0."""
    _, out, _ = made
    data = (out / "agent-desktop.ico").read_bytes()
    _, _, _, _, _, _, _, offset = struct.unpack("<BBBBHHII", data[6:22])  # the 16 px entry
    pixels = data[offset + 40 :]
    row_bytes = 16 * 4
    bottom_rows = pixels[: 4 * row_bytes]
    top_rows = pixels[12 * row_bytes : 16 * row_bytes]

    def has_yellow(rows: bytes) -> bool:
        return any(
            rows[i + 2] > 200 and rows[i + 1] > 150 and rows[i] < 120 and rows[i + 3] > 200
            for i in range(0, len(rows), 4)
        )

    assert has_yellow(bottom_rows)
    assert not has_yellow(top_rows)


def test_icns_elements_are_pngs_of_the_right_sizes(made):
    make_icons, out, _ = made
    data = (out / "agent-desktop.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = []
    pos = 8
    while pos < len(data):
        code = data[pos : pos + 4].decode("ascii")
        length = struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        width, height = _png_size(data[pos + 8 : pos + length])
        assert height == width, code
        found.append((code, width))
        pos += length
    assert found == list(make_icons.ICNS_TYPES)


def test_committed_icons_exist_for_the_installers():
    icons = ROOT / "resources" / "icons"
    for name in ("agent-desktop.svg", "agent-desktop.ico", "agent-desktop.icns"):
        assert (icons / name).is_file(), name
