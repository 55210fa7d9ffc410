"""fieldapp-cli: FieldApp's jobs without a window, for scripts, CI and benchmarks.

    fieldapp-cli [--db PATH] [--lang zh|en] demo --households N [--seed S] [--requests R]
    fieldapp-cli [--db PATH] check
    fieldapp-cli [--db PATH] households search TEXT [--limit N]
    fieldapp-cli [--db PATH] requests list [--status S|open] [--overdue] [--limit N]
    fieldapp-cli [--db PATH] export --out FILE|FOLDER [--since last|DATE]
    fieldapp-cli [--db PATH] import FILE... [--dry-run] [--theirs|--mine] [--report OUT]
    fieldapp-cli [--db PATH] import-roster FILE [--sheet S] [--map FIELD=HEADER]... [--dry-run]
    fieldapp-cli [--db PATH] conflicts list | resolve UUID mine|theirs
    fieldapp-cli [--db PATH] settings [--set NAME JSON]...
    fieldapp-cli [--db PATH] info
    fieldapp-cli [--db PATH] notice receipt|plan|advance|rectification --record NUMBER_OR_UUID
                 --out FILE.pdf
    fieldapp-cli [--db PATH] notice verify FILE.pdf
    fieldapp-cli [--db PATH] notices (--due today | --record NUMBER_OR_UUID...) --out FILE.pdf
    fieldapp-cli [--db PATH] cable --kw KW --phase 1|3 --length M [--json]
    fieldapp-cli [--db PATH] garages list
    fieldapp-cli [--db PATH] nearest --space CODE --community NAME [--limit M] [--json]
    fieldapp-cli [--db PATH] measurements list [--over-limit] [--limit N]
    fieldapp-cli [--db PATH] templates list | load FILE.xlsx|FILE.json [--sheet S]
    fieldapp-cli [--db PATH] inspections list [--result pass|fail] [--planned DATE]
    fieldapp-cli [--db PATH] hazards list [--open] [--overdue]

Commands that only read (info, check, households search, requests list, export,
conflicts list, settings without --set, import and import-roster with --dry-run, notice
verify, cable, garages, nearest, measurements, templates list, inspections, hazards) refuse
a --db file that does not exist instead of creating an empty database there; cable without
--db uses the default settings and opens no database.

Exit codes:
    0  done (import: everything imported, or a dry run with no row rejected and no
       conflict left for later; notice verify: the PDF is genuine)
    1  done, with something to look at: `check` found problems; `import` imported (or
       would import) the rest but rejected rows or deferred conflicts (both counts are
       printed; deferred conflicts wait in `conflicts list`); `notice verify`: the PDF
       is not one the register issued, or was changed since; `cable`: no standard
       section fits (the reason is printed)
    2  refused, nothing written: bad arguments, a database or file that cannot be used,
       a workbook refused as a whole, a conflict that cannot be settled
    3  internal error (a bug; the one-line message names the exception)
  130  interrupted (Ctrl+C)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from fieldapp import __version__, cli_inspections, cli_survey
from fieldapp.domain.charger import Status
from fieldapp.domain.identifiers import mask_id_number, mask_mobile
from fieldapp.domain.messages import MESSAGES, labelled, msg, set_language
from fieldapp.domain.records import field_label
from fieldapp.domain.stamps import local_minute
from fieldapp.store import Store, StoreError
from fieldapp.store.charger_requests import RequestFilter

MESSAGES.update({
    "cli.no_requests": ("没有符合条件的充电桩报装", "No matching charger requests"),
    "cli.accepted_at": ("受理时间", "accepted at"),
    "cli.connection_days": ("接电用时(天)", "days to connect"),
    "cli.deferred": ("容缺材料", "deferred documents"),
    "cli.overdue": ("超期", "overdue"),
    "cli.yes": ("是", "yes"),
    "cli.bad_since": ("--since 应为 last 或日期（如 2026-11-01），不是“{text}”",
                      "--since takes 'last' or a date such as 2026-11-01, not \"{text}\""),
    "cli.exported": ("已导出 {path}：{counts}", "Exported {path}: {counts}"),
    "cli.import_refused": ("导入已取消，数据库未作任何改动", "Import refused; the database "
                           "was not changed"),
    "cli.file": ("文件", "file"), "cli.sheet": ("工作表", "sheet"),
    "cli.reason": ("原因", "reason"),
    "cli.dry_run": ("（试运行，未写入任何数据）", "(dry run: nothing was written)"),
    "cli.imported": ("已导入：{changes} 条变更；导入前的备份：{backup}",
                     "Imported: {changes} changes; backup taken before: {backup}"),
    "cli.report_written": ("冲突和拒绝报告已写入 {path}", "Conflict and rejection report "
                           "written to {path}"),
    "cli.bad_map": ("--map {item} 无效：字段可以是 {fields}，列可以是 {headers}",
                    "--map {item} is not valid: fields are {fields}, columns are {headers}"),
    "cli.field": ("字段", "field"), "cli.column": ("表中的列", "column in the sheet"),
    "cli.roster_counts": ("新增 {new} 户，更新 {update} 户，无变化 {unchanged} 户，"
                          "拒绝 {rejected} 行，新建小区 {communities} 个",
                          "{new} new, {update} updated, {unchanged} unchanged, {rejected} "
                          "rejected, {communities} new communities"),
    "cli.roster_done": ("已导入 {n} 户", "Imported {n} households"),
    "cli.no_conflicts": ("没有待处理的冲突", "No conflicts waiting"),
    "cli.request_count": ("共 {n} 条报装", "{n} requests"),
    "cli.no_database": ("数据库 {path} 不存在；“{command}”只读取数据，不会新建数据库。请检查 --db"
                        " 的路径", "The database {path} does not exist; \"{command}\" only "
                        "reads, so no database is created. Check the --db path"),
    "cli.folder_database": ("{path} 是文件夹，不是数据库文件", "{path} is a folder, not a "
                            "database file"),
    "cli.empty_database": ("{path} 是空文件，不是 FieldApp 数据库；“{command}”只读取数据，"
                           "不会在其中新建数据库", "{path} is an empty file, not a FieldApp "
                           "database; \"{command}\" only reads, so no database is created "
                           "in it"),
    "cli.internal": ("内部错误（{kind}：{detail}），这是程序的缺陷，请连同所用的命令报告",
                     "internal error ({kind}: {detail}); this is a bug, please report it "
                     "with the command used"),
    "cli.interrupted": ("已中断", "interrupted"),
    "cli.at_least": ("应为不小于 {least} 的整数，不是“{text}”", "a whole number of at least "
                     "{least} is expected, not \"{text}\""),
    "cli.conflict_line": ("{kind} {title}", "{kind} {title}"),
    "cli.conflict_id": ("记录编号 {uuid}", "record id {uuid}"),
    "cli.conflict_revs": ("本机第 {mine} 版，文件第 {theirs} 版", "version {mine} here, "
                          "{theirs} in the file"),
    "cli.conflict_deleted_here": ("本机已删除", "deleted here"),
    "cli.conflict_deleted_there": ("文件中已删除（第 {theirs} 版）", "deleted in the file "
                                   "(version {theirs})"),
    "cli.conflict_source": ("来源", "from"),
    "cli.conflict_fields": ("不同的字段（本机 → 文件）", "fields that differ (here → file)"),
    "cli.conflict_no_fields": ("（没有可显示的字段差异）", "(no field differs)"),
    "cli.conflicts_waiting": ("共 {n} 条待处理冲突。处理：fieldapp-cli conflicts resolve "
                              "记录编号 mine|theirs（mine 保留本机，theirs 采用文件）",
                              "{n} conflicts waiting. Decide with: fieldapp-cli conflicts "
                              "resolve RECORD-ID mine|theirs (mine keeps this copy, theirs "
                              "takes the file's)"),
    "cli.conflicts_left": ("还有 {n} 条待处理冲突", "{n} conflicts still waiting"),
    "cli.see_conflicts": ("暂缓的 {n} 条冲突已记下，可用 fieldapp-cli conflicts list 查看",
                          "The {n} deferred conflicts were kept; see fieldapp-cli conflicts "
                          "list"),
    "cli.notice_issued": ("已出具 {number}（{kind}，{record}），写入 {path}",
                          "Issued {number} ({kind}, {record}), written to {path}"),
    "cli.notice_reprinted": ("已补打 {number}（{kind}，{record}，第 {n} 次补打），写入 {path}",
                             "Reprinted {number} ({kind}, {record}; reprint {n}), written "
                             "to {path}"),
    "cli.batch_printed": ("已打印 {n} 份通知书（新出具 {new}，补打 {reprints}），批次 {number}，"
                          "写入 {path}",
                          "Printed {n} notices ({new} issued, {reprints} reprinted), batch "
                          "{number}, written to {path}"),
    "cli.nothing_due": ("今天没有要打印的通知书，未生成文件",
                        "Nothing due today; no file was made"),
    "cli.cannot_read": ("无法读取 {path}（{detail}）", "Cannot read {path} ({detail})"),
    "cli.cable_current": ("电流", "current"),
    "cli.cable_section": ("截面", "section"),
    "cli.cable_none": ("无合适的标准截面", "no standard size fits"),
    "cli.cable_drop": ("压降", "voltage drop"),
    "cli.cable_drop_value": ("{drop}%（限值 {limit}%）", "{drop}% (limit {limit}%)"),
    "cli.cable_cost": ("费用估算", "cost estimate"),
    "cli.cable_yuan": ("{amount} 元", "{amount} yuan"),
    "cli.cable_smaller": ("为何不选更小截面", "why not smaller"),
    "cli.cable_item": ("项目", "item"), "cli.cable_quantity": ("数量", "quantity"),
    "cli.cable_unit_price": ("单价(元)", "unit price (yuan)"),
    "cli.cable_amount": ("金额(元)", "amount (yuan)"),
    "cli.epilog": ("退出码：0 完成；1 完成但有拒绝的行或暂缓的冲突（import）或检查发现问题"
                   "（check）；2 拒绝执行，未写入任何数据；3 内部错误；130 已中断",
                   "exit codes: 0 done; 1 done, but rows were rejected or conflicts deferred "
                   "(import) or problems found (check); 2 refused, nothing written; "
                   "3 internal error; 130 interrupted"),
})

# Exit codes (see the module docstring).
OK, ATTENTION, REFUSED, INTERNAL, INTERRUPTED = 0, 1, 2, 3, 130


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table whose columns line up with Chinese text in a terminal."""
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def _at_least(least: int):
    """An argparse type: a whole number not below `least` (a usage error otherwise)."""
    def whole(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < least:
            raise argparse.ArgumentTypeError(msg("cli.at_least", text=text, least=least))
        return value
    return whole


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldapp-cli", description="FieldApp 现场服务助手",
                                     epilog=msg("cli.epilog"))
    parser.add_argument("--db", help="database file (default: the user's data folder)")
    parser.add_argument("--lang", default="zh", choices=["zh", "en"], help="message language")
    parser.add_argument("--operator",
                        help="operator written to updated_by and the audit log by this command"
                             " (default: the one set in the window)")
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--households", type=_at_least(0), default=1000)
    demo.add_argument("--communities", type=_at_least(1), default=None)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--requests", type=_at_least(0), default=None,
                      help="charger requests to add (default: one for every fifth household)")
    commands.add_parser("check", help="integrity and consistency checks; non-zero on problems")
    commands.add_parser("reindex", help="write the search, pinyin and request-list keys anew"
                        " from the records (when check says they need rebuilding)")
    commands.add_parser("info", help="database file, version, device and counts")
    households = commands.add_parser("households", help="household register")
    actions = households.add_subparsers(dest="action", required=True)
    find = actions.add_parser("search", help="search as the window does")
    find.add_argument("text")
    find.add_argument("--limit", type=_at_least(1), default=20)
    requests = commands.add_parser("requests", help="EV home-charger requests")
    request_actions = requests.add_subparsers(dest="action", required=True)
    listing = request_actions.add_parser("list", help="list requests as a table")
    listing.add_argument("--status", choices=["open", *(s.value for s in Status)],
                         help="one status key, or 'open' for every open stage")
    listing.add_argument("--overdue", action="store_true", help="only requests past target")
    listing.add_argument("--limit", type=_at_least(1), default=200)
    export = commands.add_parser("export", help="write an exchange workbook (.xlsx)")
    export.add_argument("--out", required=True, help="file, or folder for the standard name")
    export.add_argument("--since", default="",
                        help="'last' (changes since this device's last export) or a date")
    importing = commands.add_parser("import", help="merge exchange workbooks",
                                    epilog=msg("cli.epilog"))
    importing.add_argument("files", nargs="+")
    importing.add_argument("--dry-run", action="store_true", help="show what would happen")
    importing.add_argument("--report", help="write rejected rows and conflicts to this .xlsx")
    side = importing.add_mutually_exclusive_group()
    side.add_argument("--theirs", action="store_true", help="settle conflicts with the file")
    side.add_argument("--mine", action="store_true", help="settle conflicts with this copy")
    roster = commands.add_parser("import-roster",
                                 help="import households from another system's sheet")
    roster.add_argument("file")
    roster.add_argument("--sheet", help="sheet name (default: the first)")
    roster.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                        help="use column HEADER for FIELD (e.g. account_no=用户编号)")
    roster.add_argument("--dry-run", action="store_true", help="check only")
    conflicts = commands.add_parser("conflicts", help="deferred import conflicts")
    conflict_actions = conflicts.add_subparsers(dest="action", required=True)
    conflict_actions.add_parser("list", help="conflicts waiting for a decision")
    resolve = conflict_actions.add_parser("resolve", help="decide one conflict")
    resolve.add_argument("uuid")
    resolve.add_argument("choice", choices=["mine", "theirs"])
    settings = commands.add_parser("settings", help="show or change limits, targets, lists")
    settings.add_argument("--set", nargs=2, metavar=("NAME", "JSON"), action="append",
                          help='e.g. --set charger_powers_kw "[7, 11]"')
    notice = commands.add_parser("notice", help="PDF notices: issue, reprint, verify")
    notice_actions = notice.add_subparsers(dest="action", required=True)
    for key, help_text, record_help in (
            ("receipt", "受理回执 of a charger request", "request number or record id"),
            ("plan", "勘查及供电方案答复单 of a measured charger request",
             "request number or record id"),
            ("advance", "安全检查告知书 of a planned inspection", "inspection record id"),
            ("rectification", "隐患整改通知书 of a failed inspection",
             "inspection record id")):
        kind = notice_actions.add_parser(key, help=help_text + " (a reprint when already "
                                         "issued)")
        kind.add_argument("--record", required=True, help=record_help)
        kind.add_argument("--out", required=True, help="the PDF file to write")
    verify = notice_actions.add_parser(
        "verify", help="whether a PDF is a notice the register issued, unchanged")
    verify.add_argument("file")
    batch = commands.add_parser("notices", help="many notices in one PDF: due today or chosen")
    chosen = batch.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--due", choices=["today"], help="every notice due today")
    chosen.add_argument("--record", action="append", metavar="NUMBER_OR_UUID",
                        help="a request number or record id (repeat for more)")
    batch.add_argument("--kind", default="receipt", help="the notice of the chosen records")
    batch.add_argument("--out", required=True, help="the PDF file to write")
    cable = commands.add_parser("cable", help="post-meter cable: current, copper section, "
                                "voltage drop and cost for a charger")
    cable.add_argument("--kw", type=float, required=True, help="charger power in kW")
    cable.add_argument("--phase", type=int, choices=[1, 3], required=True)
    cable.add_argument("--length", type=float, required=True,
                       help="post-meter cable length in metres (route + rise + slack)")
    cable.add_argument("--json", action="store_true", help="print JSON")
    cli_survey.add_parsers(commands)
    cli_inspections.add_parsers(commands)
    return parser


