"""打印通知书 for an inspection: the advance notice (安全检查告知书) while it is planned or
being filled, the rectification notice (隐患整改通知书) once it failed; none for a passed
one. The button says which, or why none, in its tooltip."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from fieldapp.domain.inspection import Inspection
from fieldapp.ui.notices.preview import open_notice
from fieldapp.ui.shared.session import Session


def notice_kind(inspection: Inspection) -> str:
    """The notice an inspection can have now: 'advance', 'rectification' or ''."""
    if not inspection.finished:
        return "advance"
    return "rectification" if inspection.result == "fail" else ""


class NoticeButton(QPushButton):
    """Prints the selected inspection's notice (Alt+T), kept up to date by `show_for`."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("NoticeButton", "打印通知书(&T)…"), parent)
        self._session = session
        self._inspection: Inspection | None = None
        self.preview = None  # the last preview opened (kept so that tests can close it)
        self.clicked.connect(self.print_notice)
        self.show_for(None)

    def show_for(self, inspection: Inspection | None) -> None:
        self._inspection = inspection
        kind = notice_kind(inspection) if inspection is not None else ""
        problem = self._session.notice_problem(kind, inspection.uuid) if kind else ""
        self.setEnabled(bool(kind) and not problem)
        if inspection is None:
            tip = QCoreApplication.translate("NoticeButton", "选中一次检查")
        elif not kind:
            tip = QCoreApplication.translate("NoticeButton", "检查合格，没有要出具的通知书")
        elif problem:
            tip = problem
        elif kind == "advance":
            tip = QCoreApplication.translate("NoticeButton", "打印安全检查告知书（Alt+T）")
        else:
            tip = QCoreApplication.translate("NoticeButton", "打印隐患整改通知书（Alt+T）")
        self.setToolTip(tip)

    def print_notice(self) -> None:
        if self._inspection is not None and (kind := notice_kind(self._inspection)):
            self.preview = open_notice(self._session, kind, self._inspection.uuid,
                                       self.window())
