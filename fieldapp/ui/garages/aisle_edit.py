"""Drawing aisle centre-lines: adding points and segments to a garage's aisle graph so
that aisles connect where they meet (routing only follows shared points). Pure geometry
in metres, no Qt: a click near a point reuses it, a click on a segment splits it there,
and a new segment that crosses others splits them and itself at the crossings."""
from __future__ import annotations

import math

from fieldapp.domain.routing import SHORTEST_SEGMENT_M, AisleGraph

Point = tuple[float, float]


def _foot(point: Point, a: Point, b: Point) -> tuple[float, Point]:
    """Where `point` projects on the segment a–b: the fraction along it and the foot."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length2 if length2 else 0.0
    t = min(max(t, 0.0), 1.0)
    return t, (a[0] + t * dx, a[1] + t * dy)


def _split(points: list[Point], segments: list[tuple[int, int]], index: int,
           at: Point) -> int:
    """Split segment `index` at `at` (a new point); the new point's index."""
    i, j = segments[index]
    points.append(at)
    k = len(points) - 1
    segments[index] = (i, k)
    segments.append((k, j))
    return k


def with_point(graph: AisleGraph, point: Point, snap_m: float) -> tuple[AisleGraph, int]:
    """The graph holding a point at `point`: an existing point within `snap_m`, else the
    foot on a segment within `snap_m` (splitting it), else a new lone point."""
    points, segments = list(graph.points), list(graph.segments)
    near = min(range(len(points)), key=lambda n: math.dist(points[n], point), default=None)
    if near is not None and math.dist(points[near], point) <= snap_m:
        return graph, near
    best = None
    for index, (i, j) in enumerate(segments):
        t, foot = _foot(point, points[i], points[j])
        d = math.dist(foot, point)
        if d <= snap_m and (best is None or d < best[0]):
            best = (d, index, foot)
    if best is not None:
        k = _split(points, segments, best[1], best[2])
        return AisleGraph(points, segments), k
    points.append(point)
    return AisleGraph(points, segments), len(points) - 1


def _crossing(a: Point, b: Point, c: Point, d: Point) -> tuple[float, float] | None:
    """Where a–b properly crosses c–d, as fractions along each (None: they do not)."""
    rx, ry = b[0] - a[0], b[1] - a[1]
    sx, sy = d[0] - c[0], d[1] - c[1]
    denominator = rx * sy - ry * sx
    if abs(denominator) < 1e-12:
        return None
    qx, qy = c[0] - a[0], c[1] - a[1]
    t = (qx * sy - qy * sx) / denominator
    u = (qx * ry - qy * rx) / denominator
    if 1e-6 < t < 1 - 1e-6 and 1e-6 < u < 1 - 1e-6:
        return t, u
    return None


def with_segment(graph: AisleGraph, i: int, j: int) -> AisleGraph:
    """The graph with a segment from point i to point j, split where it crosses other
    segments (which are split there too). Unchanged when i == j or the segment exists."""
    if i == j or (i, j) in graph.segments or (j, i) in graph.segments:
        return graph
    points, segments = list(graph.points), list(graph.segments)
    a, b = points[i], points[j]
    crossings = []
    for index, (c, d) in enumerate(graph.segments):
        if {c, d} & {i, j}:
            continue
        hit = _crossing(a, b, points[c], points[d])
        if hit is not None:
            crossings.append((hit[0], index))
    chain = [i]
    for t, index in sorted(crossings):
        at = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        chain.append(_split(points, segments, index, at))
    chain.append(j)
    for start, end in zip(chain, chain[1:]):
        if math.dist(points[start], points[end]) >= SHORTEST_SEGMENT_M:
            segments.append((start, end))
    return AisleGraph(points, segments)


def without_segments(graph: AisleGraph, removed: set[int]) -> AisleGraph:
    """The graph without the segments of those indexes, and without points left alone."""
    kept = [s for n, s in enumerate(graph.segments) if n not in removed]
    used = sorted({i for s in kept for i in s})
    renumber = {old: new for new, old in enumerate(used)}
    return AisleGraph([graph.points[i] for i in used],
                      [(renumber[i], renumber[j]) for i, j in kept])


def without_lone_points(graph: AisleGraph) -> AisleGraph:
    """The graph without points no segment uses (a polyline started and abandoned)."""
    return without_segments(graph, set())
