"""Cable routes along a garage's aisles (DESIGN.md "Distance"; issue 10).

A cable from a meter box (表箱) to a parking space (车位) runs along the aisles, not
through cars and walls, so boxes are suggested by the length of that route. The aisles are
drawn as centre-lines in metres: points and the segments joining them; segments connect
only at shared points (the plan editor splits a segment where another one meets it).

A space or box joins the aisles at the nearest point of the nearest segment (a
perpendicular leg, counted in the length); between the two joins the route is the shortest
path along segments (along the one segment directly when both join the same segment).

When no aisles are drawn the route is the straight line. When aisles are drawn but none
connects the two ends (parts of the drawing not joined up) the route is also the straight
line, with `along_aisles` False so a form can say so: it is the only length known, and a
lower bound of the real run, which the surveyor then measures.
"""
from __future__ import annotations

import heapq
import json
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from fieldapp.domain.messages import MESSAGES, msg

MESSAGES.update({
    "aisles.bad_text": ("通道数据无法读取：{detail}", "The aisle data cannot be read: {detail}"),
    "aisles.bad_point": ("通道第 {n} 个点的坐标不对：{value}",
                         "Aisle point {n} has wrong coordinates: {value}"),
    "aisles.bad_segment": ("通道第 {n} 段应连接两个已有的点（0 到 {last}），不是 {value}",
                           "Aisle segment {n} must join two existing points (0 to {last}), "
                           "not {value}"),
    "aisles.short_segment": ("通道第 {n} 段太短（{length} 米），两端是同一个点",
                             "Aisle segment {n} is too short ({length} m): its ends are the "
                             "same point"),
    "aisles.bad_position": ("位置坐标应为两个有限的数（米），不是 {value}",
                            "A position is two finite numbers (metres), not {value}"),
})

Point = tuple[float, float]
SHORTEST_SEGMENT_M = 0.01  # below this the two ends are one point drawn twice
KEPT_JOINS = 20_000  # positions whose joins are kept (boxes and spaces of a garage)
JSON_DECIMALS = 3  # positions are stored to the millimetre


@dataclass(frozen=True)
class Route:
    """A cable route: its length in metres and the polyline from start to end."""

    length_m: float
    points: tuple[Point, ...]
    along_aisles: bool = True  # False: the straight line (no aisles, or none connects)


@dataclass(frozen=True)
class _Join:
    """Where a position meets the aisles: segment, fraction along it, foot, leg length."""

    segment: int
    t: float
    foot: Point
    leg: float


def polyline_length(points: Sequence[Point]) -> float:
    """The length of a polyline in metres."""
    return sum(math.dist(a, b) for a, b in zip(points, points[1:]))


def straight(a: Point, b: Point) -> Route:
    """The straight line from a to b (the route when no aisle applies)."""
    a, b = _position(a), _position(b)
    return Route(math.dist(a, b), (a, b) if a != b else (a,), along_aisles=False)


