"""受理回执: the receipt handed over when a charger request is taken — the request
number, the household, the parking space and charger, the documents provided and
those deferred with the date they are due, the channel and the operator, and a box
for the customer's signature.

Deferred documents are due `Settings.deferred_document_days` days after the day the
request was accepted (the same rule the request form announces), and in any case
before connection. A cancelled request gets no receipt (it would tell the customer a
request is under way that is not); every other request does, as proof it was taken.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from fieldapp.domain.charger import Channel, DocState, Status, document_label, moment
from fieldapp.domain.identifiers import mask_id_number, mask_mobile
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.stamps import local_minute
from fieldapp.notices.document import (
    BODY_WIDTH,
    Gap,
    grid,
    paragraph,
    qr_text,
    styles,
    title_block,
)
from fieldapp.notices.kinds import NoticeKind, declare

MESSAGES.update({
    "receipt.cancelled": ("报装 {no} 已取消，不能出具受理回执", "Request {no} was cancelled; "
                          "it gets no receipt"),
    "receipt.missing": ("报装 {no} 缺少{what}，不能出具受理回执", "Request {no} lacks "
                        "{what}; no receipt can be issued"),
    "receipt.household": ("住户", "its household"),
    "receipt.accepted_at": ("受理时间", "the time it was accepted"),
    "receipt.intro": ("尊敬的{name}客户：您的电动汽车充电桩报装申请已受理，申请编号为"
                      " {no}。请妥善保管本回执，凭申请编号查询办理进度。",
                      "Dear {name}: your request for a home EV charger has been accepted "
                      "under number {no}. Keep this receipt; quote the number to follow "
                      "the request."),
    "receipt.s_request": ("一、申请信息", "1. Request"),
    "receipt.s_customer": ("二、客户信息", "2. Customer"),
    "receipt.s_charger": ("三、充电设施", "3. Charger"),
    "receipt.s_documents": ("四、申请材料", "4. Documents"),
    "receipt.s_notes": ("五、告知事项", "5. Please note"),
    "receipt.request_no": ("申请编号", "Request no."),
    "receipt.accepted": ("受理时间", "Accepted"),
    "receipt.channel": ("受理渠道", "Channel"),
    "receipt.operator": ("受理人", "Accepted by"),
    "receipt.name": ("户名", "Name"),
    "receipt.account": ("户号", "Account no."),
    "receipt.mobile": ("联系电话", "Mobile"),
    "receipt.id_number": ("身份证号", "ID number"),
    "receipt.address": ("用电地址", "Address"),
    "receipt.space": ("车位", "Parking space"),
    "receipt.power": ("额定功率", "Rated power"),
    "receipt.phase": ("供电方式", "Supply"),
    "receipt.vehicle": ("车辆", "Vehicle"),
    "receipt.phase1": ("单相 220V", "single-phase 220 V"),
    "receipt.phase3": ("三相 380V", "three-phase 380 V"),
    "receipt.document": ("材料名称", "Document"),
    "receipt.state": ("状态", "State"),
    "receipt.remark": ("说明", "Remark"),
    "receipt.due": ("请于 {date} 前补交", "Due by {date}"),
    "receipt.no_documents": ("（未登记材料）", "(no documents recorded)"),
    "receipt.note_deferred": ("容缺材料请于 {date} 前（受理后 {days} 天内）补交；补齐后方可"
                              "装表接电。", "Please supply the deferred documents by {date} "
                              "(within {days} days of acceptance); the charger is connected "
                              "only once they are complete."),
    "receipt.note_survey": ("我们将与您联系，预约现场勘查，请保持电话畅通。",
                            "We will call you to arrange the site survey; please keep your "
                            "phone at hand."),
    "receipt.note_phone": ("咨询及进度查询电话：{phone}。", "Questions and progress: "
                           "{phone}."),
    "receipt.customer_sign": ("客户签字：", "Customer's signature:"),
    "receipt.date": ("日期：", "Date:"),
    "receipt.issuer": ("受理单位（盖章）：", "Issued by (stamp):"),
    "receipt.issued_on": ("出具时间：{at}", "Issued: {at}"),
})




def gather(store, request, settings) -> dict:
    """The receipt's facts as printed (masked identifiers, the current language)."""
    if request.state == Status.CANCELLED:
        raise ValueError(msg("receipt.cancelled", no=request.request_no))
    household = store.households.get(request.household_uuid)
    if household is None:
        raise ValueError(msg("receipt.missing", no=request.request_no,
                             what=msg("receipt.household")))
    if not request.accepted_at:
        raise ValueError(msg("receipt.missing", no=request.request_no,
                             what=msg("receipt.accepted_at")))
    community = store.communities.get(household.community_uuid)
    accepted_day = moment(request.accepted_at).astimezone().date()
    due = accepted_day + dt.timedelta(days=settings.deferred_document_days)
    documents = []
    for document in request.documents:
        remark = ""
        if document.missing:
            remark = msg("receipt.due", date=due.isoformat())
        state = DocState.parse(document.state)
        documents.append([document_label(document.kind),
                          state.label if state else document.state, remark])
    address = household.display_address()
    if community is not None and community.name not in address:
        address = f"{community.name} {address}".strip()
    channel = Channel.parse(request.channel)
    return {
        "request_no": request.request_no, "accepted": local_minute(request.accepted_at),
        "channel": channel.label if channel else request.channel,
        "operator": request.accepted_by, "name": household.name,
        "account_no": household.account_no, "mobile": mask_mobile(household.mobile),
        "id_number": mask_id_number(household.id_number), "address": address,
        "space": request.parking_space, "power": f"{request.power_kw:g} kW",
        "phase": msg("receipt.phase3" if request.phase == 3 else "receipt.phase1"),
        "vehicle": request.vehicle, "documents": documents,
        "deferred_due": due.isoformat() if any(d.missing for d in request.documents)
        else "", "deferred_days": settings.deferred_document_days,
    }


