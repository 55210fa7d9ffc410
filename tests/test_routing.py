"""Cable routes along a garage's aisles and the nearest meter boxes by route."""
from __future__ import annotations

import itertools
import math
import random

import pytest

from fieldapp.domain.messages import set_language
from fieldapp.domain.routing import AisleGraph, polyline_length, straight

# A U of aisles: y = 0 and y = 10, joined only at x = 30 (a wall between them elsewhere).
U_POINTS = [(0, 0), (30, 0), (30, 10), (0, 10)]
U_SEGMENTS = [(0, 1), (1, 2), (2, 3)]
SPACE = (2, 1)


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh")
    yield
    set_language("zh")


def u_garage() -> AisleGraph:
    return AisleGraph(U_POINTS, U_SEGMENTS)


def test_a_box_nearer_in_a_straight_line_but_farther_by_aisle_ranks_second():
    boxes = [("A", 2, 9), ("B", 20, -1)]  # A: 8 m straight, across the wall; B: 18.1 m
    ranked = u_garage().nearest(SPACE, boxes)
    assert [key for key, _ in ranked] == ["B", "A"]
    b, a = ranked[0][1], ranked[1][1]
    assert b.length_m == pytest.approx(1 + 18 + 1)
    assert a.length_m == pytest.approx(1 + 28 + 10 + 28 + 1)
    assert a.points == ((2, 1), (2, 0), (30, 0), (30, 10), (2, 10), (2, 9))
    assert a.along_aisles and b.along_aisles
    assert polyline_length(a.points) == pytest.approx(a.length_m)
    # by straight line the order would be the other way round
    assert straight(SPACE, (2, 9)).length_m < straight(SPACE, (20, -1)).length_m


def test_the_limit_keeps_only_boxes_whose_route_is_within_it():
    boxes = [("A", 2, 9), ("B", 20, -1), ("C", 25, 1)]
    within = u_garage().nearest(SPACE, boxes, limit_m=50)
    assert [(key, round(route.length_m, 6)) for key, route in within] == [("B", 20.0),
                                                                          ("C", 25.0)]
    assert u_garage().nearest(SPACE, boxes, limit_m=20) == within[:1]  # 20 m is within
    assert u_garage().nearest(SPACE, boxes, limit_m=5) == []
    # round the corner: 1 + 28 + 5 + 1 m, reached through the aisles' point (30, 0)
    corner = u_garage().nearest(SPACE, [("D", 31, 5)], limit_m=36)
    assert [(key, round(route.length_m, 6)) for key, route in corner] == [("D", 35.0)]
    assert corner[0][1].points == ((2, 1), (2, 0), (30, 0), (30, 5), (31, 5))
    assert u_garage().nearest(SPACE, [("D", 31, 5)], limit_m=34.9) == []
    # two corners: 1 + 28 + 10 + 10 + 1 m
    far = u_garage().nearest(SPACE, [("E", 20, 11)], limit_m=50.5)
    assert [(key, round(route.length_m, 6)) for key, route in far] == [("E", 50.0)]


def test_start_and_end_join_the_aisles_by_perpendicular_projection():
    graph = u_garage()
    route = graph.route((12, 3), (29, 8))  # joins (12, 0) and the upright at (30, 8)
    assert route.points == ((12, 3), (12, 0), (30, 0), (30, 8), (29, 8))
    assert route.length_m == pytest.approx(3 + 18 + 8 + 1)
    beyond = graph.route((-4, 3), (5, -2))  # past the aisle's end: joins its end point
    assert beyond.points == ((-4, 3), (0, 0), (5, 0), (5, -2))
    assert beyond.length_m == pytest.approx(5 + 5 + 2)


def test_both_ends_on_one_segment_go_along_it_directly():
    route = u_garage().route((15, 1), (5, -2))
    assert route.points == ((15, 1), (15, 0), (5, 0), (5, -2))
    assert route.length_m == pytest.approx(13)


def test_a_position_on_the_aisle_has_no_leg():
    route = u_garage().route((10, 0), (30, 5))
    assert route.points == ((10, 0), (30, 0), (30, 5))
    assert route.length_m == pytest.approx(25)


def test_without_aisles_the_route_is_the_straight_line():
    graph = AisleGraph()
    assert graph.empty
    route = graph.route((0, 0), (3, 4))
    assert (route.length_m, route.points, route.along_aisles) == (5, ((0, 0), (3, 4)), False)
    ranked = graph.nearest((0, 0), [("far", 30, 40), ("near", 6, 8)], limit_m=20)
    assert [(key, r.length_m) for key, r in ranked] == [("near", 10)]


def test_a_box_on_an_aisle_part_not_joined_up_gets_the_straight_line_flagged():
    # a second aisle drawn apart from the U: nothing joins it to the space's aisles
    graph = AisleGraph(U_POINTS + [(100, 0), (120, 0)], U_SEGMENTS + [(4, 5)])
    ranked = graph.nearest(SPACE, [("apart", 101, 1), ("A", 2, 9)])
    assert [key for key, _ in ranked] == ["A", "apart"]
    apart = ranked[1][1]
    assert not apart.along_aisles
    assert apart.points == ((2, 1), (101, 1)) and apart.length_m == pytest.approx(99)
    assert graph.nearest(SPACE, [("apart", 101, 1)], limit_m=50) == []


def test_boxes_at_the_same_distance_keep_their_order():
    ranked = u_garage().nearest((15, 0), [("left", 5, 0), ("right", 25, 0)])
    assert [key for key, _ in ranked] == ["left", "right"]


