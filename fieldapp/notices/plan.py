"""勘查及供电方案答复单: the survey's result and the supply plan given to the customer —
the meter box, the measured post-meter length (route + rise + slack) and the 50 m
check, the copper section with its current and voltage drop, the itemised cost
estimate, and the route sketch from the garage plan when there is one.

The figures are those of the measurement the request uses (store/survey.py) sized with
today's settings (domain/cable.py) at issue; the snapshot keeps them as printed. A
request without a measurement, one over the limit with no recorded reason, or one no
standard section fits is refused, naming what is missing.
"""
from __future__ import annotations

from reportlab.lib.units import mm

from fieldapp.domain.cable import size_cable
from fieldapp.domain.charger import ReplyChannel, Status
from fieldapp.domain.measurement import Method, reply_gate_problem
from fieldapp.domain.messages import MESSAGES, language, msg
from fieldapp.domain.settings import section_key
from fieldapp.notices.customer import cell, customer_facts, customer_grid, label, pairs_grid
from fieldapp.notices.document import BODY_WIDTH, grid, paragraph, qr_text, styles, title_block
from fieldapp.notices.kinds import NoticeKind, declare
from fieldapp.notices.signatures import signature_boxes
from fieldapp.notices.sketch import sketch_facts, sketch_figure
from fieldapp.store.survey import request_survey

MESSAGES.update({
    "plan.refused": ("报装 {no} {why}，不能出具供电方案答复单",
                     "Request {no}: {why}; no supply-plan reply can be issued"),
    "plan.cancelled": ("已取消", "it was cancelled"),
    "plan.no_household": ("找不到住户", "its household is missing"),
    "plan.no_measurement": ("没有距离测量", "it has no distance measurement"),
    "plan.no_box": ("测量所用的表箱已不存在", "the meter box measured to is missing"),
    "plan.no_cable": ("没有合适的电缆截面（{reason}）", "no cable section fits ({reason})"),
    "plan.over_limit": ("表后线超过 {limit} 米且未记录超长原因",
                        "the post-meter cable is over {limit} m with no reason recorded"),
    "plan.intro": ("尊敬的{name}客户：您的电动汽车充电桩报装申请（编号 {no}）已完成现场勘查，"
                   "供电方案答复如下。", "Dear {name}: the site survey for your EV charger "
                   "request {no} is done. This is our supply plan."),
    "plan.s_customer": ("一、客户信息", "1. Customer"),
    "plan.s_request": ("二、报装信息", "2. Request"),
    "plan.s_survey": ("三、勘查结果", "3. Survey"),
    "plan.s_plan": ("四、供电方案", "4. Supply plan"),
    "plan.s_cost": ("五、费用估算", "5. Cost estimate"),
    "plan.s_sketch": ("六、路径示意图", "6. Route sketch"),
    "plan.s_notes": ("{n}、告知事项", "{n}. Please note"),
    "plan.request_no": ("申请编号", "Request no."),
    "plan.space": ("车位", "Parking space"),
    "plan.power": ("额定功率", "Rated power"),
    "plan.phase": ("供电方式", "Supply"),
    "plan.phase1": ("单相 220V", "single-phase 220 V"),
    "plan.phase3": ("三相 380V", "three-phase 380 V"),
    "plan.replied_on": ("答复日期", "Replied on"),
    "plan.reply_channel": ("答复方式", "Replied"),
    "plan.meter_box": ("接入表箱", "Meter box"),
    "plan.box_in": ("{code}（{garage}）", "{code} ({garage})"),
    "plan.method": ("测量方式", "Method"),
    "plan.measured_on": ("测量日期", "Measured on"),
    "plan.measured_by": ("测量人", "Measured by"),
    "plan.instrument": ("仪器编号", "Instrument no."),
    "plan.route": ("敷设路径", "Cable route"),
    "plan.rise": ("垂直高差", "Vertical rise"),
    "plan.slack": ("预留长度", "Slack"),
    "plan.post_meter": ("表后线长度", "Post-meter cable"),
    "plan.metres": ("{value} 米", "{value} m"),
    "plan.sum": ("{route} + {rise} + {slack} = {total} 米",
                 "{route} + {rise} + {slack} = {total} m"),
    "plan.check": ("{limit} 米校核", "{limit} m check"),
    "plan.within": ("不超过 {limit} 米，符合要求", "within {limit} m"),
    "plan.over": ("超过 {limit} 米。超长原因：{reason}", "over {limit} m. Reason: {reason}"),
    "plan.current": ("计算电流", "Design current"),
    "plan.section": ("电缆截面", "Cable section"),
    "plan.section_value": ("铜芯 {section} mm²", "copper, {section} mm²"),
    "plan.drop": ("电压降", "Voltage drop"),
    "plan.drop_value": ("{drop}%（限值 {limit}%）", "{drop}% (limit {limit}%)"),
    "plan.why_not_smaller": ("选型说明", "Why this size"),
    "plan.smallest": ("已是可选的最小截面", "the smallest standard section"),
    "plan.cost_item": ("项目", "Item"),
    "plan.cost_quantity": ("数量", "Quantity"),
    "plan.cost_unit": ("单位", "Unit"),
    "plan.cost_price": ("单价（元）", "Unit price (yuan)"),
    "plan.cost_amount": ("金额（元）", "Amount (yuan)"),
    "plan.cost_total": ("合计", "Total"),
    "plan.note_cost": ("表后线路及充电桩由客户出资，委托具备资质的单位施工；以上费用为估算，"
                       "以实际结算为准。", "The post-meter wiring and the charger are paid "
                       "for by the customer and installed by a qualified contractor; the "
                       "cost above is an estimate, the final bill may differ."),
    "plan.note_inspection": ("施工完成后请通知我们进行安装安全检查，检查合格后装表接电。",
                             "When the work is done, tell us: we inspect the installation "
                             "and connect the meter once it passes."),
    "plan.note_valid": ("本方案依据勘查时的现场情况制定；车位、表箱或充电桩功率变更的，请重新"
                        "申请勘查。", "This plan rests on the site as surveyed; if the "
                        "parking space, meter box or charger power changes, ask for a new "
                        "survey."),
    "plan.note_phone": ("咨询电话：{phone}。", "Questions: {phone}."),
    "plan.customer_sign": ("客户签字：", "Customer's signature:"),
    "plan.surveyor_sign": ("勘查人：{name}", "Surveyed by: {name}"),
    "plan.issuer": ("供电单位（盖章）：{issuer}", "Issued by (stamp): {issuer}"),
    "plan.date": ("日期：", "Date:"),
    "plan.issued_on": ("出具时间：{at}", "Issued: {at}"),
})



