"""Signature boxes at the end of a notice: a label, the signature when it was captured
on the tablet (its strokes drawn as vector lines, the pad's proportions kept), and a
line below (the date, who issued it). Empty boxes are for signing by hand."""
from __future__ import annotations

import json
import math

from reportlab.lib import colors
from reportlab.lib.units import mm

from fieldapp.notices.document import styles
from fieldapp.notices.layout import Figure, Text
from fieldapp.notices.pen import Pen

PAD_ASPECT = 360 / 150  # the signature pad's width to height (ui/inspections/signature_pad.py)
INK = colors.HexColor("#1A2A6C")
BOX_HEIGHT = 30 * mm


TOLERANCE = 0.002  # of the pad's width: under a pixel of the pad, a fraction of a mm printed


def simplified(points: list[list[float]], tolerance: float = TOLERANCE) -> list[list[float]]:
    """The stroke with the points that lie within `tolerance` of the line through their
    neighbours left out (Douglas–Peucker): the same line on paper, far fewer points to
    keep in the snapshot."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    pending = [(0, len(points) - 1)]
    while pending:
        first, last = pending.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        farthest, distance = 0, 0.0
        for n in range(first + 1, last):
            px, py = points[n]
            d = (abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length if length
                 else math.hypot(px - ax, py - ay))
            if d > distance:
                farthest, distance = n, d
        if distance > tolerance:
            keep[farthest] = True
            pending += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep) if kept]


def strokes_of(text: str) -> list[list[list[int]]]:
    """A captured signature's strokes as the snapshot keeps them and the notice draws
    them: simplified, each point in thousandths of the pad (0–1000, integers: the
    snapshot travels in a workbook cell); [] when there is none."""
    if not text:
        return []
    try:
        strokes = json.loads(text)
    except ValueError:
        return []
    kept = []
    for stroke in strokes if isinstance(strokes, list) else []:
        points = [[round(float(x), 3), round(float(y), 3)] for x, y in stroke
                  if isinstance(x, (int, float)) and isinstance(y, (int, float))]
        if points:
            kept.append([[round(x * 1000), round(y * 1000)] for x, y in simplified(points)])
    return kept


def draw_strokes(pen: Pen, strokes: list, left: float, bottom: float, width: float,
                 height: float) -> None:
    """The strokes (points in thousandths of the pad) fitted into the box, the pad's
    proportions kept, centred; a single point is drawn as a dot."""
    scale = min(width, height * PAD_ASPECT)
    x0 = left + (width - scale) / 2
    pad_height = scale / PAD_ASPECT
    y0 = bottom + (height - pad_height) / 2 + pad_height  # the pad's top edge

    def at(point):
        return (x0 + point[0] / 1000 * scale, y0 - point[1] / 1000 * pad_height)

    pen.stroke(INK, 0.9)
    pen.polylines([[at(p) for p in stroke] for stroke in strokes if len(stroke) > 1])
    pen.fill(INK)
    for stroke in strokes:
        if len(stroke) == 1:
            pen.circle(*at(stroke[0]), 0.6)


def signature_boxes(boxes: list[tuple[str, list, str]], height: float = BOX_HEIGHT,
                    before: float = 4 * mm) -> Figure:
    """Boxes side by side, each (label, strokes, line below), kept on one page."""
    s = styles()
    label_style, line_style = s["label"], s["label"]

    def draw(pen: Pen, x: float, top: float, width: float) -> None:
        column = width / len(boxes)
        pen.stroke(colors.black, 0.8)
        pen.rect(x, top - height, width, height, fill=False)
        pen.stroke(colors.black, 0.6)
        pen.rules([(x + column * n, top, x + column * n, top - height)
                   for n in range(1, len(boxes))])
        for n, (label, strokes, below) in enumerate(boxes):
            left = x + column * n + 6
            inner = column - 12
            title = Text(label, label_style)
            title.draw(pen, left, top - 3, inner)
            under = Text(below, line_style)
            under_height = under.height(inner)
            under.draw(pen, left, top - height + 3 + under_height, inner)
            if strokes:
                space_top = top - 3 - title.height(inner)
                space_bottom = top - height + 3 + under_height
                draw_strokes(pen, strokes, left, space_bottom, inner,
                             space_top - space_bottom)

    return Figure(height, draw, before=before)
