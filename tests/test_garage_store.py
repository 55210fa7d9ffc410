"""Garages, meter boxes, parking spaces and measurements in the database: the rules at
each field, the free-position and 50 m gates on the request, pictures kept by hash."""
import dataclasses
import datetime as dt

import pytest

from fieldapp.domain.charger import Status
from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace, calibrated_scale, numbered_codes
from fieldapp.domain.measurement import Measurement, reading_problem
from fieldapp.domain.records import Community
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import RecordRefused
from fieldapp.store.charger_requests import MoveRefused

from .conftest import make_household
from .test_charger import details_for
from .test_charger_store import new_request

UTC = dt.timezone.utc


@pytest.fixture
def garage(store, community):
    return store.garages.save(Garage(community_uuid=community.uuid, name="B1", scale=0.05,
                                     image_width=2000, image_height=1200))


def box(store, garage, code="MB-01", x=10.0, y=5.0, free=2):
    return store.meter_boxes.save(MeterBox(code=code, community_uuid=garage.community_uuid,
                                           garage_uuid=garage.uuid, x=x, y=y,
                                           free_positions=free))


def measure(store, request, meter_box, route=30.0, **fields):
    values = dict(request_uuid=request.uuid, meter_box_uuid=meter_box.uuid,
                  method="rangefinder", straight_m=route - 2, route_m=route, rise_m=3.0,
                  slack_m=2.0, instrument_no="LR-7", measured_on="2026-11-20")
    values.update(fields)
    return store.measurements.record(Measurement(**values))


def surveyed(store, household, space="B1-023"):
    request = store.charger_requests.accept(new_request(household, space))
    return store.charger_requests.transition(request.uuid, request.rev, Status.SURVEYED,
                                             details=details_for(Status.SURVEYED))


def count(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_garage_name_is_unique_within_its_community(store, community, garage):
    with pytest.raises(RecordRefused) as refused:
        store.garages.save(Garage(community_uuid=community.uuid, name=" B1 "))
    assert refused.value.field == "name" and "B1" in str(refused.value)
    other = store.communities.save(Community(name="江滨花园"))
    assert store.garages.save(Garage(community_uuid=other.uuid, name="B1")).uuid
    assert count(store, "garages") == 2


def test_a_space_code_used_twice_in_a_garage_is_refused(store, garage):
    store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code="b1-001", x=1, y=1))
    with pytest.raises(RecordRefused) as refused:
        store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code="B1-001", x=2,
                                               y=1))
    assert refused.value.field == "code" and "B1-001" in str(refused.value)
    assert count(store, "parking_spaces") == 1


def test_a_row_of_spaces_is_numbered_in_one_go_or_not_at_all(store, garage):
    spaces = store.parking_spaces.add_row(
        ParkingSpace(garage_uuid=garage.uuid, x=5.0, y=8.0), "B1-009", 3, (2.5, 0.0))
    assert [(s.code, s.x) for s in spaces] == [("B1-009", 5.0), ("B1-010", 7.5),
                                                ("B1-011", 10.0)]
    with pytest.raises(RecordRefused, match="B1-009"):  # the third is taken: none kept
        store.parking_spaces.add_row(ParkingSpace(garage_uuid=garage.uuid, x=5.0, y=20.0),
                                     "B1-007", 3, (2.5, 0.0))
    assert sorted(s.code for s in store.parking_spaces.of_garage(garage.uuid)) == [
        "B1-009", "B1-010", "B1-011"]
    assert numbered_codes("P7", 3) == ["P7", "P8", "P9"]
    assert numbered_codes("东区", 2) == ["东区-1", "东区-2"]


def test_positions_and_free_positions_are_checked_at_their_fields(store, garage):
    with pytest.raises(ValidationFailed) as refused:
        store.meter_boxes.save(MeterBox(code="MB 1", community_uuid=garage.community_uuid,
                                        garage_uuid=garage.uuid, x=-1.0, y=float("nan"),
                                        free_positions=-2))
    assert set(refused.value.problems) == {"code", "x", "y", "free_positions"}
    assert count(store, "meter_boxes") == 0


def test_a_meter_box_must_sit_in_a_garage_of_its_community(store, garage):
    other = store.communities.save(Community(name="江滨花园"))
    with pytest.raises(RecordRefused) as refused:
        store.meter_boxes.save(MeterBox(code="MB-01", community_uuid=other.uuid,
                                        garage_uuid=garage.uuid, x=1, y=1))
    assert refused.value.field == "garage_uuid"


