"""Tổng quan, the first page a clerk sees: what needs doing, and how the year's tasks went.

A row of cards (overdue tasks in red, tasks due within the reminder window in amber,
incoming documents not handled, overdue or urgent), a line of the year's counts, then the
table by organisation and the chart of tasks done per month for a year chosen above them.
Every figure opens the list it counts: a task figure the Nhiệm vụ page under the filter it
was counted with (``open_tasks``), a register's figure the register (``open_list``). The
figures are read in the background, in one go (``services.overview.figures.page_figures``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.criticism import CriticismPurpose
from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.domain.registers import IncomingState, StateGroup
from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.overview import figures as overview_service
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.overview.month_chart import MonthChart
from giamsat_desktop.ui.overview.organization_table import OrganizationTable, rate_rule


@dataclass(frozen=True)
class ListBehind:
    """The list a figure counts: a page, and the filter or tab that shows the same lines."""

    page: str
    this_year: bool = False
    state: IncomingState | StateGroup | None = None
    tab: int = 0
    urgent_only: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None


FIGURES: dict[str, ListBehind] = {
    "incoming_this_year": ListBehind("incoming", True, StateGroup.NOT_CANCELLED),
    "outgoing_this_year": ListBehind("outgoing", True, StateGroup.NOT_CANCELLED),
    "incoming_open": ListBehind("incoming", state=StateGroup.UNFINISHED),
    "incoming_overdue": ListBehind("incoming", state=IncomingState.OVERDUE),
    "organizations_active": ListBehind("catalog", tab=0),
    "people_active": ListBehind("catalog", tab=1),
}
"""What each register or catalogue figure counts, as the list that opens when it is clicked."""

RED, AMBER, BLUE, GREY = "#b3261e", "#a65f00", "#1a4f8b", "#6b6b6b"

STYLE = """
QPushButton#figure, QPushButton#figureInfo {
    text-align: left; background: #fbf9f6; border: 1px solid #d8d0c4;
    border-left: 6px solid %(tone)s; border-radius: 6px; padding: 4px 8px;
}
QPushButton#figure:hover { background: #f3ede4; border-color: #b9ad9c;
                           border-left: 6px solid %(tone)s; }
QPushButton#figure:focus { border: 2px solid #1a4f8b; border-left: 6px solid %(tone)s; }
QPushButton#smallFigure { text-align: left; border: none; padding: 2px 4px; }
QPushButton#smallFigure:hover { background: #f3ede4; }
QPushButton#smallFigure:focus { border: 1px dashed #1a4f8b; }
"""


class FigureButton(QPushButton):
    """A figure and its caption as one button that opens the list behind it.

    ``tone`` colours the card's edge and, when the figure is not zero, its number (red for
    overdue work, amber for work due soon). A figure whose list cannot be shown yet is
    drawn the same but takes neither the pointer nor the focus (``opens=False``).
    """

    def __init__(
        self,
        caption: str,
        tone: str = BLUE,
        *,
        opens: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.tone = tone
        self.setStyleSheet(STYLE % {"tone": tone})
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value = QLabel("…")
        self.value.setObjectName("figureValue")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-weight: bold;")
        self.detail = QLabel()
        self.detail.setStyleSheet(f"color: {GREY};")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        for label in (self.value, self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.show_value(None)
        self.setAccessibleName(caption)
        if opens:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Mở danh sách: {caption}").format(caption=caption))
        else:
            self.setObjectName("figureInfo")
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(layout.sizeHint().height())

    def show_value(self, value: int | None) -> None:
        """The number, in the card's tone when it is not zero."""
        self.value.setText("…" if value is None else format_number(value))
        colour = self.tone if value else GREY
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour};")


class SmallFigure(QPushButton):
    """A count of the year on one line: caption, then number; opens its list."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smallFigure")
        self.setStyleSheet(STYLE % {"tone": BLUE})
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.caption = QLabel(caption)
        self.value = QLabel("…")
        self.value.setStyleSheet(f"font-weight: bold; color: {BLUE};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for label in (self.caption, self.value):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setToolTip(self.tr("Mở danh sách: {caption}").format(caption=caption))
        self.setAccessibleName(caption)

    def show_value(self, value: int | None) -> None:
        """The number."""
        self.value.setText("…" if value is None else format_number(value))

    def sizeHint(self) -> QSize:  # noqa: N802
        """The caption and the number, whole."""
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Never less than the caption and the number."""
        return self.sizeHint()


