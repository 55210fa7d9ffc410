"""What every record list page shares: a search box, a table over a model, the
add / edit / delete / history buttons beside a status line, and their keys (Enter or a
double click edits, Delete deletes, typing searches after a short pause). The columns
fit what they show once the page is first seen with rows (column_fit.py); filter combo
boxes are as wide as their longest item."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui.shared.column_fit import elide_long_text, fit_columns

SEARCH_DELAY_MS = 150


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something that cannot be undone from the window; No is the default."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def fit_combo(combo: QComboBox) -> None:
    """As wide as its longest item, now and after a refill, and never squeezed below
    that by the layout (the search box gives way instead)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)


class RecordListPage(QWidget):
    """Subclasses build their model, call `_build`, and implement the actions.
    `LONG_COLUMNS`: the free-text columns that give width when the table is too narrow
    (elided in the middle, whole in the tooltip)."""

    LONG_COLUMNS: tuple[int, ...] = ()

    def _build(self, model: QAbstractItemModel, placeholder: str, add_text: str,
               widths: dict[int, int], filters: QLayout | None = None) -> None:
        self.model = model
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        elide_long_text(self.table)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

        self.add_button = QPushButton(add_text, self)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.history_button = QPushButton(self.tr("变更记录"), self)
        self.delete_button.setToolTip("Delete")
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        if filters is not None:
            for n in range(filters.count()):
                widget = filters.itemAt(n).widget()
                if isinstance(widget, QComboBox):
                    fit_combo(widget)
            top.addLayout(filters, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.show_history)
        self.table.activated.connect(lambda _: self.edit_selected())  # Enter, double click
        model.modelReset.connect(self._update_status)
        self._columns_fitted = False
        model.modelReset.connect(self._fit_columns_soon)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_columns_soon()

    def _fit_columns_soon(self) -> None:
        """Once the page is laid out and shows rows, fit the columns (only the first
        time: after that the widths are the user's)."""
        if not self._columns_fitted:
            QTimer.singleShot(0, self, lambda: self._columns_fitted or self.fit_columns())

    def fit_columns(self) -> bool:
        """Size the columns to the header and the rows in view (column_fit.py); True
        when done (the page is shown and has rows)."""
        if not self.isVisible() or not self.model.rowCount():
            return False
        fit_columns(self.table, self.LONG_COLUMNS)
        self._columns_fitted = True
        return True

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _add_find_shortcut(self) -> None:
        """Ctrl+F anywhere on the page goes to the search box."""
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

    def _fill_community_filter(self, combo: QComboBox, communities: list[tuple[str, str]]
                               ) -> None:
        """(Re)fill a community filter with (uuid, name) pairs, keeping the choice and
        without firing its change signal."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部小区"), "")
        for uuid, name in communities:
            combo.addItem(name, uuid)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def select_row(self, row: int) -> None:
        """Select and show a row of the model (nothing when row < 0)."""
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _search_now(self) -> None:
        """Enter in the search box: search at once and move to the first match."""
        self.search_timer.stop()
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _update_status(self) -> None:
        self.status.setText(self.status_text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(has)

    # -- for subclasses ----------------------------------------------------------------
    def apply_filters(self) -> None:
        raise NotImplementedError

    def status_text(self) -> str:
        raise NotImplementedError

    def selected(self):
        raise NotImplementedError

    def add_record(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    def show_history(self) -> None:
        raise NotImplementedError
