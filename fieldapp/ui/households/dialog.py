"""Adding and editing a household (form from forms/household_dialog.ui)."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from fieldapp.domain.records import Household, Tag
from fieldapp.ui.forms.ui_household_dialog import Ui_HouseholdDialog
from fieldapp.ui.shared.record_form import RecordForm
from fieldapp.ui.shared.session import Session


class HouseholdDialog(QDialog):
    """Enter saves, Esc cancels; refused fields show their reason in place."""

    def __init__(self, session: Session, household: Household | None = None,
                 parent: QWidget | None = None, community_uuid: str = ""):
        super().__init__(parent)
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)
        self._session = session
        self._household = household or Household(community_uuid=community_uuid)
        self.saved: Household | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("编辑住户") if household else self.tr("新增住户"))
        self._tag_boxes = {Tag.ELDERLY_ALONE: ui.elderlyCheck,
                           Tag.OUTAGE_SENSITIVE: ui.outageCheck, Tag.HARDSHIP: ui.hardshipCheck}
        for tag, box in self._tag_boxes.items():
            box.setText(tag.label)
        for uuid, name in session.store.communities.names():
            ui.communityCombo.addItem(name, uuid)
        completer = QCompleter(ui.communityCombo.model(), ui.communityCombo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.communityCombo.setCompleter(completer)
        self.form = RecordForm(self, {
            "account_no": (ui.accountNoEdit, ui.accountNoError),
            "name": (ui.nameEdit, ui.nameError),
            "mobile": (ui.mobileEdit, ui.mobileError),
            "id_number": (ui.idNumberEdit, ui.idNumberError),
            "community_uuid": (ui.communityCombo, ui.communityError),
            "building": (ui.buildingEdit, ui.roomError),
            "unit": (ui.unitEdit, ui.roomError),
            "room": (ui.roomEdit, ui.roomError),
            "address": (ui.addressEdit, ui.addressError),
            "meter_no": (ui.meterNoEdit, ui.meterNoError),
            "notes": (ui.notesEdit, ui.notesError),
        })
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self._fill(self._household)
        ui.accountNoEdit.setFocus()

    def _fill(self, h: Household) -> None:
        ui = self.ui
        ui.accountNoEdit.setText(h.account_no)
        ui.nameEdit.setText(h.name)
        ui.mobileEdit.setText(h.mobile)
        ui.idNumberEdit.setText(h.id_number)
        index = ui.communityCombo.findData(h.community_uuid)
        ui.communityCombo.setCurrentIndex(index)
        if index < 0:
            ui.communityCombo.setEditText("")
        ui.buildingEdit.setText(h.building)
        ui.unitEdit.setText(h.unit)
        ui.roomEdit.setText(h.room)
        ui.addressEdit.setText(h.address)
        ui.meterNoEdit.setText(h.meter_no)
        ui.notesEdit.setText(h.notes)
        for tag, box in self._tag_boxes.items():
            box.setChecked(tag in h.tags)

    def _community_uuid(self) -> str:
        combo = self.ui.communityCombo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else ""

    def household(self) -> Household:
        """The household as the form shows it (not yet validated)."""
        ui = self.ui
        return dataclasses.replace(
            self._household,
            account_no=ui.accountNoEdit.text(), name=ui.nameEdit.text(),
            mobile=ui.mobileEdit.text(), id_number=ui.idNumberEdit.text(),
            community_uuid=self._community_uuid(), building=ui.buildingEdit.text(),
            unit=ui.unitEdit.text(), room=ui.roomEdit.text(), address=ui.addressEdit.text(),
            meter_no=ui.meterNoEdit.text(), notes=ui.notesEdit.text(),
            tags=tuple(tag for tag, box in self._tag_boxes.items() if box.isChecked()))

    def accept(self) -> None:
        saved = self.form.try_save(lambda: self._session.save_household(self.household()))
        if saved is not None:
            self.saved = saved
            super().accept()
