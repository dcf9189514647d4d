"""Render the application icon from its SVG source into every size the installers need.

    python packaging/make_icons.py [--svg resources/icons/agent-desktop.svg] [--out resources/icons]

Writes hicolor PNGs (Linux, and the window icon on every OS), a Windows .ico and a macOS .icns.
Qt's own SVG renderer draws the pixels, so no image library is needed; the two containers are
small, documented formats written here directly: ICO entries are 32-bit BMPs below 256 px and a
PNG at 256 px (what Windows' own tools produce), ICNS entries are all PNG (macOS 10.7 and later).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SVG = ROOT / "resources" / "icons" / "agent-desktop.svg"
DEFAULT_OUT = ROOT / "resources" / "icons"
ICON_NAME = "agent-desktop"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS type codes and the pixel size each holds (the @2x codes are the Retina variants).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),
    ("ic12", 64),
    ("ic07", 128),
    ("ic13", 256),
    ("ic08", 256),
    ("ic14", 512),
    ("ic09", 512),
    ("ic10", 1024),
)


def _ensure_gui_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(svg: Path, size: int):
    """The SVG drawn on a transparent size x size canvas, as a QImage (ARGB32)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui_app()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG file Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bmp_entry(image) -> bytes:
    """An ICO image entry as a 32-bit DIB: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    width, height = image.width(), image.height()
    # Format_ARGB32 is stored as native-endian 0xAARRGGBB, i.e. bytes B,G,R,A on little endian.
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())
    if sys.byteorder != "little":  # pragma: no cover - every supported build host is LE
        raise RuntimeError("ICO writing assumes a little-endian build host")
    rows = [raw[y * stride : y * stride + width * 4] for y in range(height)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((width + 31) // 32) * 4  # 1 bit per pixel, rows padded to 32 bits
    mask = bytes(mask_stride * height)  # all zero: the alpha channel decides transparency
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def build_ico(images: dict) -> bytes:
    """A .ico file from {size: QImage}; 256 px is stored as PNG, smaller sizes as BMP."""
    sizes = sorted(images)
    entries = [png_bytes(images[s]) if s >= 256 else _bmp_entry(images[s]) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, data in zip(sizes, entries, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(entries)


def build_icns(pngs: dict) -> bytes:
    """A .icns file from {size: png bytes}, one PNG element per ICNS type code."""
    body = b"".join(
        code.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def hicolor_path(out_dir: Path, size: int) -> Path:
    return out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def make_icons(svg: Path = DEFAULT_SVG, out_dir: Path = DEFAULT_OUT) -> list[Path]:
    """Render every size and write the PNGs, the .ico and the .icns; returns the files written."""
    all_sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    images = {size: render(svg, size) for size in all_sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    written = []
    for size in PNG_SIZES:
        path = hicolor_path(out_dir, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / f"{ICON_NAME}.ico"
    ico.write_bytes(build_ico({s: images[s] for s in ICO_SIZES}))
    icns = out_dir / f"{ICON_NAME}.icns"
    icns.write_bytes(build_icns(pngs))
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
