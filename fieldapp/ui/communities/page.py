"""The communities page: a short list with search, add/edit/delete and history."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldapp.store import StoreError
from fieldapp.store.communities import CommunityRow
from fieldapp.ui.communities.dialog import CommunityDialog
from fieldapp.ui.shared.history_dialog import HistoryDialog
from fieldapp.ui.shared.record_list import RecordListPage, confirm
from fieldapp.ui.shared.session import Session
from fieldapp.ui.shared.table_model import HeaderedTableModel

(NAME, DISTRICT, STREET, STATION_AREA, PROPERTY, PERMIT, VALID_UNTIL, HOUSEHOLDS) = range(8)
EXPIRED_COLOR = QColor("#b3261e")
WIDTHS = {NAME: 130, DISTRICT: 80, STREET: 110, STATION_AREA: 110, PROPERTY: 220,
          PERMIT: 140, VALID_UNTIL: 150}


class CommunityTableModel(HeaderedTableModel):
    def __init__(self, communities, parent=None):
        super().__init__(parent)
        self._communities = communities
        self._rows: list[CommunityRow] = []
        self._text = ""
        self._headers = [self.tr("小区"), self.tr("区县"), self.tr("街道/路"), self.tr("台区"),
                         self.tr("物业公司"), self.tr("批量施工证明"), self.tr("有效期至"),
                         self.tr("住户数")]

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        self._text = text
        self._rows = self._communities.listing(text)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_text(self._text)

    def community_row(self, row: int) -> CommunityRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_total(self) -> int:
        return len(self._rows)

    def _expired(self, row: CommunityRow) -> bool:
        until = row.community.permit_valid_until
        return bool(until) and until < dt.date.today().isoformat()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.community_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == VALID_UNTIL:
            return QBrush(EXPIRED_COLOR) if self._expired(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HOUSEHOLDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = row.community
        if column == VALID_UNTIL:
            if self._expired(row):
                return self.tr("%1（已过期）").replace("%1", c.permit_valid_until)
            return c.permit_valid_until
        return {NAME: c.name, DISTRICT: c.district, STREET: c.street,
                STATION_AREA: c.station_area, PROPERTY: c.property_company,
                PERMIT: c.permit_no, HOUSEHOLDS: f"{row.households:,}"}.get(column)


class CommunitiesPage(RecordListPage):
    LONG_COLUMNS = (NAME, STREET, STATION_AREA, PROPERTY)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._build(CommunityTableModel(session.store.communities, self),
                    self.tr("搜索小区名称或拼音首字母、街道、区县、台区…"), self.tr("新增小区"),
                    WIDTHS)
        session.changed.connect(lambda kind: self.model.refresh())
        self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_text(self.search_edit.text())

    def status_text(self) -> str:
        return self.tr("共 %1 个小区").replace("%1", str(self.model.rowCount()))

    def selected(self) -> CommunityRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.community_row(rows[0].row()) if rows else None

    def add_record(self) -> None:
        CommunityDialog(self._session, parent=self).exec()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        current = self._session.store.communities.get(row.community.uuid)
        if current is not None:
            CommunityDialog(self._session, current, parent=self).exec()
        else:
            self.model.refresh()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not confirm(self, self.tr("删除小区"),
                       self.tr("确定删除小区“%1”吗？").replace("%1", row.community.name)):
            return
        try:
            self._session.delete_community(row.community.uuid, row.community.rev)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("删除小区"), str(error))

    def show_history(self) -> None:
        row = self.selected()
        if row is not None:
            HistoryDialog(row.community.name,
                          self._session.store.audit.history(row.community.uuid), None,
                          self).exec()
