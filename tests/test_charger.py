"""Charger-request rules without a database: documents, workflow, time arithmetic."""
import datetime as dt

import pytest

from fieldapp.domain import charger
from fieldapp.domain.charger import (
    ChargerRequest,
    DocState,
    RequestDocument,
    Status,
    acceptance_problems,
    clean_details,
    connection_days,
    connection_figures,
    details_needed,
    is_overdue,
    move_problems,
    next_steps,
    request_problems,
    transition_problems,
)
from fieldapp.domain.messages import set_language
from fieldapp.domain.records import Community
from fieldapp.domain.settings import Settings
from fieldapp.store.clock import to_stamp

TODAY = dt.date(2026, 11, 23)
UTC = dt.timezone.utc


def details_for(target: Status, when: dt.datetime | None = None) -> dict[str, str]:
    """The details a user gives when moving a request to `target` at `when` (now)."""
    when = when or dt.datetime.now(UTC)
    day = when.astimezone().date().isoformat()
    return {Status.SURVEYED: {"surveyor": "陈建国", "surveyed_on": day,
                              "survey_note": "表箱在负一层东侧"},
            Status.PLAN_REPLIED: {"replied_on": day, "reply_channel": "phone"},
            Status.CONNECTED: {"meter_no": "3331000000001", "connected_at": to_stamp(when)},
            }.get(target, {})


def docs(**states) -> list[RequestDocument]:
    return [RequestDocument(kind=kind, state=state) for kind, state in states.items()]


def request(status=Status.ACCEPTED, **fields) -> ChargerRequest:
    values = dict(household_uuid="h1", parking_space="B1-023", power_kw=7.0, phase=1,
                  status=status.value, accepted_at="2026-11-20T01:00:00.000Z",
                  documents=docs(id_proof="provided", permit="provided"))
    values.update(fields)
    return ChargerRequest(**values)


VALID = Community(name="幸福花园", permit_no="WZ-YJ-2026-0001", permit_valid_until="2027-06-30")
EXPIRED = Community(name="锦绣家园", permit_no="WZ-YJ-2025-0009",
                    permit_valid_until="2026-10-31")


# -- accepting -------------------------------------------------------------------------------
def test_a_complete_request_can_be_accepted():
    assert acceptance_problems(request(), None, TODAY, Settings()) == {}


def test_the_community_batch_certificate_stands_in_for_the_households_own():
    r = request(documents=docs(id_proof="provided", permit="not_needed"))
    assert acceptance_problems(r, VALID, TODAY, Settings()) == {}


def test_an_expired_batch_certificate_does_not_count_and_says_so():
    r = request(documents=docs(id_proof="provided", permit="not_needed"))
    problems = acceptance_problems(r, EXPIRED, TODAY, Settings())
    assert "允许施工证明" in problems["documents"]
    assert "2026-10-31" in problems["documents"] and "过期" in problems["documents"]


def test_a_batch_certificate_is_valid_through_its_last_day():
    last_day = Community(name="x", permit_no="P1", permit_valid_until=TODAY.isoformat())
    r = request(documents=docs(id_proof="provided"))
    assert acceptance_problems(r, last_day, TODAY, Settings()) == {}


def test_id_proof_cannot_be_deferred():
    r = request(documents=docs(id_proof="deferred", permit="provided"))
    assert "身份证明" in acceptance_problems(r, None, TODAY, Settings())["documents"]


def test_a_power_outside_the_settings_is_refused_at_its_field():
    problems = acceptance_problems(request(power_kw=50.0), None, TODAY, Settings())
    assert list(problems) == ["power_kw"] and "50 kW" in problems["power_kw"]
    narrow = Settings(charger_powers_kw=(7.0,))
    assert "power_kw" in acceptance_problems(request(power_kw=11.0), None, TODAY, narrow)


def test_missing_household_and_parking_space_are_named():
    problems = acceptance_problems(request(household_uuid="", parking_space=" "), None,
                                   TODAY, Settings())
    assert set(problems) == {"household_uuid", "parking_space"}


# -- the workflow ----------------------------------------------------------------------------
@pytest.mark.parametrize("current, target", [
    (Status.ACCEPTED, Status.SURVEYED), (Status.SURVEYED, Status.PLAN_REPLIED),
    (Status.PLAN_REPLIED, Status.CONNECTED), (Status.CONNECTED, Status.ARCHIVED)])
def test_each_stage_moves_to_the_next(current, target):
    assert transition_problems(request(current), target) == []


