"""Composition root of the window: settings → database (backup + migrate) → language → window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from giamsat_desktop import formatting
from giamsat_desktop.config import (
    ENV_DATABASE_URL,
    Settings,
    data_dir,
    resolve_database_url,
    shipped_folder,
    sqlite_path,
)
from giamsat_desktop.domain.errors import ErrorCode, GiamsatError
from giamsat_desktop.services.accounts import users as accounts
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.instance_lock import InstanceLock
from giamsat_desktop.services.safety.running_mark import hold_running_mark
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.i18n import install_language
from giamsat_desktop.ui.common.main_thread_gc import collect_on_main_thread
from giamsat_desktop.ui.common.quit_after import QuitAfter
from giamsat_desktop.ui.common.single_instance import ShowRequests, ask_running_to_show, server_name
from giamsat_desktop.ui.common.style import STYLE_SHEET
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.first_run_wizard import FirstRunWizard
from giamsat_desktop.ui.settings.login_dialog import LoginDialog


def _seconds(text: str) -> float:
    """A number of seconds ≥ 0, for ``--quit-after``."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"số giây không hợp lệ: {text}")
    return seconds


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="giamsat-desktop", add_help=False)
    parser.add_argument("--db", metavar="PATH_OR_URL")
    parser.add_argument("--quit-after", metavar="SECONDS", type=_seconds)
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
    collect_on_main_thread(app)  # never in a background reader: Qt objects die on their thread
    icon = shipped_folder("resources") / "icons" / "giamsat.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


RESTORED = "restored"
"""The first-run wizard restored a backup: open the database again."""


def open_window(
    database: Database, settings: Settings, language: str, database_option: str | None = None
) -> MainWindow | str | None:
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
        if wizard.restored:
            return RESTORED
    actor = accounts.automatic_actor(context.factory)
    if actor is None:
        office = office_service.get_office(context.factory)
        login = LoginDialog(context.factory, office.name if office else "")
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return None
        actor = login.actor
    return MainWindow(
        replace(context, actor=actor), settings, language, database_option=database_option
    )


def restore_damaged(url: str, path: Path, settings: Settings) -> bool:
    """A database that cannot be opened: offer the newest good backup instead of a traceback."""
    from giamsat_desktop.services.safety.backup_rotation import latest_good_backup
    from giamsat_desktop.services.safety.restore import restore_backup
    from giamsat_desktop.ui.settings.backup_actions import CHOSEN_FOLDER

    chosen = settings.extra.get(CHOSEN_FOLDER)
    folders = [path.parent / "backups"] + (
        [Path(chosen)] if isinstance(chosen, str) and chosen else []
    )
    runner = TaskRunner()  # no window yet: the work runs on a worker, the dialogs stay live
    title = QCoreApplication.translate("App", "Dữ liệu bị hỏng")
    latest = runner.outcome(
        lambda _control: latest_good_backup(folders, path.parent),
        progress_label=QCoreApplication.translate("App", "Đang tìm bản sao lưu tốt gần nhất…"),
        cancellable=False,
    )
    if latest is None:
        return False
    question = QCoreApplication.translate(
        "App",
        "Không mở được cơ sở dữ liệu {location}: tệp bị hỏng (thường do mất điện khi đang ghi).\n\n"
        "Khôi phục bản sao lưu tốt gần nhất?\n{backup}\n\n"
        "Tệp hỏng được giữ lại trong thư mục sao lưu để cán bộ kỹ thuật xem.",
    ).format(location=path, backup=latest)
    if QMessageBox.question(None, title, question) != QMessageBox.StandardButton.Yes:
        return False
    try:  # the damaged file is kept as it is, beside the other backups, by the restore
        runner.outcome(
            lambda control: restore_backup(
                url, latest, path.parent, path.parent / "backups", progress=control.report
            ),
            progress_label=QCoreApplication.translate("App", "Đang khôi phục bản sao lưu…"),
            cancellable=False,
        )
    except GiamsatError as exc:
        QMessageBox.critical(None, title, error_text(exc))
        return False
    return True


RETRY, LOCAL, QUIT = "retry", "local", "quit"


