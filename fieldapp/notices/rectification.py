"""隐患整改通知书: after a failed safety inspection — the failed items with their severity
(一般/重大), the inspector's note and photo thumbnails, the deadline, the customer's duty
to remedy hazards on their side of the meter, the signatures captured at the door, and
a tear-off receipt at the foot for the customer to sign and hand back.

For a finished, failed inspection only. Photos are named by hash in the snapshot and
read from the laptop's file store when drawn (notices/photos.py); signatures are kept in
the snapshot as their strokes.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from fieldapp.domain.charger import moment
from fieldapp.domain.checklists import Severity
from fieldapp.domain.inspection import Result
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.notices.customer import (
    QUARTERS,
    cell,
    customer_facts,
    customer_grid,
    label,
    pairs_grid,
)
from fieldapp.notices.document import BODY_WIDTH, grid, paragraph, qr_text, styles, title_block
from fieldapp.notices.kinds import NoticeKind, declare
from fieldapp.notices.layout import Figure, Foot, Style, Text
from fieldapp.notices.pen import Pen
from fieldapp.notices.photos import gallery, photo_entry
from fieldapp.notices.signatures import signature_boxes, strokes_of

MESSAGES.update({
    "rect.refused": ("这次安全检查{why}，不能出具隐患整改通知书",
                     "This inspection {why}; no rectification notice can be issued"),
    "rect.unfinished": ("尚未完成（检查完成并判定不合格后才能出具）",
                        "is not finished yet (the notice follows a finished, failed "
                        "inspection)"),
    "rect.passed": ("结果为合格，没有需要整改的隐患", "passed: there is nothing to remedy"),
    "rect.no_failed": ("没有不合格的检查项", "has no failed item"),
    "rect.no_household": ("找不到住户", "has no household on record"),
    "rect.intro": ("尊敬的{name}客户：{day}，我单位对您的用电设施进行了安全检查，发现下列"
                   "安全隐患。为保障您和他人的人身、财产安全，请按期整改。",
                   "Dear {name}: on {day} we inspected your electrical installation and "
                   "found the hazards listed below. For your safety and that of others, "
                   "please remedy them in time."),
    "rect.s_customer": ("一、客户信息", "1. Customer"),
    "rect.s_inspection": ("二、检查情况", "2. The inspection"),
    "rect.s_hazards": ("三、安全隐患及整改要求", "3. Hazards to remedy"),
    "rect.s_photos": ("现场照片", "Photos"),
    "rect.s_deadline": ("四、整改期限", "4. Deadline"),
    "rect.s_duty": ("五、告知", "5. Your duty"),
    "rect.inspected_on": ("检查日期", "Inspected on"),
    "rect.inspector": ("检查人", "Inspector"),
    "rect.checklist": ("检查项目表", "Checklist"),
    "rect.result": ("检查结果", "Result"),
    "rect.result_value": ("不合格：隐患 {n} 项，其中重大隐患 {major} 项",
                          "failed: {n} hazards, {major} of them major"),
    "rect.request": ("报装编号", "Request no."),
    "rect.code": ("编号", "Item"),
    "rect.item": ("检查项目", "What was checked"),
    "rect.severity": ("程度", "Severity"),
    "rect.note": ("检查说明", "Inspector's note"),
    "rect.deadline": ("请于 {day} 前完成整改，整改完成后请致电 {phone} 预约复查。",
                      "Please remedy them by {day}; when done, call {phone} to book the "
                      "re-inspection."),
    "rect.no_deadline": ("请尽快完成整改，整改完成后请致电 {phone} 预约复查。",
                         "Please remedy them soon; when done, call {phone} to book the "
                         "re-inspection."),
    "rect.major_first": ("重大隐患须立即整改，整改前请停止使用相关线路和设备。",
                         "Major hazards must be remedied at once; stop using the wiring and "
                         "equipment concerned until then."),
    "rect.duty_ownership": (
        "根据《电力供应与使用条例》和《供电营业规则》的有关规定，供用电设施的维护管理责任按"
        "产权归属划分：电能表以后的线路和用电设备属于客户所有，由客户负责维护管理，并对其"
        "安全负责。上列隐患位于您的产权范围内，请您委托具有相应资质的电工或施工单位进行整改。",
        "Under the Regulations on Electricity Supply and Use and the Rules for Electricity "
        "Supply Business, the care of supply facilities follows their ownership: the "
        "wiring and equipment after the electricity meter belong to the customer, who "
        "maintains them and answers for their safety. The hazards above are on your side "
        "of the meter; please have a qualified electrician or contractor remedy them."),
    "rect.duty_consequence": (
        "隐患消除前请注意用电安全。隐患危及人身安全或公共供电安全的，供电企业将依照上述"
        "规定采取相应措施；因未按期整改造成的人身伤害或财产损失，由产权人依法承担责任。",
        "Until they are remedied, take care when using electricity. Where a hazard "
        "endangers people or the public supply, the supply company will act as those rules "
        "provide; injury or damage caused by a hazard not remedied in time is the owner's "
        "responsibility under the law."),
    "rect.customer_sign": ("客户签字：", "Customer's signature:"),
    "rect.inspector_sign": ("检查人签字：", "Inspector's signature:"),
    "rect.signed_on": ("日期：{day}", "Date: {day}"),
    "rect.issuer": ("检查单位（盖章）：{issuer}　出具时间：{at}",
                    "Issued by (stamp): {issuer}    Issued: {at}"),
    "rect.cut": ("沿虚线剪下，签字后交回检查人员", "Cut along the line, sign and hand back"),
    "rect.receipt": ("回　执", "Receipt"),
    "rect.notice_no": ("通知书编号", "Notice no."),
    "rect.received": ("本人已收到编号为 {number} 的隐患整改通知书，知悉所列 {n} 项隐患及整改期限"
                      "（{deadline}）。", "I have received rectification notice {number} and "
                      "know of the {n} hazards listed and the deadline ({deadline})."),
    "rect.soon": ("尽快", "as soon as possible"),
    "rect.deadline_short": ("整改期限", "Deadline"),
    "rect.receipt_sign": ("客户签字：", "Customer's signature:"),
    "rect.receipt_date": ("日期：", "Date:"),
})



def _local_day(stamp: str) -> str:
    return moment(stamp).astimezone().date().isoformat() if stamp else ""


def gather(store, inspection, settings) -> dict:
    """The rectification notice's facts as printed; ValueError naming why it cannot be."""
    if not inspection.finished:
        raise ValueError(msg("rect.refused", why=msg("rect.unfinished")))
    if inspection.result != Result.FAIL.value:
        raise ValueError(msg("rect.refused", why=msg("rect.passed")))
    household = store.households.get(inspection.household_uuid)
    if household is None:
        raise ValueError(msg("rect.refused", why=msg("rect.no_household")))
    template = store.inspections.template_of(inspection)
    texts = {item.code: item.text for item in template.items}
    failed, photos = [], []
    for item in store.inspections.items.of(inspection.uuid):
        if item.answer != "fail":
            continue
        severity = Severity.parse(item.severity)
        failed.append([item.code, texts.get(item.code, item.code),
                       severity.label if severity else item.severity, item.note,
                       item.severity == Severity.MAJOR.value])
        if item.photo_hash:
            photos.append([item.code, photo_entry(store.files, item.photo_hash)])
    if not failed:
        raise ValueError(msg("rect.refused", why=msg("rect.no_failed")))
    request = store.charger_requests.get(inspection.request_uuid) \
        if inspection.request_uuid else None
    return {
        "inspection": inspection.uuid, **customer_facts(store, household),
        "request_no": request.request_no if request else "",
        "inspected_on": _local_day(inspection.finished_at) or inspection.planned_on,
        "inspector": inspection.inspector, "checklist": template.name,
        "failed": failed, "photos": photos,
        "deadline": inspection.rectification_deadline,
        "contact": inspection.contact or settings.service_phone,
        "customer_signature": strokes_of(inspection.customer_signature),
        "inspector_signature": strokes_of(inspection.inspector_signature),
    }


