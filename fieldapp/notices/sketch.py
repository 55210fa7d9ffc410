"""The route sketch of a supply-plan reply: the garage's outline and aisles, the meter
box, the parking space and the cable route between them, drawn as vector lines scaled
into a box on the page (no picture of the drawing: it stays on the laptop, and lines
print sharp at any size).

`sketch_facts` reads what the sketch shows into plain numbers (metres, rounded to the
centimetre) for the snapshot; `sketch_figure` draws them.
"""
from __future__ import annotations

import json
import math

from reportlab.lib import colors
from reportlab.lib.units import mm

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.routing import AisleGraph
from fieldapp.notices.document import styles
from fieldapp.notices.layout import Figure, Style, Text
from fieldapp.notices.pen import Pen

MESSAGES.update({
    "sketch.legend": ("红线：电缆路径（图上 {length} 米）；灰线：车库通道；实心方块：表箱；"
                      "空心方框：车位", "Red: the cable route ({length} m on the plan); "
                      "grey: aisles; filled square: meter box; open box: parking space"),
    "sketch.scale": ("{metres} 米", "{metres} m"),
})

MAX_HEIGHT = 75 * mm
FOCUS_MARGIN_M = 8.0  # at least this much of the garage shown around the route
FRAME_ASPECT = 2.0  # width to height of the framed part: about the page's sketch box
WHOLE_GARAGE_SHARE = 0.5  # frame the whole garage when the route's frame is this much of it
ROUTE = colors.HexColor("#C00000")
AISLE = colors.HexColor("#A6A6A6")
OUTLINE = colors.HexColor("#595959")


def _point(value) -> list[float] | None:
    try:
        x, y = float(value[0]), float(value[1])
    except (TypeError, ValueError, IndexError):
        return None
    return [round(x, 2), round(y, 2)] if math.isfinite(x) and math.isfinite(y) else None


def _tenth(point) -> list[float]:
    """A point to the decimetre (whole metres written without a decimal)."""
    return [int(v) if v == int(v) else v for v in (round(point[0], 1), round(point[1], 1))]


