"""Sao lưu và khôi phục from the window: by hand, automatically at exit, with reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety import backup, backup_rotation, restore
from giamsat_desktop.services.safety.attachment_check import (
    DamagedAttachment,
    damage_detail,
    find_damaged,
)
from giamsat_desktop.services.safety.backup_archive import Manifest
from giamsat_desktop.services.safety.database import check_database
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.error_text import error_text, said

CHOSEN_FOLDER = "backup_folder"
REMIND_AFTER = "backup_remind_days"
LAST_OUTSIDE = "last_outside_backup"
DEFAULT_REMIND_DAYS = 7
AUDIT_HEADS = "audit_heads"
"""Per database location: the audit chain's head when the program last wrote it."""


class BackupActions(QObject):
    """What the File menu and the settings page do about backups."""

    reminder_changed = Signal(str)
    """The status bar's reminder after a backup or a change of the settings ("" for none)."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, settings: Settings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._settings = settings
        self._window = parent
        self.restored = False
        self.last_message = ""

    # ----- settings -----------------------------------------------------------------

    @property
    def chosen_folder(self) -> Path | None:
        """The folder the clerk chose for automatic backups (e.g. a USB stick)."""
        value = self._settings.extra.get(CHOSEN_FOLDER)
        return Path(value) if isinstance(value, str) and value else None

    def set_chosen_folder(self, folder: Path | None) -> None:
        """Remember the folder for automatic backups."""
        self._settings.extra[CHOSEN_FOLDER] = str(folder) if folder else ""
        self._settings.save()
        self.reminder_changed.emit(self.reminder())

    @property
    def remind_days(self) -> int:
        """Days without a backup outside the PC before the clerk is reminded."""
        value = self._settings.extra.get(REMIND_AFTER, DEFAULT_REMIND_DAYS)
        return value if isinstance(value, int) and value > 0 else DEFAULT_REMIND_DAYS

    def set_remind_days(self, days: int) -> None:
        """Change the reminder interval."""
        self._settings.extra[REMIND_AFTER] = days
        self._settings.save()
        self.reminder_changed.emit(self.reminder())

    # ----- by hand ------------------------------------------------------------------

    def backup_now(self) -> None:
        """Tệp → Sao lưu ngay: ask where, then write the backup there."""
        if self._context.database is None:
            return
        suggested = f"Sao-luu-giamsat-{clock.today():%Y%m%d}.zip"
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Sao lưu dữ liệu"), suggested, self.tr("Tệp sao lưu (*.zip)")
        )
        if path:
            self.backup_to(Path(path if path.lower().endswith(".zip") else f"{path}.zip"))

    def backup_to(self, target: Path) -> None:
        """One self-contained zip with every attachment, in the background."""
        database = self._context.database
        if database is None:
            return
        data_folder = self._context.data_folder

        def done(info: backup.BackupInfo) -> None:
            self._note_outside(target)
            self.last_message = self.tr("Đã sao lưu vào {path}.").format(path=info.path)
            QMessageBox.information(self._window, self.tr("Sao lưu"), self.last_message)

        self._runner.query(
            lambda control: backup.make_backup(
                database, data_folder, target, progress=control.report
            ),
            on_done=done,
            parent=self._window,
            progress_label=self.tr("Đang sao lưu…"),
        )

    def restore(self) -> None:
        """Ask for an archive, check it, back up the current data, then replace it and restart."""
        database = self._context.database
        if database is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Khôi phục từ bản sao lưu"),
            "",
            self.tr("Tệp sao lưu (*.zip)"),
        )
        if not path:
            return
        archive, data_folder = Path(path), self._context.data_folder
        # A large archive takes seconds to check: in the background, with progress.
        self._runner.query(
            lambda _c: backup.verify_backup(archive, data_folder),
            on_done=lambda manifest: self._restore_checked(archive, manifest),
            on_error=lambda exc: QMessageBox.warning(
                self._window, self.tr("Khôi phục"), error_text(exc)
            ),
            parent=self._window,
            progress_label=self.tr("Đang kiểm tra bản sao lưu…"),
        )

    def _restore_checked(self, archive: Path, manifest: Manifest) -> None:
        """After the archive passed every check: ask, back up the current data, replace it."""
        database = self._context.database
        if database is None:
            return
        question = self.tr(
            "Khôi phục dữ liệu của “{office}” sao lưu lúc {moment}?\n\n"
            "Dữ liệu hiện tại sẽ được sao lưu trước rồi mới bị thay thế. "
            "Chương trình sẽ mở lại sau khi khôi phục."
        ).format(office=manifest.office, moment=manifest.created_at)
        if QMessageBox.question(self._window, self.tr("Khôi phục"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self._replace_with(archive)

    def _replace_with(self, archive: Path) -> None:
        """Back up the current data, then replace it with the checked ``archive``; restart."""
        database = self._context.database
        if database is None:
            return
        self._runner.wait_for_all()
        database.close()
        url, data_folder = database.url, self._context.data_folder
        safety = self._context.backup_folder
        shared = self.chosen_folder / backup_rotation.SHARED_STORE if self.chosen_folder else None

        def done(result: object) -> None:
            self.restored = True
            # The restore wrote the restored chain's head into the settings file; the window's
            # own copy of the settings, saved again at exit, must not put the old head back.
            self._settings.extra[AUDIT_HEADS] = Settings.load().extra.get(AUDIT_HEADS, {})
            self.last_message = self.tr("Đã khôi phục. Chương trình mở lại dữ liệu.")
            damaged = getattr(result, "damaged", ())
            for file in damaged:
                self.last_message += "\n" + self.tr("Cảnh báo: {what}").format(
                    what=said(damage_detail(file))
                )
            if damaged:  # the clerk must know which files to find again, before the restart
                QMessageBox.warning(self._window, self.tr("Khôi phục"), self.last_message)
            self._window.close()

        def failed(exc: BaseException) -> None:
            self.last_message = error_text(exc)
            QMessageBox.warning(self._window, self.tr("Khôi phục"), self.last_message)

        self._runner.command(
            lambda control: restore.restore_backup(
                url, archive, data_folder, safety, shared_store=shared, progress=control.report
            ),
            on_done=done,
            on_error=failed,
            parent=self._window,
            progress_label=self.tr("Đang khôi phục…"),
            cancellable=False,  # a restore runs to its end, or rolls back by itself
        )

    def check_at_start(self) -> None:
        """Quick checks in the background; a damaged database leads to the last backup.

        A damaged attached file is named to the clerk.
        """
        database = self._context.database
        if database is None:
            return
        if database.sqlite_file is None:  # a server checks itself; this PC's files still
            self._check_attachments()
            return
        url = database.url

        def judged(report: object) -> None:
            if getattr(report, "integrity_ok", True):
                self._check_attachments()
                return
            self.offer_latest_backup()

        self._runner.query(lambda _c: check_database(url, quick=True), on_done=judged)

    def _check_attachments(self) -> None:
        """Read every attached file against its checksum in the background; name the damaged."""
        factory, folder = self._context.factory, self._context.data_folder

        def tell(damaged: list[DamagedAttachment]) -> None:
            if not damaged:
                return
            lines = "\n".join(f"• {said(damage_detail(file))}" for file in damaged[:10])
            more = len(damaged) - 10
            if more > 0:
                lines += "\n" + self.tr("… và {count} tệp nữa.").format(count=more)
            QMessageBox.warning(
                self._window,
                self.tr("Tệp đính kèm bị hỏng"),
                self.tr(
                    "Các tệp đính kèm sau không còn như khi được lưu (ổ đĩa hỏng hoặc tệp bị "
                    "sửa ngoài chương trình):\n{lines}\n\nHãy lấy lại chúng từ một bản sao lưu "
                    "trước đó (Tệp → Khôi phục từ bản sao lưu…)."
                ).format(lines=lines),
            )

        self._runner.query(
            lambda control: find_damaged(factory, folder, cancelled=control.is_cancelled),
            on_done=tell,
        )

    def offer_latest_backup(self) -> None:
        """Find the newest good backup in the background, then offer it (the data is damaged).

        Each backup is checked completely, newest first: with progress, off the window.
        """
        folders = [f for f in (self.chosen_folder, self._context.backup_folder) if f is not None]
        data_folder = self._context.data_folder
        self._runner.query(
            lambda _c: backup_rotation.latest_good_backup(folders, data_folder),
            on_done=self._offer,
            parent=self._window,
            progress_label=self.tr("Đang tìm bản sao lưu tốt gần nhất…"),
        )

    def _offer(self, latest: Path | None) -> None:
        """Explain the damage and offer to restore ``latest`` (None: no good backup)."""
        if latest is None:
            QMessageBox.critical(
                self._window,
                self.tr("Dữ liệu bị hỏng"),
                self.tr(
                    "Kiểm tra cho thấy cơ sở dữ liệu bị hỏng và không tìm thấy bản sao lưu "
                    "nào dùng được. Hãy dùng Tệp → Khôi phục từ bản sao lưu với tệp sao lưu "
                    "trên USB hoặc máy khác, và đừng nhập thêm dữ liệu."
                ),
            )
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Dữ liệu bị hỏng"),
            self.tr(
                "Kiểm tra cho thấy cơ sở dữ liệu bị hỏng (thường do mất điện khi đang ghi). "
                "Khôi phục bản sao lưu tốt gần nhất?\n\n{path}"
            ).format(path=latest),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._replace_with(latest)  # checked while it was found

    def remember_audit_head(self) -> None:
        """At exit: check the audit entries written since the last check, keep the new head.

        Only the new entries are hashed again (the full check is the audit page's), in the
        background; the closing window waits for it.
        """
        database = self._context.database
        if database is None or self.restored:
            return
        factory, location, settings = database.session_factory, database.location, self._settings
        self._wait_for(
            lambda _c: audit_log.remember_head(factory, location, settings=settings),
            self.tr("Đang kiểm tra nhật ký thay đổi…"),
            write=False,
        )

    def _wait_for(self, fn: Callable[[TaskControl], Any], label: str, *, write: bool) -> object:
        """Run ``fn`` on the runner and wait for it, the window still painting (at exit).

        Returns its value, or the exception it raised.
        """
        loop = QEventLoop()
        outcome: list[object] = []

        def finish(result: object) -> None:
            outcome.append(result)
            loop.quit()

        start = self._runner.command if write else self._runner.query
        start(fn, on_done=finish, on_error=finish, parent=self._window, progress_label=label)
        if not outcome:
            loop.exec()
        return outcome[0] if outcome else None

    # ----- automatic ----------------------------------------------------------------

    def _note_outside(self, target: Path) -> None:
        if not str(target).startswith(str(self._context.data_folder)):
            self._settings.extra[LAST_OUTSIDE] = dt.datetime.now().isoformat(timespec="seconds")
            self._settings.save()
        self.reminder_changed.emit(self.reminder())

    def automatic_if_due(self, now: dt.datetime | None = None) -> bool:
        """At exit: one automatic backup a day, waited for (the window is closing)."""
        database = self._context.database
        now = now or dt.datetime.now()
        chosen, local = self.chosen_folder, self._context.backup_folder
        folders = [folder for folder in (chosen, local) if folder is not None]
        if database is None or self.restored or not backup_rotation.due(folders, now):
            return False
        data_folder = self._context.data_folder
        result = self._wait_for(
            lambda _c: backup_rotation.make_automatic_backup(
                database, data_folder, chosen, local, now=now
            ),
            self.tr("Đang sao lưu tự động…"),
            write=True,
        )
        if isinstance(result, backup_rotation.AutomaticBackup) and result.outside:
            self._settings.extra[LAST_OUTSIDE] = now.isoformat(timespec="seconds")
            self._settings.save()
            self.reminder_changed.emit(self.reminder())
        return isinstance(result, backup_rotation.AutomaticBackup)

    def reminder(self, now: dt.datetime | None = None) -> str:
        """What to tell the clerk at start about backups outside the PC (empty: nothing)."""
        now = now or dt.datetime.now()
        last = self._settings.extra.get(LAST_OUTSIDE, "")
        days = backup_rotation.days_since(last, now) if isinstance(last, str) and last else None
        if self.chosen_folder is not None and not self.chosen_folder.is_dir():
            return self.tr("Không thấy thư mục sao lưu {folder} (USB chưa cắm?).").format(
                folder=self.chosen_folder
            )
        if days is None:
            return self.tr("Chưa có bản sao lưu nào ngoài máy này: Tệp → Sao lưu ngay.")
        if days >= self.remind_days:
            return self.tr("Đã {days} ngày chưa sao lưu ra ngoài máy này.").format(days=days)
        return ""
