"""Nơi lưu dữ liệu: this PC's own file, or a database shared by the office's PCs on a server.

Nothing is saved until a connection test has found a database the program can open, so a
typing mistake never leaves the PC pointed at nothing. The office's data can be moved into
an empty server database on the way.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import (
    DATABASE_FILE_NAME,
    ENV_DATABASE_URL,
    Settings,
    data_dir,
    display_location,
    resolve_database_url,
)
from giamsat_desktop.domain.errors import Detail, ValidationError
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.backup_archive import Manifest
from giamsat_desktop.services.safety.shared_database import (
    DEFAULT_PORT,
    DatabaseProbe,
    DatabaseState,
    ServerAddress,
    move_data,
    probe_database,
)
from giamsat_desktop.ui.common.background import TaskCancelled, TaskControl, TaskRunner
from giamsat_desktop.ui.common.error_text import error_text

OPENABLE = (DatabaseState.EMPTY, DatabaseState.CURRENT, DatabaseState.OLDER)
"""What a connection test may find for the choice to be saved."""
ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"


class DatabaseDialog(QDialog):
    """Choose where this PC's data lives; ``saved_url`` is set once a choice was saved."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Settings,
        database_option: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nơi lưu dữ liệu"))
        self.setMinimumWidth(560)
        self._context = context
        self._runner = runner
        self._settings = settings
        self._database_option = database_option
        self.probe: DatabaseProbe | None = None
        self._probed_url = ""
        self._save_after_probe = False
        self.saved_url: str | None = None
        self.moved: Manifest | None = None
        self._moving = False

        self.local_choice = QRadioButton(self.tr("Tệp dữ liệu trên máy này"))
        self.local_path = QLineEdit(str(data_dir() / DATABASE_FILE_NAME))
        self.local_path.setReadOnly(True)
        self.server_choice = QRadioButton(
            self.tr("Cơ sở dữ liệu dùng chung trên máy chủ (PostgreSQL)")
        )
        choices = QButtonGroup(self)
        choices.addButton(self.local_choice)
        choices.addButton(self.server_choice)

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("Ví dụ: 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database_name = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_fields = QWidget()
        fields = QFormLayout(self.server_fields)
        fields.setContentsMargins(24, 0, 0, 0)
        fields.addRow(self.tr("Địa chỉ máy chủ:"), self.host)
        fields.addRow(self.tr("Cổng:"), self.port)
        fields.addRow(self.tr("Tên cơ sở dữ liệu:"), self.database_name)
        fields.addRow(self.tr("Tên người dùng:"), self.user)
        fields.addRow(self.tr("Mật khẩu:"), self.password)
        password_note = QLabel(self.tr("Mật khẩu được lưu trong tệp cài đặt của máy này."))
        password_note.setStyleSheet(NOTE_STYLE)
        password_note.setWordWrap(True)
        fields.addRow("", password_note)

        self.test_button = QPushButton(self.tr("Kiểm tra kết nối"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("probeResult")
        self.result.setWordWrap(True)
        self.move = QCheckBox(self.tr("Chuyển dữ liệu đang dùng trên máy này lên máy chủ"))
        self.move.setEnabled(False)

        self.override = QLabel(self._override_text())
        self.override.setObjectName("databaseOverride")
        self.override.setStyleSheet(ERROR_STYLE)
        self.override.setWordWrap(True)
        self.override.setVisible(bool(self.override.text()))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        local_row = QHBoxLayout()
        local_row.setContentsMargins(24, 0, 0, 0)
        local_row.addWidget(self.local_path)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.override)
        layout.addWidget(self.local_choice)
        layout.addLayout(local_row)
        layout.addSpacing(8)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_fields)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addWidget(self.move)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._prefill(settings.database_url)
        for edit in (self.host, self.database_name, self.user, self.password):
            edit.textChanged.connect(self._address_changed)
        self.port.valueChanged.connect(self._address_changed)
        self.server_choice.toggled.connect(self._choice_changed)
        self._choice_changed()

    # ----- what is shown ------------------------------------------------------------

    def _prefill(self, url: str) -> None:
        address = ServerAddress.from_url(url)
        if address is None:
            self.local_choice.setChecked(True)
            return
        self.server_choice.setChecked(True)
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database_name.setText(address.database)
        self.user.setText(address.user)
        self.password.setText(address.password)

    def _override_text(self) -> str:
        if self._database_option:
            source = self.tr("tham số --db")
        elif os.environ.get(ENV_DATABASE_URL):
            source = self.tr("biến môi trường {name}").format(name=ENV_DATABASE_URL)
        else:
            return ""
        location = display_location(resolve_database_url(self._database_option))
        return self.tr(
            "Chương trình đang mở dữ liệu {location} theo {source}. "
            "Lựa chọn lưu ở đây chỉ có hiệu lực khi không còn {source}."
        ).format(location=location, source=source)

    def _choice_changed(self) -> None:
        on_server = self.server_choice.isChecked()
        self.server_fields.setEnabled(on_server)
        self.local_path.setEnabled(not on_server)
        self.test_button.setEnabled(on_server)
        self._address_changed()

    def _address_changed(self) -> None:
        """A changed address needs a new connection test."""
        self.probe = None
        self._probed_url = ""
        self.move.setChecked(False)
        self.move.setEnabled(False)
        self._show_result("")

    def _show_result(self, text: str, *, problem: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(ERROR_STYLE if problem else "")

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.test_button.setEnabled(not busy and self.server_choice.isChecked())
        self.local_choice.setEnabled(not busy)
        self.server_choice.setEnabled(not busy)
        self.server_fields.setEnabled(not busy and self.server_choice.isChecked())

    def describe(self, probe: DatabaseProbe) -> str:
        """What a connection test found, in a sentence for the clerk."""
        where = probe.location
        if probe.state is DatabaseState.EMPTY:
            return self.tr(
                "Cơ sở dữ liệu trống: {location}. Có thể chuyển dữ liệu đang dùng trên máy này "
                "lên, hoặc để chương trình thiết lập đơn vị mới khi mở."
            ).format(location=where)
        if probe.state is DatabaseState.CURRENT:
            return self.tr(
                "Kết nối được. Dữ liệu của “{office}”, có {count} văn bản đến và đi."
            ).format(office=probe.office, count=format_number(probe.documents))
        if probe.state is DatabaseState.OLDER:
            return self.tr(
                "Kết nối được. Dữ liệu của “{office}” ({count} văn bản) theo phiên bản cũ: "
                "khi mở, chương trình sẽ sao lưu rồi nâng cấp."
            ).format(office=probe.office, count=format_number(probe.documents))
        if probe.state is DatabaseState.NEWER:
            return self.tr(
                "Dữ liệu ở {location} do phiên bản mới hơn của chương trình tạo ra. "
                "Hãy cài phiên bản mới trên máy này trước."
            ).format(location=where)
        return self.tr(
            "Cơ sở dữ liệu {location} đã chứa dữ liệu khác, không phải của chương trình này. "
            "Hãy chọn cơ sở dữ liệu khác."
        ).format(location=where)

    # ----- connection test ----------------------------------------------------------

    def server_url(self) -> str | None:
        """The URL of the typed address, or None (and the reason shown) if incomplete."""
        address = ServerAddress(
            host=self.host.text(),
            database=self.database_name.text(),
            user=self.user.text(),
            password=self.password.text(),
            port=self.port.value(),
        )
        try:
            return address.url()
        except ValidationError as exc:
            self._show_result(error_text(exc), problem=True)
            field = {
                "server_host": self.host,
                "server_database": self.database_name,
                "server_user": self.user,
                "server_port": self.port,
            }.get(str(exc.values.get("field", "")))
            if field is not None:
                field.setFocus()
            return None

    def test_connection(self) -> None:
        """Ask the server, in the background, what it holds."""
        url = self.server_url()
        if url is None:
            self._save_after_probe = False
            return
        self._busy(True)
        self._show_result(self.tr("Đang kết nối…"))
        self._runner.query(
            lambda _c: probe_database(url),
            on_done=lambda probe: self._probed(url, probe),
            on_error=self._probe_failed,
        )

    def _probed(self, url: str, probe: DatabaseProbe) -> None:
        self._busy(False)
        self.probe, self._probed_url = probe, url
        self._show_result(self.describe(probe), problem=probe.state not in OPENABLE)
        self.move.setEnabled(probe.state is DatabaseState.EMPTY and self._can_move())
        if self._save_after_probe:
            self._save_after_probe = False
            if probe.state in OPENABLE:
                self._save_server(url)

    def _probe_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._save_after_probe = False
        self.probe, self._probed_url = None, ""
        self._show_result(error_text(exc), problem=True)

    def _can_move(self) -> bool:
        return self._context.database is not None and self._context.actor.role.can_write

    # ----- saving -------------------------------------------------------------------

    def accept(self) -> None:
        """Save the choice; a server is tested first, and the data moved if asked."""
        if self.local_choice.isChecked():
            self._save("")
            return
        url = self.server_url()
        if url is None:
            return
        if self.probe is None or url != self._probed_url:
            self._save_after_probe = True
            self.test_connection()
            return
        if self.probe.state in OPENABLE:
            self._save_server(url)

    def _save_server(self, url: str) -> None:
        if self.move.isChecked() and self.move.isEnabled():
            self._move_then_save(url)
        else:
            self._save(url)

    def _move_then_save(self, url: str) -> None:
        database, folder = self._context.database, self._context.data_folder
        assert database is not None

        def move(control: TaskControl) -> Manifest | None:
            def progress(fraction: float, message: Detail | None) -> None:
                if fraction < 0.5:  # only while backing up: the restore runs to its end
                    control.check()
                control.report(fraction, message)

            try:
                return move_data(database, folder, url, progress=progress)
            except TaskCancelled:
                return None  # nothing reached the server: the backup was cut short

        def moved(manifest: Manifest | None) -> None:
            self._moving = False
            self._busy(False)
            if manifest is None:
                self._show_result(self.tr("Đã hủy, chưa chuyển gì lên máy chủ."))
                return
            self.moved = manifest
            self._save(url)

        def failed(exc: BaseException) -> None:
            self._moving = False
            self._busy(False)
            self._show_result(error_text(exc), problem=True)

        self._moving = True
        self._busy(True)
        self._show_result(self.tr("Đang chuyển dữ liệu lên máy chủ…"))
        self._runner.command(
            move,
            on_done=moved,
            on_error=failed,
            parent=self,
            progress_label=self.tr("Đang chuyển dữ liệu lên máy chủ…"),
        )

    def _save(self, url: str) -> None:
        self._settings.database_url = url
        try:
            self._settings.save()
        except OSError as exc:
            self._show_result(error_text(exc), problem=True)
            return
        self.saved_url = url
        super().accept()

    def reject(self) -> None:
        """Cancel, unless data is being moved (that finishes first)."""
        if self._moving:
            return
        self._save_after_probe = False
        super().reject()
