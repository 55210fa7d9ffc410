"""Exporting an exchange workbook from the window: everything or the changes since the
last export, to a file the user picks, in the background with progress and cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.exchange.export import ExportCancelled, ExportResult, default_name, last_export
from fieldapp.ui.exchange.describe import sheet_label
from fieldapp.ui.households.model import local_time
from fieldapp.ui.shared.file_dialogs import save_file
from fieldapp.ui.shared.session import Session
from fieldapp.ui.shared.tasks import Progress, run_task

translate = QCoreApplication.translate


def workbook_filter() -> str:
    return translate("ExchangeExport", "Excel 工作簿 (*.xlsx)")


class ExportDialog(QDialog):
    """Asks what to export: everything, or only what changed since the last export."""

    def __init__(self, last: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.last = last
        self.setWindowTitle(self.tr("导出交换文件"))
        intro = QLabel(self.tr("把本机的数据写成 Excel 交换文件，交给主管或另一台电脑导入。"),
                       self)
        intro.setWordWrap(True)
        self.full = QRadioButton(self.tr("全部数据(&A)"), self)
        self.changes = QRadioButton(self.tr("自上次导出以来的变更(&C)"), self)
        if last:
            note = self.tr("上次导出：%1").replace("%1", local_time(last))
        else:
            note = self.tr("本机还没有导出过，第一次请导出全部数据。")
        self.last_label = QLabel(note, self)
        self.last_label.setIndent(22)
        self.changes.setEnabled(bool(last))
        (self.changes if last else self.full).setChecked(True)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("选择文件并导出(&E)…"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.full)
        layout.addWidget(self.changes)
        layout.addWidget(self.last_label)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def since(self) -> str:
        """'' for everything, else the time of the last export."""
        return self.last if self.changes.isChecked() else ""


def export_summary(result: ExportResult) -> str:
    lines = [translate("ExchangeExport", "已导出到：\n%1").replace("%1", str(result.path)), ""]
    if result.since:
        lines.append(translate("ExchangeExport", "内容：%1 以来的变更")
                     .replace("%1", local_time(result.since)))
    else:
        lines.append(translate("ExchangeExport", "内容：全部数据"))
    for sheet, n in result.rows.items():
        lines.append(translate("ExchangeExport", "%1：%2 条").replace("%1", sheet_label(sheet))
                     .replace("%2", f"{n:,}"))
    return "\n".join(lines)


def export_from_window(parent: QWidget, session: Session) -> None:
    title = translate("ExchangeExport", "导出交换文件")
    dialog = ExportDialog(last_export(session.store), parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    since = dialog.since()
    dialog.deleteLater()
    if not accepted:
        return
    chosen = save_file(parent, title, default_name(session.store.device_id), workbook_filter())
    if not chosen:
        return
    target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
    db, operator = session.path, session.store.operator

    def job(progress: Progress) -> ExportResult:
        from fieldapp.exchange.export import export_workbook
        from fieldapp.store import Store

        with Store.open(db, operator=operator) as store:
            return export_workbook(store, target, since, progress=progress.report,
                                   cancelled=progress.cancelled)

    def done(result: ExportResult) -> None:
        QMessageBox.information(parent, title, export_summary(result))

    def failed(error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            return
        QMessageBox.warning(parent, title, translate("ExchangeExport", "导出失败：%1")
                            .replace("%1", str(error)))

    run_task(parent, translate("ExchangeExport", "正在导出…"), job, done, failed)
