"""Importing a household roster from another system, from the window: pick the workbook,
read its headers in the background, let the user map the columns, check every row in the
background, show what would happen, import the good rows in the background (after a
backup), remember the mapping, and refresh every page.

A file that cannot be read ends with the reader's message and no change."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fieldapp.domain.messages import listed
from fieldapp.exchange.roster import RosterPlan
from fieldapp.ui.exchange.export import workbook_filter
from fieldapp.ui.roster.mapping import RosterMappingDialog, RosterSample, read_sample
from fieldapp.ui.roster.preview import BACK, RosterPreviewDialog
from fieldapp.ui.shared.file_dialogs import open_file
from fieldapp.ui.shared.session import Session
from fieldapp.ui.shared.tasks import Progress, run_task

translate = QCoreApplication.translate


def title() -> str:
    return translate("RosterImport", "导入住户花名册")


def import_roster_from_window(parent: QWidget, session: Session) -> None:
    path = open_file(parent, title(), workbook_filter())
    if not path:
        return

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, title(), translate("RosterImport", "无法读取花名册：%1")
                            .replace("%1", str(error)))

    run_task(parent, translate("RosterImport", "正在读取花名册…"),
             lambda progress: read_sample(path),
             lambda sample: ask_mapping(parent, session, sample), failed, cancellable=False)


def ask_mapping(parent: QWidget, session: Session, sample: RosterSample,
                mapping: dict[str, str] | None = None) -> None:
    """The mapping dialog (preset with `mapping`, else the remembered or guessed one)."""
    dialog = RosterMappingDialog(session.store, sample, mapping, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    sample, chosen = dialog.sample, dialog.mapping()
    dialog.deleteLater()
    if accepted:
        check(parent, session, sample, chosen)


def check(parent: QWidget, session: Session, sample: RosterSample,
          mapping: dict[str, str]) -> None:
    db, operator = session.path, session.store.operator

    def job(progress: Progress) -> RosterPlan:
        from fieldapp.exchange.roster import plan_roster
        from fieldapp.store import Store

        with Store.open(db, operator=operator) as store:
            return plan_roster(store, sample.path, mapping, sample.sheet)

    def planned(plan: RosterPlan) -> None:
        dialog = RosterPreviewDialog(plan, parent)
        answer = dialog.exec()
        dialog.deleteLater()
        if answer == BACK:
            ask_mapping(parent, session, sample, plan.mapping)
        elif answer == QDialog.DialogCode.Accepted:
            apply(parent, session, plan)

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, title(), translate("RosterImport", "无法检查花名册：%1")
                            .replace("%1", str(error)))

    run_task(parent, translate("RosterImport", "正在逐行检查花名册…"), job, planned, failed,
             cancellable=False)


def result_text(plan: RosterPlan, written: int, folder: Path) -> str:
    counts = plan.counts()
    lines = [translate("RosterImport", "已导入 %1 行：新增住户 %2 户，更新 %3 户。")
             .replace("%1", f"{written:,}").replace("%2", f"{counts['new']:,}")
             .replace("%3", f"{counts['update']:,}")]
    if plan.new_communities:
        lines.append(translate("RosterImport", "新建小区 %1 个：%2")
                     .replace("%1", str(len(plan.new_communities)))
                     .replace("%2", listed(plan.new_communities)))
    if counts["unchanged"]:
        lines.append(translate("RosterImport", "与本机相同的 %1 户没有改动。")
                     .replace("%1", f"{counts['unchanged']:,}"))
    if counts["rejected"]:
        lines.append(translate("RosterImport", "有问题的 %1 行没有导入。")
                     .replace("%1", f"{counts['rejected']:,}"))
    lines += ["", translate("RosterImport", "导入前的数据库已备份在数据库所在的文件夹：\n%1")
              .replace("%1", str(folder))]
    return "\n".join(lines)


def apply(parent: QWidget, session: Session, plan: RosterPlan) -> None:
    db, operator = session.path, session.store.operator

    def job(progress: Progress) -> int:
        from fieldapp.exchange.roster import apply_roster, remember_mapping
        from fieldapp.store import Store

        with Store.open(db, operator=operator) as store:
            written = apply_roster(store, plan)
            remember_mapping(store, plan.headers, plan.mapping)
            return written

    def done(written: int) -> None:
        session.data_replaced()
        QMessageBox.information(parent, title(),
                                result_text(plan, written, Path(session.path).parent))

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, title(), translate(
            "RosterImport", "导入失败，数据没有改动：%1").replace("%1", str(error)))

    run_task(parent, translate("RosterImport", "正在导入…"), job, done, failed,
             cancellable=False)