def ask_about_unreachable_server(exc: GiamsatError, from_settings: bool) -> str:
    """The shared database cannot be reached: try again, use this PC's file, or stop.

    Using this PC's file is offered only when the server was chosen in the settings (an
    environment variable or ``--db`` is not the clerk's to change), and only after saying
    that what is entered there will not be on the server.
    """
    title = QCoreApplication.translate("App", "Không kết nối được máy chủ dữ liệu")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Hãy kiểm tra máy chủ đã bật và máy này đã nối mạng nội bộ, rồi bấm Thử lại.",
        )
    )
    retry = box.addButton(
        QCoreApplication.translate("App", "Thử lại"), QMessageBox.ButtonRole.AcceptRole
    )
    local = None
    if from_settings:
        local = box.addButton(
            QCoreApplication.translate("App", "Dùng tệp trên máy này…"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(retry)
    box.exec()
    if box.clickedButton() is retry:
        return RETRY
    if local is None or box.clickedButton() is not local:
        return QUIT
    sure = QMessageBox.question(
        None,
        title,
        QCoreApplication.translate(
            "App",
            "Mở tệp dữ liệu trên máy này thay cho máy chủ?\n\n"
            "Văn bản nhập vào tệp trên máy này sẽ không có trên máy chủ, và các máy khác không "
            "thấy. Khi máy chủ hoạt động trở lại, chọn lại máy chủ ở Cài đặt → Đổi nơi lưu "
            "dữ liệu.",
        ),
    )
    return LOCAL if sure == QMessageBox.StandardButton.Yes else QUIT


class DatabaseClaim:
    """This process's hold on one database file: its lock and the listener for second starts.

    A server database needs neither: several PCs share it.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self._lock = InstanceLock(self.path) if self.path is not None else None
        self._listener: ShowRequests | None = None

    def acquire(self, show: Callable[[], None]) -> bool:
        """Take the file; False (after bringing the other window forward) if it is open."""
        if self._lock is None or self.path is None:
            return True
        if not self._lock.acquire():
            if not ask_running_to_show(server_name(self.path)):
                QMessageBox.information(
                    None,
                    QCoreApplication.translate("App", "Chương trình đang chạy"),
                    error_text(self._lock.refusal()),  # who holds the data: a window, a command
                )
            return False
        self._listener = ShowRequests(server_name(self.path), show)
        return True

    def release(self) -> None:
        """Let another start open the file (the program now works on other data)."""
        if self._listener is not None:
            self._listener.server.close()
            self._listener.deleteLater()
            self._listener = None
        if self._lock is not None:
            self._lock.release()


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window on the chosen database; returns the exit code."""
    args = _arguments(list(sys.argv[1:] if argv is None else argv))
    hold_running_mark()
    settings = Settings.load()
    app = application()
    if args.quit_after is not None:
        QuitAfter(app, args.quit_after)
    language = install_language(settings.language)
    formatting.set_language(language)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    current: list[MainWindow] = []

    def bring_forward() -> None:
        if current:
            window = current[-1]
            window.showNormal()
            window.raise_()
            window.activateWindow()

    claim: DatabaseClaim | None = None
    try:
        while True:
            url = resolve_database_url(args.db, settings)
            if claim is None or claim.url != url:
                # First start, or the settings now name other data: hold that instead.
                if claim is not None:
                    claim.release()
                claim = DatabaseClaim(url)
                if not claim.acquire(bring_forward):
                    claim = None
                    return 0
            path = claim.path
            try:
                database = open_database(url)
            except GiamsatError as exc:
                damaged = path is not None and exc.code is ErrorCode.DATABASE_DAMAGED
                if damaged and restore_damaged(url, path, settings):  # type: ignore[arg-type]
                    continue
                if path is None and exc.code is ErrorCode.DATABASE_UNREACHABLE:
                    from_settings = not args.db and not os.environ.get(ENV_DATABASE_URL)
                    choice = ask_about_unreachable_server(exc, from_settings)
                    if choice == LOCAL:
                        settings.database_url = ""
                        settings.save()
                    if choice != QUIT:
                        continue
                    return 1
                QMessageBox.critical(
                    None,
                    QCoreApplication.translate("App", "Không mở được dữ liệu"),
                    error_text(exc),
                )
                return 1
            try:
                window = open_window(database, settings, language, args.db)
                if window is None:
                    return 0
                if not isinstance(window, MainWindow):
                    continue  # the first-run wizard restored a backup: open the restored data
                current.append(window)
                window.show()
                code = app.exec()
            finally:
                database.close()
            if not window.restart_requested:
                return code
            # A restore, or another place for the data: read the settings again and reopen.
            settings = Settings.load()
    finally:
        if claim is not None:
            claim.release()