def _notice(store: Store, args) -> int:
    from fieldapp.notices import issue

    if args.action == "verify":
        try:
            pdf = Path(args.file).read_bytes()
        except OSError as error:
            raise ValueError(msg("cli.cannot_read", path=args.file,
                                 detail=error.strerror or error)) from None
        verdict = issue.verify(store, pdf)
        print(verdict.text)
        return OK if verdict.genuine else ATTENTION
    issued = issue.issue(store, args.action, args.record, out=args.out)
    fields = dict(number=issued.notice.number, record=issued.notice.record_no, path=args.out,
                  kind=issue.kind_of(issued.notice.kind).title)
    if issued.reprint:
        print(msg("cli.notice_reprinted", n=issued.notice.reprints, **fields))
        if not issued.same_as_issued:
            print(msg("notice.reprint_differs"), file=sys.stderr)
    else:
        print(msg("cli.notice_issued", **fields))
    return OK


def _notices(store: Store, args) -> int:
    from fieldapp.notices.batch import due_today, issue_batch

    items = due_today(store) if args.due else [(args.kind, r) for r in args.record]
    if not items:
        print(msg("cli.nothing_due"))
        return OK
    batch = issue_batch(store, items, out=args.out)
    reprints = sum(item.reprint for item in batch.issued)
    print(msg("cli.batch_printed", n=len(batch.issued), new=len(batch.issued) - reprints,
              reprints=reprints, number=batch.notice.number, path=args.out))
    return OK


