"""Adding and editing a community (form from forms/community_dialog.ui)."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from fieldapp.domain.records import Community
from fieldapp.ui.forms.ui_community_dialog import Ui_CommunityDialog
from fieldapp.ui.shared.record_form import RecordForm
from fieldapp.ui.shared.session import Session

# record field -> (input widget name, error label name) in the form
_FIELDS = {
    "name": "name", "district": "district", "street": "street",
    "station_area": "stationArea", "property_company": "propertyCompany",
    "property_contact": "propertyContact", "permit_no": "permitNo",
    "permit_issuer": "permitIssuer", "permit_valid_until": "permitValidUntil",
    "notes": "notes",
}


class CommunityDialog(QDialog):
    def __init__(self, session: Session, community: Community | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CommunityDialog()
        self.ui.setupUi(self)
        self._session = session
        self._community = community or Community()
        self.saved: Community | None = None
        self.setWindowTitle(self.tr("编辑小区") if community else self.tr("新增小区"))
        self._edits = {field: getattr(self.ui, f"{name}Edit") for field, name in _FIELDS.items()}
        self.form = RecordForm(self, {
            field: (self._edits[field], getattr(self.ui, f"{name}Error"))
            for field, name in _FIELDS.items()})
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存"))
        save.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        for field, edit in self._edits.items():
            edit.setText(getattr(self._community, field))
        self.ui.nameEdit.setFocus()

    def community(self) -> Community:
        return dataclasses.replace(
            self._community, **{field: edit.text() for field, edit in self._edits.items()})

    def accept(self) -> None:
        saved = self.form.try_save(lambda: self._session.save_community(self.community()))
        if saved is not None:
            self.saved = saved
            super().accept()