def test_calibration_refuses_near_points_and_absurd_distances():
    assert calibrated_scale((0, 0), (300, 400), 25.0) == pytest.approx(0.05)
    with pytest.raises(ValueError, match="太近"):
        calibrated_scale((10, 10), (12, 11), 5.0)
    with pytest.raises(ValueError, match="实际距离"):
        calibrated_scale((0, 0), (500, 0), 0.0)


def test_a_measurement_becomes_the_requests_choice_and_sums_the_post_meter_cable(
        store, household, garage):
    request = surveyed(store, household)
    saved = measure(store, request, box(store, garage), route=30.0)
    again = store.charger_requests.get(request.uuid)
    assert again.measurement_uuid == saved.uuid
    assert [m.uuid for m in again.measurements] == [saved.uuid]
    assert saved.post_meter_m == pytest.approx(35.0)


def test_a_meter_box_without_a_free_position_cannot_be_chosen(store, household, community,
                                                              garage):
    full = box(store, garage, "MB-02", free=1)
    first = surveyed(store, household)
    measure(store, first, full)
    neighbour = store.households.save(make_household(community, account_no="0330099999",
                                                     id_number=""))
    second = surveyed(store, neighbour, "B1-024")
    with pytest.raises(RecordRefused) as refused:
        measure(store, second, full)
    assert "MB-02" in str(refused.value) and "表位" in str(refused.value)
    assert store.charger_requests.get(second.uuid).measurement_uuid == ""
    assert count(store, "measurements") == 1  # nothing of the refused one is kept


def test_a_meter_box_from_another_community_is_refused(store, household, garage):
    other = store.communities.save(Community(name="江滨花园"))
    elsewhere = store.garages.save(Garage(community_uuid=other.uuid, name="B1"))
    request = surveyed(store, household)
    with pytest.raises(RecordRefused) as refused:
        measure(store, request, box(store, elsewhere, "MB-09"))
    assert refused.value.field == "meter_box_uuid"


def test_distances_are_checked(store, household, garage):
    request = surveyed(store, household)
    with pytest.raises(ValidationFailed) as refused:
        measure(store, request, box(store, garage), route=600.0, rise_m=-1.0)
    assert set(refused.value.problems) >= {"route_m", "rise_m"}
    with pytest.raises(ValidationFailed) as refused:
        measure(store, request, box(store, garage, "MB-05"), route=20.0, straight_m=30.0)
    assert "直线" in refused.value.problems["route_m"]
    assert reading_problem(31.20, 31.25) is None
    assert "0.15" in reading_problem(31.20, 31.35)


def test_over_50_m_the_plan_reply_needs_a_reason_or_another_box(store, household, garage):
    request = surveyed(store, household)
    far = measure(store, request, box(store, garage, "MB-01"), route=48.0)  # 53 m
    current = store.charger_requests.get(request.uuid)
    with pytest.raises(MoveRefused) as refused:
        store.charger_requests.transition(current.uuid, current.rev, Status.PLAN_REPLIED,
                                          details=details_for(Status.PLAN_REPLIED))
    assert "53.0" in refused.value.problems["over_limit_reason"]
    assert store.charger_requests.get(request.uuid).status == "surveyed"
    # another meter box within the limit lets it through
    measure(store, request, box(store, garage, "MB-03"), route=40.0)
    current = store.charger_requests.get(request.uuid)
    moved = store.charger_requests.transition(current.uuid, current.rev, Status.PLAN_REPLIED,
                                              details=details_for(Status.PLAN_REPLIED))
    assert moved.status == "plan_replied"
    # choosing the far one again afterwards needs its reason on the request
    assert store.charger_requests.get(request.uuid).measurement_uuid != far.uuid


def test_a_recorded_reason_lets_an_over_limit_request_through(store, household, garage):
    request = surveyed(store, household)
    measure(store, request, box(store, garage), route=60.0)
    current = store.charger_requests.get(request.uuid)
    current = store.charger_requests.save(dataclasses.replace(
        current, over_limit_reason="唯一有空余表位的表箱，客户同意增加费用"))
    moved = store.charger_requests.transition(current.uuid, current.rev, Status.PLAN_REPLIED,
                                              details=details_for(Status.PLAN_REPLIED))
    with pytest.raises(ValidationFailed) as refused:  # the reason cannot be blanked later
        store.charger_requests.save(dataclasses.replace(moved, over_limit_reason=""))
    assert "over_limit_reason" in refused.value.problems


