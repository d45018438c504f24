"""Which language the app speaks, and loading its catalogues — for the window and for the command line.

Three catalogues ship in `resources/translations/` (compiled .qm, so no Qt tool is needed at run time):
Simplified Chinese (the source texts), Traditional Chinese (Taiwan/Hong Kong wording) and English. Qt's own
catalogue (qtbase: the standard buttons, file dialogs) is loaded beside ours. The language follows the system
locale unless the settings name one; a change applies at the next start.

Only QtCore is imported here, so the command line can render `salon.words` texts without a GUI.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from resources import TRANSLATIONS, resource_path
from salon import words

LANGUAGES = words.LANGUAGES
LANGUAGE_SETTING = "ui/language"  # '' follows the system locale
CATALOGUE = "salon"


def language_names() -> dict[str, str]:
    """Each language in its own words, for the settings' choice (never translated: a reader must find hers)."""
    return {"": QCoreApplication.translate("language", "跟随系统"), "zh_CN": "简体中文", "zh_TW": "繁體中文",
            "en": "English"}


def system_language(locale: QLocale | None = None) -> str:
    """zh_TW for Traditional Chinese (Taiwan, Hong Kong, Macau or the Hant script), zh_CN for other Chinese,
    English for every other language (the one foreign language we ship)."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = (locale.script() == QLocale.Script.TraditionalChineseScript
                   or locale.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong,
                                             QLocale.Country.Macao))
    return "zh_TW" if traditional else "zh_CN"


def chosen_language(setting: str | None = None) -> str:
    """The setting's language if it names one we ship, else the system's."""
    if setting is None:
        setting = saved_language()
    return setting if setting in LANGUAGES else system_language()


def language_settings() -> QSettings:
    """Where the choice is kept: the application's preferences (tests give theirs a folder of their own), or
    SalonDesk's — the same file — from the command line, which has no application object."""
    app = QCoreApplication.instance()
    if app is not None and app.organizationName():
        return QSettings()
    return QSettings("SalonDesk", "SalonDesk")


def saved_language() -> str:
    """The language the settings name ('' follows the system)."""
    return language_settings().value(LANGUAGE_SETTING, "", type=str)


def save_language(language: str) -> None:
    """Keep the choice ('' follows the system) for the next start (`install_in_application` applies it now)."""
    language_settings().setValue(LANGUAGE_SETTING, language if language in LANGUAGES else "")


def language_locale(language: str) -> QLocale:
    """The locale that formats dates, weekdays and numbers: the system's when it speaks the language (an English
    salon in London writes 30/11/2026), else the language's own."""
    system = QLocale.system()
    if system_language(system) == language and (language != "en" or system.language() == QLocale.Language.English):
        return system
    return QLocale({"zh_CN": "zh_CN", "zh_TW": "zh_TW", "en": "en_GB"}[language])


def load_translators(language: str, parent=None) -> list[QTranslator]:
    """Qt's catalogue and ours for `language` (Simplified Chinese needs only Qt's: the sources are written in it)."""
    locale = QLocale(language)
    found = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         (CATALOGUE, str(resource_path(TRANSLATIONS)))):
        translator = QTranslator(parent)
        if translator.load(locale, name, "_", folder):
            found.append(translator)
    return found


def install_in_application(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Speak `language` from now on: its catalogues replace those of an earlier call, dates and numbers take its
    locale, and salon/ speaks it too. Every widget gets a LanguageChange event; only those that set their texts
    again on it (the welcome) change at once — the others keep the words they were built with."""
    _remove_installed(app)
    for translator in load_translators(language, app):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(language_locale(language))
    words.install(_application_translate, language)
    return list(_installed)


_installed: list[QTranslator] = []


def remove_from_application(app: QCoreApplication) -> None:
    """Back to the source texts (Simplified Chinese) and the system's formats."""
    _remove_installed(app)
    QLocale.setDefault(QLocale.system())
    words.install(None)


def _remove_installed(app: QCoreApplication) -> None:
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def _application_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_for_command_line(language: str | None = None) -> None:
    """The command line's texts (reports, receipts, errors) in the chosen language, without a QApplication."""
    language = language or chosen_language()
    translators = [t for t in load_translators(language) if t.filePath().endswith(f"{CATALOGUE}_{language}.qm")]
    if not translators:
        words.install(None)
        return
    catalogue = translators[0]

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return catalogue.translate(context, text, disambiguation, n) or text

    words.install(translate, language)
    _keep_alive.append(catalogue)


_keep_alive: list[QTranslator] = []
