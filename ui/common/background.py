"""Long work (demo data, later import, export, backup) off the UI thread, with progress and Cancel."""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

# The job receives a progress callback: progress(done, total) -> False when the user cancelled.
Job = Callable[[Callable[[int, int], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancelled: threading.Event, on_thread_end: Callable[[], None] | None) -> None:
        super().__init__()
        self._job = job
        self._cancelled = cancelled
        self._on_thread_end = on_thread_end

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Exception as error:  # reported to the user by the owner of the task, never a traceback
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            if self._on_thread_end is not None:
                self._on_thread_end()


class BackgroundTask(QObject):
    """Runs `job` on a worker thread behind a progress dialog; emits `finished(result)` or `failed(error)`."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, label: str, job: Job,
                 on_thread_end: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancelled.set)
        self._thread = QThread(self)
        self._worker = _Worker(job, self._cancelled, on_thread_end)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self) -> None:
        self.dialog.show()
        self._thread.start()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._thread.wait(msecs)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        # reset() stops the dialog's own timer too: a job quicker than that timer would otherwise have the
        # dialog shown again after it was hidden, with nothing left to close it
        self.dialog.reset()
        self.dialog.hide()

    def _succeeded(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    def _failed(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)
