"""Cài đặt: the window's language, the office's details, where the data is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.services import office as office_service
from giamsat_desktop.services.changes import Area, Changes
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.error_text import error_text
from giamsat_desktop.ui.i18n import LANGUAGE_NAMES
from giamsat_desktop.ui.tasks import TaskRunner
from giamsat_desktop.ui.widgets.office_form import OfficeForm


class SettingsPage(QWidget):
    """Language (kept across restarts) and the office's details."""

    language_chosen = Signal(str)
    changed = Signal(object)

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
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
        general_form.addRow(self.tr("Cơ sở dữ liệu:"), location)
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

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(general)
        layout.addWidget(office_box)
        layout.addStretch(1)
        self.refresh()

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