def _cable(store: Store | None, args) -> int:
    """Size the cable with the database's settings, or the defaults without --db."""
    from fieldapp.domain.cable import size_cable
    from fieldapp.domain.settings import Settings, section_key

    settings = store.settings() if store is not None else Settings()
    sizing = size_cable(args.kw, args.phase, args.length, settings)
    section = sizing.section_mm2
    if args.json:
        print(json.dumps({
            "current_a": round(sizing.current_a, 2),
            "section_mm2": None if section is None else float(section_key(section)),
            "drop_percent": None if section is None else round(sizing.drop_percent, 2),
            "cost_yuan": sizing.cost_yuan, "reason": sizing.reason,
            "drop_limit_percent": sizing.drop_limit_percent,
            "smaller": sizing.smaller_reason,
            "cost_lines": [{"name": line.name, "quantity": line.quantity, "unit": line.unit,
                            "unit_price_yuan": line.unit_price_yuan,
                            "amount_yuan": line.amount_yuan} for line in sizing.cost_lines],
        }, ensure_ascii=False, indent=2))
        return OK if section is not None else ATTENTION
    print(labelled(msg("cli.cable_current"), f"{sizing.current_a:.2f} A"))
    if section is None:
        print(labelled(msg("cli.cable_section"), msg("cli.cable_none")))
        print(sizing.reason)
        return ATTENTION
    print(labelled(msg("cli.cable_section"), f"{section_key(section)} mm²"))
    print(labelled(msg("cli.cable_drop"), msg(
        "cli.cable_drop_value", drop=f"{sizing.drop_percent:.2f}",
        limit=f"{sizing.drop_limit_percent:g}")))
    if sizing.smaller_reason:
        print(labelled(msg("cli.cable_smaller"), sizing.smaller_reason))
    print(labelled(msg("cli.cable_cost"), msg("cli.cable_yuan",
                                              amount=f"{sizing.cost_yuan:.2f}")))
    print(format_table(
        [msg("cli.cable_item"), msg("cli.cable_quantity"), msg("cli.cable_unit_price"),
         msg("cli.cable_amount")],
        [[line.name, f"{line.quantity:g} {line.unit}", f"{line.unit_price_yuan:.2f}",
          f"{line.amount_yuan:.2f}"] for line in sizing.cost_lines]))
    return OK