def _refuse(request, why: str) -> ValueError:
    return ValueError(msg("plan.refused", no=request.request_no, why=why))


def _metres(value: float) -> str:
    return f"{value:.1f}"


def gather(store, request, settings) -> dict:
    """The reply's facts as printed; ValueError naming what is missing."""
    if request.state == Status.CANCELLED:
        raise _refuse(request, msg("plan.cancelled"))
    household = store.households.get(request.household_uuid)
    if household is None:
        raise _refuse(request, msg("plan.no_household"))
    survey = request_survey(store, request)
    measurement = survey.measurement
    if measurement is None:
        raise _refuse(request, msg("plan.no_measurement"))
    box = survey.box
    if box is None:
        raise _refuse(request, msg("plan.no_box"))
    limit = f"{settings.post_meter_limit_m:g}"
    if reply_gate_problem([measurement], measurement.uuid, request.over_limit_reason,
                          settings):
        raise _refuse(request, msg("plan.over_limit", limit=limit))
    try:
        cable = size_cable(request.power_kw, request.phase, survey.post_meter_m, settings)
    except ValueError as error:
        raise _refuse(request, msg("plan.no_cable", reason=str(error))) from None
    if cable.section_mm2 is None:
        raise _refuse(request, msg("plan.no_cable", reason=cable.reason))
    garage = store.garages.get(box.garage_uuid) if box.garage_uuid else None
    space = store.parking_spaces.find(household.community_uuid, request.parking_space) \
        if request.parking_space else None
    method = Method.parse(measurement.method)
    sketch = None
    if method == Method.PLAN or (garage is not None and garage.scale > 0):
        sketch = sketch_facts(garage, box, space, measurement)
    channel = ReplyChannel.parse(request.reply_channel) if request.reply_channel else None
    return {
        "request_no": request.request_no, **customer_facts(store, household),
        "space": request.parking_space, "power": f"{request.power_kw:g} kW",
        "phase": msg("plan.phase3" if request.phase == 3 else "plan.phase1"),
        "replied_on": request.replied_on,
        "reply_channel": channel.label if channel else request.reply_channel,
        "box_code": box.code, "garage": garage.name if garage else "",
        "method": method.label if method else measurement.method,
        "measured_on": measurement.measured_on,
        "measured_by": measurement.measured_by or request.surveyor,
        "instrument_no": measurement.instrument_no,
        "route_m": _metres(measurement.route_m), "rise_m": _metres(measurement.rise_m),
        "slack_m": _metres(measurement.slack_m),
        "post_meter_m": _metres(survey.post_meter_m), "limit_m": limit,
        "over_limit": survey.over_limit, "over_limit_reason": request.over_limit_reason,
        "current_a": f"{cable.current_a:.1f}", "section": section_key(cable.section_mm2),
        "drop": f"{cable.drop_percent:.2f}", "drop_limit": f"{cable.drop_limit_percent:g}",
        "smaller_reason": cable.smaller_reason,
        "cost_lines": [[line.name, f"{line.quantity:g}", line.unit,
                        f"{line.unit_price_yuan:.2f}", f"{line.amount_yuan:.2f}"]
                       for line in cable.cost_lines],
        "cost_total": f"{cable.cost_yuan:.2f}",
        "surveyor": request.surveyor or measurement.measured_by, "sketch": sketch,
    }


