"""Languages of the window: Vietnamese (the code's own strings) and English.

Qt has no Vietnamese translation of its standard buttons and dialogs, so the program
ships its own (``qtbase_vi``) and installs it for Vietnamese. Installed translators are
kept referenced here; a translator that Python collects silently stops translating.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from giamsat_desktop.config import shipped_folder

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}

_installed: list[QTranslator] = []


def _load(path: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(path) else None


def install_language(language: str) -> str:
    """Swap the application's translators to ``language``; returns the language set."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = shipped_folder("i18n")
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        candidates = [str(folder / "giamsat_en.qm")]
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append(f"{qt_dir}/qtbase_en.qm")
    else:
        language = "vi"
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        candidates = [str(folder / "qtbase_vi.qm")]
    for path in candidates:
        translator = _load(path)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return language