def _demo(store: Store, args) -> int:
    from fieldapp import demo

    started = time.perf_counter()
    communities, households = demo.generate(store, args.households, seed=args.seed,
                                            communities=args.communities,
                                            requests=args.requests)
    print(msg("cli.demo_done", communities=communities, households=households,
              seconds=time.perf_counter() - started))
    return 0


def _check(store: Store, args) -> int:
    from fieldapp.store.check import check

    problems = check(store)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(msg("check.ok", households=store.households.count(),
              communities=store.communities.count()))
    return 0


def _reindex(store: Store, args) -> int:
    from fieldapp.store.reindex import reindex

    started = time.perf_counter()
    written = reindex(store)
    print(msg("cli.reindexed", seconds=time.perf_counter() - started, **written))
    return 0


def _info(store: Store, args) -> int:
    from fieldapp.store.migrations import user_version

    rows = [("database", str(store.path)), ("schema", str(user_version(store.conn))),
            ("device_id", store.device_id), ("operator", store.operator),
            ("communities", str(store.communities.count())),
            ("households", str(store.households.count())),
            ("charger_requests", str(store.charger_requests.count()))]
    print(format_table(["key", "value"], rows))
    return 0


def _households(store: Store, args) -> int:
    rows = store.households.search(args.text, limit=args.limit + 1)
    if not rows:
        print(msg("cli.no_matches"))
        return 0
    table = [(r.account_no, r.name, mask_mobile(r.mobile), mask_id_number(r.id_number),
              r.community, r.address) for r in rows[:args.limit]]
    print(format_table(["户号", "姓名", "手机", "身份证号", "小区", "地址"], table))
    if len(rows) > args.limit:
        print(msg("cli.more_matches", n=args.limit))
    return 0



