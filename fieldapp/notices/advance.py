"""安全检查告知书: the advance notice of a safety inspection — when the inspector comes
(date and time window), what will be checked (the checklist's categories and its items
in short), what the customer should prepare, and whom to call.

For a planned or in-progress inspection only: a finished one is past announcing. The
items are those the visit will check: a re-inspection's are the hazards still open,
otherwise the template's (the version the inspection keeps).
"""
from __future__ import annotations

import re

from reportlab.lib.units import mm

from fieldapp.domain.charger import moment
from fieldapp.domain.inspection import InspectionState
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.notices.customer import cell, customer_facts, customer_grid, label, pairs_grid
from fieldapp.notices.document import BODY_WIDTH, grid, paragraph, qr_text, styles, title_block
from fieldapp.notices.kinds import NoticeKind, declare
from fieldapp.notices.signatures import signature_boxes

MESSAGES.update({
    "advance.refused": ("这次安全检查{why}，不能出具安全检查告知书",
                        "This inspection {why}; no advance notice can be issued"),
    "advance.finished": ("已于 {day} 完成（告知书只用于计划中或进行中的检查）",
                         "was finished on {day} (an advance notice is for a planned or "
                         "in-progress inspection)"),
    "advance.no_household": ("找不到住户", "has no household on record"),
    "advance.no_date": ("没有计划日期", "has no planned date"),
    "advance.intro": ("尊敬的{name}客户：为保障您的用电安全，我单位将按计划对您的{what}进行"
                      "安全检查，具体安排如下，请予配合。",
                      "Dear {name}: for your safety we will inspect your {what} as "
                      "planned below. Thank you for your help."),
    "advance.what_household": ("家庭用电设施", "home's electrical installation"),
    "advance.what_charger": ("充电桩及其供电线路", "charger and its supply wiring"),
    "advance.s_customer": ("一、客户信息", "1. Customer"),
    "advance.s_visit": ("二、检查安排", "2. The visit"),
    "advance.s_items": ("三、检查内容", "3. What will be checked"),
    "advance.s_prepare": ("四、请您做好以下准备", "4. Please prepare"),
    "advance.s_contact": ("五、联系方式", "5. Contact"),
    "advance.date": ("检查日期", "Date"),
    "advance.window": ("时间段", "Time"),
    "advance.checklist": ("检查项目表", "Checklist"),
    "advance.reinspection": ("复查（上次检查发现的隐患）", "re-inspection of the hazards found "
                             "last time"),
    "advance.any_time": ("当天（具体时间电话约定）", "during the day (time agreed by phone)"),
    "advance.category": ("类别", "Area"),
    "advance.items": ("检查要点", "Points checked"),
    "advance.inspector": ("检查人", "Inspector"),
    "advance.contact": ("联系电话", "Phone"),
    "advance.prepare_adult": ("请在约定时间安排成年家庭成员在场，配合检查人员入户检查。",
                              "Please have an adult of the household at home at the time "
                              "agreed to let the inspector in."),
    "advance.prepare_clear": ("请清理电能表箱、配电箱（开关箱）周围的杂物，便于打开检查。",
                              "Clear the space around the meter box and the consumer unit "
                              "so they can be opened."),
    "advance.prepare_trip": ("检查时需试验漏电保护器，会短时停电，请提前保存电脑等设备中的"
                             "工作。", "The residual-current device is tested by tripping "
                             "it: the power goes off briefly, so save any work on "
                             "computers beforehand."),
    "advance.prepare_installer": ("请安装单位派人到场，并备好充电桩产品合格证、3C 认证证书和"
                                  "安装说明书。", "Ask your installer to be present with "
                                  "the charger's certificate of conformity, its CCC "
                                  "certificate and its installation manual."),
    "advance.prepare_space": ("请将车辆移离车位，保持充电桩和表箱周围通道畅通。",
                              "Move the car out of the space and keep the way to the "
                              "charger and the meter box clear."),
    "advance.prepare_free": ("检查人员持工作证件上门，检查不收取任何费用；如有疑问请拨打 {phone}"
                             " 核实。", "The inspector carries a staff card; the inspection "
                             "is free of charge. In doubt, call {phone} to check."),
    "advance.prepare_change": ("如需改约时间，请提前致电 {phone}。",
                               "To change the appointment, call {phone} in advance."),
    "advance.customer_sign": ("客户签收：", "Received by the customer:"),
    "advance.issuer": ("检查单位（盖章）：{issuer}", "Issued by (stamp): {issuer}"),
    "advance.date_line": ("日期：", "Date:"),
    "advance.issued_on": ("出具时间：{at}", "Issued: {at}"),
})