def test_a_used_measurement_and_a_measured_box_cannot_be_deleted(store, household, garage):
    request = surveyed(store, household)
    meter_box = box(store, garage)
    saved = measure(store, request, meter_box)
    with pytest.raises(RecordRefused, match=request.request_no):
        store.measurements.delete(saved.uuid, saved.rev)
    with pytest.raises(RecordRefused, match="MB-01"):
        store.meter_boxes.delete(meter_box.uuid, meter_box.rev)
    with pytest.raises(RecordRefused, match="B1"):
        store.garages.delete(garage.uuid, garage.rev)


def test_pictures_are_kept_by_content_hash_and_non_pictures_refused(store, tmp_path):
    png = tmp_path / "reading.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    digest = store.files.add(png, max_mb=1)
    assert store.files.path(digest).read_bytes() == png.read_bytes()
    assert store.files.add(png, max_mb=1) == digest  # kept once
    fake = tmp_path / "reading.jpg"
    fake.write_text("not a picture")
    with pytest.raises(ValueError, match="reading.jpg.*不是图片"):
        store.files.add(fake, max_mb=1)
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2 * 1024 * 1024))
    with pytest.raises(ValueError, match="超过上限 1 MB"):
        store.files.add(big, max_mb=1)


def test_a_version_7_database_gains_the_garage_tables_and_keeps_its_requests(
        db_path, monkeypatch):
    from fieldapp.store import Store, migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:7])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 7)
    monkeypatch.setattr("fieldapp.store.connection.LATEST_VERSION", 7)
    with Store.open(db_path, operator="tester") as old:
        community = old.communities.save(Community(name="幸福花园"))
        household = old.households.save(make_household(community))
        old.conn.execute("BEGIN")
        old.conn.execute(
            "INSERT INTO charger_requests (uuid, request_no, household_uuid, parking_space,"
            " power_kw, phase, status, rev) VALUES ('r1', 'X-1', ?, 'B1-1', 7, 1,"
            " 'plan_replied', 1)", (household.uuid,))
        old.conn.execute("COMMIT")
    monkeypatch.undo()
    with Store.open(db_path, operator="tester") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == \
            migrations.LATEST_VERSION
        request = store.charger_requests.get("r1")
        assert request.status == "plan_replied" and request.measurement_uuid == ""
        assert request.measurements == [] and count(store, "garages") == 0
    assert len(list(db_path.parent.glob("*.v7-*.bak"))) == 1


def test_check_names_survey_records_changed_behind_fieldapp(store, household, garage):
    from fieldapp.store.check import check

    request = surveyed(store, household)
    measure(store, request, box(store, garage, "MB-07"))
    assert check(store) == []
    with store.transaction() as conn:
        conn.execute("UPDATE measurements SET route_m = 900")
        conn.execute("UPDATE parking_spaces SET ownership = 'stolen'")
        conn.execute("INSERT INTO parking_spaces (uuid, garage_uuid, code, x, y, ownership,"
                     " rev) VALUES ('s9', ?, 'B1-900', 1, 1, 'stolen', 1)", (garage.uuid,))
    problems = check(store)
    assert any(p.startswith("测量 ") and "500" in p for p in problems)
    assert any(p.startswith("车位 B1-900") and "stolen" in p for p in problems)


def test_codes_typed_full_width_are_stored_and_found_as_ascii(store, garage):
    """A Chinese keyboard types Ｂ１-００１: the same code as B1-001, in the form and in a
    request's parking space."""
    space = store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code=" ｂ１-００１ ",
                                                   x=1, y=1))
    assert space.code == "B1-001"
    assert store.parking_spaces.find(garage.community_uuid, "Ｂ１－００１").uuid == space.uuid
    assert store.parking_spaces.find(garage.community_uuid, "b1-００１").uuid == space.uuid
    assert box(store, garage, "ＭＢ－０２").code == "MB-02"
    with pytest.raises(RecordRefused):  # the same code, typed the other way
        store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code="B1-001", x=2,
                                               y=1))
