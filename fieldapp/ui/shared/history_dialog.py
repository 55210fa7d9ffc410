"""A record's change history from the audit log: who changed what, old → new."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.identifiers import mask_id_number
from fieldapp.domain.messages import listed
from fieldapp.domain.records import field_label, tags_from_text
from fieldapp.store.audit import AuditEntry
from fieldapp.ui.households.model import local_time


def _shown(field: str, value) -> str:
    if value is None or value == "":
        return "—"
    if field == "id_number":
        return mask_id_number(str(value))
    if field == "tags":
        return listed(t.label for t in tags_from_text(str(value))) or "—"
    return str(value)


class HistoryDialog(QDialog):
    def __init__(self, title: str, entries: list[AuditEntry],
                 community_names: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("变更记录 — %1").replace("%1", title))
        self.resize(760, 420)
        actions = {"create": self.tr("新建"), "update": self.tr("修改"), "delete": self.tr("删除"),
                   "import": self.tr("导入")}
        names = community_names or {}
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("操作员"), self.tr("操作"),
                                              self.tr("字段"), self.tr("原值"), self.tr("新值")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for entry in entries:
            for field, (old, new) in entry.changes.items():
                if field == "community_uuid":
                    old, new = names.get(old, old), names.get(new, new)
                row = self.table.rowCount()
                self.table.insertRow(row)
                action = actions.get(entry.action, entry.action)
                cells = [local_time(entry.at), entry.operator, action, field_label(field),
                         _shown(field, old), _shown(field, new)]
                for column, text in enumerate(cells):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