@pytest.mark.parametrize("current, target", [
    (Status.ACCEPTED, Status.PLAN_REPLIED), (Status.ACCEPTED, Status.CONNECTED),
    (Status.SURVEYED, Status.ACCEPTED), (Status.CONNECTED, Status.SURVEYED),
    (Status.PLAN_REPLIED, Status.ARCHIVED)])
def test_stages_cannot_be_skipped_or_reversed(current, target):
    problems = transition_problems(request(current), target)
    assert len(problems) == 1 and target.label in problems[0]


@pytest.mark.parametrize("current", [Status.ARCHIVED, Status.CANCELLED])
@pytest.mark.parametrize("target", list(Status))
def test_archived_and_cancelled_requests_never_move(current, target):
    problems = transition_problems(request(current), target, reason="any")
    assert problems and current.label in problems[0]


@pytest.mark.parametrize("current", charger.OPEN)
@pytest.mark.parametrize("target", charger.NEEDS_REASON)
def test_hold_and_cancel_from_any_open_state_need_a_reason(current, target):
    assert transition_problems(request(current), target, reason="客户要求") == []
    assert "原因" in transition_problems(request(current), target, reason="  ")[0]


def test_a_connected_request_cannot_be_held_or_cancelled():
    assert transition_problems(request(Status.CONNECTED), Status.ON_HOLD, "x")
    assert transition_problems(request(Status.CONNECTED), Status.CANCELLED, "x")


def test_a_held_request_resumes_where_it_was_or_is_cancelled():
    held = request(Status.ON_HOLD, resume_status="surveyed")
    assert transition_problems(held, Status.SURVEYED) == []
    assert transition_problems(held, Status.CANCELLED, "客户撤回") == []
    assert transition_problems(held, Status.PLAN_REPLIED)
    assert transition_problems(held, Status.ON_HOLD, "again")
    assert next_steps(held) == [Status.SURVEYED, Status.CANCELLED]


def test_connecting_is_refused_while_deferred_documents_are_missing():
    r = request(Status.PLAN_REPLIED, documents=docs(
        id_proof="provided", permit="provided", parking_right="deferred",
        vehicle_purchase="deferred", property_consent="not_needed"))
    problems = transition_problems(r, Status.CONNECTED)
    assert problems == ["还有 2 份容缺材料未补齐：车位产权证明, 购车证明"]
    r.documents[2].state = DocState.PROVIDED.value
    r.documents[3].state = DocState.PROVIDED.value
    assert transition_problems(r, Status.CONNECTED) == []


def test_the_refusal_reads_in_english_too():
    from fieldapp.domain.messages import set_language

    set_language("en")
    r = request(Status.PLAN_REPLIED, documents=docs(id_proof="provided",
                                                    parking_right="deferred"))
    assert transition_problems(r, Status.CONNECTED) == [
        "1 deferred documents still missing: parking-space ownership proof"]


def test_next_steps_offer_the_next_stage_then_hold_and_cancel():
    assert next_steps(request(Status.ACCEPTED)) == [Status.SURVEYED, Status.ON_HOLD,
                                                    Status.CANCELLED]
    assert next_steps(request(Status.CONNECTED)) == [Status.ARCHIVED]
    assert next_steps(request(Status.ARCHIVED)) == []


def test_request_numbers_carry_device_day_and_sequence():
    assert charger.request_number("3F2A9C01", dt.date(2026, 1, 5), 7) == \
        "3F2A9C01-20260105-0007"


# -- what a stage means ------------------------------------------------------------------------
NOW = dt.datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
ACCEPTED = "2026-11-20T06:00:00.000Z"


def test_entering_a_stage_asks_for_its_details_and_a_resume_does_not():
    accepted = request(accepted_at=ACCEPTED)
    assert move_problems(accepted, Status.SURVEYED, NOW) == {
        "surveyor": "请填写勘查人员", "surveyed_on": "请填写勘查日期"}  # the note is optional
    assert move_problems(request(Status.SURVEYED, accepted_at=ACCEPTED),
                         Status.PLAN_REPLIED, NOW) == {
        "replied_on": "请填写答复日期", "reply_channel": "请选择答复方式"}
    assert set(move_problems(request(Status.PLAN_REPLIED, accepted_at=ACCEPTED),
                             Status.CONNECTED, NOW)) == {"meter_no", "connected_at"}
    held = request(Status.ON_HOLD, resume_status="surveyed", accepted_at=ACCEPTED)
    assert details_needed(held, Status.SURVEYED) == ()
    assert move_problems(held, Status.SURVEYED, NOW) == {}
    assert move_problems(request(Status.CONNECTED), Status.ARCHIVED, NOW) == {}
    assert move_problems(accepted, Status.SURVEYED, NOW, details={
        "surveyor": "陈建国", "surveyed_on": "2026-11-22"}) == {}