def _requests(store: Store, args) -> int:
    rows = store.charger_requests.listing(
        RequestFilter(status=args.status or "", overdue=args.overdue), limit=args.limit + 1)
    if not rows:
        print(msg("cli.no_requests"))
        return 0
    headers = [field_label(name) for name in ("request_no", "household_uuid", "account_no",
                                              "parking_space", "power_kw", "status")]
    headers += [msg("cli.accepted_at"), msg("cli.connection_days"), msg("cli.deferred"),
                msg("cli.overdue")]
    table = [(r.request.request_no, r.household_name, r.account_no, r.request.parking_space,
              f"{r.request.power_kw:g} kW", r.request.state.label,
              local_minute(r.request.accepted_at),
              "" if r.connection_days is None else f"{r.connection_days:.1f}",
              "、".join(r.deferred), msg("cli.yes") if r.overdue else "")
             for r in rows[:args.limit]]
    print(format_table(headers, table))
    print(msg("cli.request_count", n=min(len(rows), args.limit)))
    if len(rows) > args.limit:
        print(msg("cli.more_matches", n=args.limit))
    return 0


def _since(store: Store, text: str) -> str:
    """'' (everything), 'last', or a local date/time → a stored UTC stamp."""
    from fieldapp.exchange.export import last_export
    from fieldapp.store.clock import to_stamp

    if not text:
        return ""
    if text == "last":
        return last_export(store)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(msg("cli.bad_since", text=text)) from None
    return to_stamp(moment if moment.tzinfo else moment.astimezone())


