"""The households page: search as you type, filters, the table, add/edit/delete/history."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.records import Tag
from fieldapp.store import StoreError
from fieldapp.store.households import SEARCH_LIMIT, HouseholdRow
from fieldapp.ui import household_model as columns
from fieldapp.ui.history_dialog import HistoryDialog
from fieldapp.ui.household_dialog import HouseholdDialog
from fieldapp.ui.household_model import HouseholdTableModel
from fieldapp.ui.session import Session

SEARCH_DELAY_MS = 150


class HouseholdsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("搜索姓名、地址、户号、手机号、小区…  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.community_filter = QComboBox(self)
        self.community_filter.setMinimumContentsLength(10)
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("全部标签"), None)
        for tag in Tag:
            self.tag_filter.addItem(tag.label, tag)
        self.add_button = QPushButton(self.tr("新增住户"), self)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.history_button = QPushButton(self.tr("变更记录"), self)
        self.add_button.setToolTip("Ctrl+N")
        self.delete_button.setToolTip("Delete")

        self.model = HouseholdTableModel(session.store.households, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSortIndicator(columns.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((columns.ACCOUNT_NO, 110), (columns.NAME, 80),
                              (columns.MOBILE, 110), (columns.ID_NUMBER, 170),
                              (columns.COMMUNITY, 110), (columns.ADDRESS, 340),
                              (columns.TAGS, 120), (columns.UPDATED_AT, 130)):
            self.table.setColumnWidth(column, width)
        self.status = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.community_filter, 1)
        top.addWidget(self.tag_filter)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.community_filter.currentIndexChanged.connect(self.apply_filters)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)
        self.add_button.clicked.connect(self.add_household)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.show_history)
        self.table.activated.connect(lambda _: self.edit_selected())
        self.model.modelReset.connect(self._update_status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_household)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        session.changed.connect(self._on_changed)

        self._reload_communities()
        self.apply_filters()

    # -- filters -----------------------------------------------------------------------
    def _reload_communities(self) -> None:
        current = self.community_filter.currentData()
        self.community_filter.blockSignals(True)
        self.community_filter.clear()
        self.community_filter.addItem(self.tr("全部小区"), "")
        for uuid, name in self._session.store.communities.names():
            self.community_filter.addItem(name, uuid)
        index = self.community_filter.findData(current) if current else 0
        self.community_filter.setCurrentIndex(max(index, 0))
        self.community_filter.blockSignals(False)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def apply_filters(self) -> None:
        query = replace(self.model.query, text=self.search_edit.text(),
                        community_uuid=self.community_filter.currentData() or "",
                        tag=self.tag_filter.currentData())
        self.model.set_query(query)

    def _update_status(self) -> None:
        n = self.model.rowCount()
        if self.model.capped():
            text = self.tr("匹配超过 %1 户，只显示前 %1 户，请输入更多内容缩小范围")
            self.status.setText(text.replace("%1", f"{SEARCH_LIMIT:,}"))
        elif self.search_edit.text().strip():
            self.status.setText(self.tr("找到 %1 户").replace("%1", f"{n:,}"))
        else:
            self.status.setText(self.tr("共 %1 户").replace("%1", f"{n:,}"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(has)

    def _on_changed(self, kind: str) -> None:
        if kind == "community":
            self._reload_communities()
        self.model.refresh()

    # -- actions -----------------------------------------------------------------------
    def selected(self) -> HouseholdRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.household_row(rows[0].row())

    def select_uuid(self, household_uuid: str) -> None:
        row = self.model.row_of(household_uuid)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def add_household(self) -> None:
        dialog = HouseholdDialog(self._session, parent=self,
                                 community_uuid=self.community_filter.currentData() or "")
        if dialog.exec() and dialog.saved:
            self.select_uuid(dialog.saved.uuid)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        household = self._session.store.households.get(row.uuid)
        if household is None:
            self.model.refresh()
            return
        dialog = HouseholdDialog(self._session, household, parent=self)
        if dialog.exec() and dialog.saved:
            self.select_uuid(dialog.saved.uuid)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除住户"),
            self.tr("确定删除住户 %1（户号 %2）吗？删除会记入变更记录，并随数据交换同步。")
            .replace("%1", row.name).replace("%2", row.account_no),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._session.delete_household(row.uuid, row.rev)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("删除住户"), str(error))
            self.model.refresh()

    def show_history(self) -> None:
        row = self.selected()
        if row is None:
            return
        store = self._session.store
        names = dict(store.communities.names())
        HistoryDialog(f"{row.name}（{row.account_no}）", store.audit.history(row.uuid),
                      names, self).exec()
