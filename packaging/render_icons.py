"""Render the application icon (studio/assets/icons/org.generativestudio.Studio.svg) to every size a
desktop asks for: PNGs in the freedesktop hicolor layout (16 to 512 pixels), a Windows .ico and a macOS
.icns for the PyInstaller spec. Run it again after changing the SVG; the outputs are committed.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio import APP_ID  # noqa: E402 - the checkout's package, put on the path just above
from studio.resources import resource_path  # noqa: E402

SIZES = (16, 32, 48, 64, 128, 256, 512)
HICOLOR = resource_path("icons", "hicolor")
PLATFORM_ICONS = ROOT / "packaging" / "icons"


def render_png(svg: Path, size: int, output: Path) -> None:
    """Draw the SVG at ``size`` x ``size`` pixels, antialiased, on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG that Qt can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), "PNG"):
        raise SystemExit(f"could not write {output}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text needs it
    svg = resource_path("icons", f"{APP_ID}.svg")
    pngs = {}
    for size in SIZES:
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render_png(svg, size, out)
        pngs[size] = out
        print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1024:.1f} KiB")
    PLATFORM_ICONS.mkdir(parents=True, exist_ok=True)
    largest = Image.open(pngs[512])
    # Windows picks the nearest of these sizes for the taskbar, title bar and Explorer.
    largest.save(PLATFORM_ICONS / "studio.ico", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    largest.save(PLATFORM_ICONS / "studio.icns")    # Pillow writes every size macOS uses from the 512 one
    for name in ("studio.ico", "studio.icns"):
        print(f"packaging/icons/{name}: {(PLATFORM_ICONS / name).stat().st_size / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