def _export(store: Store, args) -> int:
    from fieldapp.exchange.export import export_workbook

    result = export_workbook(store, args.out, since=_since(store, args.since))
    counts = "，".join(f"{sheet} {n}" for sheet, n in result.rows.items())
    print(msg("cli.exported", path=result.path, counts=counts))
    return 0


def _import(store: Store, args) -> int:
    """Plan, show, and (unless a dry run) apply; exit 1 when rows were rejected or
    conflicts deferred, 2 when a file was refused (nothing written)."""
    from fieldapp.exchange import importer
    from fieldapp.exchange.report import import_counts, write_report

    plan = importer.plan_import(store, args.files)
    choice = importer.THEIRS if args.theirs else importer.MINE if args.mine else None
    choices = {d.incoming.uuid: choice for d in plan.by_outcome(importer.Outcome.CONFLICT)
               if choice}
    counts = import_counts(plan, choices)
    if args.report:
        print(msg("cli.report_written", path=write_report(plan, args.report, choices)))
    for problem in plan.refused:
        print(problem, file=sys.stderr)
    if plan.refused:
        print(counts.sentence(), file=sys.stderr)
        print(msg("cli.import_refused"), file=sys.stderr)
        return REFUSED
    for warning in plan.warnings:
        print(warning, file=sys.stderr)
    outcomes = list(importer.Outcome)
    rows = [(r.file, r.sheet, *(str(r.counts.get(o, 0)) for o in outcomes))
            for r in plan.sheets()]
    print(format_table([msg("cli.file"), msg("cli.sheet"), *(o.label for o in outcomes)], rows))
    for decision in plan.by_outcome(importer.Outcome.REJECTED):
        print(f"{msg('outcome.rejected')}: {decision.where()}: {decision.reason}")
    for decision in plan.by_outcome(importer.Outcome.CONFLICT):
        print(f"{msg('outcome.conflict')}: {decision.where()} {decision.incoming.uuid}:"
              f" {decision.reason}")
    print(counts.sentence())
    verdict = ATTENTION if counts.rejected or counts.deferred else OK
    if args.dry_run:
        print(msg("cli.dry_run"))
        return verdict
    try:
        backup = importer.apply_plan(store, plan, choices)
    except sqlite3.IntegrityError as error:  # --theirs clashing with data here
        raise ValueError(msg("import.cannot_settle", detail=error)) from None
    print(msg("cli.imported", changes=plan.changes, backup=backup))
    if counts.deferred:
        print(msg("cli.see_conflicts", n=counts.deferred))
    return verdict