def test_the_order_of_stages_comes_first_and_a_reason_is_asked_at_its_field():
    assert move_problems(request(accepted_at=ACCEPTED), Status.CONNECTED, NOW) == {
        "status": "报装已受理，下一步不是“已装表接电”"}
    assert move_problems(request(accepted_at=ACCEPTED), Status.ON_HOLD, NOW,
                         reason="  ") == {"status_reason": "请填写暂停的原因"}


def test_details_are_cleaned_as_typed():
    assert clean_details({"meter_no": " ３３３１０００１ ", "replied_on": "2026/11/2",
                          "reply_channel": "短信", "surveyor": " 陈建国 "}) == {
        "meter_no": "33310001", "replied_on": "2026-11-02", "reply_channel": "sms",
        "surveyor": "陈建国"}
    assert clean_details({"reply_channel": "by phone"})["reply_channel"] == "phone"


def test_a_meter_number_is_ascii_digits_only():
    connecting = request(Status.PLAN_REPLIED, accepted_at=ACCEPTED)
    details = clean_details({"meter_no": "3331-0001", "connected_at": to_stamp(NOW)})
    problems = move_problems(connecting, Status.CONNECTED, NOW, details=details)
    assert problems == {"meter_no": "电表号只能是数字 0–9，不能有 “-”"}
    details = clean_details({"meter_no": "３３３１٣", "connected_at": to_stamp(NOW)})
    assert "U+0663" in move_problems(connecting, Status.CONNECTED, NOW,
                                     details=details)["meter_no"]


def test_dates_are_neither_in_the_future_nor_before_the_request():
    accepted = request(accepted_at=ACCEPTED)
    tomorrow = (NOW + dt.timedelta(days=1)).astimezone().date().isoformat()
    problems = move_problems(accepted, Status.SURVEYED, NOW, details={
        "surveyor": "陈建国", "surveyed_on": tomorrow})
    assert problems == {"surveyed_on": "勘查日期不能晚于今天"}
    problems = move_problems(accepted, Status.SURVEYED, NOW, details={
        "surveyor": "陈建国", "surveyed_on": "2026-11-01"})
    assert problems == {"surveyed_on": "勘查日期不能早于受理日期 2026-11-20"}
    surveyed = request(Status.SURVEYED, accepted_at=ACCEPTED, surveyed_on="2026-11-22")
    problems = move_problems(surveyed, Status.PLAN_REPLIED, NOW, details={
        "replied_on": "2026-11-21", "reply_channel": "phone"})
    assert problems == {"replied_on": "答复日期不能早于勘查日期 2026-11-22"}
    replied = request(Status.PLAN_REPLIED, accepted_at=ACCEPTED)
    later = to_stamp(NOW + dt.timedelta(minutes=5))
    assert move_problems(replied, Status.CONNECTED, NOW, details={
        "meter_no": "1", "connected_at": later}) == {"connected_at": "接电时间不能晚于现在"}
    minute_before = to_stamp(dt.datetime(2026, 11, 20, 5, 59, tzinfo=UTC))
    accepted_local = f"{dt.datetime(2026, 11, 20, 6, tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"
    assert move_problems(replied, Status.CONNECTED, NOW, details={
        "meter_no": "1", "connected_at": minute_before}) == {
        "connected_at": f"接电时间不能早于受理时间 {accepted_local}"}
    same_minute = request(Status.PLAN_REPLIED, accepted_at="2026-11-20T06:00:30.000Z")
    assert move_problems(same_minute, Status.CONNECTED, NOW, details={
        "meter_no": "1", "connected_at": "2026-11-20T06:00:00.000Z"}) == {}
    answered = request(Status.PLAN_REPLIED, accepted_at=ACCEPTED, replied_on="2026-11-22")
    day_before = to_stamp(dt.datetime(2026, 11, 21, 6, tzinfo=UTC))
    assert move_problems(answered, Status.CONNECTED, NOW, details={
        "meter_no": "1", "connected_at": day_before}) == {
        "connected_at": "接电时间不能早于答复日期 2026-11-22"}


