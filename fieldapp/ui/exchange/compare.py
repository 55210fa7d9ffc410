"""A conflict's two sides, field by field: only what differs, here against the file. A
value the file would blank is marked, so taking the file's version never wipes it
unseen."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from fieldapp.ui.exchange.describe import ConflictView
from fieldapp.ui.exchange.table import ReadOnlyTable


class DifferencePane(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("差异"), parent)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.table = ReadOnlyTable([self.tr("字段"), self.tr("本机"), self.tr("文件")], self)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.show_conflict(None)

    def show_conflict(self, view: ConflictView | None) -> None:
        self.table.setRowCount(0)
        if view is None:
            self.caption.setText(self.tr("选中一条冲突查看两边的差异。"))
            return
        here = self.tr("本机已删除") if view.local_rev is None else \
            self.tr("本机第 %1 版").replace("%1", str(view.local_rev))
        there = self.tr("文件中已删除（第 %1 版）") if view.deleted_there else \
            self.tr("文件第 %1 版")
        there = there.replace("%1", str(view.incoming_rev))
        self.caption.setText(self.tr("%1 · %2：%3，%4").replace("%1", view.kind_label)
                             .replace("%2", view.title).replace("%3", here)
                             .replace("%4", there))
        for change in view.changes:
            row = self.table.add_row([change.label, change.mine, change.theirs])
            if change.blanked:
                cell = self.table.item(row, 2)
                cell.setForeground(QBrush(QColor("#B00020")))
                cell.setToolTip(self.tr("文件中这一项是空的：采用文件会清空本机的“%1”")
                                .replace("%1", change.mine))
        if not view.changes:
            self.table.add_row([self.tr("（没有可显示的差异）"), "", ""])
