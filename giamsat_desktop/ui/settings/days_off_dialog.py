"""Cài đặt → Ngày nghỉ lễ, Tết: each year's holidays and the Saturdays worked in exchange.

Saturdays and Sundays are always days off; this list holds the rest, year by year, for
every PC of the office ("sau 15 ngày" is counted over it). The years decided when the
program was built come with it; a later year is entered by the clerk from the government's
notice. Lưu keeps the chosen year's list; a deadline already given keeps its date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.holidays import SHIPPED_HOLIDAYS
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.catalog import days_off
from giamsat_desktop.services.catalog.days_off import (
    NAME_LIMIT,
    DayOffEntry,
    DayOffKind,
    DayOffProblem,
    RowProblem,
    YearDaysOff,
)
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.discard_question import confirm_discard
from giamsat_desktop.ui.common.edit_flow import (
    discard_allowed,
    leave_choice,
    message_labels,
    save_shortcuts,
    show_messages,
)
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.settings.day_off_entry_dialog import DayOffEntryDialog, day_text, kind_name

DAY, NAME, KIND = range(3)
"""The list's columns: Ngày, Tên, Loại."""
WORKED_COLOUR = "#1f6f3f"
"""A day worked ("làm bù") reads green: it is a working day."""


class DaysOffDialog(QDialog):
    """A year, its list (Thêm…, Sửa…, Xóa), Lưu and Đóng; read-only for a viewer."""

    changed = Signal(object)
    """After a save: the ``Changes`` it made."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._read_only = not context.actor.role.can_write
        self._loaded: YearDaysOff | None = None
        self._busy = False
        self._error = ""
        self.entries: list[DayOffEntry] = []
        self.entry_dialog: DayOffEntryDialog | None = None
        today = clock.today()
        self._year = year or today.year
        self.setWindowTitle(self.tr("Ngày nghỉ lễ, Tết"))
        self.setMinimumSize(640, 480)
        self.resize(760, 560)

        intro = QLabel(
            self.tr(
                "Thứ Bảy, Chủ nhật luôn là ngày nghỉ. Danh sách này ghi các ngày nghỉ lễ, Tết "
                "của từng năm và các ngày thứ Bảy, Chủ nhật làm bù; thời hạn “sau N ngày” tính "
                "theo đó, ở mọi máy của đơn vị. Thời hạn đã giao trước khi sửa giữ nguyên."
            )
        )
        intro.setWordWrap(True)
        self.viewer_note = QLabel(
            self.tr("<b>Tài khoản chỉ xem:</b> xem được danh sách nhưng không sửa được.")
        )
        self.viewer_note.setWordWrap(True)
        self.viewer_note.setVisible(self._read_only)
        self.year_choice = QComboBox()
        years = set(SHIPPED_HOLIDAYS) | set(range(today.year - 1, today.year + 3)) | {self._year}
        self._set_years(years)
        self.year_choice.currentIndexChanged.connect(lambda _i: self._year_chosen())
        year_label = QLabel(self.tr("&Năm:"))
        year_label.setBuddy(self.year_choice)
        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_choice)
        year_row.addStretch(1)
        self.note = QLabel()
        self.note.setObjectName("daysOffNote")
        self.note.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Tên"), self.tr("Loại")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, lambda: self.remove_selected())

        self.problem, self.status = message_labels()
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.save_button = QPushButton(self.tr("Lưu"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(lambda: self.reject())
        for button in (self.add_button, self.edit_button, self.remove_button, self.close_button):
            button.setAutoDefault(False)
            button.setVisible(button is self.close_button or not self._read_only)
        self.save_button.setDefault(True)
        self.save_button.setVisible(not self._read_only)
        save_shortcuts(self, lambda: self.save())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.viewer_note)
        layout.addLayout(year_row)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._load_years()
        self.load()

    # ----- years ---------------------------------------------------------------------

    @property
    def year(self) -> int:
        """The year shown."""
        return self._year

    def _set_years(self, years: set[int]) -> None:
        self.year_choice.blockSignals(True)
        self.year_choice.clear()
        for year in sorted(years):
            self.year_choice.addItem(str(year), year)
        self.year_choice.setCurrentIndex(self.year_choice.findData(self._year))
        self.year_choice.blockSignals(False)

    def _load_years(self) -> None:
        """Add the years the office saved a list for (an old one, a far one)."""
        factory = self._context.factory
        offered = {int(self.year_choice.itemData(i)) for i in range(self.year_choice.count())}
        self._runner.query(
            lambda _c: days_off.listed_years(factory),
            on_done=lambda listed: self._set_years(offered | set(listed)),
        )

    def _year_chosen(self) -> None:
        year = int(self.year_choice.currentData())
        if year == self._year or not leave_choice(
            self.year_choice, self._year, self.has_changes, self.confirm_discard
        ):
            return
        self._year = year
        self._error = ""
        self.status.clear()
        self.load()

    # ----- reading -------------------------------------------------------------------

    def load(self) -> None:
        """Read the chosen year's list (the office's, else the program's)."""
        factory, year = self._context.factory, self._year
        self._busy = True
        self._enable()
        self._runner.query(
            lambda _c: days_off.year_days_off(factory, year),
            on_done=self._show,
            on_error=self._refused,
        )

    def _show(self, loaded: YearDaysOff) -> None:
        self._busy = False
        if loaded.year != self._year:
            return  # an answer about a year no longer chosen
        self._loaded = loaded
        self.entries = list(loaded.entries)
        self._fill()
        self._show_note()

    def _show_note(self) -> None:
        loaded, year = self._loaded, self._year
        if loaded is None:
            return
        if not self.entries:
            text = self.tr(
                "Chưa có ngày nghỉ lễ, Tết của năm {year}: hãy nhập theo thông báo của Chính phủ."
            ).format(year=year)
            colour = "#8a4b00"
        elif loaded.shipped and not self.has_changes():
            text = self.tr(
                "Ngày nghỉ năm {year} theo quyết định của Chính phủ, có sẵn trong chương trình."
            ).format(year=year)
            colour = "#555555"
        else:
            text = self.tr("Ngày nghỉ năm {year} do đơn vị nhập.").format(year=year)
            colour = "#555555"
            if not any(days_off.is_tet(entry) for entry in self.entries):
                text += " " + self.tr("Chưa có các ngày nghỉ Tết Âm lịch.")
                colour = "#8a4b00"
        if self.has_changes():
            text += " " + self.tr("Có thay đổi chưa lưu.")
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {colour};")

    def _fill(self, select: dt.date | None = None) -> None:
        """Show the lines in date order; select the line of ``select``."""
        self.entries.sort(key=lambda entry: entry.day)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (day_text(entry.day), entry.name, kind_name(entry.kind))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.kind is DayOffKind.WORKING_DAY:
                    item.setForeground(QColor(WORKED_COLOUR))
                self.table.setItem(row, column, item)
            if entry.day == select:
                self.table.selectRow(row)
        self._show_note()
        self._enable()

    # ----- checking --------------------------------------------------------------------

    def has_changes(self) -> bool:
        """Whether the list shown differs from the one read."""
        loaded = self._loaded
        return loaded is not None and tuple(self.entries) != loaded.entries

    def problem_text(self, problem: RowProblem) -> str:
        """A line's problem in one sentence naming the line."""
        day, row = format_date(problem.day), problem.row
        match problem.problem:
            case DayOffProblem.OTHER_YEAR:
                return self.tr("Dòng {row}: ngày {date} không thuộc năm {year}.").format(
                    row=row, date=day, year=self._year
                )
            case DayOffProblem.NO_NAME:
                return self.tr("Dòng {row}: chưa nhập tên ngày nghỉ.").format(row=row)
            case DayOffProblem.NAME_TOO_LONG:
                return self.tr("Dòng {row}: tên dài quá, tối đa {limit} ký tự.").format(
                    row=row, limit=NAME_LIMIT
                )
            case DayOffProblem.TWICE:
                return self.tr("Dòng {row}: ngày {date} đã có ở dòng {other}.").format(
                    row=row, date=day, other=problem.other_row
                )
            case DayOffProblem.NOT_WEEKEND:
                return self.tr(
                    "Dòng {row}: ngày làm bù {date} không phải thứ Bảy hay Chủ nhật."
                ).format(row=row, date=day)

    def problems(self) -> list[str]:
        """Every line's problem (none for a list made with Thêm… and Sửa…)."""
        return [self.problem_text(p) for p in days_off.entry_problems(self._year, self.entries)]

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _enable(self) -> None:
        found = self.problems()
        show_messages(self.problem, self.status, found, self._error)
        ready = self._loaded is not None and not self._busy and not self._read_only
        selected = self._selected_row() is not None
        self.year_choice.setEnabled(not self._busy)
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and selected)
        self.remove_button.setEnabled(ready and selected)
        self.save_button.setEnabled(ready and not found and self.has_changes())

    # ----- the lines -------------------------------------------------------------------

    def add(self) -> DayOffEntryDialog | None:
        """Thêm…: a new line."""
        return self._open_entry(None)

    def edit_selected(self) -> DayOffEntryDialog | None:
        """Sửa… (or a double click): the selected line."""
        row = self._selected_row()
        return None if row is None else self._open_entry(row)

    def _open_entry(self, row: int | None) -> DayOffEntryDialog | None:
        if self._read_only or self._loaded is None or self._busy:
            return None
        entry = self.entries[row] if row is not None else None
        taken = [e.day for index, e in enumerate(self.entries) if index != row]
        dialog = DayOffEntryDialog(self._year, taken, entry, self)
        dialog.accepted.connect(lambda: self._entered(row, dialog))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _entered(self, row: int | None, dialog: DayOffEntryDialog) -> None:
        entry = dialog.entry()
        if entry is None:
            return
        if row is None:
            self.entries.append(entry)
        else:
            self.entries[row] = entry
        self.status.clear()
        self._fill(select=entry.day)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        """Xóa, Delete: the selected line leaves the list (kept only once Lưu is pressed)."""
        row = self._selected_row()
        if row is None or self._read_only or self._busy:
            return
        del self.entries[row]
        self.status.clear()
        self._fill()
        if self.entries:
            self.table.selectRow(min(row, len(self.entries) - 1))

    # ----- saving ----------------------------------------------------------------------

    def save(self) -> None:
        """Lưu: the year's list as shown, at the version read."""
        loaded = self._loaded
        if self._read_only or self._busy or loaded is None or not self.has_changes():
            return
        if self.problems():
            return
        factory, actor = self._context.factory, self._context.actor
        year, entries, version = self._year, list(self.entries), loaded.version
        self._busy = True
        self._error = ""
        self._enable()
        self._runner.command(
            lambda _c: days_off.save_year_days_off(factory, actor, year, entries, version),
            on_done=self._saved,
            on_error=self._save_refused,
        )

    def _saved(self, changes: Changes) -> None:
        self._busy = False
        self.status.setText(
            self.tr(
                "Đã lưu. Thời hạn tính từ nay theo danh sách này, ở mọi máy; "
                "thời hạn đã giao giữ nguyên."
            )
        )
        self.load()
        self.changed.emit(changes)

    def _save_refused(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, ConflictError) and exc.code is ErrorCode.STALE_EDIT:
            self._error = self.tr(
                "Danh sách ngày nghỉ năm {year} vừa được lưu ở máy khác. Đã đọc lại danh sách "
                "mới nhất; hãy sửa lại nếu cần."
            ).format(year=self._year)
            self.load()
            return
        if isinstance(exc, ValidationError) and exc.values.get("field") == "days_off":
            values = exc.values
            problem = RowProblem(
                int(values["row"]),
                DayOffProblem(values["reason"]),
                values["date"],
                values.get("other_row"),
            )
            self._error = self.problem_text(problem)
        else:
            self._error = error_text(exc)
        self._enable()

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self._error = error_text(exc)
        self._enable()

    # ----- closing ---------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask whether to throw away the lines changed; the safe answer keeps them."""
        return confirm_discard(
            self,
            self.tr("Bỏ những thay đổi?"),
            self.tr("Danh sách ngày nghỉ năm {year} vừa sửa chưa được lưu.").format(
                year=self._year
            ),
            self.tr("Bỏ"),
            self.tr("Tiếp tục sửa"),
        )

    def reject(self) -> None:
        """Đóng, Esc: ask first when the list changed and was not saved."""
        if self._busy and self._loaded is not None and self.has_changes():
            return  # the save under way decides; it takes a moment
        if discard_allowed(self.has_changes, self.confirm_discard):
            super().reject()
