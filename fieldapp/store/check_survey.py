"""`fieldapp-cli check`'s rules for the survey on the map: every garage, meter box, space
and measurement meets its own rules, a measurement's meter box is in its request's
community, a request uses one of its own measurements, and a replied plan over the
post-meter limit has its reason."""
from __future__ import annotations

from fieldapp.domain.charger import survey_problems
from fieldapp.domain.garage import garage_problems, meter_box_problems, parking_space_problems
from fieldapp.domain.measurement import measurement_problems
from fieldapp.domain.messages import MESSAGES, msg

MESSAGES.update({
    "check.record_rule": ("{kind} {name}：{problem}", "{kind} {name}: {problem}"),
    "check.box_elsewhere": ("报装 {no} 的测量用了别的小区的表箱 {code}",
                            "A measurement of request {no} uses the meter box {code} of"
                            " another community"),
    "check.request_survey": ("报装 {no}：{problem}", "Request {no}: {problem}"),
})

SURVEY_TABLES = ("garages", "meter_boxes", "parking_spaces", "measurements")


def rule_problems(repo, rules, name: str, kind: str) -> list[str]:
    """Every stored record of `repo` checked by its domain `rules`, each problem named by
    the kind and the record's `name` field."""
    return [msg("check.record_rule", kind=kind, name=getattr(record, name), problem=problem)
            for record in map(repo.from_row, repo.conn.execute(f"SELECT * FROM {repo.table}"))
            for problem in rules(record).values()]


def check_survey(store) -> list[list[str]]:
    """The problems found, one list per kind (each capped by the caller)."""
    settings = store.settings()
    kinds = ((store.garages, garage_problems, "name", "车库"),
             (store.meter_boxes, meter_box_problems, "code", "表箱"),
             (store.parking_spaces, parking_space_problems, "code", "车位"))
    found = [rule_problems(repo, rules, name, kind) for repo, rules, name, kind in kinds]
    found.append(rule_problems(store.measurements,
                               lambda record: measurement_problems(record, settings),
                               "uuid", "测量"))
    found.append([msg("check.box_elsewhere", no=row[0], code=row[1]) for row in store.conn.execute(
        "SELECT r.request_no, b.code FROM measurements m JOIN charger_requests r"
        " ON r.uuid = m.request_uuid JOIN households h ON h.uuid = r.household_uuid"
        " JOIN meter_boxes b ON b.uuid = m.meter_box_uuid"
        " WHERE b.community_uuid != h.community_uuid")])
    requests = []
    for (uuid,) in store.conn.execute(
            "SELECT uuid FROM charger_requests WHERE measurement_uuid > '' OR over_limit_reason"
            " > '' OR uuid IN (SELECT request_uuid FROM measurements)"):
        request = store.charger_requests.get(uuid)
        requests += [msg("check.request_survey", no=request.request_no, problem=problem)
                     for problem in survey_problems(request, settings).values()]
    found.append(requests)
    return found
