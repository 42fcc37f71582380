"""Cài đặt's box "Ngày nghỉ lễ, Tết và nhắc hạn": the reminder window and the days off.

"Nhắc trước hạn: [3] ngày" is one office-wide number: tasks due within it are recalled at
start and shown in amber. It is kept a moment after the clerk stops changing it (or on
Enter). "Ngày nghỉ lễ, Tết…" opens the list of each year's holidays; in December, when the
coming year has no Tết entered, the box says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.services.catalog import days_off
from giamsat_desktop.services.catalog.days_off import REMINDER_RANGE
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.settings.day_setting import DaySetting
from giamsat_desktop.ui.settings.days_off_dialog import DaysOffDialog


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
        self._tet_year: int | None = None
        self.dialog: DaysOffDialog | None = None
        writable = context.actor.role.can_write

        self.reminder_setting = DaySetting(
            runner,
            self.tr("&Nhắc trước hạn:"),
            REMINDER_RANGE,
            days_off.DEFAULT_REMINDER_DAYS,
            lambda days: days_off.set_reminder_days(context.factory, context.actor, days),
            writable=writable,
            tooltip=self.tr(
                "Nhiệm vụ đến hạn trong số ngày này được nhắc khi mở chương trình và tô màu "
                "vàng; mọi máy của đơn vị dùng chung."
            ),
            parent=self,
        )
        self.reminder_setting.saved.connect(self.changed)
        self.reminder_setting.refused.connect(self.refresh)
        self.reminder = self.reminder_setting.spin
        self.reminder_status = self.reminder_setting.status
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_setting.label)
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
        self.reminder_setting.show_saved(reminder)
        self._tet_year = next_year if tet_missing else None
        self.tet_note.setText(
            self.tr(
                "Chưa có ngày nghỉ Tết Âm lịch năm {year}: hãy bấm “Ngày nghỉ lễ, Tết…” và "
                "nhập theo thông báo của Chính phủ."
            ).format(year=next_year)
        )
        self.tet_note.setVisible(tet_missing)

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
