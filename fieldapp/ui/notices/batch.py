"""批量打印…: many notices in one PDF, from the requests page.

The dialog offers every notice due today (today's receipts, the advance notices of
tomorrow's inspections, the rectification notices of today's failed ones) or the
selected requests' receipts (those that cannot have one are named as skipped). The batch runs as a
background task with progress and cancel (nothing is kept when cancelled), and the one
PDF opens in the notice preview, to print or save.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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

from fieldapp.ui.notices.preview import NoticePreview
from fieldapp.ui.shared.session import Session
from fieldapp.ui.shared.tasks import Progress, run_task

if TYPE_CHECKING:  # (the notices' modules bring reportlab: not loaded at start-up)
    from fieldapp.notices.batch import Batch

RECEIPT = "receipt"

translate = QCoreApplication.translate


class BatchDialog(QDialog):
    """Which notices to print together: those due today or the selected requests'
    receipts. `due_kinds` counts today's by notice kind (receipt, advance,
    rectification)."""

    def __init__(self, due: int, selected: int, skipped: int,
                 parent: QWidget | None = None, due_kinds: dict[str, int] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量打印"))
        names = {"receipt": self.tr("受理回执 %1 份"),
                 "advance": self.tr("检查告知书 %1 份"),
                 "rectification": self.tr("整改通知书 %1 份")}
        parts = [names[kind].replace("%1", str(n)) for kind, n in (due_kinds or {}).items()
                 if n and kind in names]
        self.today_option = QRadioButton(
            (self.tr("今天到期的通知书 %1 份（%2）").replace("%2", self.tr("，").join(parts))
             if parts else self.tr("今天到期的通知书 %1 份")).replace("%1", str(due)),
            self)
        self.today_option.setEnabled(due > 0)
        text = self.tr("选中的报装（%1 份回执）").replace("%1", str(selected))
        if skipped:
            text += self.tr("，%1 条不能出具回执，略过").replace("%1", str(skipped))
        self.selected_option = QRadioButton(text, self)
        self.selected_option.setEnabled(selected > 0)
        (self.selected_option if selected > 1 or not due else self.today_option).setChecked(
            True)
        note = QLabel(self.tr("每份通知书从新的一页开始，合成一个 PDF；"
                              "已出具的按原样补打。"), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打印预览"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            due > 0 or selected > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("把下列通知书合成一个 PDF 打印："), self))
        layout.addWidget(self.today_option)
        layout.addWidget(self.selected_option)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        # wide enough for the options on one line: the note wraps to the dialog's width
        self.setMinimumWidth(max(self.selected_option.sizeHint().width(),
                                 self.today_option.sizeHint().width()) + 40)

    def wants_today(self) -> bool:
        return self.today_option.isChecked()


class BatchPreview(NoticePreview):
    """The notice preview over a batch, its status line naming what is in it."""

    def __init__(self, batch: Batch, parent: QWidget | None = None):
        from fieldapp.notices.issue import Issued

        super().__init__(Issued(batch.notice, batch.pdf, False),
                         self.tr("批量打印 — %1").replace("%1", batch.notice.number), parent)
        self.batch = batch
        reprints = sum(item.reprint for item in batch.issued)
        self.status_label.setText(
            self.tr("批次 %1：%2 份通知书（新出具 %3，补打 %4），共 %5 页")
            .replace("%1", batch.notice.number).replace("%2", str(len(batch.issued)))
            .replace("%3", str(len(batch.issued) - reprints)).replace("%4", str(reprints))
            .replace("%5", str(self.document.pageCount())))


def print_batch(parent: QWidget, session: Session, selected_uuids: list[str],
                shown: Callable[[NoticePreview], None]) -> None:
    """Ask what to print, issue the batch in the background, then show it: `shown`
    receives the preview (the page keeps it)."""
    title = translate("NoticeBatch", "批量打印")
    chosen = [u for u in selected_uuids if not session.notice_problem(RECEIPT, u)]
    due = session.notices_due_today()
    kinds = {kind: sum(1 for k, _ in due if k == kind)
             for kind in ("receipt", "advance", "rectification")}
    dialog = BatchDialog(len(due), len(chosen), len(selected_uuids) - len(chosen), parent,
                         kinds)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    items = due if dialog.wants_today() else [(RECEIPT, u) for u in chosen]
    dialog.deleteLater()
    if not accepted or not items:
        return
    db, operator = session.path, session.store.operator

    def job(progress: Progress) -> Batch:
        from fieldapp.notices.batch import issue_batch
        from fieldapp.store import Store

        with Store.open(db, operator=operator) as store:
            return issue_batch(store, items, progress=progress.report,
                               cancelled=progress.cancelled)

    def done(batch: Batch) -> None:
        preview = BatchPreview(batch, parent)
        shown(preview)
        preview.open()  # window-modal, returns at once

    def failed(error: BaseException) -> None:
        from fieldapp.notices.batch import BatchCancelled

        if isinstance(error, BatchCancelled):
            return
        QMessageBox.warning(parent, title, translate("NoticeBatch", "批量打印失败：%1").replace(
            "%1", str(error)))

    run_task(parent, translate("NoticeBatch", "正在生成通知书…"), job, done, failed)