def story(facts: dict) -> list:
    """The reply's body."""
    s = styles()
    body = [title_block(PLAN.title, facts["hash"], facts["number"], qr_text(facts)),
            paragraph(msg("plan.intro", name=facts["name"], no=facts["request_no"]),
                      s["body"]),
            paragraph(msg("plan.s_customer"), s["heading"]), customer_grid(facts),
            paragraph(msg("plan.s_request"), s["heading"])]
    request = [("plan.request_no", facts["request_no"]), ("plan.space", facts["space"]),
               ("plan.power", facts["power"]), ("plan.phase", facts["phase"])]
    if facts["replied_on"]:
        request += [("plan.replied_on", facts["replied_on"]),
                    ("plan.reply_channel", facts["reply_channel"])]
    body.append(pairs_grid(request))
    body.append(paragraph(msg("plan.s_survey"), s["heading"]))
    box = msg("plan.box_in", code=facts["box_code"], garage=facts["garage"]) \
        if facts["garage"] else facts["box_code"]
    total = msg("plan.sum", route=facts["route_m"], rise=facts["rise_m"],
                slack=facts["slack_m"], total=facts["post_meter_m"])
    check = msg("plan.over", limit=facts["limit_m"], reason=facts["over_limit_reason"]) \
        if facts["over_limit"] else msg("plan.within", limit=facts["limit_m"])
    body.append(pairs_grid([
        ("plan.meter_box", box), ("plan.method", facts["method"]),
        ("plan.measured_on", facts["measured_on"]),
        ("plan.measured_by", facts["measured_by"]),
        ("plan.instrument", facts["instrument_no"]),
        ("plan.route", msg("plan.metres", value=facts["route_m"])),
        ("plan.rise", msg("plan.metres", value=facts["rise_m"])),
        ("plan.slack", msg("plan.metres", value=facts["slack_m"])),
        ("plan.post_meter", total)]))
    body.append(grid([[label("plan.check", limit=facts["limit_m"]), cell(check)]],
                     [BODY_WIDTH * 0.17, BODY_WIDTH * 0.83], label_columns=(0,)))
    body.append(paragraph(msg("plan.s_plan"), s["heading"]))
    body.append(pairs_grid([
        ("plan.current", f"{facts['current_a']} A"),
        ("plan.section", msg("plan.section_value", section=facts["section"])),
        ("plan.drop", msg("plan.drop_value", drop=facts["drop"],
                          limit=facts["drop_limit"])),
        ("plan.why_not_smaller", facts["smaller_reason"] or msg("plan.smallest"))]))
    body.append(paragraph(msg("plan.s_cost"), s["heading"]))
    rows = [[label(key) for key in ("plan.cost_item", "plan.cost_quantity", "plan.cost_unit",
                                    "plan.cost_price", "plan.cost_amount")]]
    rows += [[cell(value) for value in line] for line in facts["cost_lines"]]
    rows.append([label("plan.cost_total"), "", "", "", cell(facts["cost_total"])])
    body.append(grid(rows, [BODY_WIDTH * w for w in (0.40, 0.12, 0.12, 0.18, 0.18)],
                     header=True, spans=[(0, len(rows) - 1, 3, len(rows) - 1)]))
    section = 6
    if facts["sketch"]:
        body.append(paragraph(msg("plan.s_sketch"), s["heading"]))
        body += sketch_figure(facts["sketch"], BODY_WIDTH)
        section = 7
    notes = [msg("plan.note_cost"), msg("plan.note_inspection"), msg("plan.note_valid")]
    if facts["phone"]:
        notes.append(msg("plan.note_phone", phone=facts["phone"]))
    body.append(paragraph(msg("plan.s_notes", n=_numeral(section)), s["heading"]))
    body += [paragraph(f"{n}. {text}", s["body"]) for n, text in enumerate(notes, 1)]
    issuer = facts["station"] or facts["company"]
    body.append(signature_boxes([
        (msg("plan.customer_sign"), [], msg("plan.date")),
        (msg("plan.surveyor_sign", name=facts["surveyor"]) + "\n"
         + msg("plan.issuer", issuer=issuer), [],
         msg("plan.issued_on", at=facts["issued_local"]))], height=28 * mm))
    return body


def _numeral(n: int) -> str:
    """六, 七 in Chinese (the section numbers), the digit in English."""
    return str(n) if language() == "en" else "一二三四五六七八九十"[n - 1]


PLAN = declare(NoticeKind(
    key="plan", code="FA", record_kind="charger_request",
    names=("勘查及供电方案答复单", "Survey and Supply Plan Reply"),
    gather=gather, story=story))
