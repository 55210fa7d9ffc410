"""A read-only table for the exchange dialogs: whole rows selected, Ctrl+C copies the
selected rows (or all of them) as tab-separated text that pastes into a spreadsheet."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class ReadOnlyTable(QTableWidget):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None,
                 wrap: bool = False, stretch: int | None = None):
        """`wrap`: long texts wrap and rows grow to fit; `stretch`: the column that takes
        the spare width (the last one when None)."""
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setMinimumSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if wrap:
            self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def add_row(self, cells: Sequence[object], numeric: Sequence[int] = (),
                bold: bool = False) -> int:
        """Append a row of texts; columns in `numeric` are right-aligned."""
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate(cells):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text())
            if column in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.setItem(row, column, item)
        return row

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""

    def as_text(self, rows: Sequence[int] | None = None) -> str:
        """The header and the given rows (all when None), tab-separated."""
        rows = range(self.rowCount()) if rows is None else rows
        headers = [self.horizontalHeaderItem(c).text() for c in range(self.columnCount())]
        lines = ["\t".join(headers)]
        lines += ["\t".join(self.text(r, c) for c in range(self.columnCount())) for r in rows]
        return "\n".join(lines)

    def copy(self) -> None:
        """The selected rows (all when none is selected) to the clipboard."""
        rows = sorted({index.row() for index in self.selectedIndexes()})
        QGuiApplication.clipboard().setText(self.as_text(rows or None))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.wordWrap():  # after the stretched column took its new width
            QTimer.singleShot(0, self, self.resizeRowsToContents)

    def fit_columns(self, widths: dict[int, int] | None = None, limit: int = 420) -> None:
        """Columns wide enough for their contents, within `limit`; fixed `widths` win."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                self.setColumnWidth(column, min(self.columnWidth(column) + 12, limit))
        for column, width in (widths or {}).items():
            self.setColumnWidth(column, width)
        if self.wordWrap():
            self.resizeRowsToContents()
