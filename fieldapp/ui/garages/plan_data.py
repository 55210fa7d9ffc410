"""What the plan shows, read through the repositories (no SQL here): the garage with its
boxes, spaces and drawing, and the going requests a plan measurement may be saved for."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.charger import OPEN, ChargerRequest, Status
from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.store.charger_requests import RequestFilter

GOING = (*OPEN, Status.ON_HOLD)


@dataclass(frozen=True)
class PlanRecords:
    garage: Garage
    boxes: list[MeterBox]
    spaces: list[ParkingSpace]
    drawing: Path | None  # the drawing's file on this laptop (None: none, or not here)


@dataclass(frozen=True)
class RequestChoice:
    """A going request a plan measurement may be saved for."""

    request: ChargerRequest
    household_name: str
    at_space: bool  # its parking space is the chosen space


def load_plan(store, garage_uuid: str) -> PlanRecords | None:
    garage = store.garages.get(garage_uuid)
    if garage is None:
        return None
    return PlanRecords(garage, store.meter_boxes.of_garage(garage.uuid),
                       store.parking_spaces.of_garage(garage.uuid),
                       store.files.path(garage.image_hash))


def space_key(code: str) -> str:
    """A space code as requests and spaces compare it (case and spaces ignored)."""
    return "".join(code.split()).upper()


def going_requests(store, community_uuid: str, space_code: str) -> list[RequestChoice]:
    """The community's going requests, those at `space_code` first (newest first)."""
    rows = store.charger_requests.listing(RequestFilter(community_uuid=community_uuid))
    key = space_key(space_code)
    choices = [RequestChoice(row.request, row.household_name,
                             space_key(row.request.parking_space) == key)
               for row in rows if Status.parse(row.request.status) in GOING]
    return sorted(choices, key=lambda choice: not choice.at_space)  # stable
