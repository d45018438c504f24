"""What keeps the salon's file safe around the window: one window per database file (a lock file beside it), and
an exception hook that writes what went wrong to a log and shows one calm sentence instead of a traceback."""
from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_FILE_NAME = "salon-desk.log"
LOG_LIMIT_BYTES = 2 * 1024 * 1024  # then the log starts again, the previous one kept as .1


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("safekeeping", …) so lupdate finds them."""
    return QCoreApplication.translate("safekeeping", text)


translate = QCoreApplication.translate


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


def acquire_instance_lock(db_path: Path) -> QLockFile | None:
    """The lock that keeps a second window off this database file, or None when another window holds it. A lock
    left by a window that crashed (its process is gone) is taken over."""
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # stale only when its process is gone: a window may stay open for weeks
    if lock.tryLock(200):
        return lock
    return None


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".salon-desk") / "logs"


def write_log(text: str, folder: Path | None = None) -> Path:
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    if path.exists() and path.stat().st_size > LOG_LIMIT_BYTES:
        path.replace(path.with_suffix(".log.1"))
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    return path


def calm_sentence(error: BaseException, log: Path) -> str:
    """What the person at the counter reads: what happened to her work, and where the details are."""
    text = str(error).lower()
    if "database is locked" in text or "database is busy" in text:
        return translate("safekeeping", "数据库正被另一个程序占用（另一台电脑或备份），刚才的操作没有保存。"
                                        "请稍等片刻再试一次。")
    if "disk" in text and ("full" in text or "i/o" in text):
        return translate("safekeeping", "无法写入磁盘（磁盘已满或出错），刚才的操作没有保存。请检查磁盘后再试。")
    if "malformed" in text or "not a database" in text:
        return translate("safekeeping", "数据库文件已损坏，刚才的操作没有保存。请从备份恢复（备份 ▸ 从备份恢复）。")
    return translate("safekeeping", "出了点问题，刚才的操作没有完成，已保存的资料不受影响。"
                                    "详细记录已写入 %1。").replace(
        "%1", str(log))


def handle_exception(error_type: type[BaseException], error: BaseException, trace: TracebackType | None,
                     folder: Path | None = None) -> str:
    """Log the traceback, then show the calm sentence (when a window is up); returns the sentence."""
    if issubclass(error_type, KeyboardInterrupt):
        sys.__excepthook__(error_type, error, trace)
        return ""
    log = write_log("".join(traceback.format_exception(error_type, error, trace)), folder)
    sentence = calm_sentence(error, log)
    if QApplication.instance() is not None:
        QMessageBox.warning(QApplication.activeWindow(), translate("safekeeping", "客情管家"), sentence)
    return sentence


def install_exception_hook() -> None:
    sys.excepthook = handle_exception
