"""The filters and the search box above the list of tasks.

The bar builds the ``TaskFilter`` the list shows. A figure of Tổng quan, a day of the
calendar or a reminder hands the page a whole filter: the bar shows what its widgets can
(organisation, state, deadline, year, dates, words) and keeps the rest (a source
document, a month of completions) in a note with a button to drop it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.deadlines import Timeliness
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskFilter, TaskState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.filter_parts import refill_choices
from giamsat_desktop.ui.common.labels import label

OPEN = "open"
"""The state choice "Chưa xong": not started, in progress or paused."""
DUE_SOON, STANDING = "due_soon", "standing"
"""The deadline choices that are not a ``Timeliness``."""


class TaskFilterBar(QWidget):
    """Organisation, state, deadline, year, deadline dates and words; emits ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_days = 3
        """The reminder window: "Sắp đến hạn" means due within it."""
        self._kept = TaskFilter()
        """What a request asked that the widgets cannot show (source, completion dates)."""
        self._kept_text = ""
        self.search = QLineEdit()
        self.search.setObjectName("taskSearch")
        self.search.setPlaceholderText(
            self.tr("Tìm theo nội dung, tổ chức, người phụ trách, số ký hiệu… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.ensurePolished()
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(
            metrics.horizontalAdvance(self.search.placeholderText())
            + 2 * metrics.averageCharWidth()
            + 8
        )
        self.organization = QComboBox()
        self.organization.setObjectName("taskOrganization")
        self.organization.addItem(self.tr("Mọi tổ chức"), None)
        self.organization.setMaximumWidth(metrics.horizontalAdvance("M" * 22))
        self.state = QComboBox()
        self.state.setObjectName("taskState")
        self.state.addItem(self.tr("Chưa xong"), OPEN)
        self.state.setItemData(0, self.tr("Chưa thực hiện, đang thực hiện và tạm dừng"), 3)
        self.state.addItem(self.tr("Mọi trạng thái"), None)
        for state in TaskState:
            self.state.addItem(label(state), state.value)
        self.deadline = QComboBox()
        self.deadline.setObjectName("taskDeadline")
        self.deadline.addItem(self.tr("Mọi thời hạn"), None)
        self.deadline.addItem(self.tr("Quá hạn"), Timeliness.OVERDUE.value)
        self.deadline.addItem(self.tr("Sắp đến hạn"), DUE_SOON)
        self.deadline.addItem(self.tr("Còn trong hạn"), Timeliness.OPEN.value)
        self.deadline.addItem(self.tr("Hoàn thành đúng hạn"), Timeliness.ON_TIME.value)
        self.deadline.addItem(self.tr("Hoàn thành quá hạn"), Timeliness.LATE.value)
        self.deadline.addItem(self.tr("Thường xuyên"), STANDING)
        self.year = QComboBox()
        self.year.setObjectName("taskYear")
        self.year.addItem(self.tr("Mọi năm giao"), None)
        self.date_from = DateField()
        self.date_to = DateField()
        self.kept_note = QLabel()
        self.kept_note.setObjectName("taskKeptFilter")
        self.drop_kept = QToolButton()
        self.drop_kept.setText(self.tr("Bỏ điều kiện này"))
        self.drop_kept.clicked.connect(self.drop_kept_filter)
        self.count = QLabel()
        self.count.setObjectName("taskCount")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        """The search box's row; the page puts its buttons in front of it."""
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.search, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lọc:")))
        for widget in (self.organization, self.state, self.deadline, self.year):
            row.addWidget(widget)
        row.addWidget(QLabel(self.tr("Hạn từ")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("đến")))
        row.addWidget(self.date_to)
        row.addStretch(1)
        row.addWidget(self.count)
        kept = QHBoxLayout()
        kept.addWidget(self.kept_note)
        kept.addWidget(self.drop_kept)
        kept.addStretch(1)
        outer.addLayout(self.top_row)
        outer.addLayout(row)
        outer.addLayout(kept)
        self._show_kept()
        self.set_window(self.window_days)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)  # search once the clerk pauses, not on every key
        self._typing.timeout.connect(lambda: self.changed.emit())
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.organization, self.state, self.deadline, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(lambda: self.changed.emit())

    # ----- choices ------------------------------------------------------------------

    def set_organizations(self, organizations: list[tuple[int, str]]) -> None:
        """Offer the organisations (id, name) that lead tasks."""
        refill_choices(self.organization, [(name, key) for key, name in organizations])

    def set_years(self, years: list[int]) -> None:
        """Offer the years tasks were given in."""
        refill_choices(self.year, [(str(year), year) for year in years])

    def set_window(self, days: int) -> None:
        """The reminder window, named in the "Sắp đến hạn" choice."""
        self.window_days = days
        index = self.deadline.findData(DUE_SOON)
        self.deadline.setItemText(
            index, self.tr("Sắp đến hạn (trong {days} ngày)").format(days=days)
        )


    # ----- the filter ---------------------------------------------------------------

    def task_filter(self) -> TaskFilter:
        """The filter in force: the widgets, and what a request asked beyond them."""
        state = self.state.currentData()
        states: frozenset[TaskState] = frozenset()
        if state == OPEN:
            states = OPEN_STATES
        elif state is not None:
            states = frozenset({TaskState(state)})
        if not states:
            states = self._kept.states  # a set a figure asked for that no choice names
        deadline = self.deadline.currentData()
        timeliness = None
        if deadline not in (None, DUE_SOON, STANDING):
            timeliness = Timeliness(deadline)
        return dataclasses.replace(
            self._kept,
            organization_id=self.organization.currentData(),
            states=states,
            timeliness=timeliness,
            due_within=self.window_days if deadline == DUE_SOON else None,
            standing=True if deadline == STANDING else None,
            year=self.year.currentData(),
            deadline_from=self.date_from.date(),
            deadline_to=self.date_to.date(),
            words=self.search.text(),
        )

    def show_filter(self, wanted: TaskFilter, kept_text: str = "") -> None:
        """Show ``wanted`` (from a figure or a day) and emit ``changed`` once.

        ``kept_text`` words what the widgets cannot show (else it is worded here).
        """
        widgets = (
            self.organization,
            self.state,
            self.deadline,
            self.year,
            self.search,
            self.date_from,
            self.date_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if wanted.organization_id is not None and self.organization.findData(
                wanted.organization_id
            ) < 0:
                # Not offered yet (the page's first read is on its way): kept, and named
                # when the choices arrive.
                self.organization.addItem("…", wanted.organization_id)
            self._choose(self.organization, wanted.organization_id)
            if wanted.states == OPEN_STATES:
                self._choose(self.state, OPEN)
            elif len(wanted.states) == 1:
                self._choose(self.state, next(iter(wanted.states)).value)
            else:
                self._choose(self.state, None)
            if wanted.due_within is not None:
                self.set_window(wanted.due_within)
                self._choose(self.deadline, DUE_SOON)
            elif wanted.timeliness is not None:
                self._choose(self.deadline, wanted.timeliness.value)
            elif wanted.standing:
                self._choose(self.deadline, STANDING)
            else:
                self._choose(self.deadline, None)
            if wanted.year is not None and self.year.findData(wanted.year) < 0:
                self.year.addItem(str(wanted.year), wanted.year)
            self._choose(self.year, wanted.year)
            self.search.setText(wanted.words)
            self.date_from.set_date(wanted.deadline_from)
            self.date_to.set_date(wanted.deadline_to)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        named = wanted.states == OPEN_STATES or len(wanted.states) <= 1
        self._kept = TaskFilter(
            assigned_from=wanted.assigned_from,
            assigned_to=wanted.assigned_to,
            done_from=wanted.done_from,
            done_to=wanted.done_to,
            source_id=wanted.source_id,
            states=frozenset() if named else wanted.states,
            keys=wanted.keys,
        )
        self._kept_text = kept_text or self._describe_kept()
        self._show_kept()
        self.changed.emit()

    def drop_kept_filter(self) -> None:
        """Forget the condition a request added beyond the widgets."""
        self._kept, self._kept_text = TaskFilter(), ""
        self._show_kept()
        self.changed.emit()

    def _describe_kept(self) -> str:
        parts = []
        if self._kept.assigned_from is not None or self._kept.assigned_to is not None:
            parts.append(
                self.tr("giao từ {start} đến {end}").format(
                    start=format_date(self._kept.assigned_from) or "…",
                    end=format_date(self._kept.assigned_to) or "…",
                )
            )
        if self._kept.done_from is not None or self._kept.done_to is not None:
            parts.append(
                self.tr("hoàn thành từ {start} đến {end}").format(
                    start=format_date(self._kept.done_from) or "…",
                    end=format_date(self._kept.done_to) or "…",
                )
            )
        if self._kept.source_id is not None:
            parts.append(self.tr("giao từ một văn bản đến"))
        if self._kept.states:
            names = [label(state) for state in TaskState if state in self._kept.states]
            parts.append(self.tr("ở trạng thái: {states}").format(states=", ".join(names)))
        return "; ".join(parts)

    def _show_kept(self) -> None:
        shown = bool(self._kept_text)
        self.kept_note.setText(self.tr("Chỉ những nhiệm vụ {what}.").format(what=self._kept_text))
        self.kept_note.setVisible(shown)
        self.drop_kept.setVisible(shown)

    @staticmethod
    def _choose(combo: QComboBox, data: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