def _import_roster(store: Store, args) -> int:
    from fieldapp.exchange import roster

    sheet, headers = roster.read_headers(args.file, args.sheet)
    mapping = roster.remembered_mapping(store, headers)
    for item in args.map:
        key, _, header = item.partition("=")
        if key not in roster.TARGETS or header not in headers:
            raise ValueError(msg("cli.bad_map", item=item, fields=", ".join(roster.TARGETS),
                                 headers="、".join(h for h in headers if h)))
        mapping[key] = header
    print(format_table([msg("cli.field"), msg("cli.column")],
                       [(roster.TARGETS[k][0].label, mapping.get(k, "")) for k in roster.TARGETS]))
    plan = roster.plan_roster(store, args.file, mapping, sheet)
    for row in plan.rejected:
        print(f"{msg('outcome.rejected')}: {plan.where(row)}: {row.problem[1]}")
    print(msg("cli.roster_counts", **plan.counts()))
    if args.dry_run:
        print(msg("cli.dry_run"))
        return 0
    written = roster.apply_roster(store, plan)
    roster.remember_mapping(store, headers, mapping)
    print(msg("cli.roster_done", n=written))
    return 0


def _conflicts(store: Store, args) -> int:
    from fieldapp.exchange import conflicts

    if args.action == "resolve":
        print(conflicts.resolve(store, args.uuid, args.choice))
        left = store.open_conflict_count()
        print(msg("cli.conflicts_left", n=left) if left else msg("cli.no_conflicts"))
        return OK
    waiting = conflicts.pending_conflicts(store)
    for conflict in waiting:
        print(format_conflict(conflict))
        print()
    print(msg("cli.conflicts_waiting", n=len(waiting)) if waiting else msg("cli.no_conflicts"))
    return OK


def format_conflict(conflict) -> str:
    """A waiting conflict as lines: which record, its id, both versions, why, where it
    came from, and each differing field (here → file)."""
    if conflict.local_rev is None:
        revs = msg("cli.conflict_deleted_here")
    elif conflict.deleted_there:
        revs = msg("cli.conflict_deleted_there", theirs=conflict.incoming_rev)
    else:
        revs = msg("cli.conflict_revs", mine=conflict.local_rev, theirs=conflict.incoming_rev)
    lines = [msg("cli.conflict_line", kind=conflict.kind_label, title=conflict.title),
             f"  {msg('cli.conflict_id', uuid=conflict.uuid)}  {revs}",
             "  " + labelled(msg("cli.reason"), conflict.reason)]
    if conflict.source:
        lines.append("  " + labelled(msg("cli.conflict_source"), conflict.source))
    lines.append("  " + labelled(msg("cli.conflict_fields"), "").rstrip())
    lines += [f"    {change.text()}" for change in conflict.changes] or \
        [f"    {msg('cli.conflict_no_fields')}"]
    return "\n".join(lines)


