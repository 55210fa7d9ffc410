"""The table every tab of the inspections page shows its rows in: whole rows selected,
read only, Enter or a double click opens the row."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fieldapp.ui.shared.column_fit import elide_long_text


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
