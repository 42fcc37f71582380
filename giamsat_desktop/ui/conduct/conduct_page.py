"""Giám sát theo QĐ 124: two tabs, Cuộc giám sát and Phản ánh của nhân dân.

The sessions on the conduct of cán bộ, đảng viên at their workplace and where they live,
with the people supervised; the register of what citizens report about them, followed until
a result comes back. Who reported is shown only to an account that may see it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.conduct.conduct_lists import ConductList, ReportList

SESSIONS_TAB, REPORTS_TAB = range(2)


class ConductPage(QWidget):
    """The two lists in tabs; a save in either refreshes both."""

    changed = Signal(object)

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Giám sát theo Quy định 124-QĐ/TW"))
        heading.setObjectName("pageTitle")
        self.sessions = ConductList(context, runner)
        self.reports = ReportList(context, runner, settings)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("conductTabs")
        self.tabs.addTab(self.sessions, self.tr("Cuộc giám sát"))
        self.tabs.addTab(self.reports, self.tr("Phản ánh của nhân dân"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        for page in (self.sessions, self.reports):
            page.changed.connect(self.changed.emit)

    def show_reports_of(self, year: int) -> None:
        """The citizens' reports of ``year`` (a figure of Tổng quan), the other filters off."""
        self.tabs.setCurrentIndex(REPORTS_TAB)
        bar = self.reports.filters
        bar.search.clear()
        for combo in (bar.state, bar.channel):
            combo.setCurrentIndex(0)
        bar.choose_year(year)

    def show_records(self, reports: bool, keys: frozenset[int], words: str) -> None:
        """Only the sessions ``keys`` (the citizens' reports, for ``reports``), said in words.

        Asked by a figure of the Báo cáo page.
        """
        self.tabs.setCurrentIndex(REPORTS_TAB if reports else SESSIONS_TAB)
        shown = self.reports if reports else self.sessions
        shown.filters.pin(keys, words)

    def on_changes(self, changes: Changes) -> None:
        """Re-read both lists when a save touched them."""
        self.sessions.on_changes(changes)
        self.reports.on_changes(changes)
