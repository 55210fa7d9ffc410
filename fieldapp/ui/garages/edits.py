"""The plan's edits as the tools ask for them: each builds its command, does the write
(a refusal raises to the caller, who shows it at the field) and only then puts it on the
undo stack, so Ctrl+Z/Ctrl+Y replay exactly what was stored."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.routing import AisleGraph
from fieldapp.ui.garages.commands import (
    AddRecords,
    Calibrate,
    EditGarage,
    EditRecord,
    MoveRecords,
    PlanCommand,
    PlanContext,
    PlanListener,
    RemoveRecords,
)


class PlanEdits:
    def __init__(self, store, listener: PlanListener, stack: QUndoStack):
        self.store = store
        self.context = PlanContext(store, listener)
        self.stack = stack

    def run(self, command: PlanCommand) -> PlanCommand:
        try:
            command.apply(True)
        finally:
            self.context.listener.edit_done()
        command.mark_done()
        self.stack.push(command)
        return command

    # -- boxes and spaces ------------------------------------------------------------------
    def add_box(self, garage: Garage, x: float, y: float, code: str,
                free_positions: int) -> MeterBox:
        box = MeterBox(code=code, community_uuid=garage.community_uuid,
                       garage_uuid=garage.uuid, x=x, y=y, free_positions=free_positions)
        text = QCoreApplication.translate("PlanEdits", "新增表箱")
        command = self.run(AddRecords(self.context, text,
                                      lambda: [self.store.meter_boxes.save(box)]))
        return command.records[0]

    def add_space(self, garage: Garage, x: float, y: float, code: str,
                  ownership: str) -> ParkingSpace:
        space = ParkingSpace(garage_uuid=garage.uuid, code=code, x=x, y=y,
                             ownership=ownership)
        text = QCoreApplication.translate("PlanEdits", "新增车位")
        command = self.run(AddRecords(self.context, text,
                                      lambda: [self.store.parking_spaces.save(space)]))
        return command.records[0]

    def add_row(self, garage: Garage, start: tuple[float, float], step: tuple[float, float],
                first_code: str, count: int) -> list[ParkingSpace]:
        template = ParkingSpace(garage_uuid=garage.uuid, x=start[0], y=start[1])
        command = self.run(AddRecords(
            self.context, QCoreApplication.translate("PlanEdits", "新增一排车位"),
            lambda: self.store.parking_spaces.add_row(template, first_code, count, step)))
        return command.records

    def edit(self, record: MeterBox | ParkingSpace, **fields) -> MeterBox | ParkingSpace:
        """Change a box's or space's fields (code, free positions, ownership)."""
        text = QCoreApplication.translate("PlanEdits", "修改表箱") if isinstance(
            record, MeterBox) else QCoreApplication.translate("PlanEdits", "修改车位")
        self.run(EditRecord(self.context, text, record, fields))
        return self.context.current(record)

    def move(self, moves: Sequence[tuple[MeterBox | ParkingSpace, float, float]],
             nudge: bool = False) -> None:
        if moves:
            self.run(MoveRecords(self.context, moves, nudge))

    def remove(self, records: Sequence[MeterBox | ParkingSpace]) -> None:
        if records:
            self.run(RemoveRecords(self.context, records))

    # -- the garage ------------------------------------------------------------------------
    def set_aisles(self, garage: Garage, graph: AisleGraph, removed: bool = False) -> None:
        """The garage's aisles from now on (drawn, or some removed)."""
        aisles = graph.to_json() if graph.segments else ""
        if aisles != garage.aisles:
            text = QCoreApplication.translate("PlanEdits", "删除通道") if removed \
                else QCoreApplication.translate("PlanEdits", "画通道")
            self.run(EditGarage(self.context, text, garage, {"aisles": aisles}))

    def set_drawing(self, garage: Garage, image_hash: str, width: int, height: int) -> None:
        text = QCoreApplication.translate("PlanEdits", "导入图纸")
        self.run(EditGarage(self.context, text, garage, {
            "image_hash": image_hash, "image_width": width, "image_height": height}))

    def calibrate(self, garage: Garage, scale: float) -> None:
        self.run(Calibrate(self.context, garage, scale))