def _cut_line(pen: Pen, x: float, top: float, width: float) -> None:
    """A dashed line across the page with the instruction in a gap in its middle."""
    note = Text(msg("rect.cut"), styles()["caption"])
    line = note.lines(width)[0]
    y = top - 6
    gap = line.width / 2 + 6
    middle = x + width / 2
    pen.stroke(colors.black, 0.6)
    pen.polylines([[(x - 10, y), (middle - gap, y)], [(middle + gap, y), (x + width + 10, y)]],
                  dash=(4, 3))
    note.draw(pen, x, y + note.style.leading / 2, width)


def story(facts: dict) -> list:
    """The rectification notice's body, the tear-off receipt at its foot."""
    s = styles()
    n, major = len(facts["failed"]), sum(1 for row in facts["failed"] if row[4])
    body = [title_block(RECTIFICATION.title, facts["hash"], facts["number"], qr_text(facts)),
            paragraph(msg("rect.intro", name=facts["name"], day=facts["inspected_on"]),
                      s["body"]),
            paragraph(msg("rect.s_customer"), s["heading"]), customer_grid(facts),
            paragraph(msg("rect.s_inspection"), s["heading"])]
    pairs = [("rect.inspected_on", facts["inspected_on"]),
             ("rect.inspector", facts["inspector"]),
             ("rect.checklist", facts["checklist"])]
    if facts["request_no"]:
        pairs.append(("rect.request", facts["request_no"]))
    pairs.append(("rect.result", msg("rect.result_value", n=n, major=major)))
    body.append(pairs_grid(pairs))
    body.append(paragraph(msg("rect.s_hazards"), s["heading"]))
    rows = [[label("rect.code"), label("rect.item"), label("rect.severity"),
             label("rect.note")]]
    rows += [[cell(code), cell(text), cell(severity), cell(note)]
             for code, text, severity, note, _ in facts["failed"]]
    body.append(grid(rows, [BODY_WIDTH * w for w in (0.08, 0.45, 0.12, 0.35)],
                     header=True))
    if facts["photos"]:
        body.append(paragraph(msg("rect.s_photos"),
                              Style(10, 14, before=1.5 * mm, keep_with_next=True)))
        body += gallery(facts["photos"])
    body.append(paragraph(msg("rect.s_deadline"), s["heading"]))
    strong = Style(11, 16, colour=colors.HexColor("#C00000"))
    deadline = msg("rect.deadline", day=facts["deadline"], phone=facts["contact"]) \
        if facts["deadline"] else msg("rect.no_deadline", phone=facts["contact"])
    body.append(paragraph(deadline, strong))
    if major:
        body.append(paragraph(msg("rect.major_first"), s["body"]))
    body.append(paragraph(msg("rect.s_duty"), s["heading"]))
    body += [paragraph(f"{k}. {msg(key)}", s["body"]) for k, key in
             enumerate(("rect.duty_ownership", "rect.duty_consequence"), 1)]
    day = facts["inspected_on"]
    body.append(signature_boxes([
        (msg("rect.customer_sign"), facts["customer_signature"],
         msg("rect.signed_on", day=day if facts["customer_signature"] else "")),
        (msg("rect.inspector_sign"), facts["inspector_signature"],
         msg("rect.signed_on", day=day if facts["inspector_signature"] else ""))],
        height=26 * mm))
    issuer = facts["station"] or facts["company"]
    body.append(paragraph(msg("rect.issuer", issuer=issuer, at=facts["issued_local"]),
                          s["small"]))
    body.append(_tear_off(facts, n))
    return body


