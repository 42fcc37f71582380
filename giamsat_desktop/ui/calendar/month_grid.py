"""A month as a grid of days, Monday first, each day with its number of deadlines.

Overdue counts are red, due-soon amber; weekends and the office's days off are shaded;
today is outlined. The grid is drawn with QPainter and sized from its font, so it reads
the same at 1366×768 and with larger text. Keyboard: arrows move the chosen day (across
months too), Page Up / Page Down change the month, Home goes to today, Enter opens the
chosen day's list; a click on a day with deadlines opens its list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.calendar.deadlines import DayCounts
from giamsat_desktop.ui.calendar.deadline_words import (
    DAY_OFF_BACKGROUND,
    DONE_COLOUR,
    DUE_SOON_BACKGROUND,
    DUE_SOON_COLOUR,
    OPEN_COLOUR,
    OVERDUE_BACKGROUND,
    OVERDUE_COLOUR,
    TODAY_COLOUR,
    day_name,
)

WEEKS = 6
"""Every month fits in six rows of weeks."""
CHOSEN_BACKGROUND = QColor("#f3d6da")
"""The chosen day, as a chosen line of the program's tables."""
OTHER_MONTH_TEXT = QColor("#a8a8a8")
GRID_LINE = QColor("#d8d0c4")


def first_shown(year: int, month: int) -> dt.date:
    """The Monday on or before the first of the month: the grid's first day."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), kept inside the month (31/1 + 1 → 28/2)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


class MonthGrid(QWidget):
    """Six weeks of days around a month; the chosen day is the one Enter opens."""

    day_opened = Signal(object)
    """A day with deadlines was clicked, or Enter pressed on it: its ``date``."""
    chosen_changed = Signal(object)
    """The chosen day moved: the new ``date`` (it may be in another month)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.year = 2000
        self.month = 1
        self.today = dt.date(2000, 1, 1)
        self.chosen = self.today
        self.counts: dict[dt.date, DayCounts] = {}
        self.days_off = DaysOff()
        self._pressed: dt.date | None = None

    # ----- what it shows --------------------------------------------------------------

    def set_month(self, year: int, month: int, chosen: dt.date, today: dt.date) -> None:
        """Show ``month`` of ``year`` (its counts follow with :meth:`set_counts`)."""
        self.year, self.month, self.chosen, self.today = year, month, chosen, today
        self.counts = {}
        self.setAccessibleName(
            self.tr("Lịch tháng {month} năm {year}").format(month=month, year=year)
        )
        self.update()

    def set_counts(self, counts: dict[dt.date, DayCounts], days_off: DaysOff) -> None:
        """Each day's deadlines, and the office's days off to shade."""
        self.counts = counts
        self.days_off = days_off
        self.update()

    def days(self) -> list[dt.date]:
        """The 42 days shown, Monday of the first week first."""
        start = first_shown(self.year, self.month)
        return [start + dt.timedelta(days=i) for i in range(WEEKS * 7)]

    # ----- geometry -------------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def cell_rect(self, day: dt.date) -> QRect:
        """Where ``day`` is drawn (an empty rectangle for a day not shown)."""
        index = (day - first_shown(self.year, self.month)).days
        if not 0 <= index < WEEKS * 7:
            return QRect()
        row, column = divmod(index, 7)
        top = self._header_height()
        left = [self.width() * c // 7 for c in range(8)]
        tops = [top + (self.height() - top) * r // WEEKS for r in range(WEEKS + 1)]
        return QRect(
            left[column], tops[row], left[column + 1] - left[column], tops[row + 1] - tops[row]
        )

    def day_at(self, point: QPoint) -> dt.date | None:
        """The day under ``point``, if any."""
        for day in self.days():
            if self.cell_rect(day).contains(point):
                return day
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Seven days wide, each about ten letters; six weeks of five lines."""
        metrics = self.fontMetrics()
        height = self._header_height() + WEEKS * 5 * metrics.height()
        return QSize(7 * 10 * metrics.averageCharWidth(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the day number and one line of counts in each day."""
        metrics = self.fontMetrics()
        height = self._header_height() + WEEKS * 2 * (metrics.height() + 4)
        return QSize(7 * 6 * metrics.averageCharWidth(), height)

    # ----- drawing --------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The day names, then each day."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = self.fontMetrics()
        header = self._header_height()
        painter.fillRect(QRect(0, 0, self.width(), header), QColor("#efe9e1"))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        width = self.width() // 7
        monday = first_shown(self.year, self.month)
        long_fits = all(
            metrics.horizontalAdvance(day_name(monday + dt.timedelta(i))) + 12 < width
            for i in range(7)
        )
        for column in range(7):
            day = monday + dt.timedelta(days=column)
            rect = QRect(self.width() * column // 7, 0, width, header)
            painter.setPen(OVERDUE_COLOUR if column == 6 else QColor("#333333"))
            name = day_name(day, short=not long_fits)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self.font())
        for day in self.days():
            self._paint_day(painter, day)
        painter.end()

    def _paint_day(self, painter: QPainter, day: dt.date) -> None:
        rect = self.cell_rect(day)
        in_month = day.month == self.month
        if day == self.chosen:
            painter.fillRect(rect, CHOSEN_BACKGROUND)
        elif self.days_off.is_day_off(day):
            painter.fillRect(rect, DAY_OFF_BACKGROUND)
        painter.setPen(QPen(GRID_LINE, 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        metrics = self.fontMetrics()
        pad = max(4, metrics.averageCharWidth() // 2)
        inner = rect.adjusted(pad, 2, -pad, -2)
        number_font = QFont(self.font())
        number_font.setBold(day == self.today)
        painter.setFont(number_font)
        painter.setPen(QColor("#222222") if in_month else OTHER_MONTH_TEXT)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(inner, top_left, str(day.day))
        painter.setFont(self.font())
        if day == self.today:
            painter.setPen(QPen(TODAY_COLOUR, 3))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        if day == self.chosen and self.hasFocus():
            painter.setPen(QPen(QColor("#222222"), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(5, 5, -6, -6))
        counts = self.counts.get(day)
        if counts is not None and counts.total:
            self._paint_counts(painter, inner.adjusted(0, metrics.height() + 2, 0, 0), counts)

    def _lines(self, counts: DayCounts) -> list[tuple[int, str, QColor, QColor | None]]:
        return [
            (n, text, colour, back)
            for n, text, colour, back in (
                (counts.overdue, self.tr("quá hạn"), OVERDUE_COLOUR, OVERDUE_BACKGROUND),
                (counts.due_soon, self.tr("sắp đến hạn"), DUE_SOON_COLOUR, DUE_SOON_BACKGROUND),
                (counts.open, self.tr("còn hạn"), OPEN_COLOUR, None),
                (counts.done, self.tr("đã xong"), DONE_COLOUR, None),
            )
            if n
        ]

    def _paint_counts(self, painter: QPainter, area: QRect, counts: DayCounts) -> None:
        metrics = self.fontMetrics()
        line_height = metrics.height() + 2
        lines = self._lines(counts)
        if len(lines) * line_height <= area.height():
            top = area.top()
            for number, text, colour, back in lines:
                words = f"{number} {text}"
                if metrics.horizontalAdvance(words) + 6 > area.width():
                    words = f"● {number}"
                row = QRect(area.left(), top, metrics.horizontalAdvance(words) + 6, line_height)
                if back is not None:
                    painter.fillRect(row, back)
                painter.setPen(colour)
                painter.drawText(row, Qt.AlignmentFlag.AlignCenter, words)
                top += line_height
            return
        # Too little room for a line each: the numbers side by side, each in its colour.
        left = area.left()
        for number, _text, colour, back in lines:
            words = f"●{number}"
            row = QRect(left, area.top(), metrics.horizontalAdvance(words) + 4, line_height)
            if back is not None:
                painter.fillRect(row, back)
            painter.setPen(colour)
            painter.drawText(row, Qt.AlignmentFlag.AlignCenter, words)
            left = row.right() + 3

    def describe(self, day: dt.date) -> str:
        """A day in words (its tooltip): the date, whether it is a day off, its deadlines."""
        counts = self.counts.get(day)
        text = f"{day_name(day)}, {format_date(day)}"
        if self.days_off.is_day_off(day):
            text += " " + self.tr("(ngày nghỉ)")
        if counts is None or not counts.total:
            return text + " — " + self.tr("không có hạn nào")
        parts = [f"{number} {words}" for number, words, _colour, _back in self._lines(counts)]
        return f"{text} — {', '.join(parts)}"

    # ----- behaviour ------------------------------------------------------------------

    def choose(self, day: dt.date) -> None:
        """Make ``day`` the chosen one (the page turns the month if it left it)."""
        if day != self.chosen:
            self.chosen = day
            self.update()
            self.chosen_changed.emit(day)

    def _open(self, day: dt.date) -> None:
        counts = self.counts.get(day)
        if counts is not None and counts.total:
            self.day_opened.emit(day)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Show the chosen day's focus frame."""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Hide the chosen day's focus frame."""
        self.update()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Choose the day under the mouse."""
        self._pressed = self.day_at(event.position().toPoint())
        if self._pressed is not None:
            self.choose(self._pressed)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on a day of this month opens its list."""
        day = self.day_at(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and day is not None
            and day == self._pressed
            and day.month == self.month
        ):
            self._open(day)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows, Page Up / Down, Home, Enter."""
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = event.key()
        if key in moves:
            self.choose(self.chosen + dt.timedelta(days=moves[Qt.Key(key)]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.choose(add_months(self.chosen, -1 if key == Qt.Key.Key_PageUp else 1))
        elif key == Qt.Key.Key_Home:
            self.choose(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._open(self.chosen)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """A day's tooltip tells its deadlines in words."""
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            if day is not None:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
                return True
        return super().event(event)
