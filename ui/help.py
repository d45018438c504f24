"""帮助: the user guide (resources/guide/guide_<language>.html, in the language the window speaks) and About (the
version, where the data is kept, the Qt it runs on)."""
from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from resources import resource_path
from salon import words

DISTRIBUTION = "salon-desk"
GUIDE_LANGUAGES = ("zh_CN", "zh_TW", "en")


def guide_path(language: str | None = None) -> Path:
    """The guide in `language` (default: the one the window speaks), else the Simplified Chinese one."""
    language = language or words.language()
    for candidate in (language, "zh_CN"):
        path = resource_path(f"guide/guide_{candidate}.html")
        if candidate in GUIDE_LANGUAGES and path.exists():
            return path
    return resource_path("guide/guide_zh_CN.html")


def app_version() -> str:
    """The installed package's version; from a checkout that is not installed, setup.cfg's."""
    import configparser
    from importlib import metadata  # here, not at start-up: About is rarely opened

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        config = configparser.ConfigParser()
        config.read(Path(__file__).resolve().parent.parent / "setup.cfg", encoding="utf-8")
        return config.get("metadata", "version", fallback="?")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("用户指南"))
        self.path = guide_path(language)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self.path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)


class AboutDialog(QDialog):
    def __init__(self, database_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于客情管家"))
        import platform

        if database_file is None:
            from salon.store.db import default_database_path

            database_file = default_database_path()
        self.title = QLabel(self.tr("客情管家 %1").replace("%1", app_version()))
        self.title.setObjectName("aboutTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        lines = [
            self.tr("客户档案、卡项、提醒和报表，数据只存在本机。"),
            "",
            self.tr("数据文件夹：%1").replace("%1", str(database_file.parent)),
            self.tr("数据库文件：%1").replace("%1", database_file.name),
            "",
            self.tr("Qt %1 · PySide6 %2 · Python %3").replace("%1", qVersion()).replace("%2", pyside_version)
            .replace("%3", platform.python_version()),
        ]
        self.label = QLabel("\n".join(lines))
        self.label.setObjectName("aboutText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path to copy
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        from ui.common.forms import fit_to_layout  # the forms' module (and all it needs) loads after start-up

        fit_to_layout(self)  # a long folder wider than the minimum width set above
        super().showEvent(event)

    def text(self) -> str:
        return f"{self.title.text()}\n{self.label.text()}"


class HelpMenu(QMenu):
    """The window's 帮助 menu; each dialog is built when asked for and closes with the window's lock."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("帮助(&H)"), window)
        self.window_ = window
        self.guide_action = QAction(self.tr("用户指南(&G)"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(self.tr("关于客情管家(&A)…"), self)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.guide_action)
        self.addSeparator()
        self.addAction(self.about_action)
        window.addAction(self.guide_action)  # F1 anywhere in the window, with the menu closed

    def show_guide(self) -> GuideDialog:
        return self._show(GuideDialog(self.window_))

    def show_about(self) -> AboutDialog:
        return self._show(AboutDialog(getattr(self.window_, "db_path", None), self.window_))

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the guide can stay open beside the counter
        return dialog


def install_help_menu(window: QMainWindow) -> HelpMenu:
    menu = HelpMenu(window)
    window.menuBar().addMenu(menu)
    return menu
