"""Cài đặt: language, the office, where the data is, the forms' wording, days off, deadlines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings, resolve_database_url
from giamsat_desktop.domain.accounts import Role
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.i18n import LANGUAGE_NAMES
from giamsat_desktop.ui.settings.accounts_box import AccountsBox
from giamsat_desktop.ui.settings.backup_actions import BackupActions
from giamsat_desktop.ui.settings.database_dialog import DatabaseDialog
from giamsat_desktop.ui.settings.days_off_box import DaysOffBox
from giamsat_desktop.ui.settings.lead_days_box import LeadDaysBox
from giamsat_desktop.ui.settings.office_form import OfficeForm
from giamsat_desktop.ui.settings.standard_texts_dialog import StandardTextsDialog


class SettingsPage(QWidget):
    """Language (kept across restarts), where the data is, and the office's details."""

    language_chosen = Signal(str)
    changed = Signal(object)
    restart_requested = Signal()
    """The clerk wants the program to open again, on the newly chosen data."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        language: str,
        backups: BackupActions | None = None,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        database_option: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._settings = settings
        self._database_option = database_option
        self.database_dialog: DatabaseDialog | None = None
        self.standard_texts_dialog: StandardTextsDialog | None = None
        title = QLabel(self.tr("Cài đặt"))
        title.setObjectName("pageTitle")

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        general = QGroupBox(self.tr("Chung"))
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Ngôn ngữ giao diện:"), self.language)
        location = QLabel(context.location)
        location.setWordWrap(True)
        self.change_location = QPushButton(self.tr("Đổi nơi lưu dữ liệu…"))
        self.change_location.clicked.connect(lambda: self.choose_location())
        self.change_location.setVisible(settings is not None)
        location_row = QHBoxLayout()
        location_row.addWidget(location, 1)
        location_row.addWidget(self.change_location)
        general_form.addRow(self.tr("Cơ sở dữ liệu:"), location_row)
        general_form.addRow(self.tr("Thư mục dữ liệu:"), QLabel(str(context.data_folder)))

        office_box = QGroupBox(self.tr("Thông tin đơn vị"))
        self.office_form = OfficeForm()
        self.save_button = QPushButton(self.tr("Lưu thông tin đơn vị"))
        self.save_button.clicked.connect(self.save_office)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.office_form.changed.connect(
            lambda: self.save_button.setEnabled(self.office_form.is_valid())
        )
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        office_layout = QVBoxLayout(office_box)
        office_layout.addWidget(self.office_form)
        office_layout.addLayout(row)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(general)
        if backups is not None:
            layout.addWidget(self._backup_box(backups))
        self.accounts = AccountsBox(context, runner=runner)
        listed = self.accounts.users.model()
        listed.rowsInserted.connect(lambda *_a: self._allow_location())
        listed.rowsRemoved.connect(lambda *_a: self._allow_location())
        self._allow_location()
        layout.addWidget(self.accounts)
        layout.addWidget(office_box)
        layout.addWidget(self._standard_texts_box())
        self.days_off_box = DaysOffBox(context, runner)
        self.days_off_box.changed.connect(self.changed)
        layout.addWidget(self.days_off_box)
        self.lead_days_box = LeadDaysBox(context, runner)
        self.lead_days_box.changed.connect(self.changed)
        layout.addWidget(self.lead_days_box)
        layout.addStretch(1)
        scroll = QScrollArea()  # a small window scrolls rather than squeezing the forms
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(scroll, 1)
        self.refresh()

    def _backup_box(self, backups: BackupActions) -> QGroupBox:
        box = QGroupBox(self.tr("Sao lưu"))
        form = QFormLayout(box)
        self.backup_folder = QLineEdit(str(backups.chosen_folder or ""))
        self.backup_folder.setPlaceholderText(self.tr("Ví dụ: ổ USB E:\\SaoLuu"))
        self.backup_folder.setReadOnly(True)
        choose = QPushButton(self.tr("Chọn thư mục…"))

        def pick() -> None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Thư mục sao lưu tự động"))
            if folder:
                backups.set_chosen_folder(Path(folder))
                self.backup_folder.setText(folder)

        choose.clicked.connect(pick)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Thư mục sao lưu tự động:"), row)
        self.remind_days = QSpinBox()
        self.remind_days.setRange(1, 90)
        self.remind_days.setValue(backups.remind_days)
        self.remind_days.setSuffix(self.tr(" ngày"))
        self.remind_days.valueChanged.connect(backups.set_remind_days)
        form.addRow(self.tr("Nhắc khi chưa sao lưu ra ngoài sau:"), self.remind_days)
        buttons = QHBoxLayout()
        now = QPushButton(self.tr("Sao lưu ngay…"))
        now.clicked.connect(lambda: backups.backup_now())
        restore = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        restore.clicked.connect(lambda: backups.restore())
        restore.setEnabled(self._context.actor.role.can_write)
        buttons.addWidget(now)
        buttons.addWidget(restore)
        buttons.addStretch(1)
        form.addRow(buttons)
        return box

    def _standard_texts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mẫu văn bản"))
        about = QLabel(
            self.tr(
                "Lời văn thường dùng (câu kết, nơi nhận…) mà văn bản mới của đơn vị bắt đầu "
                "từ đó; mọi máy của đơn vị dùng chung."
            )
        )
        about.setWordWrap(True)
        self.standard_texts_button = QPushButton(self.tr("Mẫu văn bản…"))
        self.standard_texts_button.clicked.connect(lambda: self.open_standard_texts())
        row = QHBoxLayout(box)
        row.addWidget(about, 1)
        row.addWidget(self.standard_texts_button)
        return box

    def open_standard_texts(self) -> StandardTextsDialog:
        """Mẫu văn bản…: the forms' standard wording (read-only for a viewer)."""
        if self.standard_texts_dialog is not None:
            self.standard_texts_dialog.deleteLater()  # the one opened before, closed since
        dialog = StandardTextsDialog(self._context, self._runner, self._settings, self)
        dialog.changed.connect(self.changed)
        self.standard_texts_dialog = dialog
        dialog.open()
        return dialog

    # ----- where the data is ----------------------------------------------------------

    def may_change_location(self) -> bool:
        """An administrator; or anyone who may write while the office has no accounts yet."""
        role = self._context.actor.role
        return role is Role.ADMIN or (role.can_write and self.accounts.users.count() == 0)

    def _allow_location(self) -> None:
        self.change_location.setEnabled(self.may_change_location())

    def choose_location(self) -> DatabaseDialog | None:
        """Open the dialog; after a saved change, offer to open the program again on it."""
        if self._settings is None or not self.may_change_location():
            return None
        dialog = DatabaseDialog(
            self._context, self._runner, self._settings, self._database_option, self
        )
        self.database_dialog = dialog
        dialog.finished.connect(lambda _result: self._location_chosen(dialog))
        dialog.open()
        return dialog

    def _location_chosen(self, dialog: DatabaseDialog) -> None:
        if dialog.saved_url is None:
            return
        database = self._context.database
        running = database.url if database is not None else ""
        chosen = resolve_database_url(self._database_option, self._settings)
        if chosen == running:
            return  # the override still wins, or the choice is what is open now
        answer = QMessageBox.question(
            self,
            self.tr("Nơi lưu dữ liệu"),
            self.tr(
                "Đã lưu nơi lưu dữ liệu mới. Mở lại chương trình với dữ liệu mới ngay bây giờ?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested.emit()

    def refresh(self) -> None:
        """Re-read the office's details."""
        factory = self._context.factory
        self._runner.query(lambda _c: office_service.get_office(factory), on_done=self._show)

    def _show(self, office: OfficeInfo | None) -> None:
        if office is not None:
            self.office_form.set_office(office)

    def save_office(self) -> None:
        """Save the details in the background."""
        info, context = self.office_form.office(), self._context
        self.save_button.setEnabled(False)
        self._runner.command(
            lambda _c: office_service.update_office(context.factory, context.actor, info),
            on_done=self._saved,
            on_error=self._refused,
        )

    def _saved(self, result: tuple[OfficeInfo, Changes]) -> None:
        office, changes = result
        self.office_form.set_office(office)
        self.status.setText(self.tr("Đã lưu."))
        self.save_button.setEnabled(True)
        self.changed.emit(changes)

    def _refused(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
        self.save_button.setEnabled(True)

    def on_changes(self, changes: Changes) -> None:
        """Reload if the office changed elsewhere."""
        if changes.touches(Area.OFFICE):
            self.refresh()
            self.days_off_box.refresh()
            self.lead_days_box.refresh()
