"""The conflict and rejection report: a workbook a supervisor can send back to the area
manager. Its first sheet states the counts (files, changes, rejected rows, conflicts and
how many of them are deferred: the numbers `fieldapp-cli import` prints); then every
rejected row with its place and reason, and every conflict with both versions'
revisions and what identifies the record to a person."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.exchange.conflicts import kind_label
from fieldapp.exchange.importer import DEFER, ImportPlan, Outcome, describe

MESSAGES.update({
    "report.rejected": ("拒绝的行", "Rejected rows"),
    "report.conflicts": ("冲突", "Conflicts"),
    "report.file": ("文件", "File"), "report.sheet": ("工作表", "Sheet"),
    "report.row": ("行号", "Row"), "report.column": ("列", "Column"),
    "report.reason": ("原因", "Reason"), "report.record": ("记录", "Record"),
    "report.uuid": ("记录编号", "Record id"), "report.kind": ("类型", "Kind"),
    "report.local_rev": ("本机版本", "Version here"),
    "report.incoming_rev": ("文件版本", "Version in file"),
    "report.summary": ("摘要", "Summary"),
    "report.count.files": ("文件", "Files"),
    "report.count.refused": ("整个文件无法导入的问题", "Problems refusing a whole file"),
    "report.count.changes": ("变更（新增、更新、删除）", "Changes (new, updated, deleted)"),
    "report.count.rejected": ("拒绝的行", "Rejected rows"),
    "report.count.conflicts": ("冲突", "Conflicts"),
    "report.count.deferred": ("其中暂缓（记入待处理冲突）", "of which deferred (kept waiting)"),
    "report.counts": ("{files} 个文件：变更 {changes} 条，拒绝 {rejected} 行，冲突 {conflicts} 条"
                      "（其中暂缓 {deferred} 条）", "{files} files: {changes} changes, "
                      "{rejected} rows rejected, {conflicts} conflicts ({deferred} deferred)"),
    "report.counts_refused": ("{files} 个文件：{refused} 个问题使文件无法导入，没有导入任何数据",
                              "{files} files: {refused} problems refuse the import; nothing "
                              "is imported"),
    "report.cannot_write": ("无法写入报告 {path}：{detail}", "Cannot write the report {path}: "
                            "{detail}"),
})


@dataclass(frozen=True)
class ImportCounts:
    """What an import plan amounts to, given the choices for its conflicts."""

    files: int
    refused: int      # problems that refuse a whole file (then nothing is imported)
    changes: int      # records new, updated or deleted
    rejected: int     # rows not imported
    conflicts: int
    deferred: int     # conflicts left for later (kept under 待处理冲突)

    def rows(self) -> list[tuple[str, int]]:
        """(label, number) in the order the report and the CLI state them."""
        return [(msg(f"report.count.{key}"), getattr(self, key))
                for key in ("files", "refused", "changes", "rejected", "conflicts",
                            "deferred")]

    def sentence(self) -> str:
        if self.refused:
            return msg("report.counts_refused", files=self.files, refused=self.refused)
        return msg("report.counts", files=self.files, changes=self.changes,
                   rejected=self.rejected, conflicts=self.conflicts, deferred=self.deferred)


def import_counts(plan: ImportPlan, choices: Mapping[str, str] | None = None) -> ImportCounts:
    """The counts of `plan` when its conflicts follow `choices` (uuid → mine / theirs /
    defer; deferred when absent, as apply_plan does)."""
    choices = choices or {}
    conflicts = plan.by_outcome(Outcome.CONFLICT)
    return ImportCounts(
        files=len(plan.files), refused=len(plan.refused), changes=plan.changes,
        rejected=len(plan.by_outcome(Outcome.REJECTED)), conflicts=len(conflicts),
        deferred=sum(1 for d in conflicts if choices.get(d.incoming.uuid, DEFER) == DEFER))

def write_report(plan: ImportPlan, path: str | Path,
                 choices: Mapping[str, str] | None = None) -> Path:
    """The report of `plan` (its conflicts following `choices`) at `path`; OSError with
    a message naming the file when it cannot be written."""
    import xlsxwriter
    import xlsxwriter.exceptions

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

    summary = workbook.add_worksheet(msg("report.summary"))
    summary.set_column(0, 0, 34)
    summary.set_column(1, 1, 10)
    for number, (label, count) in enumerate(import_counts(plan, choices).rows()):
        summary.write_string(number, 0, label, header)
        summary.write_number(number, 1, count)
    rejected = [[d.incoming.file, d.incoming.sheet, d.incoming.row, d.column,
                 describe(d.incoming.values), d.reason, d.incoming.values.get("uuid", "")]
                for d in plan.by_outcome(Outcome.REJECTED)]
    rejected += [[problem, "", "", "", "", "", ""] for problem in plan.refused]
    sheet(msg("report.rejected"),
          [msg(k) for k in ("report.file", "report.sheet", "report.row", "report.column",
                            "report.record", "report.reason", "report.uuid")],
          [22, 18, 6, 12, 28, 60, 38], rejected)
    conflicts = [[kind_label(d.incoming.kind), describe(d.incoming.values), d.reason,
                  d.local_rev or "", d.incoming.rev, d.incoming.file, d.incoming.sheet,
                  d.incoming.row, d.incoming.uuid]
                 for d in plan.by_outcome(Outcome.CONFLICT)]
    sheet(msg("report.conflicts"),
          [msg(k) for k in ("report.kind", "report.record", "report.reason",
                            "report.local_rev", "report.incoming_rev", "report.file",
                            "report.sheet", "report.row", "report.uuid")],
          [16, 28, 48, 8, 8, 22, 18, 6, 38], conflicts)
    try:
        workbook.close()
    except (OSError, xlsxwriter.exceptions.FileCreateError) as error:
        raise OSError(msg("report.cannot_write", path=path, detail=error)) from None
    return path
