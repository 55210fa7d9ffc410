"""Running long jobs off the GUI thread, with a progress dialog that can cancel.

`run_task(parent, label, job, on_done, on_error)` calls `job(progress)` on a pool
thread and `on_done(result)` / `on_error(exception)` back on the GUI thread. The
progress dialog appears only if the job takes longer than half a second. Jobs must open
their own database connection (SQLite connections stay on their thread).
Tests call `use_synchronous_runner()` so jobs run inline.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500


class Progress:
    """Handed to a job: report how far it is, ask whether the user cancelled."""

    def __init__(self, report: Callable[[int, int], None] | None = None):
        self._cancelled = threading.Event()
        self._report = report

    def report(self, done: int, total: int) -> None:
        if self._report:
            self._report(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, job: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self._job, self._signals, self._progress = job, signals, progress

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except BaseException as error:  # handed to on_error on the GUI thread
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


_synchronous = False
_running: set[_Signals] = set()


def use_synchronous_runner(enabled: bool = True) -> None:
    global _synchronous
    _synchronous = enabled


def run_task(parent: QWidget | None, label: str, job: Callable[[Progress], Any],
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             cancellable: bool = True) -> None:
    if _synchronous:
        try:
            result = job(Progress())
        except BaseException as error:
            on_error(error)
        else:
            on_done(result)
        return
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "取消"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    signals = _Signals()
    progress = Progress(signals.progressed.emit)
    dialog.canceled.connect(progress.cancel)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(signals)
        dialog.close()
        dialog.deleteLater()
        callback(value)

    signals.progressed.connect(show_progress)
    signals.finished.connect(lambda result: finish(on_done, result))
    signals.failed.connect(lambda error: finish(on_error, error))
    _running.add(signals)
    dialog.setValue(0)
    QThreadPool.globalInstance().start(_Job(job, signals, progress))
