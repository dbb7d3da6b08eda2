"""The small pictures of the welcome page's cards, drawn with QPainter (no image files to ship or scale).

Each picture hints at what its start ends with: a latent map, a grid going from noise to digits, a folder
of photos, a piano roll, a loudness curve with its highlights, a word cloud. They are drawn from fixed
seeds, so they look the same on every start, and from a few colours that read on light and dark themes.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

COLOURS = [QColor(c) for c in ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                               "#ff9da7", "#9c755f", "#bab0ac")]
PANEL = QColor("#26313d")      # a dark panel under every picture: the tiles and dots read on both themes


def paint_picture(painter: QPainter, rect: QRectF, key: str) -> None:
    """Draw the picture of start ``key`` ("vae", "gan", "folder", "chorale", "video", "words") in ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(rect, 6, 6)
    painter.fillPath(path, PANEL)
    painter.setClipPath(path)
    inner = rect.adjusted(10, 8, -10, -8)
    {"vae": _latent_map, "gan": _noise_to_digits, "folder": _folder, "chorale": _piano_roll,
     "video": _highlights, "words": _word_cloud}[key](painter, inner)
    painter.restore()


def _latent_map(p: QPainter, r: QRectF) -> None:
    rng = random.Random(7)
    p.setPen(Qt.PenStyle.NoPen)
    for k in range(8):
        angle = 2 * math.pi * k / 8
        cx = r.center().x() + math.cos(angle) * r.width() * 0.3
        cy = r.center().y() + math.sin(angle) * r.height() * 0.3
        colour = QColor(COLOURS[k])
        colour.setAlpha(190)
        p.setBrush(colour)
        for _ in range(26):
            x = cx + rng.gauss(0, r.width() * 0.06)
            y = cy + rng.gauss(0, r.height() * 0.09)
            if r.contains(QPointF(x, y)):
                p.drawEllipse(QPointF(x, y), 2.2, 2.2)
    # The crosshair the user drags, with the digit it decodes beside it.
    c = QPointF(r.center().x() + r.width() * 0.06, r.center().y() - r.height() * 0.05)
    p.setPen(QPen(QColor("white"), 1.5))
    p.drawLine(QPointF(c.x() - 9, c.y()), QPointF(c.x() + 9, c.y()))
    p.drawLine(QPointF(c.x(), c.y() - 9), QPointF(c.x(), c.y() + 9))
    tile = QRectF(r.right() - r.height() * 0.55, r.top(), r.height() * 0.55, r.height() * 0.55)
    p.fillRect(tile, QColor("black"))
    _digit(p, tile, "6", 1.0)


def _digit(p: QPainter, tile: QRectF, text: str, sharpness: float) -> None:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(tile.height() * 0.8)))
    p.setFont(font)
    grey = int(90 + 165 * sharpness)
    p.setPen(QColor(grey, grey, grey))
    p.drawText(tile, Qt.AlignmentFlag.AlignCenter, text)


def _noise_to_digits(p: QPainter, r: QRectF) -> None:
    rng = random.Random(3)
    cols, rows = 7, 3
    side = min((r.width() - (cols - 1) * 4) / cols, (r.height() - (rows - 1) * 4) / rows)
    x0 = r.left() + (r.width() - cols * side - (cols - 1) * 4) / 2
    y0 = r.top() + (r.height() - rows * side - (rows - 1) * 4) / 2
    digits = "3719052846175938204"
    cell = side / 7
    for row in range(rows):
        for col in range(cols):
            tile = QRectF(x0 + col * (side + 4), y0 + row * (side + 4), side, side)
            p.fillRect(tile, QColor("black"))
            learnt = col / (cols - 1)          # left: noise; right: digits (the epochs, left to right)
            if learnt < 0.99:
                for i in range(7):
                    for j in range(7):
                        v = int(rng.random() * 200 * (1 - learnt))
                        p.fillRect(QRectF(tile.left() + i * cell, tile.top() + j * cell, cell, cell),
                                   QColor(v, v, v))
            if learnt > 0.3:
                _digit(p, tile, digits[(row * cols + col) % len(digits)], learnt)


def _folder(p: QPainter, r: QRectF) -> None:
    # A folder with three photos fanned out of it.
    body = QRectF(r.left() + r.width() * 0.08, r.top() + r.height() * 0.35, r.width() * 0.5, r.height() * 0.6)
    photos = [(-12, COLOURS[0], COLOURS[4]), (-2, COLOURS[3], COLOURS[5]), (9, COLOURS[6], COLOURS[1])]
    for k, (angle, sky, hill) in enumerate(photos):
        p.save()
        p.translate(r.left() + r.width() * (0.42 + 0.14 * k), r.center().y())
        p.rotate(angle)
        w, h = r.height() * 0.75, r.height() * 0.58
        p.fillRect(QRectF(-w / 2 - 3, -h / 2 - 3, w + 6, h + 6), QColor("white"))
        p.fillRect(QRectF(-w / 2, -h / 2, w, h), sky.lighter(130))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#fff4b0"))
        p.drawEllipse(QPointF(w * 0.25, -h * 0.2), h * 0.12, h * 0.12)
        hills = QPainterPath(QPointF(-w / 2, h / 2))
        hills.lineTo(-w / 2, h * 0.15)
        hills.lineTo(-w * 0.15, -h * 0.1)
        hills.lineTo(w * 0.15, h * 0.2)
        hills.lineTo(w * 0.35, 0)
        hills.lineTo(w / 2, h * 0.15)
        hills.lineTo(w / 2, h / 2)
        p.fillPath(hills, hill)
        p.restore()
    p.setPen(Qt.PenStyle.NoPen)
    tab = QRectF(body.left(), body.top() - r.height() * 0.12, body.width() * 0.4, r.height() * 0.2)
    p.setBrush(QColor("#d9a441"))
    p.drawRoundedRect(tab, 3, 3)
    p.setBrush(QColor("#f0bd55"))
    p.drawRoundedRect(body, 4, 4)


