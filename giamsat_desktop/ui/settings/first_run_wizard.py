"""First run: who the office is, and which member organisations it works with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS, OrganizationDraft
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety import restore
from giamsat_desktop.ui.common.background import TaskRunner, Waiting
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.settings.office_form import OfficeForm


class _OfficePage(QWizardPage):
    """The office's details; Next stays disabled while a field has a problem."""

    def __init__(self, form: OfficeForm) -> None:
        super().__init__()
        self.setTitle(self.tr("Thông tin đơn vị"))
        self.setSubTitle(
            self.tr("Các thông tin này in trên tiêu đề mọi văn bản; có thể sửa lại trong Cài đặt.")
        )
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Whether every field can be saved."""
        return self.form.is_valid()


class _OrganizationsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Tổ chức thành viên"))
        self.setSubTitle(
            self.tr("Chọn các tổ chức của đơn vị; có thể thêm, sửa hoặc ngừng dùng trong Danh mục.")
        )
        layout = QVBoxLayout(self)
        self.boxes: list[tuple[QCheckBox, OrganizationDraft]] = []
        for draft in USUAL_ORGANIZATIONS:
            box = QCheckBox(f"{draft.name} ({draft.short_name})")
            box.setChecked(True)
            layout.addWidget(box)
            self.boxes.append((box, draft))
        layout.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

    def chosen(self) -> list[OrganizationDraft]:
        return [draft for box, draft in self.boxes if box.isChecked()]


class FirstRunWizard(QWizard):
    """Creates the office and its organisations in one transaction when finished."""

    def __init__(
        self,
        context: ServiceContext,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner if runner is not None else TaskRunner(self)
        self._waiting: Waiting | None = None
        self.setWindowTitle(self.tr("Khai báo đơn vị lần đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(680, 520)
        self.form = OfficeForm()
        self.office_page = _OfficePage(self.form)
        self.organizations_page = _OrganizationsPage()
        intro = QWizardPage()
        intro.setTitle(self.tr("Chào mừng"))
        text = QLabel(
            self.tr(
                "Chương trình giúp Ban Thường trực Ủy ban MTTQ Việt Nam quản lý văn bản, "
                "nhiệm vụ, các cuộc giám sát, phản biện xã hội và kiến nghị.\n\n"
                "Trước khi dùng, hãy khai báo thông tin của đơn vị. "
                "Dữ liệu được lưu tại:\n{location}"
            ).format(location=context.location)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        restore_note = QLabel(
            self.tr(
                "Thay máy tính mới? Nếu có tệp sao lưu của máy cũ (ví dụ trên USB), "
                "hãy khôi phục thay vì khai báo lại:"
            )
        )
        restore_note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_button.setEnabled(context.database is not None)
        self.restore_error = QLabel()
        self.restore_error.setStyleSheet("color: #b00020;")
        self.restore_error.setWordWrap(True)
        intro_layout = QVBoxLayout(intro)
        intro_layout.addWidget(text)
        intro_layout.addStretch(1)
        intro_layout.addWidget(restore_note)
        intro_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        intro_layout.addWidget(self.restore_error)
        self.restored = False
        self.addPage(intro)
        self.addPage(self.office_page)
        self.addPage(self.organizations_page)

    def restore_from_backup(self) -> None:
        """Khôi phục từ bản sao lưu…: ask for the backup file, then restore it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp sao lưu"), "", self.tr("Tệp sao lưu (*.zip)")
        )
        if path:
            self.restore(Path(path))

    @property
    def restoring(self) -> bool:
        """Whether a restore is running."""
        return self._waiting is not None and self._waiting.active

    def restore(self, archive: Path) -> None:
        """Restore ``archive`` instead of setting up (the program then opens the restored data).

        The restore runs on a worker with a progress dialog, the wizard greyed out. On a
        refusal the reason is shown under the button and the wizard stays open.
        """
        database = self._context.database
        if database is None or self.restoring:
            return
        self.restore_error.clear()
        database.close()
        url, data_folder = database.url, self._context.data_folder
        safety = self._context.backup_folder
        buttons = (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton)
        self._waiting = Waiting(self.restore_button, *(self.button(b) for b in buttons))

        def restored(_result: object) -> None:
            if self._waiting is not None:
                self._waiting.end()
            self.restored = True
            self.done(QWizard.DialogCode.Accepted)

        def refused(exc: BaseException) -> None:
            if self._waiting is not None:
                self._waiting.end()
            self.restore_error.setText(error_text(exc))

        self._runner.command(
            lambda control: restore.restore_backup(
                url, archive, data_folder, safety, progress=control.report
            ),
            on_done=restored,
            on_error=refused,
            parent=self,
            progress_label=self.tr("Đang khôi phục…"),
            cancellable=False,  # a restore runs to its end, or rolls back by itself
        )

    def accept(self) -> None:
        """Save; on a refusal stay open with the reason shown."""
        try:
            office_service.set_up_office(
                self._context.factory,
                self._context.actor,
                self.form.office(),
                self.organizations_page.chosen(),
            )
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, wizard stays open
            self.organizations_page.error.setText(error_text(exc))
            return
        super().accept()
