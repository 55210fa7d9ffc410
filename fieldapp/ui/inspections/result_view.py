"""A finished inspection as the inspector shows it to the customer: the result, the
hazards it left open (with their deadline), the hazards a re-inspection closed, and the
two signatures drawn from their strokes."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from fieldapp.domain.inspection import Hazard, Inspection
from fieldapp.ui.inspections import texts
from fieldapp.ui.inspections.signature import PAD_ASPECT, render_signature

SIGNATURE_SIZE = (300, round(300 / PAD_ASPECT))


class ResultView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.result_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.result_label.setFont(font)
        self.hazards_label = QLabel(self)
        self.hazards_label.setWordWrap(True)
        self.customer_signature = QLabel(self)
        self.inspector_signature = QLabel(self)
        for label in (self.customer_signature, self.inspector_signature):
            label.setFixedSize(*SIGNATURE_SIZE)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("border: 1px solid #bdbdbd;")
        signatures = QGridLayout()
        signatures.addWidget(QLabel(self.tr("客户签名"), self), 0, 0)
        signatures.addWidget(QLabel(self.tr("检查人签名"), self), 0, 1)
        signatures.addWidget(self.customer_signature, 1, 0)
        signatures.addWidget(self.inspector_signature, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.hazards_label)
        layout.addLayout(signatures)
        layout.addStretch(1)

    def show_result(self, inspection: Inspection, open_hazards: list[Hazard],
                    closed: list[Hazard]) -> None:
        color = texts.answer_color(inspection.result)
        self.result_label.setText(self.tr("检查结果：%1").replace(
            "%1", texts.result_text(inspection.result)))
        self.result_label.setStyleSheet(f"color: {color};")
        lines = []
        if open_hazards:
            title = self.tr("未消除的隐患（%1 项）").replace("%1", str(len(open_hazards)))
            lines.append(f"<b>{escape(title)}</b>")
            for h in open_hazards:
                lines.append(escape(self.tr("%1 %2（%3），整改期限 %4").replace("%1", h.item_code)
                                    .replace("%2", h.item_text)
                                    .replace("%3", texts.severity_text(h.severity))
                                    .replace("%4", h.deadline or self.tr("未定"))))
        else:
            lines.append(escape(self.tr("没有未消除的隐患。")))
        if closed:
            title = self.tr("本次复查消除的隐患（%1 项）").replace("%1", str(len(closed)))
            lines.append(f"<b>{escape(title)}</b>")
            lines += [escape(f"{h.item_code} {h.item_text}") for h in closed]
        self.hazards_label.setText("<br>".join(lines))
        for label, strokes in ((self.customer_signature, inspection.customer_signature),
                               (self.inspector_signature, inspection.inspector_signature)):
            if strokes:
                label.setPixmap(QPixmap.fromImage(render_signature(strokes, *SIGNATURE_SIZE)))
            else:
                label.setText(self.tr("（未签名）"))