class AisleGraph:
    """A garage's aisle centre-lines, answering routes and nearest meter boxes.

    Built once per garage; the joins of boxes are kept (by position), so asking for the
    nearest boxes of many spaces costs one shortest-path pass per space."""

    def __init__(self, points: Sequence[Sequence[float]] = (),
                 segments: Sequence[Sequence[int]] = ()):
        self.points: tuple[Point, ...] = tuple(_checked_points(points))
        self.segments: tuple[tuple[int, int], ...] = tuple(
            _checked_segments(segments, self.points))
        self._lengths = [math.dist(self.points[i], self.points[j]) for i, j in self.segments]
        self._neighbours: list[list[tuple[int, float]]] = [[] for _ in self.points]
        for (i, j), length in zip(self.segments, self._lengths):
            self._neighbours[i].append((j, length))
            self._neighbours[j].append((i, length))
        self._component = _components(len(self.points), self.segments)
        self._joins: dict[Point, _Join] = {}

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, AisleGraph) and self.points == other.points
                and self.segments == other.segments)

    def __hash__(self) -> int:
        return hash((self.points, self.segments))

    def __repr__(self) -> str:
        return f"AisleGraph({len(self.points)} points, {len(self.segments)} segments)"

    @property
    def empty(self) -> bool:
        """No aisles drawn: every route is a straight line."""
        return not self.segments

    # -- answers ---------------------------------------------------------------------------
    def route(self, start: Point, end: Point) -> Route:
        """The cable route from start to end along the aisles (see the module's doc)."""
        return self.nearest(start, [(None, *end)])[0][1]

    def nearest(self, space: Point, boxes: Sequence[tuple[Hashable, float, float]],
                limit_m: float | None = None) -> list[tuple[Hashable, Route]]:
        """The boxes (key, x, y) by route length from `space`, nearest first, those whose
        route is within `limit_m` (every box when None). Ties keep the boxes' order."""
        space = _position(space)
        if self.empty:
            routes = [(key, straight(space, (x, y))) for key, x, y in boxes]
            return _ranked(routes, limit_m)
        start = self._join(space)
        dist, previous = self._distances(start, limit_m)
        routes = []
        for key, x, y in boxes:
            box = _position((x, y))
            if limit_m is not None and math.dist(space, box) > limit_m:
                continue  # no route is shorter than the straight line
            routes.append((key, self._route(space, start, box, dist, previous)))
        return _ranked(routes, limit_m)

    # -- the graph's work ------------------------------------------------------------------
    def _join(self, position: Point) -> _Join:
        """The nearest point of the nearest segment (kept per position)."""
        join = self._joins.get(position)
        if join is not None:
            return join
        px, py = position
        best = None
        for index, ((i, j), length) in enumerate(zip(self.segments, self._lengths)):
            (ax, ay), (bx, by) = self.points[i], self.points[j]
            dx, dy = bx - ax, by - ay
            t = ((px - ax) * dx + (py - ay) * dy) / (length * length)
            t = 0.0 if t < 0 else 1.0 if t > 1 else t
            fx, fy = ax + t * dx, ay + t * dy
            leg = math.hypot(px - fx, py - fy)
            if best is None or leg < best.leg:
                best = _Join(index, t, (fx, fy), leg)
        if len(self._joins) >= KEPT_JOINS:  # e.g. a route dragged across the plan
            self._joins.clear()
        self._joins[position] = best
        return best

    def _distances(self, start: _Join, limit_m: float | None) -> tuple[list[float], list[int]]:
        """Dijkstra from the start's join: route length to every point (exact up to
        limit_m, beyond it possibly unknown: inf) and the point each is reached from
        (-1: straight from the join)."""
        dist = [math.inf] * len(self.points)
        previous = [-1] * len(self.points)
        i, j = self.segments[start.segment]
        length = self._lengths[start.segment]
        heap = []
        for node, d in ((i, start.leg + start.t * length),
                        (j, start.leg + (1 - start.t) * length)):
            if d < dist[node]:
                dist[node] = d
                heap.append((d, node))
        heapq.heapify(heap)
        settled = [False] * len(self.points)
        neighbours = self._neighbours
        while heap:
            d, node = heapq.heappop(heap)
            if settled[node]:
                continue
            if limit_m is not None and d > limit_m:
                break
            settled[node] = True
            for other, step in neighbours[node]:
                if d + step < dist[other]:
                    dist[other] = d + step
                    previous[other] = node
                    heapq.heappush(heap, (d + step, other))
        return dist, previous

    def _route(self, space: Point, start: _Join, box: Point, dist: list[float],
               previous: list[int]) -> Route:
        end = self._join(box)
        i, j = self.segments[end.segment]
        length = self._lengths[end.segment]
        if self._component[i] != self._component[self.segments[start.segment][0]]:
            return straight(space, box)  # no aisle connects them
        via_i = dist[i] + end.t * length
        via_j = dist[j] + (1 - end.t) * length
        node, along = (i, via_i) if via_i <= via_j else (j, via_j)
        if end.segment == start.segment:
            direct = start.leg + abs(start.t - end.t) * length
            if direct <= along:
                return Route(direct + end.leg, _polyline([space, start.foot, end.foot, box]))
        if math.isinf(along):  # beyond the limit the search stopped at
            return Route(math.inf, (space, box))
        chain = []
        while node != -1:
            chain.append(self.points[node])
            node = previous[node]
        chain.reverse()
        return Route(along + end.leg, _polyline([space, start.foot, *chain, end.foot, box]))

    # -- storage ---------------------------------------------------------------------------
    def to_json(self) -> str:
        """Compact JSON text for the garage record: {"points": [[x, y]…], "segments":
        [[i, j]…]}, positions to the millimetre."""
        return json.dumps({"points": [[round(x, JSON_DECIMALS), round(y, JSON_DECIMALS)]
                                      for x, y in self.points],
                           "segments": [list(s) for s in self.segments]},
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> AisleGraph:
        """The graph stored as `to_json` wrote it (empty text: no aisles). ValueError with
        a message naming the point or segment that does not fit."""
        if not text or not text.strip():
            return cls()
        try:
            data = json.loads(text)
        except ValueError as error:
            raise ValueError(msg("aisles.bad_text", detail=error)) from None
        if not isinstance(data, dict) or not isinstance(data.get("points", []), list) \
                or not isinstance(data.get("segments", []), list):
            raise ValueError(msg("aisles.bad_text", detail=str(text)[:60]))
        return cls(data.get("points", []), data.get("segments", []))


def _ranked(routes: list[tuple[Hashable, Route]],
            limit_m: float | None) -> list[tuple[Hashable, Route]]:
    if limit_m is not None:
        routes = [(key, route) for key, route in routes if route.length_m <= limit_m]
    return sorted(routes, key=lambda item: item[1].length_m)  # stable: ties keep order


def _polyline(points: list[Point]) -> tuple[Point, ...]:
    """The points without a repeat of the one before (a leg of length 0)."""
    kept = [points[0]]
    for point in points[1:]:
        if point != kept[-1]:
            kept.append(point)
    return tuple(kept)


def _position(value: Sequence[float]) -> Point:
    try:
        x, y = value
        x, y = float(x), float(y)
    except (TypeError, ValueError):
        raise ValueError(msg("aisles.bad_position", value=value)) from None
    if isinstance(value[0], bool) or not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(msg("aisles.bad_position", value=value))
    return x, y


def _checked_points(points: Sequence[Sequence[float]]) -> list[Point]:
    checked = []
    for n, point in enumerate(points):
        if not isinstance(point, (list, tuple)) or len(point) != 2 or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                for v in point):
            raise ValueError(msg("aisles.bad_point", n=n, value=point))
        checked.append((float(point[0]), float(point[1])))
    return checked


def _checked_segments(segments: Sequence[Sequence[int]],
                      points: tuple[Point, ...]) -> list[tuple[int, int]]:
    checked = []
    for n, segment in enumerate(segments):
        if not isinstance(segment, (list, tuple)) or len(segment) != 2 or not all(
                isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(points)
                for i in segment):
            raise ValueError(msg("aisles.bad_segment", n=n, last=len(points) - 1,
                                 value=segment))
        length = math.dist(points[segment[0]], points[segment[1]])
        if length < SHORTEST_SEGMENT_M:
            raise ValueError(msg("aisles.short_segment", n=n, length=f"{length:.3f}"))
        checked.append((segment[0], segment[1]))
    return checked


def _components(count: int, segments: Sequence[tuple[int, int]]) -> list[int]:
    """For each point, a representative of the connected part of the aisles it is in."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in segments:
        parent[root(i)] = root(j)
    return [root(i) for i in range(count)]