def _bounds(points) -> list[float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [min(xs), min(ys), max(xs), max(ys)]


def _meets(segment, box: list[float]) -> bool:
    """Whether the segment's bounding box meets the box (enough to keep it: drawing is
    clipped to the frame)."""
    (ax, ay), (bx, by) = segment
    return not (max(ax, bx) < box[0] or min(ax, bx) > box[2] or max(ay, by) < box[1]
                or min(ay, by) > box[3])


def sketch_facts(garage, box, space, measurement) -> dict | None:
    """What the sketch shows, or None when there is nothing to draw: the box must be in
    the garage, and there must be a route (the measurement's own from the plan, else the
    one along the aisles to the space). The sketch frames the route with room around it
    (the whole garage when that is not much more), keeping the aisles in the frame."""
    if garage is None or box is None or box.garage_uuid != garage.uuid:
        return None
    if space is not None and space.garage_uuid != garage.uuid:
        space = None
    graph = AisleGraph.from_json(garage.aisles) if garage.aisles else AisleGraph()
    route = []
    if measurement.route:
        try:
            route = [p for p in map(_point, json.loads(measurement.route)) if p]
        except (ValueError, TypeError):
            route = []
    if len(route) < 2 and space is not None:
        route = [_point(p) for p in graph.route((space.x, space.y), (box.x, box.y)).points]
    if len(route) < 2:
        return None
    marks = [_point((box.x, box.y))] + ([_point((space.x, space.y))] if space else []) + route
    left, top, right, bottom = _bounds(marks)
    room = max(FOCUS_MARGIN_M, 0.3 * max(right - left, bottom - top))
    frame = [left - room, top - room, right + room, bottom + room]
    width, height = frame[2] - frame[0], frame[3] - frame[1]
    if width < FRAME_ASPECT * height:  # as wide as the page's sketch box allows
        grow = (FRAME_ASPECT * height - width) / 2
        frame = [frame[0] - grow, frame[1], frame[2] + grow, frame[3]]
    outline = None
    if garage.scale > 0 and garage.image_width and garage.image_height:
        outline = [0.0, 0.0, round(garage.image_width * garage.scale, 1),
                   round(garage.image_height * garage.scale, 1)]
        inside = [max(frame[0], outline[0]), max(frame[1], outline[1]),
                  min(frame[2], outline[2]), min(frame[3], outline[3])]
        whole = (outline[2] - outline[0]) * (outline[3] - outline[1])
        framed = (inside[2] - inside[0]) * (inside[3] - inside[1])
        frame = outline if framed >= WHOLE_GARAGE_SHARE * whole else inside
    frame = [round(v, 1) for v in frame]
    aisles = [[_tenth(graph.points[i]), _tenth(graph.points[j])] for i, j in graph.segments]
    length = sum(math.dist(a, b) for a, b in zip(route, route[1:]))
    return {"extent": frame, "outline": outline,
            "aisles": [segment for segment in aisles if _meets(segment, frame)],
            "route": route, "box": marks[0], "box_code": box.code,
            "space": marks[1] if space else None,
            "space_code": space.code if space else "", "route_m": f"{length:.1f}"}


def _label(pen: Pen, text: str, style: Style, mark: tuple[float, float],
           towards: tuple[float, float], gap: float) -> None:
    """A mark's code beside it, on the side away from where the route leaves it."""
    x, y = mark
    dx, dy = x - towards[0], y - towards[1]  # pointing away from the route
    label = Text(text, style)
    width = label.lines(200)[0].width
    if abs(dx) >= abs(dy):
        left = x + gap if dx >= 0 else x - gap - width
        label.draw(pen, left, y + style.leading / 2, width + 1)
    else:
        top = y + gap + style.leading if dy >= 0 else y - gap
        label.draw(pen, x - width / 2, top, width + 1)


def _scale_bar(metres_across: float) -> float:
    """A round length about a fifth of the drawing's width: 1, 2, 5, 10, 20, 50 … m."""
    target = metres_across / 5
    step = 10 ** math.floor(math.log10(max(target, 0.1)))
    for factor in (1, 2, 5, 10):
        if step * factor >= target:
            return step * factor
    return step * 10


def sketch_figure(sketch: dict, width: float) -> list:
    """The sketch scaled into the body's width (at most MAX_HEIGHT high), then its
    legend."""
    s = styles()
    left_m, top_m, right_m, bottom_m = sketch["extent"]
    span_x, span_y = max(right_m - left_m, 1.0), max(bottom_m - top_m, 1.0)
    scale = min((width - 12) / span_x, (MAX_HEIGHT - 12) / span_y)
    drawn_w, drawn_h = span_x * scale, span_y * scale
    height = drawn_h + 12

    def draw(pen: Pen, x: float, top: float, frame_width: float) -> None:
        x0 = x + (frame_width - drawn_w) / 2
        y0 = top - 6

        def at(point) -> tuple[float, float]:
            return (x0 + (point[0] - left_m) * scale, y0 - (point[1] - top_m) * scale)

        pen.clip(x0, y0 - drawn_h, drawn_w, drawn_h)
        if sketch["outline"]:  # the garage's walls, where they fall in the frame
            (ox, oy), (ox2, oy2) = at(sketch["outline"][:2]), at(sketch["outline"][2:])
            pen.stroke(OUTLINE, 1.2)
            pen.rect(ox, oy2, ox2 - ox, oy - oy2, fill=False)
        pen.stroke(AISLE, 0.6)
        pen.polylines([[at(a), at(b)] for a, b in sketch["aisles"]])
        pen.unclip()
        pen.stroke(OUTLINE, 0.4)
        pen.rect(x0, y0 - drawn_h, drawn_w, drawn_h, fill=False)
        pen.stroke(ROUTE, 1.6)
        pen.polylines([[at(p) for p in sketch["route"]]])
        label_style = s["caption"]
        side_style = Style(7, 9, colour=label_style.colour)
        route = sketch["route"]
        if sketch["space"]:
            sx, sy = at(sketch["space"])
            pen.stroke(colors.black, 0.8)
            pen.rect(sx - 4, sy - 6, 8, 12, fill=False)
            _label(pen, sketch["space_code"], side_style, (sx, sy), at(route[1]), 9)
        bx, by = at(sketch["box"])
        pen.fill(colors.black)
        pen.rect(bx - 4, by - 4, 8, 8)
        _label(pen, sketch["box_code"], side_style, (bx, by), at(route[-2]), 7)
        bar = _scale_bar(span_x)
        bar_left, bar_y = x0 + 6, y0 - drawn_h + 8
        pen.stroke(colors.black, 1.0)
        pen.polylines([[(bar_left, bar_y + 2), (bar_left, bar_y),
                        (bar_left + bar * scale, bar_y), (bar_left + bar * scale, bar_y + 2)]])
        Text(msg("sketch.scale", metres=f"{bar:g}"), side_style).draw(
            pen, bar_left + bar * scale + 4, bar_y + 4.5, 60)

    return [Figure(height, draw, before=1 * mm),
            Text(msg("sketch.legend", length=sketch["route_m"]), s["small"])]
