"""Safety inspections in the database: planned, answered item by item (each answer
stored at once), finished with result and hazards, re-inspected until the hazards close,
and the charger gate before 装表接电."""
import datetime as dt
import sqlite3

import pytest

from fieldapp.domain.charger import Status
from fieldapp.domain.inspection import Inspection
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import RecordRefused
from fieldapp.store.charger_requests import MoveRefused

from .inspection_helpers import NOW, answer_all, pass_charger_inspection
from .test_charger import details_for
from .test_charger_store import new_request


def planned(store, household, key="household_safety", request=None):
    return store.inspections.plan(Inspection(
        template_key=key, template_version=1, household_uuid=household.uuid,
        request_uuid=request.uuid if request else "", planned_on="2026-11-25",
        planned_window="09:00-11:30", inspector="陈建国"))


def test_planning_keeps_the_template_version_and_the_household(store, household):
    inspection = planned(store, household)
    assert inspection.state == "planned" and inspection.template_version == 1
    rows = store.inspections.listing(planned_on="2026-11-25")
    assert [r.household_name for r in rows] == [household.name]
    assert rows[0].template_name == "居民用电安全检查"


def test_each_answer_is_committed_as_it_is_given(store, household, db_path):
    inspection = planned(store, household)
    store.inspections.start(inspection.uuid, NOW)
    codes = [i.code for i in store.inspections.items.of(inspection.uuid)]
    assert codes[:2] == ["H01", "H02"]
    store.inspections.answer(inspection.uuid, codes[0], "2", note="表箱门锁损坏", now=NOW)
    other = sqlite3.connect(db_path)  # another process would see it now
    assert other.execute("SELECT answer, note FROM inspection_items WHERE code = ?",
                         (codes[0],)).fetchone() == ("fail", "表箱门锁损坏")
    other.close()
    assert store.inspections.unanswered(inspection.uuid) == codes[1:]


def test_finishing_needs_every_item_and_a_deadline_for_a_major_failure(store, household):
    inspection = planned(store, household)
    store.inspections.start(inspection.uuid, NOW)
    codes = [i.code for i in store.inspections.items.of(inspection.uuid)]
    store.inspections.answer(inspection.uuid, codes[0], "pass", now=NOW)
    with pytest.raises(ValidationFailed) as refused:
        store.inspections.finish(inspection.uuid, now=NOW)
    assert f"还有 {len(codes) - 1} 项未检查" in refused.value.problems["result"]
    assert codes[1] in refused.value.problems["result"]
    major = next(i.code for i in store.inspections.template_of(inspection).items
                 if i.severity.value == "major")
    answer_all(store, inspection, **{major: "fail"})
    with pytest.raises(ValidationFailed) as refused:
        store.inspections.finish(inspection.uuid, now=NOW)
    assert major in refused.value.problems["rectification_deadline"]
    done = store.inspections.finish(inspection.uuid, deadline="2026-12-10", now=NOW)
    assert done.result == "fail" and done.rectification_deadline == "2026-12-10"
    [hazard] = store.hazards.open_of_household(household.uuid)
    assert hazard.item_code == major and hazard.deadline == "2026-12-10"
    with pytest.raises(RecordRefused, match="已完成"):
        store.inspections.answer(inspection.uuid, codes[0], "fail")


def test_a_reinspection_checks_only_the_open_items_and_closes_what_passes(store, household):
    inspection = planned(store, household)
    store.inspections.start(inspection.uuid, NOW)
    codes = [i.code for i in store.inspections.items.of(inspection.uuid)]
    answer_all(store, inspection, **{codes[2]: "fail", codes[5]: "fail"})
    store.inspections.finish(inspection.uuid, deadline="2026-12-01", now=NOW)
    again = store.inspections.reinspect(inspection.uuid)
    assert again.reinspection_of == inspection.uuid
    store.inspections.start(again.uuid, NOW)
    assert [i.code for i in store.inspections.items.of(again.uuid)] == [codes[2], codes[5]]
    store.inspections.answer(again.uuid, codes[2], "pass", now=NOW)
    store.inspections.answer(again.uuid, codes[5], "fail", now=NOW)
    store.inspections.finish(again.uuid, deadline="2026-12-20", now=NOW)
    rows = {r.hazard.item_code: r.hazard for r in store.hazards.listing()}
    assert rows[codes[2]].status == "closed" and rows[codes[2]].closed_in == again.uuid
    assert rows[codes[2]].closed_by == "陈建国" and rows[codes[2]].closed_at
    assert rows[codes[5]].status == "open" and rows[codes[5]].deadline == "2026-12-20"
    third = store.inspections.reinspect(again.uuid)  # the chain keeps to the first
    store.inspections.start(third.uuid, NOW)
    store.inspections.answer(third.uuid, codes[5], "pass", now=NOW)
    store.inspections.finish(third.uuid, now=NOW)
    assert store.hazards.open_of_household(household.uuid) == []
    with pytest.raises(RecordRefused, match="没有未消除的隐患"):
        store.inspections.reinspect(third.uuid)