class OverviewPage(QWidget):
    """The figures of the day and of a year, read in the background; each opens its list."""

    open_list = Signal(object, int)
    """A register or catalogue figure was clicked: its :class:`ListBehind`, and this year."""
    open_tasks = Signal(object)
    """A task figure, a cell of the table or a month was clicked: the ``TaskFilter`` behind."""
    open_dialogues = Signal(object, str)
    """The dialogues' figure was clicked: the ``DialogueFilter`` it counts, said in words."""
    open_reports = Signal(int)
    """The citizens' reports' figure was clicked: the year it counts."""
    open_criticisms = Signal(object, str)
    """A criticism figure was clicked: the ``CriticismFilter`` it counts, said in words."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.year = 0
        """The year of today, the one the "trong năm" figures count."""
        self.shown: overview_service.PageFigures | None = None
        self._read_on = clock.today()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel()
        self.cards = cards = {
            "tasks_overdue": FigureButton(self.tr("Nhiệm vụ quá hạn"), RED),
            "tasks_due_soon": FigureButton(self.tr("Nhiệm vụ sắp đến hạn"), AMBER),
            "incoming_open": FigureButton(self.tr("Văn bản đến chưa xử lý xong")),
            "incoming_overdue": FigureButton(self.tr("Văn bản đến quá hạn xử lý"), RED),
            # The incoming register cannot yet be asked for several urgencies over some days.
            "urgent_recent": FigureButton(self.tr("Văn bản khẩn mới đến")),
        }
        small = {
            "incoming_this_year": SmallFigure(self.tr("Văn bản đến trong năm:")),
            "outgoing_this_year": SmallFigure(self.tr("Văn bản đi trong năm:")),
            "organizations_active": SmallFigure(self.tr("Tổ chức đang theo dõi:")),
            "people_active": SmallFigure(self.tr("Cán bộ, thành viên:")),
            "criticism_this_year": SmallFigure(self.tr("Phản biện xã hội trong năm:")),
            "contributions_this_year": SmallFigure(self.tr("Góp ý theo QĐ 218 trong năm:")),
            "dialogues_this_year": SmallFigure(self.tr("Đối thoại trực tiếp trong năm:")),
            "reports_this_year": SmallFigure(self.tr("Phản ánh (QĐ 124) trong năm:")),
        }
        self.figures: dict[str, FigureButton | SmallFigure] = {**cards, **small}
        cards["incoming_open"].detail.setText(self.tr("chưa xử lý và đang xử lý"))
        for key, figure in self.figures.items():
            figure.clicked.connect(lambda _checked=False, k=key: self._open(k))

        card_row = QGridLayout()
        for column, card in enumerate(cards.values()):
            card_row.addWidget(card, 0, column)
            card_row.setColumnStretch(column, 1)
        # Two lines of the year's counts: the registers and the catalogue, then the Front's
        # work beside supervision (criticism, QĐ 218 feedback, dialogues, QĐ 124 reports).
        small_row = QVBoxLayout()
        small_row.setSpacing(2)
        figures = list(small.values())
        for line in (figures[:4], figures[4:]):
            row = QHBoxLayout()
            for figure in line:
                row.addWidget(figure)
            row.addStretch(1)
            small_row.addLayout(row)

        self.year_choice = QComboBox()
        self.year_choice.setObjectName("overviewYear")
        self.year_choice.setAccessibleName(self.tr("Năm của bảng và biểu đồ"))
        self.year_choice.currentIndexChanged.connect(self._year_chosen)
        self.year_label = QLabel(self.tr("Nhiệm vụ theo tổ chức, giao trong &năm"))
        self.year_label.setBuddy(self.year_choice)
        self.year_label.setStyleSheet("font-weight: bold;")
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year_choice)
        year_row.addStretch(1)

        self.table = OrganizationTable()
        self.table.cell_opened.connect(self._open_cell)
        note = QLabel(
            self.tr("Nhấp đúp một ô (hoặc chọn ô rồi nhấn Enter) để xem các nhiệm vụ đó. ")
            + rate_rule()
            + "."
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {GREY};")
        self.chart = MonthChart()
        self.chart.month_chosen.connect(self._open_month)
        left = QVBoxLayout()
        left.addLayout(year_row)
        left.addWidget(self.table, 1)
        left.addWidget(note)
        lower = QHBoxLayout()
        lower.addLayout(left, 3)
        lower.addWidget(self.chart, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(card_row)
        layout.addLayout(small_row)
        layout.addLayout(lower, 1)
        self.refresh()

    # ----- reading --------------------------------------------------------------------

    def chosen_year(self) -> int | None:
        """The year of the table and chart (None until the first reading: this year)."""
        data = self.year_choice.currentData()
        return None if data is None else int(data)

    def refresh(self) -> None:
        """Re-read the office and every figure, for the year chosen."""
        factory, actor = self._context.factory, self._context.actor
        year, today = self.chosen_year(), clock.today()
        self._read_on = today

        def read(_control: object) -> tuple[object, overview_service.PageFigures]:
            return (
                office_service.get_office(factory),
                overview_service.page_figures(factory, actor, year, today),
            )

        self._runner.query(read, on_done=self._show, parent=self)

    def _show(self, result: tuple[object, overview_service.PageFigures]) -> None:
        office, found = result
        self.shown = found
        counts = found.counts
        self.year = counts.year
        self.heading.setText(getattr(office, "name", "") or self.tr("Chưa khai báo đơn vị"))
        self.subheading.setText(
            self.tr("Số liệu ngày {day}").format(day=format_date(counts.today))
        )
        for key, figure in self.figures.items():
            figure.show_value(getattr(counts, key))
        cards = self.cards
        cards["tasks_overdue"].detail.setText(self.tr("chưa xong, đã qua thời hạn"))
        cards["tasks_due_soon"].detail.setText(
            self.tr("đến hạn trong {days} ngày tới").format(days=counts.reminder_days)
        )
        cards["incoming_overdue"].detail.setText(self.tr("chưa xử lý xong, đã qua hạn"))
        urgent = cards["urgent_recent"]
        urgent.detail.setText(
            self.tr("khẩn, thượng khẩn, hỏa tốc; {days} ngày qua").format(
                days=overview_service.URGENT_DAYS
            )
        )
        urgent.setToolTip(
            self.tr("Văn bản khẩn, thượng khẩn và hỏa tốc đến từ {start} đến {end}").format(
                start=format_date(counts.urgent_from), end=format_date(counts.today)
            )
        )
        self.figures["incoming_this_year"].caption.setText(
            self.tr("Văn bản đến năm {year}:").format(year=counts.year)
        )
        self.figures["outgoing_this_year"].caption.setText(
            self.tr("Văn bản đi năm {year}:").format(year=counts.year)
        )
        self.figures["criticism_this_year"].caption.setText(
            self.tr("Phản biện xã hội năm {year}:").format(year=counts.year)
        )
        self.figures["contributions_this_year"].caption.setText(
            self.tr("Góp ý theo QĐ 218 năm {year}:").format(year=counts.year)
        )
        self.figures["dialogues_this_year"].caption.setText(
            self.tr("Đối thoại trực tiếp năm {year}:").format(year=counts.year)
        )
        self.figures["reports_this_year"].caption.setText(
            self.tr("Phản ánh (QĐ 124) năm {year}:").format(year=counts.year)
        )
        self._offer_years(found.years, found.year.year)
        self.table.show_figures(found.year)
        self.chart.set_months(found.year.year, found.year.months)

    def _offer_years(self, years: tuple[int, ...], shown: int) -> None:
        self.year_choice.blockSignals(True)
        self.year_choice.clear()
        for year in sorted({*years, shown}, reverse=True):
            self.year_choice.addItem(str(year), year)
        self.year_choice.setCurrentIndex(self.year_choice.findData(shown))
        self.year_choice.blockSignals(False)

    def _year_chosen(self, _index: int) -> None:
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Any save but the audit log's may move a figure."""
        if changes.areas - {Area.AUDIT}:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown on another day than last read (the PC left on overnight): read again."""
        super().showEvent(event)
        if clock.today() != self._read_on:
            self.refresh()

    # ----- opening the lists behind ---------------------------------------------------

    def _open(self, key: str) -> None:
        counts = self.shown.counts if self.shown is not None else None
        if key in FIGURES:
            self.open_list.emit(FIGURES[key], self.year)
        elif key == "criticism_this_year":
            self.open_criticisms.emit(
                overview_service.year_criticisms(self.year),
                self.tr("phản biện xã hội năm {year}, trừ cuộc đã hủy").format(year=self.year),
            )
        elif key == "contributions_this_year":
            self.open_criticisms.emit(
                overview_service.year_criticisms(self.year, CriticismPurpose.CONTRIBUTION),
                self.tr("góp ý theo QĐ 218 năm {year}, trừ cuộc đã hủy").format(year=self.year),
            )
        elif key == "dialogues_this_year":
            self.open_dialogues.emit(
                DialogueFilter(year=self.year), self.tr("năm {year}").format(year=self.year)
            )
        elif key == "reports_this_year":
            self.open_reports.emit(self.year)
        elif key == "tasks_overdue":
            self.open_tasks.emit(overview_service.overdue_tasks())
        elif key == "tasks_due_soon" and counts is not None:
            self.open_tasks.emit(counts.due_soon_filter())
        elif key == "urgent_recent" and counts is not None:
            urgent = ListBehind(
                "incoming",
                state=StateGroup.NOT_CANCELLED,
                urgent_only=True,
                date_from=counts.urgent_from,
                date_to=counts.today,
            )
            self.open_list.emit(urgent, self.year)

    def _open_cell(self, organization_id: int | None, column: str) -> None:
        year = self.table.figures.year
        self.open_tasks.emit(overview_service.organization_cell(column, organization_id, year))

    def _open_month(self, month: int) -> None:
        self.open_tasks.emit(overview_service.month_tasks(self.chart.year, month))
