"""Charger requests in the database: numbering, transitions, documents, lists, summary."""
import dataclasses
import datetime as dt
import json
import re

import pytest

from fieldapp import demo
from fieldapp.domain.charger import ChargerRequest, RequestDocument, Status
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import RecordRefused, StaleRecord, Store
from fieldapp.store.charger_requests import RequestFilter

from .conftest import make_household
from .inspection_helpers import pass_charger_inspection
from .test_charger import details_for

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def new_request(household, parking_space="B1-023", **states) -> ChargerRequest:
    states = {"id_proof": "provided", "permit": "provided", **states}
    return ChargerRequest(household_uuid=household.uuid, parking_space=parking_space,
                          power_kw=7.0, phase=1, vehicle="比亚迪 海豚",
                          documents=[RequestDocument(kind=k, state=s)
                                     for k, s in states.items()])


def rows(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_accepting_stores_the_request_its_documents_and_audit(store, household):
    saved = store.charger_requests.accept(new_request(household, parking_right="deferred"),
                                          now=T0)
    assert re.fullmatch(rf"{store.device_id}-20261102-0001", saved.request_no)
    again = store.charger_requests.get(saved.uuid)
    assert again.status == "accepted" and again.accepted_by == "tester"
    assert again.accepted_at == "2026-11-02T01:00:00.000Z"
    assert {d.kind: d.state for d in again.documents} == {
        "id_proof": "provided", "permit": "provided", "parking_right": "deferred"}
    kinds = [r[0] for r in store.conn.execute(
        "SELECT record_kind FROM audit_log WHERE action = 'create' ORDER BY id")]
    assert kinds.count("charger_request") == 1 and kinds.count("request_document") == 3


def test_numbers_follow_the_devices_daily_sequence(store, household, community):
    other = store.households.save(make_household(community, account_no="0330099999",
                                                 id_number=""))
    first = store.charger_requests.accept(new_request(household, "B1-001"), now=T0)
    second = store.charger_requests.accept(new_request(other, "B1-002"), now=T0)
    assert first.request_no.endswith("-0001") and second.request_no.endswith("-0002")


def test_numbers_are_unique_across_two_devices(tmp_path):
    numbers = []
    for name in ("laptop-a.sqlite3", "laptop-b.sqlite3"):
        with Store.open(tmp_path / name, operator="am") as device:
            demo.generate(device, 30, seed=4, requests=0)
            for i, (uuid,) in enumerate(device.conn.execute(
                    "SELECT uuid FROM households LIMIT 5").fetchall()):
                h = device.households.get(uuid)
                numbers.append(device.charger_requests.accept(
                    new_request(h, f"B1-{i}"), now=T0).request_no)
    assert len(set(numbers)) == 10
    assert len({n.split("-")[0] for n in numbers}) == 2  # each laptop its own code


def test_accepting_without_id_proof_writes_nothing(store, household):
    with pytest.raises(ValidationFailed) as refused:
        store.charger_requests.accept(new_request(household, id_proof="deferred"))
    assert "身份证明" in refused.value.problems["documents"]
    assert rows(store, "charger_requests") == rows(store, "request_documents") == 0
    assert rows(store, "request_sequence") == 0


def test_an_expired_batch_certificate_does_not_stand_in(store, household, community):
    community = store.communities.get(community.uuid)
    store.communities.save(dataclasses.replace(community, permit_no="WZ-1",
                                               permit_valid_until="2026-10-31"))
    with pytest.raises(ValidationFailed, match="过期"):
        store.charger_requests.accept(new_request(household, permit="not_needed"), now=T0)
    community = store.communities.get(community.uuid)
    store.communities.save(dataclasses.replace(community, permit_valid_until="2027-12-31"))
    assert store.charger_requests.accept(new_request(household, permit="not_needed"), now=T0)


def test_a_parking_space_of_another_open_request_is_refused(store, household, community):
    neighbour = store.households.save(make_household(community, account_no="0330011111",
                                                     id_number=""))
    first = store.charger_requests.accept(new_request(household, "B1-023"), now=T0)
    with pytest.raises(RecordRefused) as refused:
        store.charger_requests.accept(new_request(neighbour, "B1-023"), now=T0)
    assert refused.value.field == "parking_space" and first.request_no in str(refused.value)
    assert rows(store, "charger_requests") == 1
    store.charger_requests.transition(first.uuid, first.rev, Status.CANCELLED, "客户撤回")
    assert store.charger_requests.accept(new_request(neighbour, "B1-023"), now=T0)


def test_the_whole_workflow_records_every_stage(store, household):
    repo = store.charger_requests
    r = repo.accept(new_request(household, vehicle_purchase="deferred"), now=T0)
    for target, later in ((Status.SURVEYED, dt.timedelta(hours=20)),
                          (Status.PLAN_REPLIED, dt.timedelta(days=2))):
        r = repo.transition(r.uuid, r.rev, target, now=T0 + later,
                            details=details_for(target, T0 + later))
    with pytest.raises(RecordRefused, match="1 份容缺材料未补齐：购车证明"):
        repo.transition(r.uuid, r.rev, Status.CONNECTED, now=T0 + dt.timedelta(days=3))
    assert repo.get(r.uuid).status == "plan_replied"
    r = repo.supply_document(r.uuid, "vehicle_purchase", now=T0 + dt.timedelta(days=3))
    supplied = r.document("vehicle_purchase")
    assert (supplied.state, supplied.supplied_by) == ("provided", "tester")
    assert supplied.supplied_at == "2026-11-05T01:00:00.000Z"
    pass_charger_inspection(store, r)
    r = repo.transition(r.uuid, r.rev, Status.CONNECTED, now=T0 + dt.timedelta(days=4.06),
                        details=details_for(Status.CONNECTED, T0 + dt.timedelta(days=4.06)))
    assert (r.connected_at, r.connected_by) == ("2026-11-06T02:26:24.000Z", "tester")
    [row] = repo.listing(RequestFilter(status="connected"))
    assert row.connection_days == 4.1 and row.deferred == ()
    r = repo.transition(r.uuid, r.rev, Status.ARCHIVED)
    with pytest.raises(RecordRefused, match="已归档"):
        repo.transition(r.uuid, r.rev, Status.CANCELLED, "x")
    with pytest.raises(RecordRefused, match="已归档"):
        repo.save(dataclasses.replace(r, vehicle="x"))
    history = [json.loads(c) for (c,) in store.conn.execute(
        "SELECT changes FROM audit_log WHERE record_uuid = ? AND action = 'update'",
        (r.uuid,))]
    assert [h["status"][1] for h in history] == ["surveyed", "plan_replied", "connected",
                                                  "archived"]


def test_hold_keeps_the_reason_and_resumes_to_the_same_stage(store, household):
    repo = store.charger_requests
    r = repo.accept(new_request(household), now=T0)
    r = repo.transition(r.uuid, r.rev, Status.SURVEYED, details=details_for(Status.SURVEYED))
    with pytest.raises(RecordRefused, match="原因"):
        repo.transition(r.uuid, r.rev, Status.ON_HOLD, "")
    r = repo.transition(r.uuid, r.rev, Status.ON_HOLD, "车位产权待确认")
    assert (r.status, r.status_reason, r.resume_status) == ("on_hold", "车位产权待确认",
                                                            "surveyed")
    with pytest.raises(RecordRefused):
        repo.transition(r.uuid, r.rev, Status.PLAN_REPLIED)
    r = repo.transition(r.uuid, r.rev, Status.SURVEYED)
    assert (r.status, r.status_reason, r.resume_status) == ("surveyed", "", "")


def test_concurrent_edits_in_two_windows_do_not_lose_a_change(db_path, store, household):
    r = store.charger_requests.accept(new_request(household), now=T0)
    with Store.open(db_path, operator="second") as other:
        theirs = other.charger_requests.get(r.uuid)
        other.charger_requests.save(dataclasses.replace(theirs, vehicle="特斯拉 Model Y"))
    with pytest.raises(StaleRecord):
        store.charger_requests.save(dataclasses.replace(r, parking_space="B2-001"))
    with pytest.raises(StaleRecord):
        store.charger_requests.transition(r.uuid, r.rev, Status.SURVEYED)
    current = store.charger_requests.get(r.uuid)
    assert (current.vehicle, current.parking_space) == ("特斯拉 Model Y", "B1-023")


def test_editing_keeps_the_workflow_fields(store, household):
    r = store.charger_requests.accept(new_request(household, parking_right="deferred"),
                                      now=T0)
    forged = dataclasses.replace(r, status="archived", request_no="X", power_kw=11.0,
                                 phase=3)
    forged.documents = [dataclasses.replace(d, state="provided") for d in r.documents]
    saved = store.charger_requests.save(forged)
    assert (saved.status, saved.request_no, saved.power_kw) == ("accepted", r.request_no, 11.0)
    assert store.charger_requests.get(r.uuid).deferred() == []


def test_filters_and_search(store, household, community):
    repo = store.charger_requests
    now = dt.datetime.now(UTC)
    late = repo.accept(new_request(household, "B1-100", parking_right="deferred"),
                       now=now - dt.timedelta(days=5))
    neighbour = store.households.save(make_household(community, account_no="0330022222",
                                                     name="李四", id_number=""))
    fresh = repo.accept(new_request(neighbour, "B1-200"), now=now)
    assert {r.request.uuid for r in repo.listing(RequestFilter(overdue=True))} == {late.uuid}
    assert [r.request.uuid for r in repo.listing(RequestFilter(has_deferred=True))] == \
        [late.uuid]
    assert [r.household_name for r in repo.listing(RequestFilter(text="李四"))] == ["李四"]
    assert [r.request.uuid for r in repo.listing(RequestFilter(text="0330022"))] == \
        [fresh.uuid]
    assert [r.request.uuid for r in repo.listing(RequestFilter(text=late.request_no))] == \
        [late.uuid]
    assert len(repo.listing(RequestFilter(status="open"))) == 2
    assert repo.listing(RequestFilter(status="connected")) == []
    assert repo.deferred_of_household(household.uuid) == [(late.request_no, "车位产权证明")]


def test_summary_counts_stages_overdue_and_connection_days_by_local_month(store, community):
    repo = store.charger_requests
    households = [store.households.save(make_household(
        community, account_no=f"03300{i:05d}", id_number="")) for i in range(4)]
    # connected 2 days after acceptance, at 23:30 UTC on 31 October = 07:30 on
    # 1 November in Beijing: "this month" for a Beijing laptop in November
    r = repo.accept(new_request(households[0], "B1-1"),
                    now=dt.datetime(2026, 10, 29, 23, 30, tzinfo=UTC))
    for target in (Status.SURVEYED, Status.PLAN_REPLIED):
        r = repo.transition(r.uuid, r.rev, target,
                            now=dt.datetime(2026, 10, 30, 12, tzinfo=UTC),
                            details=details_for(target, dt.datetime(2026, 10, 30, 12,
                                                                    tzinfo=UTC)))
    pass_charger_inspection(store, r)
    repo.transition(r.uuid, r.rev, Status.CONNECTED,
                    now=dt.datetime(2026, 10, 31, 23, 30, tzinfo=UTC),
                    details=details_for(Status.CONNECTED,
                                        dt.datetime(2026, 10, 31, 23, 30, tzinfo=UTC)))
    old = repo.accept(new_request(households[1], "B1-2"),
                      now=dt.datetime(2026, 9, 1, tzinfo=UTC))
    for target in (Status.SURVEYED, Status.PLAN_REPLIED):
        old = repo.transition(old.uuid, old.rev, target,
                              now=dt.datetime(2026, 9, 2, tzinfo=UTC),
                              details=details_for(target, dt.datetime(2026, 9, 2, tzinfo=UTC)))
    pass_charger_inspection(store, old)
    repo.transition(old.uuid, old.rev, Status.CONNECTED,
                    now=dt.datetime(2026, 9, 7, tzinfo=UTC),
                    details=details_for(Status.CONNECTED, dt.datetime(2026, 9, 7, tzinfo=UTC)))
    repo.accept(new_request(households[2], "B1-3"),
                now=dt.datetime(2026, 11, 10, tzinfo=UTC))
    held = repo.accept(new_request(households[3], "B1-4"),
                       now=dt.datetime(2026, 11, 14, tzinfo=UTC))
    repo.transition(held.uuid, held.rev, Status.ON_HOLD, "客户出差",
                    now=dt.datetime(2026, 11, 14, 2, tzinfo=UTC))
    beijing = dt.timezone(dt.timedelta(hours=8))
    summary = repo.summary(now=dt.datetime(2026, 11, 15, 9, tzinfo=beijing))
    assert summary.open_by_stage[Status.ACCEPTED] == 1
    assert summary.open_by_stage[Status.ON_HOLD] == 1
    assert summary.overdue == 1  # the one accepted on 10 November
    assert (summary.this_month.count, summary.this_month.average) == (1, 2.0)
    assert (summary.overall.count, summary.overall.average, summary.overall.median) == \
        (2, 4.0, 4.0)  # 2 and 6 days
    in_utc = repo.summary(now=dt.datetime(2026, 11, 15, 1, tzinfo=UTC))
    assert in_utc.this_month.count == 0  # still October in UTC when it was connected


def test_a_household_with_requests_cannot_be_deleted(store, household):
    store.charger_requests.accept(new_request(household), now=T0)
    with pytest.raises(RecordRefused, match="1 条充电桩报装"):
        store.households.delete(household.uuid, household.rev)
    assert store.households.get(household.uuid) is not None


def test_demo_requests_cover_every_state_consistently(store):
    demo.generate(store, 1500, seed=3)
    repo = store.charger_requests
    counts = dict(store.conn.execute("SELECT status, count(*) FROM charger_requests"
                                     " GROUP BY status").fetchall())
    assert set(counts) == {s.value for s in Status}
    assert sum(counts.values()) == 300
    for row in repo.listing(RequestFilter(status="connected")) + \
            repo.listing(RequestFilter(status="archived")):
        assert row.deferred == () and row.connection_days > 0
    numbers = [r[0] for r in store.conn.execute("SELECT request_no FROM charger_requests")]
    assert len(set(numbers)) == len(numbers)
    # taking a new request today continues the demo's sequence instead of colliding
    h = store.households.get(store.conn.execute(
        "SELECT uuid FROM households WHERE uuid NOT IN (SELECT household_uuid FROM"
        " charger_requests) LIMIT 1").fetchone()[0])
    assert repo.accept(new_request(h, "Z-1")).request_no not in numbers
    from fieldapp.store.check import check

    assert check(store) == []


def test_check_finds_a_connected_request_with_a_missing_deferred_document(store, household):
    from fieldapp.store.check import check

    r = store.charger_requests.accept(new_request(household, parking_right="deferred"),
                                      now=T0)
    store.conn.execute("UPDATE charger_requests SET status = 'connected' WHERE uuid = ?",
                       (r.uuid,))  # as a damaged or hand-edited file might hold
    assert check(store) == [f"报装 {r.request_no}（connected）仍有 1 份容缺材料未补齐"]


def test_supplying_a_document_through_the_form_records_when_and_by_whom(store, household):
    r = store.charger_requests.accept(new_request(household, parking_right="deferred"),
                                      now=T0)
    edited = dataclasses.replace(r, documents=[
        dataclasses.replace(d, state="provided") for d in r.documents])
    saved = store.charger_requests.save(edited)
    supplied = saved.document("parking_right")
    assert supplied.state == "provided" and supplied.supplied_by == "tester"
    assert supplied.supplied_at > r.accepted_at
    assert saved.document("id_proof").supplied_at == ""  # was never deferred


def test_accepting_without_a_household_names_every_field(store):
    with pytest.raises(ValidationFailed) as refused:
        store.charger_requests.accept(ChargerRequest(parking_space="", documents=[]))
    assert {"household_uuid", "parking_space", "documents"} <= set(refused.value.problems)
    with pytest.raises(ValidationFailed) as refused:
        store.charger_requests.accept(ChargerRequest(household_uuid="nobody",
                                                     parking_space="B1"))
    assert "住户不存在" in refused.value.problems["household_uuid"]
