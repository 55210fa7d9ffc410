"""The table every tab of the inspections page shows its rows in: whole rows selected,
read only, Enter or a double click opens the row."""
from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fieldapp.ui.shared.column_fit import elide_long_text, fit_columns


def record_table(model: QAbstractItemModel, widths: dict[int, int],
                 parent: QWidget | None = None) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    elide_long_text(table)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in widths.items():
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
    return table


class ColumnFitter(QObject):
    """Fits the table's columns to what they show the first time it is seen with rows
    (after that the widths are the user's); `long_columns` give way when room is short."""

    def __init__(self, table: QTableView, long_columns: Collection[int]):
        super().__init__(table)
        self._table = table
        self._long = tuple(long_columns)
        self.done = False
        table.model().modelReset.connect(self.soon)

    def soon(self) -> None:
        if not self.done:
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        table = self._table
        if self.done or not table.isVisible() or not table.model().rowCount():
            return
        fit_columns(table, self._long)
        self.done = True


def selected_row(table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def select_row(table: QTableView, row: int) -> None:
    if row < 0:
        return
    index = table.model().index(row, 0)
    table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    table.setCurrentIndex(index)
    table.scrollTo(index)
