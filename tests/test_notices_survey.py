"""勘查及供电方案答复单 (notice kind "plan") from a request measured on a garage plan: the
figures it prints, the route sketch, the QR code, reprints, refusals and the CLI."""
from __future__ import annotations

import dataclasses
import io
import json

import pytest
from pypdf import PdfReader

from fieldapp import cli
from fieldapp.domain.cable import size_cable
from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.measurement import Measurement
from fieldapp.domain.messages import set_language
from fieldapp.notices.issue import issue, verify
from fieldapp.store.survey import graph_of

from .notice_helpers import embedded_font_names, page_count, pdf_text, qr_codes, register_qr
from .test_charger_store import new_request

AISLES = json.dumps({"points": [[5, 10], [75, 10], [40, 10], [40, 40]],
                     "segments": [[0, 2], [2, 1], [2, 3]]})


def survey_site(store, community, household):
    """A calibrated garage B1 with aisles, meter box MB-07, space B1-023 and a request
    for that space: (garage, box, space, request)."""
    garage = store.garages.save(Garage(community_uuid=community.uuid, name="B1", scale=0.05,
                                       image_width=1600, image_height=900, aisles=AISLES))
    box = store.meter_boxes.save(MeterBox(code="MB-07", community_uuid=community.uuid,
                                          garage_uuid=garage.uuid, x=28.0, y=8.0,
                                          free_positions=2))
    space = store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code="B1-023",
                                                   x=42.0, y=35.0))
    request = store.charger_requests.accept(new_request(household, "B1-023"))
    return garage, box, space, request


@pytest.fixture
def site(store, community, household):
    return survey_site(store, community, household)


@pytest.fixture
def garage(site):
    return site[0]


@pytest.fixture
def box(site):
    return site[1]


@pytest.fixture
def space(site):
    return site[2]


@pytest.fixture
def request_(site):
    return site[3]


def measure_on_plan(store, request, box, space, garage, rise=3.0, slack=2.0, **fields):
    route = graph_of(garage).route((space.x, space.y), (box.x, box.y))
    values = dict(request_uuid=request.uuid, meter_box_uuid=box.uuid, method="plan",
                  straight_m=round(route.length_m - 10, 1), route_m=round(route.length_m, 1),
                  rise_m=rise, slack_m=slack, measured_on="2026-11-20", measured_by="陈建国",
                  instrument_no="LR-7", route=json.dumps([list(p) for p in route.points]))
    values.update(fields)
    return store.measurements.record(Measurement(**values))


def test_the_reply_prints_the_survey_the_cable_and_the_cost(store, household, request_, box,
                                                            space, garage):
    measurement = measure_on_plan(store, request_, box, space, garage)
    issued = issue(store, "plan", request_.request_no)
    text = pdf_text(issued.pdf)
    length = measurement.post_meter_m
    cable = size_cable(7.0, 1, length, store.settings())
    assert "勘查及供电方案答复单" in text and issued.notice.number in text
    for value in (household.name, "138****5678", "110105********002X", request_.request_no,
                  "B1-023", "MB-07（B1）", "图上测量", "2026-11-20", "陈建国", "LR-7",
                  f"{measurement.route_m:.1f} + 3.0 + 2.0 = {length:.1f} 米",
                  "不超过 50 米，符合要求", f"铜芯 {cable.section_mm2:g} mm²",
                  f"{cable.current_a:.1f} A", f"{cable.drop_percent:.2f}%（限值 4%）",
                  f"{cable.cost_yuan:.2f}", "路径示意图", "电缆路径（图上"):
        assert value in text, value
    assert household.mobile not in text and household.id_number not in text
    assert "幸福花园" in text and "3幢2单元501室" in text
    for line in cable.cost_lines:
        assert line.name in text and f"{line.amount_yuan:.2f}" in text
    assert embedded_font_names(issued.pdf) == {"DroidSansFallback",
                                               "BitstreamVeraSans-Roman"}
    assert qr_codes(issued.pdf) == [register_qr(issued.notice)]
    assert issued.notice.record_no == request_.request_no


def test_the_sketch_is_drawn_as_lines_of_the_route(store, request_, box, space, garage):
    measure_on_plan(store, request_, box, space, garage)
    issued = issue(store, "plan", request_.uuid)
    sketch = json.loads(issued.notice.snapshot)["sketch"]
    assert sketch["box"] == [28.0, 8.0] and sketch["space"] == [42.0, 35.0]
    assert sketch["route"][0] == [42.0, 35.0] and sketch["route"][-1] == [28.0, 8.0]
    assert sketch["extent"] == [0.0, 0.0, 80.0, 45.0] and len(sketch["aisles"]) == 3
    content = b"".join(page.get_contents().get_data()
                       for page in PdfReader(io.BytesIO(issued.pdf)).pages)
    assert b"0.753 0 0 RG" in content  # the route's red stroke
    assert content.count(b" l ") + content.count(b" l\n") >= len(sketch["route"]) - 1


