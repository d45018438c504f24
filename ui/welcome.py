"""The welcome on an empty database: the language, the salon's name, the owner and her PIN, then how to begin —
an empty salon, the demo data, or the salon's own spreadsheet (the import wizard).

The language applies at once: the catalogues are swapped (ui.language.install_in_application) and every page sets its
words again, so the rest of the welcome and the window after it speak the language chosen. Nothing of the salon's
data is written before the last page but its name (which a later welcome shows again): the owner is made at the
end, and the demo, if chosen, goes in after her and takes her as its salon's owner. Leaving the welcome quits; the
next start shows it again.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from peewee import DatabaseError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salon import access
from salon.errors import ValidationError
from salon.settings import TEXT_LIMITS, load_settings, save_settings
from salon.store.db import database_is_empty
from ui.access import OwnerFields, make_owner, owner_intro
from ui.common.forms import error_label
from ui.common.messages import error_text
from ui.common.safekeeping import calm_sentence, write_log
from ui.language import LANGUAGES, chosen_language, install_in_application, language_names, save_language

if TYPE_CHECKING:
    from ui.main_window import MainWindow

START_EMPTY, LOAD_DEMO, IMPORT_SHEET = "empty", "demo", "import"
ENDINGS = (START_EMPTY, LOAD_DEMO, IMPORT_SHEET)


@dataclass(frozen=True)
class WelcomeAnswers:
    language: str
    salon_name: str
    owner_name: str
    pin: str
    ending: str


def needs_welcome() -> bool:
    """An empty file whose owner has no PIN: the first start of a salon."""
    return database_is_empty() and not access.owner_has_pin()


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setObjectName("welcomeLanguage")
        names = language_names()
        for language in LANGUAGES:
            self.combo.addItem(names[language], language)  # each in its own words, never translated
        self.combo.setCurrentIndex(self.combo.findData(chosen_language()))
        self.note = _hint()
        self.form = QFormLayout()
        self.label = QLabel()
        self.form.addRow(self.label, self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _index: wizard.change_language(self.combo.currentData()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("语言"))
        self.label.setText(self.tr("软件的语言"))
        self.note.setText(self.tr("选择后立即切换。以后也可以在“设置 ▸ 本机”里更改。"))


class SalonPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.name_edit = QLineEdit(load_settings().salon_name)
        self.name_edit.setObjectName("welcomeSalonName")
        self.name_edit.setMaxLength(TEXT_LIMITS["salon_name"])
        self.error_label = error_label()
        self.note = _hint()
        self.label = QLabel()
        form = QFormLayout()
        form.addRow(self.label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("门店"))
        self.label.setText(self.tr("店名"))
        self.name_edit.setPlaceholderText(self.tr("如：丽人美容会所"))
        self.note.setText(self.tr("店名印在小票和退卡结算单上。可以先空着，以后在“设置 ▸ 门店与金额”里填写。"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """The name is kept now (the salon's settings, not its data): a welcome left later shows it again."""
        try:
            save_settings(replace(load_settings(), salon_name=self.name_edit.text()))
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            self.name_edit.setFocus()
            return False
        self.error_label.hide()
        return True


class OwnerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.owner_fields = OwnerFields()
        self.error_label = error_label()
        self.intro = _hint()
        form = QFormLayout()
        self.owner_fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.answers: tuple[str, str] | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("老板和密码"))
        self.intro.setText(owner_intro())
        self.owner_fields.retranslate()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Checked by the rules that will save them; saved only at the end of the welcome."""
        try:
            self.answers = self.owner_fields.answers()
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            edit = self.owner_fields.name_edit if error.field == "name" else self.owner_fields.pin_edit
            edit.setFocus()
            edit.selectAll()
            return False
        self.error_label.hide()
        return True


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        for ending in ENDINGS:
            button = self.buttons[ending] = QRadioButton()
            button.setObjectName(f"welcome_{ending}")
            note = self.notes[ending] = _hint()
            note.setIndent(24)
            self.group.addButton(button)
            layout.addWidget(button)
            layout.addWidget(note)
        self.buttons[START_EMPTY].setChecked(True)
        layout.addStretch(1)

    @property
    def ending(self) -> str:
        return next(ending for ending, button in self.buttons.items() if button.isChecked())

    def retranslate(self) -> None:
        from ui.main_window import DEMO_CLIENTS

        self.setTitle(self.tr("怎样开始"))
        self.buttons[START_EMPTY].setText(self.tr("从空白开始"))
        self.notes[START_EMPTY].setText(self.tr("先在“项目与卡项”里录入项目和卡项，再添加客户。"))
        self.buttons[LOAD_DEMO].setText(self.tr("先看看演示数据"))
        self.notes[LOAD_DEMO].setText(
            self.tr("载入 %1 位虚构客户、美容师、项目和两年的到店记录，看看软件怎么用；演示里的老板改用您的姓名和密码。"
                    "开始真实使用时，换一个新的数据库文件即可。").replace("%1", str(DEMO_CLIENTS)))
        self.buttons[IMPORT_SHEET].setText(self.tr("导入我的表格"))
        self.notes[IMPORT_SHEET].setText(self.tr("把 Excel 或 CSV 里的客户名单导进来：打开主窗口后接着打开导入向导。"))


class WelcomeWizard(QWizard):
    """The first start of an empty file. Accepted: `answers()` says what was chosen, and the owner is made and
    signed in (the demo, if chosen, takes her as its salon's owner: see `begin`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.language = chosen_language()
        self.language_page = LanguagePage(self)
        self.salon_page = SalonPage()
        self.owner_page = OwnerPage()
        self.start_page = StartPage()
        for page in self.pages:
            self.addPage(page)
        self.retranslate()
        self.resize(620, 440)

    @property
    def pages(self) -> tuple[QWizardPage, ...]:
        return self.language_page, self.salon_page, self.owner_page, self.start_page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("欢迎使用客情管家"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("开始使用(&S)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("退出"))
        for page in self.pages:
            page.retranslate()

    def change_language(self, language: str) -> None:
        """Kept for the next starts and spoken at once: the catalogues are swapped and every word set again."""
        if language not in LANGUAGES or language == self.language:
            return
        self.language = language
        save_language(language)
        app = QCoreApplication.instance()
        install_in_application(app, language)
        app.setApplicationDisplayName(QCoreApplication.translate("app", "客情管家"))
        self.retranslate()

    def answers(self) -> WelcomeAnswers:
        name, pin = self.owner_page.answers or ("", "")
        return WelcomeAnswers(self.language, self.salon_page.name_edit.text(), name, pin, self.start_page.ending)

    def accept(self) -> None:
        answers = self.answers()
        try:
            make_owner(answers.owner_name, answers.pin)
        except ValidationError as error:  # checked on her page; a name taken meanwhile comes back here
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        except DatabaseError as error:  # the file locked or unwritable: say so, the welcome stays open
            QMessageBox.warning(self, self.windowTitle(), calm_sentence(error, write_log(repr(error))))
            return
        super().accept()


def run_welcome() -> WelcomeAnswers | None:
    """Show the welcome (modal); its answers, or None when the person left it (the program then ends)."""
    wizard = WelcomeWizard()
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    answers = wizard.answers() if accepted else None
    wizard.deleteLater()
    return answers


def begin(window: MainWindow, answers: WelcomeAnswers) -> None:
    """The window is open: go on the way chosen in the welcome."""
    if answers.ending == LOAD_DEMO:
        # The owner alone is no data: the demo goes in and its salon takes her as owner (salon.demo.generator).
        task = window.load_demo_data()
        task.finished.connect(lambda _summary: window.statusBar().showMessage(
            QApplication.translate("welcome", "演示数据已载入。老板“%1”用您在欢迎页设置的密码登录。")
            .replace("%1", answers.owner_name), 30_000))
    elif answers.ending == IMPORT_SHEET:
        window.import_clients()
    else:
        window.statusBar().showMessage(
            QApplication.translate("welcome", "从空白开始：先在“项目与卡项”里录入项目和卡项，再添加客户（Ctrl+N）。"),
            30_000)