def test_detail_messages_in_english():
    set_language("en")
    problems = move_problems(request(accepted_at=ACCEPTED), Status.SURVEYED, NOW,
                             details={"surveyed_on": "2026-11-01"})
    assert problems == {"surveyor": "Enter the surveyor", "surveyed_on":
                        "The survey date cannot be before the request was accepted "
                        "(2026-11-20)"}


def test_stored_requests_without_details_stay_valid_and_given_ones_are_checked():
    # reached their stages before the details were asked for (older data and workbooks)
    assert request_problems(request(Status.CONNECTED), Settings()) == {}
    odd = request(Status.CONNECTED, meter_no="33A1", reply_channel="fax",
                  surveyed_on="yesterday")
    assert set(request_problems(odd, Settings())) == {"meter_no", "reply_channel",
                                                      "surveyed_on"}


# -- time ------------------------------------------------------------------------------------
def test_connection_time_in_days_with_one_decimal():
    r = request(accepted_at="2026-11-20T01:00:00.000Z", connected_at="2026-11-24T02:26:24.000Z")
    assert connection_days(r) == 4.1  # 4 days 1 h 26 min
    assert connection_days(request()) is None


def test_connection_time_across_a_month_and_year_end():
    r = request(accepted_at="2026-12-30T22:00:00.000Z", connected_at="2027-01-02T10:00:00.000Z")
    assert connection_days(r) == 2.5


def test_connection_time_does_not_depend_on_the_zone_a_stamp_was_written_in():
    # 08:00 in Beijing is 00:00 UTC: both spell the same moment
    beijing = dt.timezone(dt.timedelta(hours=8))
    accepted = dt.datetime(2026, 3, 1, 8, 0, tzinfo=beijing)
    connected = dt.datetime(2026, 3, 4, 20, 0, tzinfo=UTC)
    from fieldapp.store.clock import to_stamp

    r = request(accepted_at=to_stamp(accepted), connected_at=to_stamp(connected))
    assert r.accepted_at == "2026-03-01T00:00:00.000Z"
    assert connection_days(r) == 3.8


def test_overdue_is_measured_from_entering_the_current_stage():
    settings = Settings(stage_target_days={"accepted": 1.0, "surveyed": 2.0})
    r = request(Status.SURVEYED, accepted_at="2026-11-10T00:00:00.000Z",
                surveyed_at="2026-11-20T00:00:00.000Z")
    assert not is_overdue(r, dt.datetime(2026, 11, 21, 23, tzinfo=UTC), settings)
    assert is_overdue(r, dt.datetime(2026, 11, 22, 1, tzinfo=UTC), settings)
    done = request(Status.CONNECTED, accepted_at="2026-01-01T00:00:00.000Z")
    assert not is_overdue(done, dt.datetime(2026, 11, 22, tzinfo=UTC), settings)


def test_connection_figures_average_and_median():
    figures = connection_figures([1.0, 2.0, 9.0])
    assert (figures.count, figures.average, figures.median) == (3, 4.0, 2.0)
    assert connection_figures([]).average is None


def test_settings_round_trip_and_ignore_unknown_keys():
    settings = Settings(charger_powers_kw=(7.0, 11.0), deferred_document_days=10)
    again = Settings.from_json(settings.to_json())
    assert again == settings
    assert Settings.from_json('{"nonsense": 1, "deferred_document_days": 5}') \
        .deferred_document_days == 5
    assert Settings.from_json("not json") == Settings()


def test_a_connection_time_with_a_zone_or_without_is_stored_in_utc():
    from fieldapp.domain.charger import clean_details

    assert clean_details({"connected_at": "2026-11-22T10:30:00+08:00"}) == {
        "connected_at": "2026-11-22T02:30:00.000Z"}
    local = dt.datetime(2026, 11, 22, 10, 30).astimezone()  # written without a zone
    assert clean_details({"connected_at": "2026-11-22 10:30"})["connected_at"] == (
        local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    replied = request(Status.PLAN_REPLIED, accepted_at=ACCEPTED, surveyed_on="2026-11-21",
                      replied_on="2026-11-21", reply_channel="phone")
    for typed in ("2026-11-22 10:30", "2026-11-22T10:30:00+08:00"):  # no TypeError
        assert move_problems(replied, Status.CONNECTED, NOW, details={
            "meter_no": "3331000000001", "connected_at": typed}) == {}, typed
    assert "时间" in move_problems(replied, Status.CONNECTED, NOW, details={
        "meter_no": "3331000000001", "connected_at": "昨天"})["connected_at"]
