"""Thêm / Sửa one day of a year's list: the date, its name, a day off or a day worked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.holidays import (
    HUNG_KINGS,
    LABOUR_DAY,
    NATIONAL_DAY,
    NEW_YEAR,
    TET,
    VICTORY_DAY,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.catalog.days_off import NAME_LIMIT, DayOffEntry, DayOffKind
from giamsat_desktop.ui.common.date_field import DateField

WEEKDAYS = (
    str(QT_TRANSLATE_NOOP("DaysOff", "thứ Hai")),
    str(QT_TRANSLATE_NOOP("DaysOff", "thứ Ba")),
    str(QT_TRANSLATE_NOOP("DaysOff", "thứ Tư")),
    str(QT_TRANSLATE_NOOP("DaysOff", "thứ Năm")),
    str(QT_TRANSLATE_NOOP("DaysOff", "thứ Sáu")),
    str(QT_TRANSLATE_NOOP("DaysOff", "thứ Bảy")),
    str(QT_TRANSLATE_NOOP("DaysOff", "Chủ nhật")),
)
KINDS = {
    DayOffKind.HOLIDAY: str(QT_TRANSLATE_NOOP("DaysOff", "Nghỉ lễ")),
    DayOffKind.WORKING_DAY: str(QT_TRANSLATE_NOOP("DaysOff", "Làm bù")),
}
SATURDAY = 5
"""``date.weekday()`` of a Saturday."""
USUAL_NAMES = (NEW_YEAR, TET, HUNG_KINGS, VICTORY_DAY, LABOUR_DAY, NATIONAL_DAY)
"""The holidays of Bộ luật Lao động Điều 112, offered as the clerk types a name."""


def weekday_name(day: dt.date) -> str:
    """The weekday's name ("thứ Hai" … "Chủ nhật"), in the window's language."""
    return QCoreApplication.translate("DaysOff", WEEKDAYS[day.weekday()])


def kind_name(kind: DayOffKind) -> str:
    """The kind's name ("Nghỉ lễ" or "Làm bù"), in the window's language."""
    return QCoreApplication.translate("DaysOff", KINDS[kind])


def day_text(day: dt.date) -> str:
    """A day with its weekday: "16/02/2026 (thứ Hai)"."""
    return f"{format_date(day)} ({weekday_name(day)})"


class DayOffEntryDialog(QDialog):
    """One line: Ngày, Tên, Loại; Đồng ý only once the line can be kept."""

    def __init__(
        self,
        year: int,
        taken: Collection[dt.date],
        entry: DayOffEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Make the dialog.

        Args:
            year: The year of the list: the date must be in it.
            taken: The dates already on other lines of the list.
            entry: The line being changed (Sửa), or None for a new one (Thêm).
            parent: The list's dialog.
        """
        super().__init__(parent)
        self._year = year
        self._taken = set(taken)
        title = self.tr("Thêm ngày nghỉ") if entry is None else self.tr("Sửa ngày nghỉ")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.date = DateField(entry.day if entry else None, required=True, name=self.tr("Ngày"))
        self.weekday = QLabel()
        self.weekday.setStyleSheet("color: #555555;")
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.weekday, 1)
        self.name = QLineEdit(entry.name if entry else "")
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("Ví dụ: Tết Âm lịch"))
        completer = QCompleter(list(USUAL_NAMES), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Nghỉ lễ (ngày nghỉ)"), DayOffKind.HOLIDAY)
        self.kind.addItem(
            self.tr("Làm bù (thứ Bảy, Chủ nhật đi làm thay ngày nghỉ)"), DayOffKind.WORKING_DAY
        )
        if entry is not None:
            self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Đồng ý"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Ngày:"), date_row)
        form.addRow(self.tr("Tên:"), self.name)
        form.addRow(self.tr("Loại:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.date.textChanged.connect(lambda _t: self.revalidate())
        self.name.textChanged.connect(lambda _t: self.revalidate())
        self.kind.currentIndexChanged.connect(lambda _i: self.revalidate())
        self.revalidate()
        (self.name if entry else self.date).setFocus(Qt.FocusReason.OtherFocusReason)

    def entry(self) -> DayOffEntry | None:
        """The line as typed; None while it has a problem."""
        day = self.date.date()
        if day is None or self.problems():
            return None
        return DayOffEntry(day, " ".join(self.name.text().split()), self.chosen_kind())

    def chosen_kind(self) -> DayOffKind:
        """A day off, or a day worked."""
        return DayOffKind(self.kind.currentData())

    def problems(self) -> list[str]:
        """What stops keeping the line."""
        found = []
        day = self.date.date()
        if problem := self.date.problem():
            found.append(problem)
        elif day is not None and day.year != self._year:
            found.append(
                self.tr("Ngày {date} không thuộc năm {year}.").format(
                    date=format_date(day), year=self._year
                )
            )
        elif day is not None and day in self._taken:
            found.append(
                self.tr("Ngày {date} đã có trong danh sách.").format(date=format_date(day))
            )
        elif (
            day is not None
            and self.chosen_kind() is DayOffKind.WORKING_DAY
            and day.weekday() < SATURDAY
        ):
            found.append(
                self.tr("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; {date} là {weekday}.").format(
                    date=format_date(day), weekday=weekday_name(day)
                )
            )
        if not self.name.text().strip():
            found.append(self.tr("Chưa nhập tên ngày nghỉ."))
        return found

    def revalidate(self) -> None:
        """Show the weekday and the problems; allow Đồng ý only without them."""
        day = self.date.date()
        self.weekday.setText(weekday_name(day) if day else "")
        found = self.problems()
        typed = bool(self.date.text().strip())
        self.problem.setText("\n".join(found) if typed or self.name.text() else "")
        self.ok_button.setEnabled(not found)

    def accept(self) -> None:
        """Đồng ý, Enter: only a line that can be kept."""
        if self.problems():
            self.revalidate()
            return
        super().accept()
