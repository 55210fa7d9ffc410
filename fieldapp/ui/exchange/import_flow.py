"""Importing exchange workbooks from the window: pick files, check and plan them in the
background, show the preview, apply the user's choices in the background (after a
backup), and refresh every page."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fieldapp.exchange.importer import DEFER, MINE, THEIRS, ImportPlan, Outcome
from fieldapp.ui.exchange.describe import ConflictView, conflict_view
from fieldapp.ui.exchange.export import workbook_filter
from fieldapp.ui.exchange.preview import ImportPreviewDialog
from fieldapp.ui.shared.file_dialogs import open_files
from fieldapp.ui.shared.session import Session
from fieldapp.ui.shared.tasks import Progress, run_task

translate = QCoreApplication.translate


@dataclass
class Preview:
    plan: ImportPlan
    conflicts: list[ConflictView] = field(default_factory=list)


def make_preview(store, files: list[str], progress: Progress | None = None) -> Preview:
    """Plan the import and describe its conflicts (runs on the job's own connection)."""
    from fieldapp.exchange.conflicts import waiting_revs
    from fieldapp.exchange.importer import plan_import

    plan = plan_import(store, files, progress=progress.report if progress else None,
                       cancelled=progress.cancelled if progress else None)
    waiting = waiting_revs(store)
    conflicts = []
    for decision in plan.by_outcome(Outcome.CONFLICT):
        item = decision.incoming
        view = conflict_view(store, item.kind, item.uuid, item.values, decision.reason,
                             item.rev)
        view.pending = (item.uuid, item.rev) in waiting
        conflicts.append(view)
    return Preview(plan, conflicts)


def result_text(plan: ImportPlan, choices: dict[str, str], backup) -> str:
    counts = Counter(d.outcome for d in plan.decisions)
    taken = Counter(choices.get(d.incoming.uuid, DEFER) for d in plan.by_outcome(Outcome.CONFLICT))
    lines = [translate("ExchangeImport", "导入完成：新增 %1 条，更新 %2 条，删除 %3 条。")
             .replace("%1", f"{counts[Outcome.NEW]:,}").replace("%2", f"{counts[Outcome.UPDATE]:,}")
             .replace("%3", f"{counts[Outcome.DELETE]:,}")]
    if counts[Outcome.CONFLICT]:
        lines.append(translate("ExchangeImport",
                               "冲突：采用文件 %1 条，保留本机 %2 条，暂缓 %3 条。")
                     .replace("%1", str(taken[THEIRS])).replace("%2", str(taken[MINE]))
                     .replace("%3", str(taken[DEFER])))
    if taken[DEFER]:
        lines.append(translate("ExchangeImport", "暂缓的冲突可在“文件 → 待处理冲突”中处理。"))
    if counts[Outcome.REJECTED]:
        lines.append(translate("ExchangeImport", "有问题的 %1 行没有导入。")
                     .replace("%1", f"{counts[Outcome.REJECTED]:,}"))
    lines += ["", translate("ExchangeImport", "导入前的数据库已备份到：\n%1")
              .replace("%1", str(backup))]
    return "\n".join(lines)


def import_from_window(parent: QWidget, session: Session,
                       finished: Callable[[], None] | None = None) -> None:
    """The whole import; `finished` runs after data was written."""
    title = translate("ExchangeImport", "导入交换文件")
    files = open_files(parent, title, workbook_filter())
    if not files:
        return
    db, operator = session.path, session.store.operator

    def plan_job(progress: Progress) -> Preview:
        from fieldapp.store import Store

        with Store.open(db, operator=operator) as store:
            return make_preview(store, files, progress)

    def planned(preview: Preview) -> None:
        dialog = ImportPreviewDialog(preview.plan, preview.conflicts, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choices = dialog.choices()
        dialog.deleteLater()
        if accepted:
            apply(parent, session, preview.plan, choices, finished)

    def failed(error: BaseException) -> None:
        from fieldapp.exchange.importer import ImportCancelled

        if isinstance(error, ImportCancelled):
            return
        QMessageBox.warning(parent, title, translate("ExchangeImport", "无法读取文件：%1")
                            .replace("%1", str(error)))

    run_task(parent, translate("ExchangeImport", "正在检查文件…"), plan_job, planned, failed)


def apply(parent: QWidget, session: Session, plan: ImportPlan, choices: dict[str, str],
          finished: Callable[[], None] | None = None) -> None:
    title = translate("ExchangeImport", "导入交换文件")
    db, operator = session.path, session.store.operator

    def job(progress: Progress):
        from fieldapp.exchange.importer import apply_plan
        from fieldapp.store import Store

        with Store.open(db, operator=operator) as store:
            return apply_plan(store, plan, choices)

    def done(backup) -> None:
        session.data_replaced()
        if finished:
            finished()
        QMessageBox.information(parent, title, result_text(plan, choices, backup))

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, title, translate(
            "ExchangeImport", "导入失败，数据没有改动：%1").replace("%1", str(error)))

    run_task(parent, translate("ExchangeImport", "正在导入…"), job, done, failed,
             cancellable=False)
