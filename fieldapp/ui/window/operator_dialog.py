"""Who is working: the operator's name and staff number (工号), and the laptop's readable
name. Asked on first start and from 文件 → 操作员; kept in the database, so every record
saved here and every audit entry names the person, not the OS account."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.settings import DEVICE_NAME_MAX, NAME_MAX, STAFF_NO_MAX
from fieldapp.ui.shared.record_form import RecordForm
from fieldapp.ui.shared.session import Session

HINT_STYLE = "color: #666666;"


class OperatorDialog(QDialog):
    """Both name and staff number are required; an empty or malformed one keeps the
    dialog open with the field marked. Tab moves through the fields, Enter saves."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 first_start: bool = False):
        super().__init__(parent)
        self._session = session
        store = session.store
        self.setWindowTitle(self.tr("操作员"))
        self.intro = QLabel(self.tr("欢迎使用现场服务助手。请填写您的姓名和工号，之后保存的"
                                    "每条记录和变更记录都会写上它们。") if first_start else
                            self.tr("之后保存的记录和变更记录会写上这里的姓名和工号。"), self)
        self.intro.setWordWrap(True)
        kept = store.kept_operator()
        self.name_edit = self._line(kept.name if kept else "", NAME_MAX)
        self.staff_no_edit = self._line(kept.staff_no if kept else "", STAFF_NO_MAX)
        self.staff_no_edit.setPlaceholderText(self.tr("字母和数字，例如 10023"))
        self.device_edit = self._line(store.device_name, DEVICE_NAME_MAX)
        self.device_edit.setPlaceholderText(self.tr("可不填，例如 城东所-笔记本3"))
        # one line each (no word wrap): the dialog grows to fit them in either language
        errors = {field: QLabel(self) for field in ("name", "staff_no", "device_name")}
        device_hint = QLabel(self.tr("设备编号 %1（交换文件以它区分设备，不会改变）")
                             .replace("%1", store.device_id), self)
        device_hint.setStyleSheet(HINT_STYLE)

        form = QFormLayout()
        for text, edit, field, extra in (
                (self.tr("姓名(&N)："), self.name_edit, "name", None),
                (self.tr("工号(&S)："), self.staff_no_edit, "staff_no", None),
                (self.tr("设备名称(&D)："), self.device_edit, "device_name", device_hint)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(errors[field])
            if extra is not None:
                column.addWidget(extra)
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("以后再说") if first_start else self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.form = RecordForm(self, {
            "name": (self.name_edit, errors["name"]),
            "staff_no": (self.staff_no_edit, errors["staff_no"]),
            "device_name": (self.device_edit, errors["device_name"]),
        })
        # the wrapped introduction keeps Qt from enforcing the fields' width: say it here
        self.setMinimumWidth(max(self.minimumSizeHint().width(),
                                 self.fontMetrics().horizontalAdvance("M") * 36))
        self.name_edit.setFocus()

    def _line(self, text: str, limit: int) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setMaxLength(limit + 10)  # a little over the limit: the form says why
        return edit

    def accept(self) -> None:
        kept = self.form.try_save(lambda: self._session.set_operator(
            self.name_edit.text(), self.staff_no_edit.text(), self.device_edit.text()))
        if kept is not None:
            super().accept()


def ask_operator(parent: QWidget, session: Session, first_start: bool = False) -> bool:
    """Show the dialog; True when an operator was kept."""
    dialog = OperatorDialog(session, parent, first_start)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
