"""A database read off the UI thread where only the newest request counts: the client list's full search while
the first page is already shown, the history tab's totals. One worker thread, one read at a time; asking again
cancels a read not yet started, and the answer of one already running is dropped."""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from peewee import Database
from PySide6.QtCore import QObject, QTimer

from salon.store.models import database_proxy

POLL_MS = 10


def _run(job: Callable[[Database], Any], database: Database) -> Any:
    try:
        return job(database)
    finally:
        database.close()  # peewee keeps one connection per thread: this closes the worker's own


class LatestQuery(QObject):
    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._future: Future | None = None
        self._done: Callable[[Any], None] | None = None
        self._failed: Callable[[BaseException], None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._collect)

    def submit(self, job: Callable[[Database], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None) -> None:
        """Run `job(database)` in the worker; `done(result)` (or `failed(error)`) here when it ends, unless
        another request came first."""
        self.cancel()
        self._done, self._failed = done, failed
        self._future = self._pool.submit(_run, job, database_proxy.obj)
        self._timer.start()

    def cancel(self) -> None:
        if self._future is not None:
            self._future.cancel()  # not started yet: skipped; running: its answer is dropped
        self._future = None
        self._timer.stop()

    @property
    def busy(self) -> bool:
        return self._future is not None

    def _collect(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._timer.stop()
        self._future = None
        error = future.exception()
        if error is None:
            self._done(future.result())
        elif self._failed is not None:
            self._failed(error)
        else:
            raise error
