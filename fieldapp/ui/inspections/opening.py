"""Opening an inspection from any list: a planned or unfinished one is filled
(fill_dialog.py), a finished one shows its result (result_view.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from fieldapp.domain.inspection import Inspection
from fieldapp.store import StoreError
from fieldapp.ui.inspections import operations
from fieldapp.ui.inspections.fill_dialog import FillDialog
from fieldapp.ui.inspections.result_view import ResultView
from fieldapp.ui.shared.session import Session


class ResultDialog(QDialog):
    def __init__(self, session: Session, inspection: Inspection, parent: QWidget | None = None):
        super().__init__(parent)
        template = session.store.inspections.template_of(inspection)
        self.setWindowTitle(self.tr("检查结果 — %1").replace("%1", template.name))
        self.view = ResultView(self)
        self.view.show_result(inspection, operations.hazards_found(session, inspection),
                              session.store.hazards.closed_in(inspection.uuid))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)


def open_inspection(parent: QWidget, session: Session, inspection_uuid: str) -> Inspection | None:
    """Fill it or show its result; the inspection as it is afterwards (None if gone)."""
    store = session.store
    inspection = store.inspections.get(inspection_uuid)
    if inspection is None:
        return None
    if inspection.finished:
        ResultDialog(session, inspection, parent).exec()
        return inspection
    try:
        dialog = FillDialog(session, inspection_uuid, parent)
    except StoreError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("InspectionOpening", "安全检查"),
                            str(error))
        return None
    dialog.exec()
    session.changed.emit(operations.INSPECTION)  # progress shown in the lists
    return store.inspections.get(inspection_uuid)