def test_without_a_plan_or_positions_there_is_no_sketch(store, community, household):
    uncalibrated = store.garages.save(Garage(community_uuid=community.uuid, name="B2"))
    box = store.meter_boxes.save(MeterBox(code="MB-01", community_uuid=community.uuid,
                                          garage_uuid=uncalibrated.uuid, free_positions=1))
    request = store.charger_requests.accept(new_request(household, "C-5"))
    store.measurements.record(Measurement(
        request_uuid=request.uuid, meter_box_uuid=box.uuid, method="rangefinder",
        straight_m=20, route_m=24.5, rise_m=2.5, slack_m=1.0, measured_on="2026-11-20"))
    issued = issue(store, "plan", request.request_no)
    text = pdf_text(issued.pdf)
    assert "激光测距仪" in text and "24.5 + 2.5 + 1.0 = 28.0 米" in text
    assert "路径示意图" not in text and json.loads(issued.notice.snapshot)["sketch"] is None


def test_over_the_limit_the_recorded_reason_is_printed(store, request_, box, space, garage):
    measure_on_plan(store, request_, box, space, garage, rise=12.0, slack=3.0)
    with pytest.raises(ValueError, match="超过 50 米且未记录超长原因"):
        issue(store, "plan", request_.request_no)
    assert store.notices.count() == 0
    request = store.charger_requests.get(request_.uuid)
    store.charger_requests.save(dataclasses.replace(
        request, over_limit_reason="最近表箱已满，经用户同意接入 MB-07"))
    text = pdf_text(issue(store, "plan", request_.request_no).pdf)
    assert "超过 50 米。超长原因：最近表箱已满，经用户同意接入 MB-07" in text


def test_refusals_name_what_is_missing(store, household, request_, box, space, garage):
    with pytest.raises(ValueError) as refused:
        issue(store, "plan", request_.request_no)
    assert str(refused.value) == (f"报装 {request_.request_no} 没有距离测量，"
                                  "不能出具供电方案答复单")
    measure_on_plan(store, request_, box, space, garage)
    store.save_settings(dataclasses.replace(store.settings(), cable_sections_mm2=(4.0,)))
    with pytest.raises(ValueError) as refused:
        issue(store, "plan", request_.request_no)
    assert str(refused.value).startswith(
        f"报装 {request_.request_no} 没有合适的电缆截面（没有合适的标准截面："
        "电流 31.82 A 超过最大截面 4 mm² 的载流量")
    assert store.notices.count() == 0


def test_a_reprint_is_byte_identical_after_the_survey_changed(store, request_, box, space,
                                                              garage):
    measure_on_plan(store, request_, box, space, garage)
    first = issue(store, "plan", request_.request_no)
    measure_on_plan(store, request_, box, space, garage, rise=1.0)
    again = issue(store, "plan", request_.request_no)
    assert again.reprint and again.pdf == first.pdf and again.same_as_issued
    assert verify(store, again.pdf).genuine


def test_the_reply_in_english(store, request_, box, space, garage):
    measure_on_plan(store, request_, box, space, garage)
    set_language("en")
    try:
        issued = issue(store, "plan", request_.request_no)
    finally:
        set_language("zh")
    text = pdf_text(issued.pdf)
    assert "Survey and Supply Plan Reply" in text and "within 50 m" in text
    assert "Route sketch" in text and "Total" in text and "勘查" not in text


def test_the_cli_issues_the_reply(capsys, store, db_path, request_, box, space, garage,
                                  tmp_path):
    measure_on_plan(store, request_, box, space, garage)
    out = tmp_path / "方案.pdf"
    code = cli.main(["--db", str(db_path), "notice", "plan", "--record", request_.request_no,
                     "--out", str(out)])
    text = capsys.readouterr().out
    assert code == 0 and "已出具 FA-" in text and request_.request_no in text
    assert page_count(out.read_bytes()) >= 1
    assert verify(store, out.read_bytes()).genuine


def test_in_a_large_garage_the_sketch_frames_the_route(store, community, household):
    points = [[x, y] for x in range(0, 301, 20) for y in range(0, 151, 15)]
    at = {tuple(p): n for n, p in enumerate(points)}
    segments = [[at[(x, y)], at[(x + dx, y + dy)]] for x, y in map(tuple, points)
                for dx, dy in ((20, 0), (0, 15)) if (x + dx, y + dy) in at]
    garage = store.garages.save(Garage(
        community_uuid=community.uuid, name="B2", scale=0.1, image_width=3000,
        image_height=1500, aisles=json.dumps({"points": points, "segments": segments})))
    box = store.meter_boxes.save(MeterBox(code="MB-12", community_uuid=community.uuid,
                                          garage_uuid=garage.uuid, x=118, y=62,
                                          free_positions=1))
    space = store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code="B2-101",
                                                   x=136, y=72))
    request = store.charger_requests.accept(new_request(household, "B2-101"))
    measure_on_plan(store, request, box, space, garage)
    issued = issue(store, "plan", request.request_no)
    sketch = json.loads(issued.notice.snapshot)["sketch"]
    left, top, right, bottom = sketch["extent"]
    assert 0 < left < 118 and right > 136 and right - left < 100 and bottom - top < 50
    assert sketch["outline"] == [0, 0, 300, 150]
    assert 0 < len(sketch["aisles"]) < len(segments) / 5
    for (ax, ay), (bx, by) in sketch["aisles"]:
        assert max(ax, bx) >= left and min(ax, bx) <= right
        assert max(ay, by) >= top and min(ay, by) <= bottom
    assert len(issued.notice.snapshot) < 2000  # it fits the exchange workbook's cell
