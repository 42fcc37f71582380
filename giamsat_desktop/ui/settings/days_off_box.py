"""Cài đặt's box "Ngày nghỉ lễ, Tết và nhắc hạn": the reminder window and the days off.

"Nhắc trước hạn: [3] ngày" is one office-wide number: tasks due within it are recalled at
start and shown in amber. It is kept a moment after the clerk stops changing it (or on
Enter). "Ngày nghỉ lễ, Tết…" opens the list of each year's holidays; in December, when the
coming year has no Tết entered, the box says so.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.services.catalog import days_off
from giamsat_desktop.services.catalog.days_off import REMINDER_RANGE
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.settings.days_off_dialog import DaysOffDialog

SAVE_PAUSE_MS = 800
"""The reminder window is kept once the clerk has stopped changing it this long."""


class DaysOffBox(QGroupBox):
    """The reminder window, the button to the days off, and the December reminder."""

    changed = Signal(object)
    """After a save (the reminder window, a year's days off): the ``Changes`` it made."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ngày nghỉ lễ, Tết và nhắc hạn"))
        self._context = context
        self._runner = runner
        self._saved_days: int | None = None
        self._tet_year: int | None = None
        self.dialog: DaysOffDialog | None = None
        writable = context.actor.role.can_write

        self.reminder = QSpinBox()
        self.reminder.setRange(*REMINDER_RANGE)
        self.reminder.setValue(days_off.DEFAULT_REMINDER_DAYS)
        self.reminder.setSuffix(self.tr(" ngày"))
        self.reminder.setEnabled(False)  # until the office's value is read
        self.reminder.setToolTip(
            self.tr(
                "Nhiệm vụ đến hạn trong số ngày này được nhắc khi mở chương trình và tô màu "
                "vàng; mọi máy của đơn vị dùng chung."
            )
        )
        self._writable = writable
        reminder_label = QLabel(self.tr("&Nhắc trước hạn:"))
        reminder_label.setBuddy(self.reminder)
        self.reminder_status = QLabel()
        self.reminder_status.setStyleSheet("color: #555555;")
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SAVE_PAUSE_MS)
        self._pause.timeout.connect(self.save_reminder)
        self.reminder.valueChanged.connect(lambda _v: self._changing())
        self.reminder.editingFinished.connect(self.save_reminder)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(reminder_label)
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.reminder_status, 1)

        about = QLabel(
            self.tr(
                "Thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết của từng năm: thời hạn “sau N "
                "ngày” kết thúc vào ngày nghỉ thì lùi sang ngày làm việc tiếp theo."
            )
        )
        about.setWordWrap(True)
        self.days_off_button = QPushButton(self.tr("Ngày nghỉ lễ, Tết…"))
        self.days_off_button.clicked.connect(lambda: self.open_days_off())
        days_row = QHBoxLayout()
        days_row.addWidget(about, 1)
        days_row.addWidget(self.days_off_button)
        self.tet_note = QLabel()
        self.tet_note.setObjectName("tetReminder")
        self.tet_note.setWordWrap(True)
        self.tet_note.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.tet_note.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(reminder_row)
        layout.addLayout(days_row)
        layout.addWidget(self.tet_note)
        self.refresh()

    # ----- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the reminder window and whether next year's Tết is missing."""
        factory, today = self._context.factory, clock.today()

        def read(_control: object) -> tuple[int, bool]:
            return days_off.reminder_days(factory), days_off.tet_reminder_due(factory, today)

        self._runner.query(read, on_done=lambda found: self._show(today.year + 1, *found))

    def _show(self, next_year: int, reminder: int, tet_missing: bool) -> None:
        typing = self._pause.isActive() or (
            self._saved_days is not None and self.reminder.value() != self._saved_days
        )
        if not typing:
            self.reminder.blockSignals(True)  # the office's value, not a change by the clerk
            self.reminder.setValue(reminder)
            self.reminder.blockSignals(False)
        self._saved_days = reminder
        self.reminder.setEnabled(self._writable)
        self._tet_year = next_year if tet_missing else None
        self.tet_note.setText(
            self.tr(
                "Chưa có ngày nghỉ Tết Âm lịch năm {year}: hãy bấm “Ngày nghỉ lễ, Tết…” và "
                "nhập theo thông báo của Chính phủ."
            ).format(year=next_year)
        )
        self.tet_note.setVisible(tet_missing)

    # ----- the reminder window ----------------------------------------------------------

    def _changing(self) -> None:
        self.reminder_status.clear()
        self._pause.start()

    def save_reminder(self) -> None:
        """Keep the number shown, when it differs from the office's."""
        self._pause.stop()
        days, context = self.reminder.value(), self._context
        if not self._writable or self._saved_days is None or days == self._saved_days:
            return
        self._saved_days = days  # asked once, even if Enter follows the pause

        def done(changes: Changes) -> None:
            self.reminder_status.setText(self.tr("Đã lưu."))
            self.changed.emit(changes)

        def refused(exc: BaseException) -> None:
            self.reminder_status.setText(error_text(exc))
            self._saved_days = None
            self.refresh()

        self._runner.command(
            lambda _c: days_off.set_reminder_days(context.factory, context.actor, days),
            on_done=done,
            on_error=refused,
        )

    # ----- the days off ------------------------------------------------------------------

    def open_days_off(self) -> DaysOffDialog:
        """Ngày nghỉ lễ, Tết…: the list (next year's, when its Tết is missing in December)."""
        if self.dialog is not None:
            self.dialog.deleteLater()  # the one opened before, closed since
        dialog = DaysOffDialog(self._context, self._runner, self._tet_year, self)
        dialog.changed.connect(self._days_off_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _days_off_saved(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.refresh()
