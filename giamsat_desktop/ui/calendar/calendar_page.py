"""Lịch hạn: every deadline of the office in a month view and an agenda.

The deadlines are the tasks', the supervision sessions' lead times, the recommendations'
reply deadlines, the days the bodies committed to fix them by and the days the drafting
bodies must answer a social criticism by (``services.calendar.sources.SOURCES``). The
month view counts each day's deadlines (overdue red, due soon amber, today outlined,
weekends and days off shaded); the agenda beside it lists the month's deadlines by day. A
day (clicked, or Enter) opens its list on the page that lists such records; a line of the
agenda (double-click or Enter) opens the list that holds it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    DeadlineState,
)
from giamsat_desktop.services.calendar.sources import (
    SOURCES,
    deadline_counts,
    deadlines_between,
    opens_day,
)
from giamsat_desktop.services.catalog.days_off import days_off, reminder_days
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.calendar.deadline_words import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    STATE_COLOURS,
    TODAY_COLOUR,
    day_name,
    kind_words,
    month_title,
    open_list,
    state_words,
)
from giamsat_desktop.ui.calendar.month_grid import WEEKS, MonthGrid, add_months, first_shown
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.page_registry import Request

AREAS = frozenset(
    {
        Area.TASKS,
        Area.SUPERVISION,
        Area.RECOMMENDATIONS,
        Area.CRITICISM,
        Area.DIALOGUES,
        Area.OFFICE,
        Area.ORGANIZATIONS,
        Area.INCOMING,
    }
)
"""Saves that may move a deadline or its words (a task, a session, a recommendation or its
reply, a criticism or its answers, the window, the days off, a name)."""

SELECTION = "selection-background-color: #f3d6da; selection-color: black;"
"""A chosen line, as in the program's tables."""

CONTENT, ORGANIZATION, STANDING = range(3)
"""The agenda's columns."""
DAY = Qt.ItemDataRole.UserRole
"""A day heading keeps its date; a deadline line its entry."""
ENTRY = Qt.ItemDataRole.UserRole + 1


def _day_of(item: QTreeWidgetItem) -> dt.date | None:
    """The day of an agenda's heading."""
    ordinal = item.data(CONTENT, DAY)
    return dt.date.fromordinal(ordinal) if isinstance(ordinal, int) else None


@dataclass(frozen=True)
class MonthDeadlines:
    """What one read brings: the grid's counts, the month's deadlines, the days off."""

    year: int
    month: int
    today: dt.date
    window: int
    counts: dict[dt.date, DayCounts]
    entries: list[DeadlineEntry]
    days_off: DaysOff


