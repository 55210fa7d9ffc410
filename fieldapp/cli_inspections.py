"""fieldapp-cli's inspection commands: checklist templates, inspections and hazards.

    fieldapp-cli [--db PATH] templates list
    fieldapp-cli [--db PATH] templates load FILE.xlsx|FILE.json [--sheet S]
    fieldapp-cli [--db PATH] inspections list [--result pass|fail] [--planned DATE]
    fieldapp-cli [--db PATH] hazards list [--open] [--overdue]
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from fieldapp.domain.inspection import HazardStatus, InspectionState, Result
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import Tag
from fieldapp.domain.validation import parse_date
from fieldapp.store import Store

MESSAGES.update({
    "cli.template_headers": ("标识|名称|版本|检查对象|检查项|内容摘要",
                             "key|name|version|for|items|content hash"),
    "cli.template_loaded": ("已载入检查表“{name}”第 {version} 版（{n} 项）",
                            "Loaded the checklist \"{name}\" version {version} ({n} items)"),
    "cli.template_refused": ("检查表未载入：", "The checklist was not loaded:"),
    "cli.kind_household": ("住户", "household"), "cli.kind_charger": ("充电桩", "charger"),
    "cli.bad_date": ("--planned 应为日期（如 2026-12-01），不是“{text}”",
                     "--planned takes a date such as 2026-12-01, not \"{text}\""),
    "cli.no_inspections": ("没有符合条件的安全检查", "No matching inspections"),
    "cli.inspection_headers": ("计划日期|时间段|住户|户号|小区|报装编号|检查表|检查人|状态|结果|"
                               "进度|未消除隐患|整改期限",
                               "planned|window|household|account|community|request|"
                               "checklist|inspector|state|result|progress|open hazards|"
                               "deadline"),
    "cli.inspection_count": ("共 {n} 次检查", "{n} inspections"),
    "cli.no_hazards": ("没有符合条件的隐患", "No matching hazards"),
    "cli.hazard_headers": ("住户|户号|关怀标签|小区|检查项|隐患|严重程度|整改期限|状态|超期|"
                           "消除时间",
                           "household|account|care tags|community|item|hazard|severity|"
                           "deadline|status|overdue|closed at"),
    "cli.hazard_count": ("共 {n} 项隐患（未消除 {open}，超期 {overdue}）",
                         "{n} hazards ({open} open, {overdue} overdue)"),
    "cli.severity_general": ("一般", "general"), "cli.severity_major": ("重大", "major"),
})


def add_parsers(commands) -> None:
    templates = commands.add_parser("templates", help="checklist templates")
    actions = templates.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="every template version")
    load = actions.add_parser("load", help="load a new template or version (.xlsx or .json)")
    load.add_argument("file")
    load.add_argument("--sheet", help="the sheet of the items (default: the first)")
    inspections = commands.add_parser("inspections", help="safety inspections")
    listing = inspections.add_subparsers(dest="action", required=True).add_parser(
        "list", help="inspections, by planned date")
    listing.add_argument("--result", choices=[r.value for r in Result])
    listing.add_argument("--planned", metavar="DATE", help="only those planned that day")
    hazards = commands.add_parser("hazards", help="hazards found by inspections")
    listing = hazards.add_subparsers(dest="action", required=True).add_parser(
        "list", help="hazards, care-tagged households first")
    listing.add_argument("--open", action="store_true", help="only open ones")
    listing.add_argument("--overdue", action="store_true", help="only open ones past deadline")


def only_reads(args: argparse.Namespace) -> bool:
    return args.command in ("inspections", "hazards") or (
        args.command == "templates" and args.action == "list")


def templates(store: Store, args: argparse.Namespace, table) -> int:
    from fieldapp.domain.checklists import template_from_json, template_from_xlsx

    if args.action == "load":
        path = Path(args.file)
        if path.suffix.lower() == ".json":
            template = template_from_json(path.read_text("utf-8"))
        else:
            template = template_from_xlsx(path, args.sheet)
        store.checklist_templates.load(template)
        print(msg("cli.template_loaded", name=template.name, version=template.version,
                  n=len(template.items)))
        return 0
    rows = store.checklist_templates.all()
    print(table(msg("cli.template_headers").split("|"), [
        (r.key, r.name, str(r.version), msg(f"cli.kind_{r.kind}"),
         str(len(r.template().items)), r.content_hash[:12]) for r in rows]))
    return 0


def _label(enum_type, key: str) -> str:
    member = enum_type.parse(key) if key else None
    return member.label if member else key


def inspections(store: Store, args: argparse.Namespace, table) -> int:
    planned = ""
    if args.planned:
        day = parse_date(args.planned)
        if day is None:
            raise ValueError(msg("cli.bad_date", text=args.planned))
        planned = day.isoformat()
    rows = store.inspections.listing(result=args.result or "", planned_on=planned)
    if not rows:
        print(msg("cli.no_inspections"))
        return 0
    print(table(msg("cli.inspection_headers").split("|"), [
        (r.inspection.planned_on, r.inspection.planned_window, r.household_name, r.account_no,
         r.community, r.request_no, r.template_name, r.inspection.inspector,
         _label(InspectionState, r.inspection.state), _label(Result, r.inspection.result),
         f"{r.answered}/{r.items}" if r.items else "", str(r.open_hazards or ""),
         r.inspection.rectification_deadline) for r in rows]))
    print(msg("cli.inspection_count", n=len(rows)))
    return 0


def hazards(store: Store, args: argparse.Namespace, table) -> int:
    rows = store.hazards.listing(open_only=args.open, overdue_only=args.overdue,
                                 today=dt.date.today())
    if not rows:
        print(msg("cli.no_hazards"))
        return 0
    print(table(msg("cli.hazard_headers").split("|"), [
        (r.household_name, r.account_no,
         "、".join(t.label for t in r.tags if t in (Tag.ELDERLY_ALONE, Tag.OUTAGE_SENSITIVE)),
         r.community, r.hazard.item_code, r.hazard.item_text,
         msg(f"cli.severity_{r.hazard.severity}"), r.hazard.deadline,
         _label(HazardStatus, r.hazard.status), msg("cli.yes") if r.overdue else "",
         r.hazard.closed_at[:10]) for r in rows]))
    print(msg("cli.hazard_count", n=len(rows), open=sum(r.hazard.open for r in rows),
              overdue=sum(r.overdue for r in rows)))
    return 0
