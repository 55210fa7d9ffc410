"""The survey on the map, read from the store: the meter boxes nearest a parking space
by cable route, and what a request's chosen measurement means (length, flag, cable)."""
from __future__ import annotations

from dataclasses import dataclass

from fieldapp.domain.cable import CableSizing, size_cable
from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.measurement import Measurement, chosen, over_limit
from fieldapp.domain.routing import AisleGraph, Route


@dataclass(frozen=True)
class NearbyBox:
    box: MeterBox
    route: Route
    available: int      # free positions not promised to other requests


@dataclass(frozen=True)
class RequestSurvey:
    """What a request's survey says: the measurement it uses and its meter box, the
    post-meter length and whether it is over the limit, and the cable it needs."""

    measurement: Measurement | None
    box: MeterBox | None
    post_meter_m: float | None
    over_limit: bool
    cable: CableSizing | None
    limit_m: float
    measurements: tuple[Measurement, ...] = ()  # all of the request's, in stored order


def graph_of(garage: Garage) -> AisleGraph:
    return AisleGraph.from_json(garage.aisles) if garage.aisles else AisleGraph((), ())


def nearest_boxes(store, space: ParkingSpace, limit_m: float | None = None,
                  request_uuid: str = "") -> list[NearbyBox]:
    """The meter boxes of the space's garage within `limit_m` (the post-meter limit by
    default) by route along the aisles, nearest first, with their free positions."""
    garage = store.garages.get(space.garage_uuid)
    if garage is None:
        return []
    limit = store.settings().post_meter_limit_m if limit_m is None else limit_m
    boxes = {box.uuid: box for box in store.meter_boxes.of_garage(garage.uuid)}
    found = graph_of(garage).nearest((space.x, space.y),
                                     [(key, box.x, box.y) for key, box in boxes.items()],
                                     limit)
    return [NearbyBox(boxes[key], route,
                      store.meter_boxes.available(key, except_request=request_uuid))
            for key, route in found]


def request_survey(store, request) -> RequestSurvey:
    """The survey figures of a request (its measurements are read when not loaded)."""
    settings = store.settings()
    measurements = request.measurements or store.measurements.of_request(request.uuid)
    used = chosen(measurements, request.measurement_uuid)
    if used is None:
        return RequestSurvey(None, None, None, False, None, settings.post_meter_limit_m,
                             tuple(measurements))
    box = store.meter_boxes.get(used.meter_box_uuid)
    length = used.post_meter_m
    try:
        cable = size_cable(request.power_kw, request.phase, length, settings)
    except ValueError:
        cable = None
    return RequestSurvey(used, box, length, over_limit(length, settings), cable,
                         settings.post_meter_limit_m, tuple(measurements))
