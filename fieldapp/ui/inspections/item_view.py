"""The item being answered, shown big: code and category, the question, the hint, its
severity (changeable at the door), its answer, the note line and the photo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.checklists import Answer, Severity, TemplateItem
from fieldapp.domain.inspection import InspectionItem
from fieldapp.ui.inspections import texts

TEXT_POINTS = 1.6  # the question's size against the normal font
HINT_STYLE = "color: #5f6368;"


class ItemView(QFrame):
    """Shows one item; the dialog owns what its buttons and fields do."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TEXT_POINTS)
        font.setBold(True)
        self.text.setFont(font)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.answer_label = QLabel(self)
        answer_font = QFont(self.font())
        answer_font.setPointSizeF(answer_font.pointSizeF() * 1.3)
        answer_font.setBold(True)
        self.answer_label.setFont(answer_font)
        self.answer_buttons: dict[Answer, QPushButton] = {}
        answers = QHBoxLayout()
        for answer in Answer:
            button = QPushButton(f"{answer.shortcut}  {answer.label}", self)
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1/2/3 stay with the dialog
            self.answer_buttons[answer] = button
            answers.addWidget(button)
        self.severity_combo = QComboBox(self)
        for severity in Severity:
            self.severity_combo.addItem(severity.label, severity.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("发现的情况，按回车保存"))
        self.note_edit.setClearButtonEnabled(True)
        self.photo_button = QPushButton(self.tr("照片(&P)…"), self)
        self.photo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.photo_label = QLabel(self)
        self.photo_label.setStyleSheet(HINT_STYLE)
        details = QFormLayout()
        severity_label = QLabel(self.tr("严重程度(&S)"), self)
        severity_label.setBuddy(self.severity_combo)
        note_label = QLabel(self.tr("说明(&N)"), self)
        note_label.setBuddy(self.note_edit)
        details.addRow(severity_label, self.severity_combo)
        details.addRow(note_label, self.note_edit)
        photo = QHBoxLayout()
        photo.addWidget(self.photo_button)
        photo.addWidget(self.photo_label, 1)
        details.addRow(self.tr("照片"), photo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.answer_label)
        layout.addLayout(answers)
        layout.addLayout(details)

    def show_item(self, item: InspectionItem, template_item: TemplateItem | None,
                  position: int, total: int) -> None:
        text = template_item.text if template_item else item.code
        category = template_item.category if template_item else ""
        self.heading.setText(self.tr("第 %1/%2 项 · %3 · %4").replace("%1", str(position))
                             .replace("%2", str(total)).replace("%3", item.code)
                             .replace("%4", category))
        self.text.setText(text)
        hint = template_item.hint if template_item else ""
        self.hint.setText(self.tr("提示：%1").replace("%1", hint) if hint else "")
        self.hint.setVisible(bool(hint))
        allowed = template_item.answers if template_item else tuple(a.value for a in Answer)
        for answer, button in self.answer_buttons.items():
            button.setEnabled(answer.value in allowed)
            button.setToolTip("" if answer.value in allowed else
                              self.tr("本项不能选“%1”").replace("%1", answer.label))
        self.show_answer(item)

    def show_answer(self, item: InspectionItem) -> None:
        """The item's stored state: answer, severity, note and photo."""
        if item.answer:
            self.answer_label.setText(self.tr("结果：%1").replace(
                "%1", texts.answer_text(item.answer)))
            self.answer_label.setStyleSheet(f"color: {texts.answer_color(item.answer)};")
        else:
            self.answer_label.setText(self.tr("未检查：按 1 合格、2 不合格、3 不适用"))
            self.answer_label.setStyleSheet(HINT_STYLE)
        self.severity_combo.blockSignals(True)
        self.severity_combo.setCurrentIndex(max(self.severity_combo.findData(item.severity), 0))
        self.severity_combo.blockSignals(False)
        if self.note_edit.text() != item.note:
            self.note_edit.setText(item.note)
        self.photo_label.setText(self.tr("已附照片 %1…").replace("%1", item.photo_hash[:8])
                                 if item.photo_hash else self.tr("无"))
