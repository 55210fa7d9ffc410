"""The households page: search as you type, filters, the table, add/edit/delete/history."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMessageBox, QWidget

from fieldapp.domain.messages import listed
from fieldapp.domain.records import Tag
from fieldapp.store import StoreError
from fieldapp.store.households import SEARCH_LIMIT, HouseholdRow
from fieldapp.ui.households import model as columns
from fieldapp.ui.households.dialog import HouseholdDialog
from fieldapp.ui.households.model import HouseholdTableModel
from fieldapp.ui.households.requests_panel import HouseholdRequestsPanel
from fieldapp.ui.inspections.household_panel import HouseholdHazardsPanel
from fieldapp.ui.shared.history_dialog import HistoryDialog
from fieldapp.ui.shared.record_list import RecordListPage, confirm
from fieldapp.ui.shared.session import REQUEST, Session

WIDTHS = {columns.ACCOUNT_NO: 110, columns.NAME: 80, columns.MOBILE: 110,
          columns.ID_NUMBER: 170, columns.COMMUNITY: 110, columns.ADDRESS: 340,
          columns.TAGS: 120, columns.UPDATED_AT: 130}


class HouseholdsPage(RecordListPage):
    LONG_COLUMNS = (columns.COMMUNITY, columns.ADDRESS, columns.TAGS)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.community_filter = QComboBox(self)
        self.community_filter.setMinimumContentsLength(10)
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("全部标签"), None)
        for tag in Tag:
            self.tag_filter.addItem(tag.label, tag)
        filters = QHBoxLayout()
        filters.addWidget(self.community_filter, 1)
        filters.addWidget(self.tag_filter)
        self.requests_panel = HouseholdRequestsPanel(session, self)
        self.hazards_panel = HouseholdHazardsPanel(session, self)
        self._build(HouseholdTableModel(session.store.households, self),
                    self.tr("搜索姓名或拼音（zt、zhangting）、地址、户号、手机号、小区…  (Ctrl+F)"),
                    self.tr("新增住户"), WIDTHS, filters)
        self.layout().insertWidget(2, self.requests_panel)  # under the table
        self.layout().insertWidget(3, self.hazards_panel)
        self.add_button.setToolTip("Ctrl+N")
        # the indicator first: enabling sorting sorts by it, which is the model's own
        # order (by name), so the list is read once, by apply_filters below
        self.table.horizontalHeader().setSortIndicator(columns.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.community_filter.currentIndexChanged.connect(self.apply_filters)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)
        self._add_find_shortcut()
        QShortcut(QKeySequence.StandardKey.New, self, self.add_record)
        session.changed.connect(self._on_changed)

        self._reload_communities()
        self.apply_filters()

    # -- filters -----------------------------------------------------------------------
    def _reload_communities(self) -> None:
        self._fill_community_filter(self.community_filter,
                                    self._session.store.communities.names())

    def apply_filters(self) -> None:
        query = replace(self.model.query, text=self.search_edit.text(),
                        community_uuid=self.community_filter.currentData() or "",
                        tag=self.tag_filter.currentData())
        self.model.set_query(query)

    def status_text(self) -> str:
        n = self.model.rowCount()
        if not self.search_edit.text().strip():
            return self.tr("共 %1 户").replace("%1", f"{n:,}")
        if self.model.capped():
            text = self.tr("匹配超过 %1 户，只显示前 %1 户，请输入更多内容缩小范围")
            found = text.replace("%1", f"{SEARCH_LIMIT:,}")
        else:
            found = self.tr("找到 %1 户").replace("%1", f"{n:,}")
        hidden = self.model.hidden_match_names()
        if hidden:  # e.g. digits of a masked mobile: say why those rows are here
            found += " · " + self.tr("匹配：%1").replace("%1", listed(hidden))
        return found

    def _on_changed(self, kind: str) -> None:
        if kind == REQUEST:
            self.requests_panel.refresh()
            return
        if kind == "inspection":  # inspections change hazards, not the list
            self.hazards_panel.refresh()
            return
        if kind == "community":
            self._reload_communities()
        self.model.refresh()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        selected = self.selected()
        self.requests_panel.set_household(selected)
        self.hazards_panel.set_household(selected.uuid if selected else "",
                                         selected.name if selected else "")

    # -- actions -----------------------------------------------------------------------
    def selected(self) -> HouseholdRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.household_row(rows[0].row())

    def select_uuid(self, household_uuid: str) -> None:
        self.select_row(self.model.row_of(household_uuid))

    def add_record(self) -> None:
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
        question = self.tr("确定删除住户 %1（户号 %2）吗？删除会记入变更记录，并随数据交换同步。")
        if not confirm(self, self.tr("删除住户"),
                       question.replace("%1", row.name).replace("%2", row.account_no)):
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
