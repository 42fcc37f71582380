"""Báo cáo: the six statistics tables of a period, before printing, each figure opening its list.

The figures come from the statistics service (the same the Excel book and the periodic
report read), computed in the background; the page reads them again after any save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.reporting_period import Period, PeriodScheme
from giamsat_desktop.domain.statistics_behind import Figure, RecordsBehind
from giamsat_desktop.domain.statistics_tables import Table
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct.queries import conduct_years
from giamsat_desktop.services.dialogues.queries import dialogue_years
from giamsat_desktop.services.statistics.behind import records_behind
from giamsat_desktop.services.statistics.excel_book import export_book
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.settings import period_scheme, set_period_scheme
from giamsat_desktop.services.statistics.tables import tables
from giamsat_desktop.services.supervision.queries import session_years
from giamsat_desktop.services.tasks.queries import task_years
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.file_choice import save_path
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.reports.consolidation_dialog import ConsolidationDialog
from giamsat_desktop.ui.reports.figure_lists import Cell, list_of
from giamsat_desktop.ui.reports.narrative_dialog import NarrativeDialog
from giamsat_desktop.ui.reports.period_bar import PeriodBar
from giamsat_desktop.ui.reports.table_tab import TableTab


@dataclass(frozen=True)
class _Read:
    """What one background read brings: the scheme, the years offered, the tables."""

    scheme: PeriodScheme
    years: list[int]
    period: Period
    as_of: dt.date
    today: dt.date
    tables: tuple[Table, ...]


def file_name_of(period: Period) -> str:
    """"thong-ke-6-thang-dau-nam-2026.xlsx": the name proposed for the Excel book."""
    words = "".join(c if c.isalnum() else "-" for c in fold(period.title))
    return f"thong-ke-{'-'.join(part for part in words.split('-') if part)}.xlsx"


class ReportsPage(QWidget):
    """The period bar, the six tables in tabs, Xuất Excel… and the office's reporting scheme."""

    changed = Signal(object)
    """A save here (the scheme) changed these areas (``Changes``)."""
    open_list = Signal(object)
    """A figure was opened: the :class:`ListBehind` it asks for."""
    compose_letter = Signal(object, str, int)
    """The narrative dialog asks for the period's report letter (``Action.COMPOSE_LETTER``)."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        """Build the page; the figures are read when it is first shown."""
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._settings = settings
        self._asked = 0
        self.shown: _Read | None = None

        today = clock.today()
        self.period_bar = PeriodBar(today.year)
        self.as_of = QLabel()
        self.as_of.setObjectName("reportsAsOf")
        self.scheme = QComboBox()
        self.scheme.setObjectName("reportsScheme")
        self.scheme.setAccessibleName(self.tr("Kỳ báo cáo của đơn vị"))
        for scheme in PeriodScheme:
            self.scheme.addItem(label(scheme), scheme)
        scheme_label = QLabel(self.tr("Kỳ báo cáo của đơn vị:"))
        scheme_label.setBuddy(self.scheme)
        if not context.actor.role.can_write:
            self.scheme.setEnabled(False)
            self.scheme.setToolTip(self.tr("Chỉ người có quyền sửa mới đổi được kỳ báo cáo."))
        self.export_button = QPushButton(self.tr("Xuất &Excel…"))
        self.export_button.setToolTip(
            self.tr("Ghi sáu bảng thống kê của kỳ vào một sổ Excel gửi cấp trên.")
        )
        self.periodic_button = QPushButton(self.tr("Báo cáo định &kỳ…"))
        self.periodic_button.setToolTip(
            self.tr("Viết phần nội dung của báo cáo định kỳ của kỳ này, rồi lập báo cáo.")
        )
        self.consolidate_button = QPushButton(self.tr("Tổng hợp từ đơn vị cấp &dưới…"))
        self.consolidate_button.setToolTip(
            self.tr("Cộng các sổ thống kê Excel của các đơn vị cấp dưới thành một sổ của kỳ này.")
        )
        self.last_dialog: NarrativeDialog | None = None
        self.last_consolidation: ConsolidationDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportsTables")
        self.table_tabs: dict[str, TableTab] = {}

        second = QHBoxLayout()
        second.addWidget(scheme_label)
        second.addWidget(self.scheme)
        second.addStretch(1)
        second.addWidget(self.export_button)
        second.addWidget(self.periodic_button)
        second.addWidget(self.consolidate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addLayout(second)
        layout.addWidget(self.as_of)
        layout.addWidget(self.tabs, 1)

        self.period_bar.changed.connect(self.refresh)
        self.scheme.currentIndexChanged.connect(self._scheme_chosen)
        self.export_button.clicked.connect(self.export_excel)
        self.periodic_button.clicked.connect(self.write_narrative)
        self.consolidate_button.clicked.connect(self.consolidate)
        self.refresh()

    # ----- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the office's scheme and the period's figures again, off the window's thread."""
        factory, actor = self._context.factory, self._context.actor
        choice = self.period_bar.choice()
        today = clock.today()
        self._asked += 1
        asked = self._asked

        def read(_control: object) -> _Read | None:
            scheme = period_scheme(factory)
            period = choice.period(scheme)
            years = sorted(
                {*task_years(factory), *session_years(factory), *dialogue_years(factory),
                 *conduct_years(factory)}  # fmt: skip
            )
            if period is None:
                return None
            statistics = statistics_for(factory, actor, period, today=today)
            return _Read(scheme, years, period, statistics.as_of, today, tables(statistics))

        self._runner.query(
            read, on_done=lambda found: self._show(asked, found), on_error=self._failed
        )

    def _show(self, asked: int, found: _Read | None) -> None:
        if asked != self._asked or found is None:
            return  # a later choice is being read
        self.shown = found
        self.period_bar.set_scheme(found.scheme)
        self.period_bar.set_years(found.years, found.today.year)
        self.scheme.blockSignals(True)
        self.scheme.setCurrentIndex(self.scheme.findData(found.scheme))
        self.scheme.blockSignals(False)
        self.as_of.setText(
            self.tr("Thống kê {period}. Tình trạng tính đến ngày {day}.").format(
                period=found.period.title, day=found.as_of.strftime("%d/%m/%Y")
            )
        )
        for table in found.tables:
            tab = self.table_tabs.get(table.key)
            if tab is None:
                tab = TableTab()
                tab.view.activated.connect(
                    lambda index, key=table.key: self._figure_opened(key, index)
                )
                self.table_tabs[table.key] = tab
                self.tabs.addTab(tab, table.sheet)
            tab.show_table(table)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Báo cáo"), error_text(exc))

    def on_changes(self, changes: Changes) -> None:
        """Any save but the audit log's may move a figure."""
        if changes.areas - {Area.AUDIT}:
            self.refresh()

    # ----- a figure opens its list ------------------------------------------------------

    def _figure_opened(self, key: str, index: QModelIndex) -> None:
        """Find the records behind the figure (off the window's thread), then open them."""
        tab, found = self.table_tabs[key], self.shown
        if tab.model is None or found is None or not index.isValid():
            return
        column = tab.model.column(index.column())
        if column is None:
            return
        row, model = index.row(), tab.model
        figure = Figure(key, column.key, model.organization_id(row), whole=model.is_total(row))
        row_label = str(model.index(row, 0).data())
        heading = f"{column.group} – {column.title}" if column.group else column.title
        cell = Cell(figure, " ".join(heading.split()), row_label, found.period, found.as_of)
        factory, actor = self._context.factory, self._context.actor

        def opened(behind: RecordsBehind | None) -> None:
            if behind is not None:
                self.open_list.emit(list_of(cell, behind))

        self._runner.query(
            lambda _c: records_behind(factory, actor, found.period, found.as_of, figure),
            on_done=opened,
            on_error=self._failed,
        )

    # ----- buttons ------------------------------------------------------------------------

    def export_excel(self) -> None:
        """Ask where, then write the period's book in the background and say where it went."""
        found = self.shown
        if found is None:
            return
        target = save_path(
            self,
            self._settings,
            self.tr("Xuất bảng thống kê ra Excel"),
            file_name_of(found.period),
            self.tr("Sổ tính Excel (*.xlsx)"),
            ".xlsx",
        )
        if target is None:
            return
        factory, actor, period = self._context.factory, self._context.actor, found.period
        self._runner.query(
            lambda _control: export_book(factory, actor, target, period),
            on_done=lambda _tables: QMessageBox.information(
                self, self.tr("Xuất Excel"), self.tr("Đã ghi {path}.").format(path=target)
            ),
            on_error=self._failed,
            parent=self,
            progress_label=self.tr("Đang ghi sổ Excel…"),
        )

    def write_narrative(self) -> None:
        """Open the period's narrative texts; its "Lập báo cáo…" asks for the report letter."""
        found = self.shown
        if found is None:
            return
        dialog = NarrativeDialog(self._context, self._runner, found.period, self)
        dialog.report_requested.connect(self.compose_letter)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def consolidate(self) -> None:
        """Open the consolidation of the period shown (Tổng hợp từ đơn vị cấp dưới…)."""
        found = self.shown
        if found is None:
            return
        dialog = ConsolidationDialog(
            self._context, self._runner, self._settings, found.period, self
        )
        dialog.finished.connect(dialog.deleteLater)
        self.last_consolidation = dialog
        dialog.open()

    def _scheme_chosen(self, _index: int) -> None:
        scheme = PeriodScheme(self.scheme.currentData())
        factory, actor = self._context.factory, self._context.actor

        def done(changes: Changes) -> None:
            self.changed.emit(changes)  # the window tells this page too (Area.OFFICE)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.refresh()  # the scheme kept is shown again

        self._runner.command(
            lambda _control: set_period_scheme(factory, actor, scheme),
            on_done=done,
            on_error=failed,
        )