def _settings(store: Store, args) -> int:
    settings = store.settings()
    for name, text in args.set or []:
        settings = settings.with_value(name, text)
    if args.set:
        store.save_settings(settings)
    print(json.dumps(json.loads(settings.to_json()), ensure_ascii=False, indent=2))
    return 0


COMMANDS = {"demo": _demo, "check": _check, "info": _info, "households": _households,
            "requests": _requests, "settings": _settings, "export": _export,
            "import": _import, "conflicts": _conflicts, "import-roster": _import_roster,
            "reindex": _reindex, "notice": _notice,
            "notices": _notices, "cable": _cable,
            "garages": lambda store, args: cli_survey.garages(store, args, format_table),
            "nearest": lambda store, args: cli_survey.nearest(store, args, format_table),
            "measurements": lambda store, args: cli_survey.measurements(store, args,
                                                                        format_table),
            "templates": lambda store, args: cli_inspections.templates(store, args,
                                                                       format_table),
            "inspections": lambda store, args: cli_inspections.inspections(store, args,
                                                                           format_table),
            "hazards": lambda store, args: cli_inspections.hazards(store, args, format_table)}


def only_reads(args: argparse.Namespace) -> bool:
    """Whether the command leaves the database as it is (and so must not create one)."""
    if args.command in ("import", "import-roster"):
        return args.dry_run
    if args.command == "conflicts":
        return args.action == "list"
    if args.command == "settings":
        return not args.set
    if args.command == "notice":
        return args.action == "verify"
    if args.command in ("templates", "inspections", "hazards"):
        return cli_inspections.only_reads(args)
    # reindex writes, but only what an existing database derives from its records
    return args.command in ("info", "check", "households", "requests", "export", "reindex",
                            "cable", "garages", "nearest", "measurements")


def _existing_database(path: Path, command: str) -> None:
    """Refuse, with the path named, a database a read-only command would have to create."""
    if not path.exists():
        raise ValueError(msg("cli.no_database", path=path, command=command))
    if path.is_dir():
        raise ValueError(msg("cli.folder_database", path=path))
    if path.stat().st_size == 0:
        raise ValueError(msg("cli.empty_database", path=path, command=command))


def _early_language(argv: Sequence[str]) -> str:
    """--lang as given, before the parser (whose help is written in that language)."""
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return "zh"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; whatever goes wrong below is one line on stderr starting with
    `fieldapp-cli:` and an exit code (see the module docstring), never a traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_early_language(argv))
    args = _parser().parse_args(argv)
    set_language(args.lang)
    try:
        from fieldapp.paths import default_database_path

        if args.command == "cable" and not args.db:
            return _cable(None, args)  # the default settings: no database is opened
        path = Path(args.db) if args.db else default_database_path()
        if args.db and only_reads(args):
            command = " ".join(filter(None, (args.command, getattr(args, "action", None))))
            _existing_database(path, command)
        with Store.open(path, operator=args.operator) as store:
            return COMMANDS[args.command](store, args)
    except (StoreError, ValueError, OSError) as error:
        # refusals with a user-facing message (a validation problem, a file that cannot
        # be read or written, a database that cannot be used)
        print(f"fieldapp-cli: {error}", file=sys.stderr)
        return REFUSED
    except KeyboardInterrupt:
        print(f"fieldapp-cli: {msg('cli.interrupted')}", file=sys.stderr)
        return INTERRUPTED
    except Exception as error:  # noqa: BLE001 - a bug, said in one line, not a traceback
        print(f"fieldapp-cli: {msg('cli.internal', kind=type(error).__name__, detail=error)}",
              file=sys.stderr)
        return INTERNAL


if __name__ == "__main__":
    sys.exit(main())