class CalendarPage(QWidget):
    """A month of deadlines: the grid on the left, the agenda on the right."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, request: Request) -> None:
        super().__init__()
        self._context = context
        self._runner = runner
        self._request = request
        self._reads = 0
        self.shown: MonthDeadlines | None = None
        """The month on screen, once read."""
        today = clock.today()
        self.previous_button = QPushButton(self.tr("◀ Tháng trước"))
        self.previous_button.setToolTip(self.tr("Tháng trước (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button = QPushButton(self.tr("Tháng sau ▶"))
        self.next_button.setToolTip(self.tr("Tháng sau (Page Down)"))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.today_button = QPushButton(self.tr("Hôm nay"))
        self.today_button.setToolTip(self.tr("Về tháng này, chọn ngày hôm nay (Home)"))
        self.today_button.clicked.connect(lambda: self.go_to(clock.today()))
        self.month_label = QLabel()
        self.month_label.setObjectName("pageTitle")
        self.legend = QLabel()
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)  # on two lines when the text is large
        self.grid = MonthGrid()
        self.grid.day_opened.connect(self.open_day)
        self.grid.chosen_changed.connect(self._chosen)
        self.agenda_label = QLabel()
        self.agenda_label.setObjectName("agendaLabel")
        self.agenda = QTreeWidget()
        self.agenda.setObjectName("agenda")
        self.agenda.setStyleSheet(SELECTION)
        self.agenda.setColumnCount(3)
        self.agenda.setHeaderLabels(
            [self.tr("Nội dung"), self.tr("Đơn vị, cơ quan thực hiện"), self.tr("Tình trạng")]
        )
        self.agenda.setRootIsDecorated(False)
        self.agenda.setItemsExpandable(False)
        self.agenda.setIndentation(12)
        self.agenda.setUniformRowHeights(True)
        header = self.agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANIZATION, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STANDING, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.itemActivated.connect(lambda item, _column: self._open_line(item))
        self.agenda.currentItemChanged.connect(lambda item, _before: self._line_chosen(item))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.agenda)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open_line(self.agenda.currentItem()))
        self._lay_out()
        self.show_month(today.year, today.month, today)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.month_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addSpacing(2 * self.fontMetrics().averageCharWidth())
        bar.addWidget(self.legend, 1)
        right = QWidget()
        agenda = QVBoxLayout(right)
        agenda.setContentsMargins(0, 0, 0, 0)
        agenda.addWidget(self.agenda_label)
        agenda.addWidget(self.agenda, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._split = False
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.grid)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """The first time: the grid takes three fifths of the width, the agenda the rest."""
        super().showEvent(event)
        if not self._split and self.splitter.width() > 0:
            self._split = True
            grid = self.splitter.width() * 3 // 5
            self.splitter.setSizes([grid, self.splitter.width() - grid])
            header = self.agenda.header()
            wide = max(
                header.sectionSizeFromContents(ORGANIZATION).width(),
                15 * self.agenda.fontMetrics().averageCharWidth(),
            )
            header.resizeSection(ORGANIZATION, min(wide, self.agenda.width() // 3))

    # ----- months ---------------------------------------------------------------------

    def show_month(self, year: int, month: int, chosen: dt.date | None = None) -> None:
        """Show ``month`` of ``year`` and read its deadlines (in the background)."""
        today = clock.today()
        if chosen is None or (chosen.year, chosen.month) != (year, month):
            this_month = (today.year, today.month) == (year, month)
            chosen = today if this_month else dt.date(year, month, 1)
        self.grid.set_month(year, month, chosen, today)
        self.month_label.setText(month_title(year, month))
        self.agenda.clear()
        self.agenda_label.setText(self.tr("Đang đọc…"))
        self.reload()

    def turn(self, months: int) -> None:
        """The month ``months`` after (or before) the one shown."""
        target = add_months(dt.date(self.grid.year, self.grid.month, 1), months)
        self.show_month(target.year, target.month)

    def go_to(self, day: dt.date) -> None:
        """Show the month of ``day`` with ``day`` chosen."""
        self.show_month(day.year, day.month, day)
        self.grid.setFocus()

    def _chosen(self, day: dt.date) -> None:
        if (day.year, day.month) != (self.grid.year, self.grid.month):
            self.show_month(day.year, day.month, day)
        else:
            self._select_day(day)

    # ----- reading --------------------------------------------------------------------

    def reload(self) -> None:
        """Read the month shown again."""
        self._reads += 1
        read_number = self._reads
        year, month = self.grid.year, self.grid.month
        factory, actor, today = self._context.factory, self._context.actor, clock.today()
        first = first_shown(year, month)
        last = first + dt.timedelta(days=WEEKS * 7 - 1)
        month_first = dt.date(year, month, 1)
        month_last = add_months(month_first, 1) - dt.timedelta(days=1)

        def read(_control: object) -> MonthDeadlines:
            window = reminder_days(factory)
            return MonthDeadlines(
                year,
                month,
                today,
                window,
                deadline_counts(factory, actor, first, last, today, window),
                deadlines_between(factory, actor, month_first, month_last, today, window),
                days_off(factory),
            )

        def arrived(read_month: MonthDeadlines) -> None:
            if read_number == self._reads:  # a later month was asked for meanwhile
                self._show(read_month)

        self._runner.query(read, on_done=arrived, parent=self)

    def on_changes(self, changes: Changes) -> None:
        """A save that may move a deadline: read the month again."""
        if changes.areas & AREAS:
            self.reload()

    def _show(self, read_month: MonthDeadlines) -> None:
        self.shown = read_month
        self.grid.set_counts(read_month.counts, read_month.days_off)
        self.legend.setText(self._legend(read_month.window))
        self._fill_agenda(read_month)
        self._select_day(self.grid.chosen)

    def _legend(self, window: int) -> str:
        def mark(colour: str, text: str, background: str = "", sign: str = "●") -> str:
            back = f"background:{background};" if background else ""
            words = f"{sign} {text}".replace(" ", "&nbsp;")  # a line breaks between marks only
            return f'<span style="color:{colour};{back}">{words}</span>'

        return " &nbsp; ".join(
            (
                mark(OVERDUE_COLOUR.name(), self.tr("Quá hạn")),
                mark(
                    DUE_SOON_COLOUR.name(),
                    self.tr("Sắp đến hạn ({days} ngày)").format(days=window),
                    DUE_SOON_BACKGROUND.name(),
                ),
                mark(STATE_COLOURS[DeadlineState.OPEN].name(), self.tr("Còn hạn")),
                mark(STATE_COLOURS[DeadlineState.DONE].name(), self.tr("Đã xong")),
                mark(TODAY_COLOUR.name(), self.tr("Hôm nay"), sign="□"),
            )
        )

    # ----- the agenda -----------------------------------------------------------------

    def _fill_agenda(self, read_month: MonthDeadlines) -> None:
        self.agenda.clear()
        by_day: dict[dt.date, list[DeadlineEntry]] = {}
        for entry in read_month.entries:
            by_day.setdefault(entry.day, []).append(entry)
        self.agenda_label.setText(
            self.tr("Các hạn trong {month}: {count}").format(
                month=month_title(read_month.year, read_month.month).lower(),
                count=len(read_month.entries),
            )
        )
        if not by_day:
            note = QTreeWidgetItem(self.agenda, [self.tr("Không có hạn nào trong tháng này.")])
            note.setFirstColumnSpanned(True)
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        bold = QFont(self.agenda.font())
        bold.setBold(True)
        for day, entries in by_day.items():
            heading = QTreeWidgetItem(
                self.agenda,
                [
                    self.tr("{day_name}, {date} — {count} hạn").format(
                        day_name=day_name(day), date=format_date(day), count=len(entries)
                    )
                ],
            )
            heading.setData(CONTENT, DAY, day.toordinal())  # a date would come back a QDate
            heading.setFont(CONTENT, bold)
            heading.setFirstColumnSpanned(True)
            if day == read_month.today:
                heading.setForeground(CONTENT, QBrush(TODAY_COLOUR))
            for entry in entries:
                line = QTreeWidgetItem(
                    heading,
                    [
                        self._line_text(entry),
                        entry.organization,
                        state_words(entry, read_month.today),
                    ],
                )
                line.setData(CONTENT, ENTRY, entry)
                line.setToolTip(CONTENT, f"{kind_words(entry.kind)}: {entry.title}")
                if entry.kind is DeadlineKind.CRITICISM_ANSWER:
                    self._criticism_tips(line, entry)
                line.setToolTip(ORGANIZATION, entry.organization)
                colour = QBrush(STATE_COLOURS[entry.state])
                line.setForeground(STANDING, colour)
                if entry.state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON):
                    line.setForeground(CONTENT, colour)
                if entry.state is DeadlineState.DUE_SOON:
                    line.setBackground(STANDING, QBrush(DUE_SOON_BACKGROUND))
        self.agenda.expandAll()

    def _line_text(self, entry: DeadlineEntry) -> str:
        """What a line says: a commitment is told from its recommendation's reply deadline."""
        if entry.kind is DeadlineKind.RECOMMENDATION_COMMITMENT:
            return self.tr("Cam kết khắc phục: {title}").format(title=entry.title)
        if entry.kind is DeadlineKind.CRITICISM_ANSWER:
            return self.tr("Phản biện: {title}").format(title=entry.title)
        if entry.kind is DeadlineKind.DIALOGUE_COMMITMENT:
            return self.tr("Cam kết tại đối thoại: {title}").format(title=entry.title)
        return entry.title

    def _criticism_tips(self, line: QTreeWidgetItem, entry: DeadlineEntry) -> None:
        """A criticism's tooltips name its drafting body and the points still unanswered."""
        body = self.tr("Cơ quan soạn thảo: {body}").format(body=entry.organization)
        tips = [f"{kind_words(entry.kind)}: {entry.title}", body]
        if entry.pending:
            left = self.tr("{count} nội dung chưa được trả lời").format(count=entry.pending)
            tips.append(left)
            line.setToolTip(STANDING, left)
        line.setToolTip(CONTENT, "\n".join(tips))
        line.setToolTip(ORGANIZATION, body)

    def day_heading(self, day: dt.date) -> QTreeWidgetItem | None:
        """The agenda's heading of ``day``, if it has deadlines."""
        for row in range(self.agenda.topLevelItemCount()):
            item = self.agenda.topLevelItem(row)
            if item is not None and _day_of(item) == day:
                return item
        return None

    def _select_day(self, day: dt.date) -> None:
        heading = self.day_heading(day)
        if heading is not None:
            self.agenda.blockSignals(True)
            self.agenda.setCurrentItem(heading)
            self.agenda.blockSignals(False)
            self.agenda.scrollToItem(heading, QTreeWidget.ScrollHint.PositionAtTop)

    def _line_chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        day = _day_of(item.parent() or item)
        if day is not None and day != self.grid.chosen:
            self.grid.blockSignals(True)
            self.grid.choose(day)
            self.grid.blockSignals(False)

    def _open_line(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        entry = item.data(CONTENT, ENTRY)
        if isinstance(entry, DeadlineEntry):
            open_list(self._request, entry.opens)
        elif (day := _day_of(item)) is not None:
            self.open_day(day)

    # ----- opening a day --------------------------------------------------------------

    def open_day(self, day: dt.date) -> None:
        """The list of ``day``'s deadlines (of its first kind, in the sources' order)."""
        counts = self.shown.counts.get(day) if self.shown is not None else None
        kinds = counts.kinds if counts is not None else frozenset()
        for source in SOURCES:
            if source.kind in kinds:
                open_list(self._request, opens_day(source.kind, day))
                return
