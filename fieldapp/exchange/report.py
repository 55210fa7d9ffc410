"""The conflict and rejection report: a workbook a supervisor can send back to the area
manager, listing every rejected row with its place and reason, and every conflict with
both versions' revisions and what identifies the record to a person."""
from __future__ import annotations

from pathlib import Path

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.exchange.importer import ImportPlan, Outcome

MESSAGES.update({
    "report.rejected": ("拒绝的行", "Rejected rows"),
    "report.conflicts": ("冲突", "Conflicts"),
    "report.file": ("文件", "File"), "report.sheet": ("工作表", "Sheet"),
    "report.row": ("行号", "Row"), "report.column": ("列", "Column"),
    "report.reason": ("原因", "Reason"), "report.record": ("记录", "Record"),
    "report.uuid": ("记录编号", "Record id"), "report.kind": ("类型", "Kind"),
    "report.local_rev": ("本机版本", "Version here"),
    "report.incoming_rev": ("文件版本", "Version in file"),
})

# What tells a person which record a row is, per kind (first non-empty wins).
_IDENTIFYING = ("request_no", "account_no", "name", "kind")


def describe(values: dict) -> str:
    """A person's handle on a record: its number, account, name…"""
    parts = [str(values[key]) for key in _IDENTIFYING if values.get(key)]
    return " · ".join(parts[:2])


def write_report(plan: ImportPlan, path: str | Path) -> Path:
    import xlsxwriter

    path = Path(path)
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                               "strings_to_formulas": False,
                                               "strings_to_urls": False})
    header = workbook.add_format({"bold": True, "bg_color": "#E8EEF4"})
    text = workbook.add_format({"num_format": "@", "text_wrap": False})

    def sheet(name: str, headers: list[str], widths: list[int], rows: list[list]) -> None:
        ws = workbook.add_worksheet(name)
        for index, (title, width) in enumerate(zip(headers, widths)):
            ws.set_column(index, index, width, text)
            ws.write_string(0, index, title, header)
        for number, row in enumerate(rows, start=1):
            for index, value in enumerate(row):
                if isinstance(value, int):
                    ws.write_number(number, index, value)
                else:
                    ws.write_string(number, index, str(value or ""), text)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)

    rejected = [[d.incoming.file, d.incoming.sheet, d.incoming.row, d.column,
                 describe(d.incoming.values), d.reason, d.incoming.values.get("uuid", "")]
                for d in plan.by_outcome(Outcome.REJECTED)]
    rejected += [[problem, "", "", "", "", "", ""] for problem in plan.refused]
    sheet(msg("report.rejected"),
          [msg(k) for k in ("report.file", "report.sheet", "report.row", "report.column",
                            "report.record", "report.reason", "report.uuid")],
          [22, 18, 6, 12, 28, 60, 38], rejected)
    conflicts = [[d.incoming.kind, describe(d.incoming.values), d.reason,
                  d.local_rev or "", d.incoming.rev, d.incoming.file, d.incoming.sheet,
                  d.incoming.row, d.incoming.uuid]
                 for d in plan.by_outcome(Outcome.CONFLICT)]
    sheet(msg("report.conflicts"),
          [msg(k) for k in ("report.kind", "report.record", "report.reason",
                            "report.local_rev", "report.incoming_rev", "report.file",
                            "report.sheet", "report.row", "report.uuid")],
          [16, 28, 48, 8, 8, 22, 18, 6, 38], conflicts)
    workbook.close()
    return path
