"""Demo garages for the survey on the map: for the communities with the most requests, a
garage level per parking-space prefix (B1, B2) with a generated drawing, aisles, meter
boxes, the requests' parking spaces and others around them, and a measurement for every
surveyed request — some over 50 m (with the reason once the plan is replied), some with
a farther box measured first and a nearer one chosen."""
from __future__ import annotations

import io
import math
import random
import uuid as uuid_module
from dataclasses import dataclass, field

from fieldapp.domain.charger import ChargerRequest, Status
from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.measurement import Measurement, Method
from fieldapp.domain.routing import AisleGraph
from fieldapp.domain.settings import Settings

GARAGE_COMMUNITIES = 12     # communities that get garages (those with most requests)
LENGTH_M, DEPTH_M = 150.0, 48.0
SCALE = 0.1                 # metres per pixel of the generated drawing
SPACE_WIDTH, SPACE_DEPTH = 2.5, 5.0
ROWS_Y = (8.0, 19.0, 29.0, 40.0)  # centre lines of the four rows of spaces
# on the walls and on two pillars by the main aisle: about one space in five is more than
# 50 m of cable from its nearest box
BOXES = ((3.0, 3.0), (60.0, 45.0), (110.0, 3.0), (147.0, 45.0), (25.0, 22.0), (125.0, 26.0))
AISLE_POINTS = ((5.0, 24.0), (50.0, 24.0), (100.0, 24.0), (145.0, 24.0), (5.0, 3.0),
                (5.0, 45.0), (50.0, 45.0), (100.0, 3.0), (145.0, 45.0), (145.0, 3.0),
                (50.0, 3.0), (100.0, 45.0))
AISLE_SEGMENTS = ((0, 1), (1, 2), (2, 3), (0, 4), (0, 5), (1, 6), (2, 7), (3, 8), (3, 9),
                  (1, 10), (2, 11), (4, 10), (10, 7), (7, 9), (5, 6), (6, 11), (11, 8))
_REASONS = ("唯一有空余表位的表箱，客户同意承担增加的线缆费用",
            "近处表箱已满，物业不同意新增表箱", "客户坚持使用产权车位，接受较长线路")
_MEASURED = (Status.SURVEYED, Status.PLAN_REPLIED, Status.CONNECTED, Status.ARCHIVED)


@dataclass
class DemoSurvey:
    garages: list[Garage] = field(default_factory=list)
    boxes: list[MeterBox] = field(default_factory=list)
    spaces: list[ParkingSpace] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    drawings: list[tuple[str, bytes]] = field(default_factory=list)  # (name, PNG)


def _uuid() -> str:
    return str(uuid_module.uuid4())


def _slots() -> list[tuple[float, float]]:
    """Where spaces stand: four rows across the garage, between the cross aisles."""
    xs = [8.0 + SPACE_WIDTH * k for k in range(int((LENGTH_M - 16) / SPACE_WIDTH))]
    return [(x, y) for y in ROWS_Y for x in xs if all(abs(x - a) > 2.5 for a in (50, 100))]


def drawing(name: str) -> bytes:
    """A garage drawing as a PNG: walls, pillars, aisles and the painted spaces."""
    from PIL import Image, ImageDraw  # Pillow comes with reportlab

    px = 1 / SCALE
    image = Image.new("RGB", (int(LENGTH_M * px), int(DEPTH_M * px)), "white")
    pen = ImageDraw.Draw(image)
    pen.rectangle((2, 2, image.width - 3, image.height - 3), outline=(60, 60, 60), width=5)
    for i, j in AISLE_SEGMENTS:
        (x1, y1), (x2, y2) = AISLE_POINTS[i], AISLE_POINTS[j]
        pen.line((x1 * px, y1 * px, x2 * px, y2 * px), fill=(225, 230, 238), width=45)
    for x, y in _slots():
        pen.rectangle(((x - SPACE_WIDTH / 2) * px, (y - SPACE_DEPTH / 2) * px,
                       (x + SPACE_WIDTH / 2) * px, (y + SPACE_DEPTH / 2) * px),
                      outline=(150, 150, 150), width=2)
    for x in range(10, int(LENGTH_M), 16):
        for y in (13.5, 34.5):
            pen.rectangle(((x - 0.4) * px, (y - 0.4) * px, (x + 0.4) * px, (y + 0.4) * px),
                          fill=(90, 90, 90))
    pen.text((20, 12), f"{name}  1:{int(SCALE * 1000)}", fill=(40, 40, 40))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def make_survey(requests: list[ChargerRequest], community_of: dict[str, str],
                seed: int, settings: Settings) -> DemoSurvey:
    """Garages, boxes, spaces and measurements for `requests` (household uuid →
    community uuid in `community_of`); sets the requests' chosen measurement and, where
    a replied plan needs it, the over-limit reason."""
    rng = random.Random(seed + 29)
    survey = DemoSurvey()
    by_garage: dict[tuple[str, str], list[ChargerRequest]] = {}
    for request in requests:
        community = community_of.get(request.household_uuid)
        prefix = request.parking_space.split("-")[0]
        if community and prefix:
            by_garage.setdefault((community, prefix), []).append(request)
    busiest = sorted({c for c, _ in by_garage},
                     key=lambda c: -sum(len(v) for (k, _), v in by_garage.items() if k == c))
    chosen = set(busiest[:GARAGE_COMMUNITIES])
    graph = AisleGraph(AISLE_POINTS, AISLE_SEGMENTS)
    pictures: dict[str, tuple[str, bytes]] = {}
    for (community, prefix), members in sorted(by_garage.items()):
        if community not in chosen:
            continue
        picture = pictures.get(prefix) or pictures.setdefault(prefix, (prefix, drawing(prefix)))
        _garage(survey, rng, graph, community, prefix, members, picture, settings)
    survey.drawings = list(pictures.values())
    return survey


