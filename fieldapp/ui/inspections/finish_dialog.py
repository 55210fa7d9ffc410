"""完成检查: what failed, the rectification deadline (asked when something failed,
required by the store when a 重大 item failed, refused at its field), the customer's and
the inspector's signatures on two pads; then the result and the hazards."""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.checklists import ChecklistTemplate, Severity
from fieldapp.domain.inspection import Inspection, InspectionItem
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import StoreError
from fieldapp.ui.inspections import operations, texts
from fieldapp.ui.inspections.result_view import ResultView
from fieldapp.ui.inspections.signature_pad import SignaturePad
from fieldapp.ui.shared.record_form import RecordForm
from fieldapp.ui.shared.session import Session

QUICK_DAYS = (7, 15, 30)


class FinishDialog(QDialog):
    """`finished` is the finished inspection; `refusal` the store's reason when it
    refused for unanswered items (the filling dialog then shows them)."""

    def __init__(self, session: Session, inspection: Inspection,
                 items: list[InspectionItem], template: ChecklistTemplate,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._inspection = inspection
        self.finished: Inspection | None = None
        self.refusal = ""
        self.setWindowTitle(self.tr("完成检查"))
        failed = [item for item in items if item.answer == "fail"]
        major = [item for item in failed if item.severity == Severity.MAJOR.value]
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary(items, failed, template))
        self.deadline_edit = QLineEdit(self)
        self.deadline_edit.setPlaceholderText("YYYY-MM-DD")
        self.deadline_error = QLabel(self)
        self.deadline_error.setWordWrap(True)
        deadline_row = QHBoxLayout()
        self.deadline_label = QLabel(
            self.tr("整改期限(&D)（有重大隐患，必填）") if major else self.tr("整改期限(&D)"), self)
        self.deadline_label.setBuddy(self.deadline_edit)
        deadline_row.addWidget(self.deadline_label)
        deadline_row.addWidget(self.deadline_edit, 1)
        for days in QUICK_DAYS:
            button = QPushButton(self.tr("%1 天").replace("%1", str(days)), self)
            button.clicked.connect(lambda _=False, d=days: self.deadline_edit.setText(
                (dt.date.today() + dt.timedelta(days=d)).isoformat()))
            deadline_row.addWidget(button)
        self.deadline_box = QWidget(self)
        box = QVBoxLayout(self.deadline_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(deadline_row)
        box.addWidget(self.deadline_error)
        self.deadline_box.setVisible(bool(failed))
        self.customer_pad = SignaturePad(self.tr("请客户在此签名"), self)
        self.inspector_pad = SignaturePad(self.tr("检查人在此签名"), self)
        pads = QGridLayout()
        for column, (title, pad) in enumerate(((self.tr("客户签名"), self.customer_pad),
                                               (self.tr("检查人签名"), self.inspector_pad))):
            clear = QPushButton(self.tr("重签"), self)
            clear.clicked.connect(pad.clear)
            heading = QHBoxLayout()
            heading.addWidget(QLabel(title, self), 1)
            heading.addWidget(clear)
            pads.addLayout(heading, 0, column)
            pads.addWidget(pad, 1, column)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.summary)
        form_layout.addWidget(self.deadline_box)
        form_layout.addLayout(pads)
        form_layout.addWidget(self.error_label)
        form_layout.addStretch(1)
        self.result_view = ResultView(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.result_view)
        self.buttons = QDialogButtonBox(self)
        self.finish_button = self.buttons.addButton(self.tr("完成检查"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton(self.tr("返回"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.finish_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.form = RecordForm(self, {"rectification_deadline": (self.deadline_edit,
                                                                 self.deadline_error),
                                      "result": (self.summary, self.error_label)})
        (self.deadline_edit if failed else self.customer_pad).setFocus()
        self.resize(820, 460)

    def _summary(self, items: list[InspectionItem], failed: list[InspectionItem],
                 template: ChecklistTemplate) -> str:
        if not failed:
            return escape(self.tr("全部 %1 项合格或不适用。").replace("%1", str(len(items))))
        lines = [escape(self.tr("%1 项中有 %2 项不合格：").replace("%1", str(len(items)))
                        .replace("%2", str(len(failed))))]
        for item in failed:
            try:
                text = template.item(item.code).text
            except KeyError:
                text = ""
            lines.append(f"<span style='color:{texts.FAIL_COLOR}'>"
                         f"{escape(item.code)} {escape(text)}（"
                         f"{escape(texts.severity_text(item.severity))}）</span>")
        return "<br>".join(lines)

    def finish(self) -> None:
        """Finish in the store; a refusal is shown at its field. Once finished, the
        dialog shows the result and its one button closes it."""
        if self.finished is not None:
            self.accept()
            return
        try:
            finished = operations.finish(
                self._session, self._inspection.uuid, self.deadline_edit.text(),
                self.customer_pad.signature(), self.inspector_pad.signature())
        except ValidationFailed as failed:
            if "result" in failed.problems:
                self.refusal = failed.problems["result"]
                self.reject()
                return
            self.form.show_problems(failed.problems)
            return
        except StoreError as error:
            self.form.show_problems({"result": str(error)})
            return
        self.finished = finished
        store = self._session.store
        self.result_view.show_result(finished, operations.hazards_found(self._session, finished),
                                     store.hazards.closed_in(finished.uuid))
        self.pages.setCurrentWidget(self.result_view)
        self.finish_button.setText(self.tr("关闭"))
        self.back_button.hide()
        self.finish_button.setFocus()