def _piano_roll(p: QPainter, r: QRectF) -> None:
    rows = 14
    h = r.height() / rows
    for i in range(rows):
        if i % 12 in (1, 3, 6, 8, 10):    # the black keys' rows, darker
            p.fillRect(QRectF(r.left(), r.top() + i * h, r.width(), h), QColor(255, 255, 255, 14))
    p.setPen(QPen(QColor(255, 255, 255, 40), 1))
    for k in range(1, 4):
        x = r.left() + r.width() * k / 4
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
    # Four voices of a chorale: soprano to bass, a chord on each beat, held at the cadence.
    voices = [(COLOURS[2], [2, 2, 3, 1, 2, 4, 3, 3]), (COLOURS[1], [5, 6, 5, 5, 6, 7, 6, 6]),
              (COLOURS[5], [8, 8, 9, 8, 9, 10, 9, 9]), (COLOURS[0], [12, 11, 12, 13, 11, 12, 13, 13])]
    beat = r.width() / 8
    p.setPen(QPen(QColor(0, 0, 0, 120), 1))
    for colour, rows_of in voices:
        p.setBrush(colour)
        t = 0
        while t < 8:
            length = 2 if t == 6 else 1
            p.drawRoundedRect(QRectF(r.left() + t * beat + 1, r.top() + rows_of[t] * h + 1,
                                     beat * length - 2, h - 2), 2, 2)
            t += length


def _highlights(p: QPainter, r: QRectF) -> None:
    rng = random.Random(11)
    n = 90
    values = []
    level = 0.3
    for i in range(n):
        level = min(1.0, max(0.05, level + rng.gauss(0, 0.08)))
        burst = 0.55 * math.exp(-((i - 22) / 4) ** 2) + 0.6 * math.exp(-((i - 64) / 5) ** 2)
        values.append(min(1.0, level * 0.35 + burst))
    threshold = 0.6
    step = r.width() / (n - 1)
    curve = QPainterPath(QPointF(r.left(), r.bottom()))
    for i, v in enumerate(values):
        curve.lineTo(r.left() + i * step, r.bottom() - v * r.height())
    curve.lineTo(r.right(), r.bottom())
    p.setPen(QPen(COLOURS[3], 1.5))
    p.setBrush(QColor("#3b6663"))
    p.drawPath(curve)
    # The highlights: where the loudness is over the threshold, shaded over the whole height.
    start = None
    for i, v in enumerate(values + [0.0]):
        if v >= threshold and start is None:
            start = i
        elif v < threshold and start is not None:
            p.fillRect(QRectF(r.left() + start * step, r.top(), (i - start) * step, r.height()),
                       QColor(237, 201, 72, 80))
            start = None
    y = r.bottom() - threshold * r.height()
    p.setPen(QPen(QColor(COLOURS[2]), 1.5, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))


def _word_cloud(p: QPainter, r: QRectF) -> None:
    # Rows of words (relative sizes, colour indexes), scaled as one so that no two words overlap.
    rows = [[("sky", 0.5, 8), ("tune", 0.55, 7), ("ink", 0.45, 2)],
            [("dream", 1.0, 0), ("paint", 0.8, 1)],
            [("light", 0.5, 6), ("words", 0.7, 5), ("play", 0.5, 7)],
            [("learn", 0.75, 4), ("music", 0.9, 3)],
            [("sea", 0.4, 9), ("draw", 0.45, 1), ("hum", 0.4, 5)]]
    font = QFont()
    font.setBold(True)
    font.setPixelSize(100)
    p.setFont(font)
    metrics = p.fontMetrics()
    gap = metrics.horizontalAdvance(" ")
    widths = [sum(metrics.horizontalAdvance(w) * size for w, size, _ in row) + gap * size_max * (len(row) - 1)
              for row in rows for size_max in [max(size for _, size, _ in row)]]
    heights = [metrics.height() * max(size for _, size, _ in row) * 0.8 for row in rows]
    scale = min(r.width() / max(widths), r.height() / sum(heights))
    y = r.top() + (r.height() - sum(heights) * scale) / 2
    for row, width, height in zip(rows, widths, heights):
        x = r.left() + (r.width() - width * scale) / 2
        for text, size, colour in row:
            font.setPixelSize(max(6, int(100 * size * scale)))
            p.setFont(font)
            advance = p.fontMetrics().horizontalAdvance(text)
            p.setPen(COLOURS[colour])
            p.drawText(QRectF(x, y, advance + 2, height * scale), Qt.AlignmentFlag.AlignCenter, text)
            x += advance + gap * scale * max(s for _, s, _ in row)
        y += height * scale
