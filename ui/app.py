"""Start-up of the GUI: application object, translators, database, main window — in that order."""
from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from resources import APP_ICON, resource_path
from salon.packages.expiry import expire_packages
from salon.store.db import default_database_path, open_database
from ui.common.style import apply_style
from ui.language import chosen_language, install_in_application


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("SalonDesk")
    app.setApplicationName("SalonDesk")
    app.setWindowIcon(QIcon(str(resource_path(APP_ICON))))
    apply_style(app)
    return app


def run_gui(options) -> int:
    """Build the application, then translators, then the window; returns the exit code."""
    app = create_application()
    install_in_application(app, options.language or chosen_language())
    app.setApplicationDisplayName(app.translate("app", "客情管家"))

    path = options.db_path or default_database_path()
    from ui.common.safekeeping import acquire_instance_lock, install_exception_hook

    install_exception_hook()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire_instance_lock(path)
    if lock is None:
        QMessageBox.information(None, app.translate("app", "客情管家"),
                                app.translate("app", "这个数据库已在另一个客情管家窗口中打开：%1\n请切换到那个窗口。")
                                .replace("%1", str(path)))
        return 1
    try:
        database = open_database(path)
    except Exception as error:  # an unreadable or newer file: say so, no traceback
        QMessageBox.critical(None, app.translate("app", "客情管家"),
                             app.translate("app", "无法打开数据库 %1：\n%2").replace("%1", str(path))
                             .replace("%2", str(error)))
        return 1
    from ui.access import sign_in_at_start
    from ui.welcome import begin, needs_welcome, run_welcome

    welcome = None
    if needs_welcome():  # an empty file: language, salon, owner and PIN, then how to begin
        welcome = run_welcome()
        if welcome is None:
            return 0
    elif not sign_in_at_start():
        return 0
    from ui.main_window import MainWindow  # after the translators (and the welcome's choice of language)

    # Packages past their last day are closed through the ledger once per start (a salon opens daily).
    expire_packages(date.today())
    window = MainWindow(database, path)
    window.enable_sign_in()
    window.show()
    if welcome is not None:
        QTimer.singleShot(0, lambda: begin(window, welcome))
    try:
        return app.exec()
    finally:
        lock.unlock()
