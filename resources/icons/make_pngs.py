"""Render the application icon's PNG sizes from the SVG master with Qt's QSvgRenderer.

Run from anywhere: ``python resources/icons/make_pngs.py``. Writes
``org.cpdlog.CPDLog-<size>.png`` beside this script for 16, 24, 32, 48, 64, 128, 256 and 512.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
MASTER = HERE / "org.cpdlog.CPDLog.svg"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    QSvgRenderer(str(MASTER)).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = HERE / f"org.cpdlog.CPDLog-{size}.png"
        if not render(size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
