"""Demo safety inspections: planned visits in the coming days, passed and failed
household inspections with open (some overdue) and closed hazards, re-inspections that
closed them, and a passed charger inspection for the newest connected requests (the
gate before 装表接电) plus planned ones for requests whose plan was replied."""
from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module
from dataclasses import dataclass, field

from fieldapp.domain.charger import ChargerRequest, Status
from fieldapp.domain.checklists import ChecklistTemplate
from fieldapp.domain.inspection import Hazard, Inspection, InspectionItem
from fieldapp.domain.stamps import to_stamp

HOUSEHOLD_SHARE = 0.03      # households with an inspection …
HOUSEHOLD_MAX = 1_500       # … at most (a large demo stays quick to make)
CHARGER_INSPECTED = 1500    # newest connected requests given their passed inspection
INSPECTORS = ("陈建国", "周海燕", "林晓东", "郑文斌")
WINDOWS = ("09:00-11:00", "10:00-12:00", "14:00-16:00", "15:00-17:00")
_NOTES = {"fail": ("插线板串接，负载过大", "表箱门锁损坏，箱内积灰", "电动自行车在楼道内充电",
                   "卫生间插座无防溅盖", "漏电保护器按试验按钮不动作"),
          "pass": ("", "", "", "已提醒定期试跳漏电保护器")}


@dataclass
class DemoInspections:
    inspections: list[Inspection] = field(default_factory=list)
    items: list[InspectionItem] = field(default_factory=list)
    hazards: list[Hazard] = field(default_factory=list)


def _uuid() -> str:
    return str(uuid_module.uuid4())


def make_inspections(households: list[str], requests: list[ChargerRequest],
                     templates: dict[str, ChecklistTemplate], seed: int,
                     now: dt.datetime, phone: str) -> DemoInspections:
    rng = random.Random(seed + 41)
    made = DemoInspections()
    today = now.astimezone().date()
    household = templates["household"]
    chosen = rng.sample(households, min(int(len(households) * HOUSEHOLD_SHARE),
                                        HOUSEHOLD_MAX))
    for n, household_uuid in enumerate(chosen):
        kind = n % 6
        if kind in (0, 1):   # planned in the coming days (one in ten today or tomorrow)
            day = today + dt.timedelta(days=rng.choice((0, 1, 1, 2, 3, 5, 7)))
            made.inspections.append(_planned(rng, household, household_uuid, "", day, phone))
            continue
        day = today - dt.timedelta(days=rng.randint(1, 60))
        failing = [] if kind == 2 else rng.sample(
            [i.code for i in household.items if "fail" in i.answers], rng.choice((1, 1, 2)))
        first = _finished(made, rng, household, household_uuid, "", day, failing, phone)
        if kind == 5 and failing:  # re-inspected: what was fixed is closed
            later = day + dt.timedelta(days=rng.randint(3, 20))
            if later < today:
                _reinspected(made, rng, household, first, later, now)
    connected = sorted((r for r in requests if r.state in (Status.CONNECTED, Status.ARCHIVED)),
                       key=lambda r: r.connected_at, reverse=True)[:CHARGER_INSPECTED]
    charger = templates["charger"]
    for request in connected:
        day = dt.date.fromisoformat(request.connected_at[:10]) - dt.timedelta(days=1)
        _finished(made, rng, charger, request.household_uuid, request.uuid, day, [], phone)
    for request in requests:
        if request.state == Status.PLAN_REPLIED and rng.random() < 0.6:
            day = today + dt.timedelta(days=rng.choice((0, 1, 2)))
            made.inspections.append(_planned(rng, charger, request.household_uuid,
                                             request.uuid, day, phone))
    return made


def _planned(rng: random.Random, template: ChecklistTemplate, household_uuid: str,
             request_uuid: str, day: dt.date, phone: str) -> Inspection:
    return Inspection(uuid=_uuid(), template_key=template.key,
                      template_version=template.version, household_uuid=household_uuid,
                      request_uuid=request_uuid, planned_on=day.isoformat(),
                      planned_window=rng.choice(WINDOWS), inspector=rng.choice(INSPECTORS),
                      contact=phone)


def _moment(day: dt.date, rng: random.Random) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(rng.randint(9, 16), rng.randint(0, 59)))
    return local.astimezone(dt.timezone.utc)


def _finished(made: DemoInspections, rng: random.Random, template: ChecklistTemplate,
              household_uuid: str, request_uuid: str, day: dt.date, failing: list[str],
              phone: str) -> Inspection:
    inspection = _planned(rng, template, household_uuid, request_uuid, day, phone)
    start = _moment(day, rng)
    for k, item in enumerate(template.items):
        answer = "fail" if item.code in failing else (
            "not_applicable" if "not_applicable" in item.answers and rng.random() < 0.1
            else "pass")
        made.items.append(InspectionItem(
            uuid=_uuid(), inspection_uuid=inspection.uuid, code=item.code, answer=answer,
            severity=item.severity.value, note=rng.choice(_NOTES["fail" if answer == "fail"
                                                                 else "pass"]),
            answered_at=to_stamp(start + dt.timedelta(minutes=k))))
    inspection.state, inspection.started_at = "finished", to_stamp(start)
    inspection.finished_at = to_stamp(start + dt.timedelta(minutes=len(template.items) + 3))
    inspection.result = "fail" if failing else "pass"
    if failing:
        inspection.rectification_deadline = (day + dt.timedelta(days=rng.choice((7, 15, 30)))
                                             ).isoformat()
        for item in template.items:
            if item.code in failing:
                made.hazards.append(Hazard(
                    uuid=_uuid(), inspection_uuid=inspection.uuid, item_code=item.code,
                    item_text=item.text, household_uuid=household_uuid,
                    request_uuid=request_uuid, severity=item.severity.value,
                    deadline=inspection.rectification_deadline))
    made.inspections.append(inspection)
    return inspection


def _reinspected(made: DemoInspections, rng: random.Random, template: ChecklistTemplate,
                 first: Inspection, day: dt.date, now: dt.datetime) -> None:
    again = _planned(rng, template, first.household_uuid, first.request_uuid, day,
                     first.contact)
    again.reinspection_of = first.uuid
    start = _moment(day, rng)
    open_hazards = [h for h in made.hazards if h.inspection_uuid == first.uuid]
    still = []
    for hazard in open_hazards:
        fixed = rng.random() < 0.7
        made.items.append(InspectionItem(
            uuid=_uuid(), inspection_uuid=again.uuid, code=hazard.item_code,
            answer="pass" if fixed else "fail", severity=hazard.severity,
            answered_at=to_stamp(start)))
        if fixed:
            hazard.status, hazard.closed_at = "closed", to_stamp(start)
            hazard.closed_by, hazard.closed_in = again.inspector, again.uuid
        else:
            still.append(hazard)
    again.state, again.started_at = "finished", to_stamp(start)
    again.finished_at = to_stamp(start + dt.timedelta(minutes=10))
    again.result = "fail" if still else "pass"
    if still:
        again.rectification_deadline = (day + dt.timedelta(days=15)).isoformat()
        for hazard in still:
            hazard.deadline = again.rectification_deadline
    made.inspections.append(again)