def _garage(survey: DemoSurvey, rng: random.Random, graph: AisleGraph, community: str,
            prefix: str, members: list[ChargerRequest], picture: tuple[str, bytes],
            settings: Settings) -> None:
    import hashlib

    data = picture[1]
    garage = Garage(uuid=_uuid(), community_uuid=community, name=prefix,
                    image_hash=hashlib.sha256(data).hexdigest(),
                    image_width=int(LENGTH_M / SCALE), image_height=int(DEPTH_M / SCALE),
                    scale=SCALE, aisles=graph.to_json())
    survey.garages.append(garage)
    boxes = [MeterBox(uuid=_uuid(), code=f"{prefix}-MB{n:02d}", community_uuid=community,
                      garage_uuid=garage.uuid, x=x, y=y, free_positions=rng.randint(0, 3))
             for n, (x, y) in enumerate(BOXES, 1)]
    survey.boxes += boxes
    slots = _slots()
    rng.shuffle(slots)
    placed = {}
    for request, (x, y) in zip(members, slots):
        placed[request.uuid] = ParkingSpace(uuid=_uuid(), garage_uuid=garage.uuid,
                                            code=request.parking_space, x=x, y=y,
                                            ownership=rng.choice(("owned", "owned", "leased")))
    for n, (x, y) in enumerate(slots[len(placed):len(placed) + 40], 1):
        survey.spaces.append(ParkingSpace(uuid=_uuid(), garage_uuid=garage.uuid,
                                          code=f"{prefix}-P{n:03d}", x=x, y=y,
                                          ownership=rng.choice(("owned", "leased", "public"))))
    survey.spaces += placed.values()
    reserved: dict[str, int] = {}
    for request in members:
        space = placed.get(request.uuid)
        if space is None or not _measured(request):
            continue
        ranked = graph.nearest((space.x, space.y), [(b.uuid, b.x, b.y) for b in boxes], None)
        order = [key for key, _ in ranked]
        if len(ranked) > 1 and rng.random() < 0.2:  # a farther box was measured first
            _measure(survey, rng, request, space, ranked[1], settings, first=True)
        used = _measure(survey, rng, request, space, ranked[0], settings)
        request.measurement_uuid = used.uuid
        if used.post_meter_m > settings.post_meter_limit_m and _replied(request):
            request.over_limit_reason = rng.choice(_REASONS)
        if request.state in (Status.SURVEYED, Status.PLAN_REPLIED, Status.ON_HOLD):
            reserved[order[0]] = reserved.get(order[0], 0) + 1
    for box in boxes:  # going requests keep their positions: the box has them free
        box.free_positions = min(box.free_positions + reserved.get(box.uuid, 0), 99)


def _measured(request: ChargerRequest) -> bool:
    return request.state in _MEASURED or bool(request.surveyed_at)


def _replied(request: ChargerRequest) -> bool:
    return request.state in (Status.PLAN_REPLIED, Status.CONNECTED, Status.ARCHIVED) or (
        request.state == Status.ON_HOLD and request.resume_status == "plan_replied")


def _measure(survey: DemoSurvey, rng: random.Random, request: ChargerRequest,
             space: ParkingSpace, ranked, settings: Settings, first: bool = False
             ) -> Measurement:
    box_uuid, route = ranked
    box = next(b for b in survey.boxes if b.uuid == box_uuid)
    method = rng.choice((Method.RANGEFINDER, Method.RANGEFINDER, Method.RANGEFINDER,
                         Method.TAPE, Method.PLAN))
    straight = math.dist((space.x, space.y), (box.x, box.y))
    length = route.length_m if method == Method.PLAN else route.length_m * rng.uniform(1.0, 1.04)
    day = request.surveyed_on or request.accepted_at[:10]
    measurement = Measurement(
        uuid=_uuid(), request_uuid=request.uuid, meter_box_uuid=box_uuid,
        method=method.value, straight_m=round(straight, 2), route_m=round(max(length, straight), 2),
        rise_m=round(rng.uniform(2.0, 4.5), 2), slack_m=settings.cable_slack_m,
        instrument_no=f"LR-{rng.randint(1, 9):02d}" if method == Method.RANGEFINDER else "",
        route=_route_json(route.points) if method == Method.PLAN else "",
        measured_on=day, measured_by=request.surveyor or "demo",
        notes="先测的较远表箱" if first else "")
    survey.measurements.append(measurement)
    return measurement


def _route_json(points) -> str:
    import json

    return json.dumps([[round(x, 2), round(y, 2)] for x, y in points], separators=(",", ":"))