SHORT_MAX = 28  # characters of an item's text kept in the list
_CUT = re.compile(r"[，,（(；;：:]")



def short(text: str) -> str:
    """An item's text up to its first clause (at most SHORT_MAX characters)."""
    head = _CUT.split(text, 1)[0].strip()
    if len(head) < 4:
        head = text
    return head if len(head) <= SHORT_MAX else head[:SHORT_MAX - 1] + "…"


def checked_items(store, inspection) -> tuple[list, object]:
    """The template items the visit checks (in the template's order), and the template."""
    template = store.inspections.template_of(inspection)
    made = store.inspections.items.of(inspection.uuid)
    if made:
        codes = {item.code for item in made}
    elif inspection.reinspection_of:
        codes = {h.item_code for h in store.hazards.open_of(inspection.reinspection_of)}
    else:
        codes = set(template.codes)
    return [item for item in template.items if item.code in codes], template


def gather(store, inspection, settings) -> dict:
    """The advance notice's facts as printed; ValueError naming why it cannot be."""
    if inspection.state == InspectionState.FINISHED.value:
        day = moment(inspection.finished_at).astimezone().date().isoformat() \
            if inspection.finished_at else inspection.planned_on
        raise ValueError(msg("advance.refused", why=msg("advance.finished", day=day)))
    household = store.households.get(inspection.household_uuid)
    if household is None:
        raise ValueError(msg("advance.refused", why=msg("advance.no_household")))
    if not inspection.planned_on:
        raise ValueError(msg("advance.refused", why=msg("advance.no_date")))
    items, template = checked_items(store, inspection)
    categories: dict[str, list[str]] = {}
    for item in items:
        categories.setdefault(item.category, []).append(short(item.text))
    request = store.charger_requests.get(inspection.request_uuid) \
        if inspection.request_uuid else None
    return {
        "inspection": inspection.uuid, **customer_facts(store, household),
        "request_no": request.request_no if request else "",
        "planned_on": inspection.planned_on, "window": inspection.planned_window,
        "checklist": template.name,
        "reinspection": bool(inspection.reinspection_of),
        "charger": template.kind == "charger",
        "categories": [[name, "；".join(texts)] for name, texts in categories.items()],
        "inspector": inspection.inspector,
        "contact": inspection.contact or settings.service_phone,
    }


def story(facts: dict) -> list:
    """The advance notice's body."""
    s = styles()
    what = msg("advance.what_charger" if facts["charger"] else "advance.what_household")
    checklist = facts["checklist"]
    if facts["reinspection"]:
        checklist += " · " + msg("advance.reinspection")
    body = [title_block(ADVANCE.title, facts["hash"], facts["number"], qr_text(facts)),
            paragraph(msg("advance.intro", name=facts["name"], what=what), s["body"]),
            paragraph(msg("advance.s_customer"), s["heading"]), customer_grid(facts),
            paragraph(msg("advance.s_visit"), s["heading"]),
            pairs_grid([("advance.date", facts["planned_on"]),
                        ("advance.window", facts["window"] or msg("advance.any_time")),
                        ("advance.checklist", checklist)]),
            paragraph(msg("advance.s_items"), s["heading"])]
    rows = [[label("advance.category"), label("advance.items")]]
    rows += [[cell(name), cell(texts)] for name, texts in facts["categories"]]
    body.append(grid(rows, [BODY_WIDTH * 0.2, BODY_WIDTH * 0.8], header=True))
    body.append(paragraph(msg("advance.s_prepare"), s["heading"]))
    prepare = (["advance.prepare_installer", "advance.prepare_space"] if facts["charger"]
               else ["advance.prepare_adult", "advance.prepare_clear"])
    notes = [msg(key) for key in prepare] + [msg("advance.prepare_trip")]
    notes += [msg("advance.prepare_free", phone=facts["phone"] or facts["contact"]),
              msg("advance.prepare_change", phone=facts["contact"])]
    body += [paragraph(f"{n}. {text}", s["body"]) for n, text in enumerate(notes, 1)]
    body.append(paragraph(msg("advance.s_contact"), s["heading"]))
    body.append(pairs_grid([("advance.inspector", facts["inspector"]),
                            ("advance.contact", facts["contact"])]))
    issuer = facts["station"] or facts["company"]
    body.append(signature_boxes([
        (msg("advance.customer_sign"), [], msg("advance.date_line")),
        (msg("advance.issuer", issuer=issuer), [],
         msg("advance.issued_on", at=facts["issued_local"]))], height=20 * mm))
    return body


ADVANCE = declare(NoticeKind(
    key="advance", code="GZ", record_kind="inspection",
    names=("安全检查告知书", "Safety Inspection Notice"),
    gather=gather, story=story))
