"""Undoable edits of a garage plan. Every command writes through the repositories the
moment it is done, undone or redone, so the database always holds what the plan shows.

A record deleted by an undo and made again by a redo gets a new uuid (the old one has its
tombstone); `UuidMap` lets later commands on the stack keep finding it by its first uuid.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.routing import AisleGraph
from fieldapp.store import StoreError

PlanRecord = MeterBox | ParkingSpace
NUDGE_ID = 1001


class PlanListener(Protocol):
    """What is told after each write: the plan redraws only what changed."""

    def record_saved(self, record: PlanRecord | Garage) -> None: ...

    def record_removed(self, record_uuid: str) -> None: ...

    def edit_done(self) -> None: ...

    def write_refused(self, message: str) -> None: ...


class UuidMap:
    """The uuid a record has now, by the uuid it was first stored under."""

    def __init__(self):
        self._now: dict[str, str] = {}

    def __call__(self, first_uuid: str) -> str:
        return self._now.get(first_uuid, first_uuid)

    def moved(self, first_uuid: str, now_uuid: str) -> None:
        """The record first stored as `first_uuid` is stored as `now_uuid` from now on
        (and so is every uuid it had in between)."""
        previous = self(first_uuid)
        for key, value in self._now.items():
            if value == previous:
                self._now[key] = now_uuid
        self._now[previous] = now_uuid
        self._now[first_uuid] = now_uuid


class PlanContext:
    """What every command needs: the store, the uuid map and whom to tell."""

    def __init__(self, store, listener: PlanListener):
        self.store = store
        self.uuids = UuidMap()
        self.listener = listener

    def repository(self, record):
        store = self.store
        if isinstance(record, MeterBox):
            return store.meter_boxes
        if isinstance(record, ParkingSpace):
            return store.parking_spaces
        return store.garages

    def current(self, record):
        """The record as stored now (its first uuid followed), or None when gone."""
        return self.repository(record).get(self.uuids(record.uuid))


class PlanCommand(QUndoCommand):
    """Base: `apply(forward)` does the write; the first redo (done already when pushed
    by `PlanEdits.run`) is skipped."""

    def __init__(self, context: PlanContext, text: str):
        super().__init__(text)
        self.context = context
        self._done = False

    def apply(self, forward: bool) -> None:
        raise NotImplementedError

    def mark_done(self) -> None:
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._guarded(True)

    def undo(self) -> None:
        self._guarded(False)

    def _guarded(self, forward: bool) -> None:
        """An undo or redo: a refusal (the record changed meanwhile, e.g. by an import)
        is shown, and the stack stays usable."""
        try:
            self.apply(forward)
        except (StoreError, ValueError) as error:
            self.context.listener.write_refused(str(error))
        self.context.listener.edit_done()


class AddRecords(PlanCommand):
    """Meter boxes or parking spaces placed (one, or a numbered row)."""

    def __init__(self, context: PlanContext, text: str,
                 add: Callable[[], Sequence[PlanRecord]]):
        super().__init__(context, text)
        self._add = add
        self.records: list[PlanRecord] = []  # as first stored: their first uuids

    def apply(self, forward: bool) -> None:
        context = self.context
        if forward and not self.records:
            self.records = list(self._add())
            for record in self.records:
                context.listener.record_saved(record)
            return
        with context.store.transaction():
            for record in self.records:
                current = context.current(record)
                if forward:
                    if current is None:
                        again = context.repository(record).save(
                            dataclasses.replace(record, uuid="", rev=0))
                        context.uuids.moved(record.uuid, again.uuid)
                        context.listener.record_saved(again)
                elif current is not None:
                    context.repository(record).delete(current.uuid, current.rev)
                    context.listener.record_removed(current.uuid)


class RemoveRecords(PlanCommand):
    """Meter boxes or parking spaces deleted (tombstones; undo stores them again)."""

    def __init__(self, context: PlanContext, records: Sequence[PlanRecord]):
        text = QCoreApplication.translate("PlanCommands", "删除 %1 项")
        super().__init__(context, text.replace("%1", str(len(records))))
        self.records = list(records)

    def apply(self, forward: bool) -> None:
        context = self.context
        with context.store.transaction():
            for record in self.records:
                current = context.current(record)
                if forward and current is not None:
                    context.repository(record).delete(current.uuid, current.rev)
                    context.listener.record_removed(current.uuid)
                elif not forward and current is None:
                    again = context.repository(record).save(
                        dataclasses.replace(record, uuid="", rev=0))
                    context.uuids.moved(record.uuid, again.uuid)
                    context.listener.record_saved(again)


class MoveRecords(PlanCommand):
    """Meter boxes or parking spaces moved (dragged or nudged) to new positions."""

    def __init__(self, context: PlanContext, moves: Sequence[tuple[PlanRecord, float, float]],
                 nudge: bool = False):
        text = QCoreApplication.translate("PlanCommands", "移动 %1 项")
        super().__init__(context, text.replace("%1", str(len(moves))))
        self.moves = {record.uuid: (record, (record.x, record.y), (x, y))
                      for record, x, y in moves}
        self._nudge = nudge

    def apply(self, forward: bool) -> None:
        context = self.context
        with context.store.transaction():
            for record, before, after in self.moves.values():
                current = context.current(record)
                if current is None:
                    continue
                x, y = after if forward else before
                saved = context.repository(record).save(dataclasses.replace(current, x=x, y=y))
                context.listener.record_saved(saved)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return NUDGE_ID if self._nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        """Arrow presses in a row on the same selection undo as one move."""
        if not isinstance(other, MoveRecords) or set(other.moves) != set(self.moves):
            return False
        for key, (record, before, _after) in self.moves.items():
            self.moves[key] = (record, before, other.moves[key][2])
        return True


class EditRecord(PlanCommand):
    """A meter box's or parking space's fields changed (code, free positions, ownership)."""

    def __init__(self, context: PlanContext, text: str, record: PlanRecord, after: dict):
        super().__init__(context, text)
        self.record = record
        self.before = {name: getattr(record, name) for name in after}
        self.after = dict(after)

    def apply(self, forward: bool) -> None:
        context = self.context
        current = context.current(self.record)
        if current is None:
            return
        saved = context.repository(current).save(dataclasses.replace(
            current, **(self.after if forward else self.before)))
        context.listener.record_saved(saved)


class EditGarage(PlanCommand):
    """Fields of the garage changed: its drawing, its aisles."""

    def __init__(self, context: PlanContext, text: str, garage: Garage, after: dict):
        super().__init__(context, text)
        self.garage_uuid = garage.uuid
        self.before = {name: getattr(garage, name) for name in after}
        self.after = dict(after)

    def apply(self, forward: bool) -> None:
        store = self.context.store
        current = store.garages.get(self.garage_uuid)
        if current is None:
            return
        saved = store.garages.save(dataclasses.replace(
            current, **(self.after if forward else self.before)))
        self.context.listener.record_saved(saved)


class Calibrate(PlanCommand):
    """A new scale: every position of the garage (boxes, spaces, aisle points) is
    rescaled by new/old so everything keeps its place on the drawing; all or nothing."""

    def __init__(self, context: PlanContext, garage: Garage, scale: float):
        super().__init__(context, QCoreApplication.translate("PlanCommands", "标定比例尺"))
        self.garage_uuid = garage.uuid
        self.before, self.after = garage.scale, scale

    def apply(self, forward: bool) -> None:
        store, listener = self.context.store, self.context.listener
        old, new = (self.before, self.after) if forward else (self.after, self.before)
        factor = new / old if old > 0 else 1.0
        with store.transaction():
            garage = store.garages.get(self.garage_uuid)
            if garage is None:
                return
            saved = []
            if factor != 1.0:
                for repository in (store.meter_boxes, store.parking_spaces):
                    for record in repository.of_garage(garage.uuid):
                        saved.append(repository.save(dataclasses.replace(
                            record, x=round(record.x * factor, 3),
                            y=round(record.y * factor, 3))))
            aisles = garage.aisles
            if aisles and factor != 1.0:
                graph = AisleGraph.from_json(aisles)
                aisles = AisleGraph([(x * factor, y * factor) for x, y in graph.points],
                                    graph.segments).to_json()
            garage = store.garages.save(dataclasses.replace(garage, scale=new, aisles=aisles))
        listener.record_saved(garage)
        for record in saved:
            listener.record_saved(record)