def story(facts: dict) -> list:
    """The receipt's body."""
    s = styles()

    def p(text: str, style: str = "cell"):
        return paragraph(text or "—", s[style])

    def label(key: str):
        return paragraph(msg(key), s["label"])

    quarter = [BODY_WIDTH * w for w in (0.17, 0.33, 0.17, 0.33)]
    body = [title_block(RECEIPT.title, facts["hash"], facts["number"],
                        qr_text(facts)),
            paragraph(msg("receipt.intro", name=facts["name"], no=facts["request_no"]),
                      s["body"]),
            paragraph(msg("receipt.s_request"), s["heading"]),
            grid([[label("receipt.request_no"), p(facts["request_no"]),
                   label("receipt.accepted"), p(facts["accepted"])],
                  [label("receipt.channel"), p(facts["channel"]),
                   label("receipt.operator"), p(facts["operator"])]],
                 quarter, label_columns=(0, 2)),
            paragraph(msg("receipt.s_customer"), s["heading"]),
            grid([[label("receipt.name"), p(facts["name"]),
                   label("receipt.account"), p(facts["account_no"])],
                  [label("receipt.mobile"), p(facts["mobile"]),
                   label("receipt.id_number"), p(facts["id_number"])],
                  [label("receipt.address"), p(facts["address"]), "", ""]],
                 quarter, label_columns=(0, 2), spans=[(1, 2, 3, 2)]),
            paragraph(msg("receipt.s_charger"), s["heading"]),
            grid([[label("receipt.space"), p(facts["space"]),
                   label("receipt.power"), p(facts["power"])],
                  [label("receipt.phase"), p(facts["phase"]),
                   label("receipt.vehicle"), p(facts["vehicle"])]],
                 quarter, label_columns=(0, 2)),
            paragraph(msg("receipt.s_documents"), s["heading"])]
    rows = [[label("receipt.document"), label("receipt.state"), label("receipt.remark")]]
    rows += [[p(name), p(state), p(remark)] for name, state, remark in facts["documents"]]
    if len(rows) == 1:
        rows.append([p(msg("receipt.no_documents")), p(""), p("")])
    body.append(grid(rows, [BODY_WIDTH * w for w in (0.4, 0.2, 0.4)], header=True))
    notes = []
    if facts["deferred_due"]:
        notes.append(msg("receipt.note_deferred", date=facts["deferred_due"],
                         days=facts["deferred_days"]))
    notes.append(msg("receipt.note_survey"))
    if facts["phone"]:
        notes.append(msg("receipt.note_phone", phone=facts["phone"]))
    body.append(paragraph(msg("receipt.s_notes"), s["heading"]))
    body += [paragraph(f"{n}. {text}", s["body"]) for n, text in enumerate(notes, 1)]
    body.append(Gap(4 * mm))
    issuer = facts["station"] or facts["company"]
    body.append(grid([
        [paragraph(msg("receipt.customer_sign"), s["label"]),
         paragraph(msg("receipt.issuer") + "\n" + issuer, s["label"])],
        [paragraph("", s["cell"]), paragraph("", s["cell"])],
        [paragraph(msg("receipt.date"), s["label"]),
         paragraph(msg("receipt.operator") + ("：" if facts["language"] == "zh" else ": ")
                   + facts["operator"] + "\n"
                   + msg("receipt.issued_on", at=facts["issued_local"]), s["label"])],
    ], [BODY_WIDTH / 2, BODY_WIDTH / 2], boxes_only=True))
    return body


RECEIPT = declare(NoticeKind(
    key="receipt", code="HZ", record_kind="charger_request",
    names=("电动汽车充电桩报装受理回执", "EV Charger Request Receipt"),
    gather=gather, story=story))
