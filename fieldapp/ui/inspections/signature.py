"""Signatures as the store keeps them (strokes of points 0–1 of the pad, JSON) and as
people see them (a picture): `render_signature` draws the strokes at any size, so a
signature taken on a small pad prints sharp on a notice."""
from __future__ import annotations

import json

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

Stroke = list[tuple[float, float]]
INK = QColor("#1a237e")
PEN_SHARE = 0.02  # the pen's width as a share of the picture's height
# width : height of the pad; points are shares of each side, so a signature is drawn
# undistorted at this shape (and at any size of it)
PAD_ASPECT = 2.5


def strokes_of(strokes_json: str) -> list[Stroke]:
    """The strokes of a stored signature ([] for none or for anything unreadable)."""
    if not strokes_json:
        return []
    try:
        data = json.loads(strokes_json)
    except ValueError:
        return []
    strokes: list[Stroke] = []
    for stroke in data if isinstance(data, list) else []:
        points = [(float(p[0]), float(p[1])) for p in stroke if isinstance(p, list)
                  and len(p) == 2 and all(isinstance(v, (int, float)) for v in p)] \
            if isinstance(stroke, list) else []
        if points:
            strokes.append(points)
    return strokes


def strokes_json(strokes: list[Stroke]) -> str:
    """The JSON the store keeps ("" for no strokes); points rounded to 1/10 000 of the
    pad, which is finer than any pen and keeps the text short."""
    kept = [[[round(min(max(x, 0.0), 1.0), 4), round(min(max(y, 0.0), 1.0), 4)]
             for x, y in stroke] for stroke in strokes if stroke]
    return json.dumps(kept, separators=(",", ":")) if kept else ""


def render_signature(strokes_json_text: str, width: int, height: int) -> QImage:
    """The signature drawn in ink on white, `width` × `height` pixels (white only when
    there are no strokes). A single point is drawn as a dot."""
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    strokes = strokes_of(strokes_json_text)
    if not strokes:
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(INK, max(1.5, height * PEN_SHARE), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for stroke in strokes:
        points = [QPointF(x * (width - 1), y * (height - 1)) for x, y in stroke]
        if len(points) == 1:
            painter.drawPoint(points[0])
            continue
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
    painter.end()
    return image
