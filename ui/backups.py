"""Backups from the window (F10): 立即备份 and 从备份恢复 in the File menu, a backup when the window closes and
one a day while it stays open — always off the UI thread, into the backup folder (a preference of this computer,
by default beside the data), rotated by salon.store.backup."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from salon.backups import restore_backup
from salon.store.backup import backup_now, default_backup_folder, last_backup
from salon.store.models import database_proxy
from ui.common.background import BackgroundTask
from ui.common.latest_query import LatestQuery
from ui.common.messages import error_text

FOLDER_SETTING = "backup/folder"
DAILY = timedelta(days=1)
CHECK_EVERY_MS = 60 * 60 * 1000


class BackupKeeper(QObject):
    """The backups of one open database file."""

    backed_up = Signal(object)  # the new backup's path
    restored = Signal(object)  # the file kept as it was before the restore

    def __init__(self, window: QWidget, db_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = Path(db_path)
        self.task: BackgroundTask | None = None
        self.closing_done = False
        self._quiet = LatestQuery("backup", self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.back_up_if_due)
        self._timer.start()
        QTimer.singleShot(60_000, self.back_up_if_due)  # not while the window is still opening

    @property
    def folder(self) -> Path:
        chosen = QSettings().value(FOLDER_SETTING, "", type=str)
        return Path(chosen) if chosen else default_backup_folder(self.db_path)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self.window, self.tr("备份文件夹"), str(self.folder))
        if chosen:
            QSettings().setValue(FOLDER_SETTING, chosen)

    def last(self) -> datetime | None:
        return last_backup(self.db_path, self.folder)

    # --- backing up ----------------------------------------------------------------------------------
    def back_up_if_due(self, now: datetime | None = None) -> bool:
        """A quiet backup on a worker thread when the last one is a day old; True when one was started."""
        previous = self.last()
        if previous is not None and (now or datetime.now()) - previous < DAILY or self._quiet.busy:
            return False
        db_path, folder = self.db_path, self.folder
        self._quiet.submit(lambda database: backup_now(db_path, folder, database=database),
                           self.backed_up.emit, self._quiet_failed)
        return True

    def _quiet_failed(self, error: BaseException) -> None:
        """A daily backup that failed (a full disk, a folder gone): in the log, tried again within the hour."""
        from ui.common.safekeeping import write_log

        write_log(f"daily backup to {self.folder} failed: {error!r}")

    def back_up_now(self) -> BackgroundTask:
        db_path, folder = self.db_path, self.folder
        task = BackgroundTask(self.window, self.tr("备份"), self.tr("正在备份数据库…"),
                              lambda _progress: backup_now(db_path, folder),
                              on_thread_end=database_proxy.close)
        task.finished.connect(self.backed_up.emit)
        task.failed.connect(lambda error: QMessageBox.warning(self.window, self.tr("备份"),
                                                              self.tr("备份没有完成：%1").replace("%1", str(error))))
        self.task = task
        task.start()
        return task

    def back_up_on_close(self, then) -> BackgroundTask:
        """The backup when the window closes; `then()` afterwards, whether it worked or not (a failure is in the
        log and the daily backup of the next start tries again)."""
        task = self.back_up_now()
        task.finished.connect(lambda _path: then())
        task.failed.connect(lambda _error: then())
        return task

    # --- restoring --------------------------------------------------------------------------------------
    def ask_and_restore(self) -> BackgroundTask | None:
        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("从备份恢复"), str(self.folder),
                                                    self.tr("客情管家备份 (*.db);;所有文件 (*)"))
        if not path:
            return None
        answer = QMessageBox.question(
            self.window, self.tr("从备份恢复"),
            self.tr("用备份 %1 替换现在的全部数据吗？\n现在的数据会先另存为“…_pre_restore-日期.db”，放在数据库旁边。")
            .replace("%1", Path(path).name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.restore(Path(path))

    def restore(self, backup: Path) -> BackgroundTask:
        db_path = self.db_path
        task = BackgroundTask(self.window, self.tr("从备份恢复"), self.tr("正在检查并恢复备份…"),
                              lambda _progress: restore_backup(backup, db_path),
                              on_thread_end=database_proxy.close)
        task.finished.connect(self.restored.emit)
        task.failed.connect(self._restore_failed)
        self.task = task
        task.start()
        return task

    def _restore_failed(self, error: object) -> None:
        from salon.errors import ValidationError

        text = error_text(error) if isinstance(error, ValidationError) else str(error)
        QMessageBox.warning(self.window, self.tr("从备份恢复"),
                            self.tr("没有恢复，现在的数据保持不变：%1").replace("%1", text))
