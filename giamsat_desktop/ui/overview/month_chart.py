"""The tasks done per month of a year, as a bar chart painted with QPainter (no QtCharts).

Each month is one bar, stacked: done on time, done late, and done with no deadline to judge
(a standing task closed). The number done stands over each bar; the axis is labelled
T1 … T12 and in round steps. Every length comes from the widget's font, so the chart grows
with Windows text scaling and stays sharp when drawn at twice the size (a screenshot on a
high-density screen, a print). A bar opens the tasks done that month: a click, or the
arrow keys and Enter.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.overview.figures import MonthDone

ON_TIME = QColor("#2f6ea5")
"""Done on time: a dark blue, which stays dark on a grey print."""
LATE = QColor("#e8952f")
"""Done late: an orange, much lighter than the blue on a grey print."""
NO_DEADLINE = QColor("#a7adb4")
"""Done with no deadline (a standing task closed): grey."""
AXIS = QColor("#555555")
GRID = QColor("#e3ded6")
MONTHS = 12


@dataclass(frozen=True)
class _Frame:
    """Where things go, for the widget's size and font."""

    plot: QRectF
    """The area of the bars: from the axis line up to the highest tick."""
    slot: float
    """The width of one month."""
    bar: float
    """The width of a bar."""
    top_value: int
    """The value at the top of the plot."""
    step: int
    """The value between two grid lines."""


def nice_step(largest: int, lines: int = 5) -> int:
    """A round step (1, 2, 5 × 10ⁿ) that covers ``largest`` in at most ``lines`` steps."""
    if largest <= lines:
        return 1
    rough = largest / lines
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


