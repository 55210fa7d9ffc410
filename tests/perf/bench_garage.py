"""Garage survey on the map: nearest meter boxes by aisle route for one parking space and
for every space of a generated garage (2 000 spaces, 200 boxes, 300 aisle segments), vs
sorting every box by straight-line distance (the naive answer, measured in the same run).

The plan view's timings (repaint after a zoom, opening the plan) belong in
`bench_plan_view` below, on the same generated garage.
"""
from __future__ import annotations

import math
import random
import statistics
import time
from dataclasses import dataclass

from tests.perf.common import Table

SPACES, BOXES, SEGMENTS = 2_000, 200, 300
LIMIT_M = 50.0
# a grid of aisles: 11 running east–west, 15 north–south, 24 m and 17 m apart
ROWS, COLUMNS, ROW_GAP, COLUMN_GAP = 11, 15, 24.0, 17.0
BAY_OFFSET, BAY_WIDTH = 4.0, 2.5  # a space's centre from its aisle's centre-line; its width


@dataclass(frozen=True)
class Garage:
    """A generated garage: aisle points and segments, spaces and boxes (key, x, y)."""

    points: list[tuple[float, float]]
    segments: list[tuple[int, int]]
    spaces: list[tuple[str, float, float]]
    boxes: list[tuple[str, float, float]]


def generated_garage(seed: int = 10) -> Garage:
    """Spaces in rows on both sides of the east–west aisles; boxes on pillars beside the
    north–south aisles; the grid thinned to exactly SEGMENTS segments."""
    rng = random.Random(seed)
    points = [(c * COLUMN_GAP, r * ROW_GAP) for r in range(ROWS) for c in range(COLUMNS)]
    across = [(r * COLUMNS + c, r * COLUMNS + c + 1)
              for r in range(ROWS) for c in range(COLUMNS - 1)]
    along = [(r * COLUMNS + c, (r + 1) * COLUMNS + c)
             for r in range(ROWS - 1) for c in range(COLUMNS)]
    rng.shuffle(along)
    segments = across + along[:SEGMENTS - len(across)]  # some north–south aisles walled
    width = (COLUMNS - 1) * COLUMN_GAP
    bays = [(x + BAY_WIDTH / 2, r * ROW_GAP + side * BAY_OFFSET)
            for r in range(ROWS) for side in (-1, 1)
            for x in [i * BAY_WIDTH for i in range(int(width // BAY_WIDTH))]]
    spaces = [(f"P{n:04d}", x, y) for n, (x, y) in enumerate(rng.sample(bays, SPACES))]
    boxes = [(f"B{n:03d}", rng.randrange(COLUMNS) * COLUMN_GAP + rng.choice((-1.5, 1.5)),
              rng.uniform(0, (ROWS - 1) * ROW_GAP)) for n in range(BOXES)]
    return Garage(points, segments, spaces, boxes)


def _median_seconds(job, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _straight_sort(space: tuple[str, float, float], boxes) -> list:
    """The naive answer: every box by straight-line distance, those within the limit."""
    _, x, y = space
    ranked = sorted(((math.hypot(bx - x, by - y), key) for key, bx, by in boxes))
    return [(key, d) for d, key in ranked if d <= LIMIT_M]


def bench_nearest_boxes(table: Table, garage: Garage, repeats: int) -> None:
    from fieldapp.domain.routing import AisleGraph

    assert len(garage.segments) == SEGMENTS
    rng = random.Random(1)
    sample = rng.sample(garage.spaces, 200)
    start = time.perf_counter()
    graph = AisleGraph(garage.points, garage.segments)
    graph.nearest(sample[0][1:], garage.boxes)  # no limit: joins every box to the aisles
    first = time.perf_counter() - start

    def one_each(spaces, limit=LIMIT_M) -> list[float]:
        times = []
        for _, x, y in spaces:
            begin = time.perf_counter()
            graph.nearest((x, y), garage.boxes, limit)
            times.append(time.perf_counter() - begin)
        return times

    def naive_each(spaces) -> list[float]:
        times = []
        for space in spaces:
            begin = time.perf_counter()
            _straight_sort(space, garage.boxes)
            times.append(time.perf_counter() - begin)
        return times

    one = statistics.median(one_each(sample))
    one_all = statistics.median(one_each(sample, None))
    naive_one = statistics.median(naive_each(sample))
    every = _median_seconds(lambda: one_each(garage.spaces), repeats)
    naive_every = _median_seconds(lambda: naive_each(garage.spaces), repeats)
    found = []
    for space in sample:  # no route is shorter than the straight line
        by_aisle = {key for key, _ in graph.nearest(space[1:], garage.boxes, LIMIT_M)}
        assert by_aisle <= {key for key, _ in _straight_sort(space, garage.boxes)}
        found.append(len(by_aisle))
    size = f"{SPACES:,} spaces, {BOXES} boxes, {SEGMENTS} aisle segments"
    table.add(f"nearest boxes ≤ {LIMIT_M:g} m by aisle, one space ({size}; median of "
              f"{len(sample)}; {statistics.mean(found):.1f} boxes found on average)",
              f"{one * 1000:.2f} ms", f"{naive_one * 1000:.2f} ms straight-line sort",
              f"{one / naive_one:.1f}x", "≤ 10 ms", one <= 0.010)
    table.add(f"every box ranked by aisle, one space (no limit; median of {len(sample)})",
              f"{one_all * 1000:.2f} ms", f"{naive_one * 1000:.2f} ms straight-line sort",
              f"{one_all / naive_one:.1f}x", "≤ 10 ms", one_all <= 0.010)
    table.add("graph built and first space answered (every box joined to the aisles)",
              f"{first * 1000:.1f} ms", "", "", "", None)
    table.add(f"nearest boxes ≤ {LIMIT_M:g} m for every space (median of {repeats})",
              f"{every:.3f} s", f"{naive_every:.3f} s straight-line sort",
              f"{every / naive_every:.1f}x", "≤ 2 s", every <= 2.0)


def bench_plan_view(table: Table, garage: Garage) -> None:
    """The plan view's timings on the same garage (issue 10): the view repaints after a
    zoom ≤ 16 ms (painted offscreen) and the plan opens ≤ 0.5 s — measured in
    bench_garage_view.py."""
    from tests.perf.bench_garage_view import bench_plan_view as measure_plan_view

    measure_plan_view(table, garage)


def bench_garage(table: Table, repeats: int = 5) -> None:
    garage = generated_garage()
    bench_nearest_boxes(table, garage, repeats)
    bench_plan_view(table, garage)