def test_hazards_list_care_tagged_households_first_and_flags_overdue(store, community,
                                                                    household):
    from fieldapp.domain.records import Tag

    from .conftest import make_household
    elderly = store.households.save(make_household(
        community, account_no="0330099999", name="王奶奶", id_number="",
        tags=(Tag.ELDERLY_ALONE,)))
    for who in (household, elderly):
        inspection = planned(store, who)
        store.inspections.start(inspection.uuid, NOW)
        answer_all(store, inspection, H03="fail")
        store.inspections.finish(inspection.uuid, deadline="2026-11-30", now=NOW)
    rows = store.hazards.listing(open_only=True, today=dt.date(2026, 12, 5))
    assert [r.household_name for r in rows] == ["王奶奶", household.name]
    assert all(r.overdue for r in rows)
    assert store.hazards.listing(overdue_only=True, today=dt.date(2026, 11, 28)) == []


def test_an_answer_the_item_does_not_allow_is_refused(store, household):
    inspection = planned(store, household)
    template = store.inspections.template_of(inspection)
    strict = next(i for i in template.items if "not_applicable" not in i.answers)
    with pytest.raises(RecordRefused, match=strict.code):
        store.inspections.answer(inspection.uuid, strict.code, "3")


def test_connecting_needs_a_passed_charger_inspection(store, household):
    request = store.charger_requests.accept(new_request(household))
    for target in (Status.SURVEYED, Status.PLAN_REPLIED):
        request = store.charger_requests.transition(request.uuid, request.rev, target,
                                                    details=details_for(target))
    with pytest.raises(MoveRefused) as refused:
        store.charger_requests.transition(request.uuid, request.rev, Status.CONNECTED,
                                          details=details_for(Status.CONNECTED))
    assert "充电桩安装安全检查尚未通过" in refused.value.problems["status"]
    pass_charger_inspection(store, request)
    request = store.charger_requests.get(request.uuid)
    moved = store.charger_requests.transition(request.uuid, request.rev, Status.CONNECTED,
                                              details=details_for(Status.CONNECTED))
    assert moved.status == "connected"


KILLED_FILLER = """
import sys, time
from fieldapp.store import Store
store = Store.open(sys.argv[1], operator="am")
uuid = sys.argv[2]
store.inspections.start(uuid)
for item in store.inspections.items.of(uuid):
    store.inspections.answer(uuid, item.code, "2" if item.code.endswith("3") else "1",
                             note="现场说明")
    print(item.code, flush=True)   # reported as saved only once answer() returned
    time.sleep(0.05)
"""


def test_a_draft_survives_a_process_killed_between_answers(store, household, db_path):
    import os
    import signal
    import subprocess
    import sys

    inspection = planned(store, household)
    child = subprocess.Popen([sys.executable, "-c", KILLED_FILLER, str(db_path),
                              inspection.uuid], stdout=subprocess.PIPE, text=True)
    reported = [child.stdout.readline().strip() for _ in range(5)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    items = {i.code: i for i in store.inspections.items.of(inspection.uuid)}
    for code in reported:  # every answer reported as saved is there
        assert items[code].answer == ("fail" if code.endswith("3") else "pass")
        assert items[code].note == "现场说明"
    again = store.inspections.start(inspection.uuid)  # the draft reopens as it was
    assert again.state == "in_progress"
    left = store.inspections.unanswered(inspection.uuid)
    assert left and not set(reported) & set(left)
    assert left == [c for c in items if not items[c].answer]
