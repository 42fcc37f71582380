"""Composition root of the window: settings → database (backup + migrate) → language → window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from giamsat_desktop import formatting
from giamsat_desktop.config import Settings, data_dir, resolve_database_url, shipped_folder
from giamsat_desktop.domain.errors import GiamsatError
from giamsat_desktop.services import office as office_service
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.services.database import Database, open_database
from giamsat_desktop.ui.dialogs.first_run_wizard import FirstRunWizard
from giamsat_desktop.ui.error_text import error_text
from giamsat_desktop.ui.i18n import install_language
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.style import STYLE_SHEET


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="giamsat-desktop", add_help=False)
    parser.add_argument("--db", metavar="PATH_OR_URL")
    known, unknown = parser.parse_known_args(argv)
    if unknown:
        print(f"giamsat-desktop: không hiểu tham số {' '.join(unknown)}", file=sys.stderr)
        raise SystemExit(2)
    return known


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, with the program's name and icon."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    app.setApplicationName("GiamSatMTTQ")
    app.setApplicationDisplayName("Giám sát MTTQ")
    app.setApplicationVersion(QCoreApplication.applicationVersion() or "")
    app.setStyleSheet(STYLE_SHEET)
    icon = shipped_folder("resources") / "icons" / "giamsat.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(database: Database, settings: Settings, language: str) -> MainWindow | None:
    """Run the first-run wizard if needed, then build the main window (None if cancelled)."""
    context = ServiceContext(
        factory=database.session_factory,
        location=database.location,
        data_folder=database.sqlite_file.parent if database.sqlite_file else data_dir(),
        database=database,
    )
    if office_service.get_office(context.factory) is None:
        wizard = FirstRunWizard(context)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
    return MainWindow(context, settings, language)


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window on the chosen database; returns the exit code."""
    args = _arguments(list(sys.argv[1:] if argv is None else argv))
    settings = Settings.load()
    app = application()
    language = install_language(settings.language)
    formatting.set_language(language)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    while True:
        try:
            database = open_database(resolve_database_url(args.db, settings))
        except GiamsatError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Không mở được dữ liệu"), error_text(exc)
            )
            return 1
        try:
            window = open_window(database, settings, language)
            if window is None:
                return 0
            window.show()
            code = app.exec()
        finally:
            database.close()
        if not window.restart_requested:
            return code
        settings = Settings.load()  # a restore happened: open the restored data