def _tear_off(facts: dict, n: int) -> Foot:
    """The receipt the customer signs and hands back, below a dashed cut line."""
    heading = Style(12, 17, align="centre")
    return Foot([
        Figure(7 * mm, _cut_line, before=3 * mm),
        Text(msg("rect.receipt"), heading),
        grid([[label("rect.notice_no"), cell(facts["number"]), "", ""],
              [label("customer.name"), cell(facts["name"]), label("rect.deadline_short"),
               cell(facts["deadline"] or msg("rect.soon"))],
              [label("customer.address"), cell(facts["address"]), "", ""]],
             QUARTERS, label_columns=(0, 2), spans=[(1, 0, 3, 0), (1, 2, 3, 2)]),
        Text(msg("rect.received", number=facts["number"], n=n,
                 deadline=facts["deadline"] or msg("rect.soon")),
             Style(10, 15, before=1 * mm)),
        signature_boxes([(msg("rect.receipt_sign"), [], ""),
                         (msg("rect.receipt_date"), [], "")], height=12 * mm,
                        before=1 * mm),
    ])


RECTIFICATION = declare(NoticeKind(
    key="rectification", code="ZG", record_kind="inspection",
    names=("安全隐患整改通知书", "Hazard Rectification Notice"),
    gather=gather, story=story))