class MonthChart(QWidget):
    """Tasks done in each month of a year; ``month_chosen`` carries the month clicked (1–12)."""

    month_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.year = 0
        self.months: tuple[MonthDone, ...] = tuple(MonthDone(m, 0, 0, 0) for m in range(1, 13))
        self.current = 1
        """The month the keyboard is on (1–12), outlined while the chart has the focus."""
        self._hover = 0
        self.setAccessibleName(self.tr("Biểu đồ nhiệm vụ hoàn thành theo tháng"))

    # ----- data -----------------------------------------------------------------------

    def set_months(self, year: int, months: Sequence[MonthDone]) -> None:
        """Show ``months`` (twelve, January first) of ``year``."""
        self.year = year
        self.months = tuple(months)
        parts = [
            self.tr("T{month}: {count}").format(month=m.month, count=format_number(m.total))
            for m in self.months
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def month_text(self, month: int) -> str:
        """What a month's bar says, for its tooltip."""
        found = self.months[month - 1]
        text = self.tr("Tháng {month}/{year}: {total} nhiệm vụ hoàn thành").format(
            month=month, year=self.year, total=format_number(found.total)
        )
        parts = [self.tr("{count} đúng hạn").format(count=format_number(found.on_time))]
        parts.append(self.tr("{count} quá hạn").format(count=format_number(found.late)))
        if found.no_deadline:
            parts.append(
                self.tr("{count} không có thời hạn").format(count=format_number(found.no_deadline))
            )
        hint = self.tr("Nhấp để xem các nhiệm vụ này.")
        return f"{text} ({', '.join(parts)}). {hint}"

    # ----- geometry ---------------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _value_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for twelve bars with their numbers, from the font."""
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("T12") * 2 * MONTHS, metrics.height() * 16)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The least that keeps every label legible."""
        metrics = self.fontMetrics()
        return QSize(round(metrics.horizontalAdvance("T12") * 1.5 * MONTHS), metrics.height() * 10)

    def _frame(self) -> _Frame:
        metrics = self.fontMetrics()
        line = metrics.height()
        largest = max((m.total for m in self.months), default=0)
        step = nice_step(largest)
        top_value = max(step * math.ceil(largest / step), step * 2 if largest else 5)
        label_width = metrics.horizontalAdvance(format_number(top_value))
        left = label_width + line * 0.6
        title = self._heading_height()
        headroom = QFontMetrics(self._value_font()).height() * 1.1  # the number over a bar
        bottom = line * 1.6  # the month labels
        plot = QRectF(
            left,
            title + headroom,
            max(1.0, self.width() - left - line * 0.6),
            max(1.0, self.height() - title - headroom - bottom),
        )
        slot = plot.width() / MONTHS
        return _Frame(plot, slot, slot * 0.62, top_value, step)

    def _height_of(self, frame: _Frame, value: int) -> float:
        return frame.plot.height() * value / frame.top_value

    def bar_rect(self, month: int) -> QRect:
        """Where the bar of ``month`` (1–12) is drawn, in the widget's coordinates.

        A month with nothing done has a bar one pixel high on the axis.
        """
        frame = self._frame()
        total = self.months[month - 1].total
        height = max(1.0, self._height_of(frame, total))
        left = frame.plot.left() + frame.slot * (month - 1) + (frame.slot - frame.bar) / 2
        return QRectF(left, frame.plot.bottom() - height, frame.bar, height).toAlignedRect()

    def month_at(self, x: float, y: float) -> int:
        """The month whose column (bar, number or label) holds the point; 0 for none."""
        frame = self._frame()
        metrics = self.fontMetrics()
        top = frame.plot.top() - metrics.height() * 1.2
        bottom = frame.plot.bottom() + metrics.height() * 1.6
        if not (frame.plot.left() <= x < frame.plot.right() and top <= y <= bottom):
            return 0
        return min(MONTHS, int((x - frame.plot.left()) // frame.slot) + 1)

    # ----- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the title and legend, the grid, the bars and their numbers, the months."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        frame = self._frame()
        metrics = self.fontMetrics()
        line = metrics.height()
        pen_width = max(1.0, line / 18)
        self._paint_heading(painter)

        # Grid lines and the values of the axis.
        painter.setFont(self.font())
        for value in range(0, frame.top_value + 1, frame.step):
            y = frame.plot.bottom() - self._height_of(frame, value)
            painter.setPen(QPen(AXIS if value == 0 else GRID, pen_width))
            painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y))
            painter.setPen(AXIS)
            label = QRectF(0, y - line / 2, frame.plot.left() - line * 0.3, line)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_number(value),
            )

        for found in self.months:
            self._paint_month(painter, frame, found, line)

        if not any(m.total for m in self.months):
            painter.setPen(AXIS)
            painter.drawText(
                frame.plot,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Chưa có nhiệm vụ nào hoàn thành trong năm {year}.").format(
                    year=self.year
                ),
            )
        painter.end()

    def _legend(self) -> list[tuple[QColor, str, QRectF, QRectF]]:
        """Each colour's swatch and words, placed under the title, on as many lines as needed."""
        keys = [(ON_TIME, self.tr("Đúng hạn")), (LATE, self.tr("Quá hạn"))]
        if any(m.no_deadline for m in self.months):
            keys.append((NO_DEADLINE, self.tr("Không có thời hạn")))
        metrics = self.fontMetrics()
        line = metrics.height()
        swatch = line * 0.75
        top = QFontMetrics(self._title_font()).height() * 1.3
        x, y = 0.0, top
        placed = []
        for colour, text in keys:
            width = swatch + line * 0.3 + metrics.horizontalAdvance(text) + 1
            if x and x + width > self.width():
                x, y = 0.0, y + line * 1.2
            placed.append(
                (
                    colour,
                    text,
                    QRectF(x, y + (line - swatch) / 2, swatch, swatch),
                    QRectF(x + swatch + line * 0.3, y, width - swatch - line * 0.3, line),
                )
            )
            x += width + line
        return placed

    def _heading_height(self) -> float:
        """The title's line and the legend's lines under it."""
        legend = self._legend()
        return legend[-1][3].bottom() + self.fontMetrics().height() * 0.3

    def _paint_heading(self, painter: QPainter) -> None:
        """The title, and under it the legend: a swatch and its words for each colour."""
        title_font = self._title_font()
        painter.setFont(title_font)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            QRectF(0, 0, self.width(), QFontMetrics(title_font).height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Nhiệm vụ hoàn thành theo tháng, năm {year}").format(year=self.year),
        )
        painter.setFont(self.font())
        for colour, text, swatch, words in self._legend():
            painter.fillRect(swatch, colour)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(words, left, text)

    def _paint_month(self, painter: QPainter, frame: _Frame, found: MonthDone, line: int) -> None:
        """One month: its column's highlight, the stacked bar, its number, its label."""
        index = found.month - 1
        column = QRectF(
            frame.plot.left() + frame.slot * index, frame.plot.top() - line * 1.2,
            frame.slot, frame.plot.height() + line * 2.8,
        )
        focused = self.hasFocus() and found.month == self.current
        if found.month == self._hover or focused:
            painter.fillRect(column, QColor(0, 0, 0, 14))
        if focused:
            pen = QPen(self.palette().highlight().color(), max(1.0, line / 12))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(column.adjusted(1, 1, -1, -1))
        bar = QRectF(self.bar_rect(found.month))
        bottom = frame.plot.bottom()
        for value, colour in (
            (found.on_time, ON_TIME),
            (found.late, LATE),
            (found.no_deadline, NO_DEADLINE),
        ):
            if not value:
                continue
            height = self._height_of(frame, value)
            painter.fillRect(QRectF(bar.left(), bottom - height, bar.width(), height), colour)
            bottom -= height
        painter.setFont(self._value_font())
        painter.setPen(self.palette().windowText().color() if found.total else AXIS)
        value_height = QFontMetrics(self._value_font()).height()
        over = QRectF(column.left(), bar.top() - value_height * 1.05, column.width(), value_height)
        if any(m.total for m in self.months):  # an empty year says so once, not twelve times
            painter.drawText(over, Qt.AlignmentFlag.AlignCenter, format_number(found.total))
        painter.setFont(self.font())
        painter.setPen(self.palette().windowText().color())
        label = QRectF(column.left(), frame.plot.bottom() + line * 0.25, column.width(), line)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.tr("T{month}").format(
            month=found.month
        ))

    def image(self, scale: float = 2.0) -> QImage:
        """The chart at its size, drawn ``scale`` times as dense (a print, a sharp screenshot)."""
        size = self.size() * scale
        picture = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        picture.setDevicePixelRatio(scale)
        picture.fill(self.palette().base().color())
        self.render(picture)
        return picture

    # ----- the clerk's hands --------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Light the column under the pointer; a hand over a column."""
        month = self.month_at(event.position().x(), event.position().y())
        if month != self._hover:
            self._hover = month
            shape = Qt.CursorShape.PointingHandCursor if month else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        """No column lit once the pointer leaves."""
        self._hover = 0
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A click on a month's column opens the tasks done that month."""
        month = self.month_at(event.position().x(), event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and month:
            self.current = month
            self.update()
            self.month_chosen.emit(month)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Left and Right (Home, End) move between months; Enter or Space opens one."""
        key = Qt.Key(event.key())
        moves: dict[Qt.Key, int] = {
            Qt.Key.Key_Left: self.current - 1,
            Qt.Key.Key_Right: self.current + 1,
            Qt.Key.Key_Home: 1,
            Qt.Key.Key_End: MONTHS,
        }
        if key in moves:
            self.current = min(MONTHS, max(1, moves[key]))
            self.update()
            rect = self.bar_rect(self.current)
            QToolTip.showText(self.mapToGlobal(rect.topLeft()), self.month_text(self.current), self)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.month_chosen.emit(self.current)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """A month's figures in a tooltip over its column."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            month = self.month_at(event.pos().x(), event.pos().y())
            if month:
                QToolTip.showText(event.globalPos(), self.month_text(month), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