def test_bad_positions_are_refused_with_a_message():
    for bad in [(math.nan, 1), (1,), ("a", 2), (math.inf, 0)]:
        with pytest.raises(ValueError, match="位置坐标"):
            u_garage().route(bad, (0, 0))


# -- against a slow, independent answer ----------------------------------------------------
def _floyd_answer(points, segments, space, box):
    """Shortest route by Floyd–Warshall over the aisles with both joins added as points
    (the joins found by trying every segment), or None when not connected."""
    def foot(p):
        options = []
        for i, j in segments:
            (ax, ay), (bx, by) = points[i], points[j]
            length2 = (bx - ax) ** 2 + (by - ay) ** 2
            t = min(1, max(0, ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / length2))
            f = (ax + t * (bx - ax), ay + t * (by - ay))
            options.append((math.dist(p, f), (i, j), f))
        return min(options)

    nodes = list(points)
    edges = {tuple(s) for s in segments}
    legs = []
    for p in (space, box):
        leg, (i, j), f = foot(p)
        nodes.append(f)
        edges |= {(i, len(nodes) - 1), (len(nodes) - 1, j)}
        legs.append(leg)
    s, b = len(nodes) - 2, len(nodes) - 1
    (si, sj), (bi, bj) = foot(space)[1], foot(box)[1]
    if (si, sj) == (bi, bj):  # both on one segment: the joins are neighbours too
        edges.add((s, b))
    n = len(nodes)
    d = [[0 if a == c else math.inf for c in range(n)] for a in range(n)]
    for i, j in edges:
        d[i][j] = d[j][i] = min(d[i][j], math.dist(nodes[i], nodes[j]))
    for k, i, j in itertools.product(range(n), repeat=3):
        if d[i][k] + d[k][j] < d[i][j]:
            d[i][j] = d[i][k] + d[k][j]
    return None if math.isinf(d[s][b]) else legs[0] + d[s][b] + legs[1]


def test_routes_match_an_independent_shortest_path_on_a_random_garage():
    rng = random.Random(10)
    points = [(x * 10.0 + rng.uniform(-1, 1), y * 8.0 + rng.uniform(-1, 1))
              for y in range(4) for x in range(5)]
    segments = [(y * 5 + x, y * 5 + x + 1) for y in range(4) for x in range(4)
                if rng.random() < 0.8]
    segments += [(y * 5 + x, (y + 1) * 5 + x) for y in range(3) for x in range(5)
                 if rng.random() < 0.5]
    graph = AisleGraph(points, segments)
    boxes = [(n, rng.uniform(-5, 45), rng.uniform(-5, 30)) for n in range(12)]
    found = 0
    for _ in range(8):
        space = (rng.uniform(-5, 45), rng.uniform(-5, 30))
        ranked = dict(graph.nearest(space, boxes))
        for key, x, y in boxes:
            expected = _floyd_answer(points, segments, space, (x, y))
            route = ranked[key]
            if expected is None:
                assert not route.along_aisles
                assert route.length_m == pytest.approx(math.dist(space, (x, y)))
            else:
                assert route.length_m == pytest.approx(expected)
                assert polyline_length(route.points) == pytest.approx(expected)
        within = graph.nearest(space, boxes, limit_m=30)
        assert [k for k, _ in within] == [k for k, r in graph.nearest(space, boxes)
                                          if r.length_m <= 30]
        found += len(within)
    assert found > 10  # the limit was tried on boxes within it, not only on none


# -- the stored form -----------------------------------------------------------------------
def test_the_graph_travels_as_compact_json_to_the_millimetre():
    graph = AisleGraph([(0, 0), (12.34567, 0.0004), (12.3, 7)], [(0, 1), (1, 2)])
    text = graph.to_json()
    assert text == '{"points":[[0.0,0.0],[12.346,0.0],[12.3,7.0]],"segments":[[0,1],[1,2]]}'
    again = AisleGraph.from_json(text)
    assert again.segments == graph.segments
    assert again.points[1] == (12.346, 0.0)
    assert AisleGraph.from_json(again.to_json()) == again
    assert AisleGraph.from_json("") == AisleGraph() and AisleGraph.from_json(None).empty


@pytest.mark.parametrize("text, words", [
    ('{"points":[[0,0],[1,0]],"segments":[[0,2]]}', "第 0 段应连接两个已有的点（0 到 1）"),
    ('{"points":[[0,0],[1,0]],"segments":[[0,-1]]}', "第 0 段"),
    ('{"points":[[0,0],[1,0]],"segments":[[0,true]]}', "第 0 段"),
    ('{"points":[[0,0],[NaN,0]],"segments":[]}', "第 1 个点的坐标不对"),
    ('{"points":[[0,0],[1e999,0]],"segments":[]}', "第 1 个点"),
    ('{"points":[[0,0],[0,"1"]],"segments":[]}', "第 1 个点"),
    ('{"points":[[0,0],[0.001,0],[5,5]],"segments":[[1,2],[0,1]]}', "第 1 段太短"),
    ('{"points":[[0,0]],"segments":[[0,0]]}', "第 0 段太短"),
    ("[1, 2]", "通道数据无法读取"),
    ("{nonsense", "通道数据无法读取"),
])
def test_stored_aisles_that_do_not_fit_are_refused_saying_where(text, words):
    with pytest.raises(ValueError, match=words):
        AisleGraph.from_json(text)


def test_messages_are_available_in_english():
    set_language("en")
    with pytest.raises(ValueError, match="Aisle segment 0 must join two existing points"):
        AisleGraph([(0, 0)], [(0, 3)])
