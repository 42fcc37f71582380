"""Filters and the search box above a register."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from giamsat_desktop.domain.document_types import DOCUMENT_TYPES
from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.registers import (
    IncomingFilter,
    IncomingState,
    OutgoingFilter,
    StateGroup,
)
from giamsat_desktop.services.common import clock
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.filter_parts import refill_choices, refill_years
from giamsat_desktop.ui.common.labels import label

E = TypeVar("E", bound=StrEnum)
URGENT_ONLY = "khan_tro_len"
"""The urgency choice "Khẩn trở lên": khẩn, thượng khẩn and hỏa tốc."""


def add_choices(combo: QComboBox, choices: list[tuple[str, E]]) -> None:
    """Offer enum members; the item keeps the member's value (see :func:`chosen`)."""
    for text, member in choices:
        combo.addItem(text, member.value)


def chosen(combo: QComboBox, kind: type[E]) -> E | None:
    """The member of ``kind`` the current item stands for; None for "every …".

    Qt keeps a ``StrEnum`` handed to ``addItem`` as its plain string, so the member is made
    again here: the filter always carries the enum the register's queries expect.
    """
    data = combo.currentData()
    return None if data is None else kind(data)


class RegisterFilterBar(QWidget):
    """Year, date range, type, issuer, urgency, status and words; emits ``changed``."""

    changed = Signal()

    def __init__(self, *, incoming: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incoming = incoming
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Tìm theo số ký hiệu, tác giả, trích yếu… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # The whole hint stays readable, at any text size (measured in the style sheet's font).
        self.search.ensurePolished()
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(
            metrics.horizontalAdvance(self.search.placeholderText())
            + 2 * metrics.averageCharWidth()
            + 8  # the frame and the text's margins
        )
        self.year = QComboBox()
        self.year.addItem(self.tr("Mọi năm"), None)
        self.date_from = DateField()
        self.date_to = DateField()
        self.type_code = QComboBox()
        self.type_code.addItem(self.tr("Mọi loại"), None)
        for kind in DOCUMENT_TYPES:
            self.type_code.addItem(kind.name, kind.code)
        self.issuer = QComboBox()
        self.issuer.addItem(self.tr("Mọi tác giả"), None)
        self.issuer.ensurePolished()
        self.issuer.setMaximumWidth(self.issuer.fontMetrics().horizontalAdvance("M" * 24))
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("Mọi độ khẩn"), None)
        add_choices(self.urgency, [(label(urgency), urgency) for urgency in Urgency])
        self.urgency.addItem(self.tr("Khẩn trở lên"), URGENT_ONLY)
        self.urgency.setItemData(
            self.urgency.count() - 1,
            self.tr("Khẩn, thượng khẩn và hỏa tốc"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.status = QComboBox()
        self.status.addItem(self.tr("Mọi tình trạng"), None)
        if incoming:
            add_choices(self.status, [(label(state), state) for state in IncomingState])
            add_choices(
                self.status,
                [
                    (label(StateGroup.UNFINISHED), StateGroup.UNFINISHED),
                    (label(StateGroup.NOT_CANCELLED), StateGroup.NOT_CANCELLED),
                ],
            )
            unfinished = self.status.findData(StateGroup.UNFINISHED.value)
            self.status.setItemData(
                unfinished,
                self.tr("Chưa xử lý, đang xử lý và quá hạn"),
                Qt.ItemDataRole.ToolTipRole,
            )
        else:  # an outgoing line is cancelled or not
            add_choices(
                self.status,
                [
                    (label(StateGroup.NOT_CANCELLED), StateGroup.NOT_CANCELLED),
                    (label(IncomingState.CANCELLED), IncomingState.CANCELLED),
                ],
            )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        """The search box's row; the page puts its buttons in front of it."""
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.search, 2)
        layout = QHBoxLayout()
        outer.addLayout(self.top_row)
        outer.addLayout(layout)
        layout.addWidget(QLabel(self.tr("Lọc:")))
        layout.addWidget(self.year)
        layout.addWidget(QLabel(self.tr("Từ")))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("đến")))
        layout.addWidget(self.date_to)
        layout.addWidget(self.type_code)
        if incoming:
            layout.addWidget(self.issuer)
            layout.addWidget(self.urgency)
        else:
            for widget in (self.issuer, self.urgency):
                widget.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("registerCount")
        layout.addWidget(self.count)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)  # search once the clerk pauses, not on every key
        self._typing.timeout.connect(lambda: self.changed.emit())
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.year, self.type_code, self.issuer, self.urgency, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(lambda: self.changed.emit())

    def set_years(self, years: list[int]) -> None:
        """Offer the years that have documents."""
        refill_years(self.year, years)

    def set_issuers(self, issuers: list[str]) -> None:
        """Offer the issuing bodies used so far."""
        refill_choices(self.issuer, [(issuer, issuer) for issuer in sorted(issuers)])

    def incoming_filter(self, today: dt.date | None = None) -> IncomingFilter:
        """The filter in force on the incoming register (Tình trạng judged on ``today``)."""
        return IncomingFilter(
            year=self.year.currentData(),
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
            type_code=self.type_code.currentData(),
            issuer=self.issuer.currentData(),
            urgency=None if self._urgent_only() else chosen(self.urgency, Urgency),
            urgent_only=self._urgent_only(),
            state=self._chosen_state(),
            state_group=self._chosen_group(),
            today=today or clock.today(),
            text=self.search.text(),
        )

    def outgoing_filter(self) -> OutgoingFilter:
        """The filter in force on the outgoing register (year, dates, type, state, words)."""
        cancelled = None
        if self._chosen_group() is StateGroup.NOT_CANCELLED:
            cancelled = False
        elif self._chosen_state() is IncomingState.CANCELLED:
            cancelled = True
        return OutgoingFilter(
            year=self.year.currentData(),
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
            type_code=self.type_code.currentData(),
            text=self.search.text(),
            cancelled=cancelled,
        )

    def _urgent_only(self) -> bool:
        return bool(self.urgency.currentData() == URGENT_ONLY)

    def _chosen_state(self) -> IncomingState | None:
        data = self.status.currentData()
        return IncomingState(data) if data in set(IncomingState) else None

    def _chosen_group(self) -> StateGroup | None:
        data = self.status.currentData()
        return StateGroup(data) if data in set(StateGroup) else None

    def show_only(
        self,
        *,
        year: int | None = None,
        state: IncomingState | StateGroup | None = None,
        urgent_only: bool = False,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> None:
        """Clear every filter and the words, then keep ``year`` and ``state``: one reading.

        The overview's figures open the register this way, so that the page counts the
        lines the figure counted.
        """
        combos = (self.year, self.type_code, self.issuer, self.urgency, self.status)
        for widget in (*combos, self.date_from, self.date_to, self.search):
            widget.blockSignals(True)
        try:
            for combo in combos:
                combo.setCurrentIndex(0)
            self.date_from.clear()
            self.date_to.clear()
            self.search.clear()
            if year is not None:
                if self.year.findData(year) < 0:
                    self.year.addItem(str(year), year)
                self.year.setCurrentIndex(self.year.findData(year))
            if state is not None:
                self.status.setCurrentIndex(max(0, self.status.findData(state.value)))
            if urgent_only:
                self.urgency.setCurrentIndex(self.urgency.findData(URGENT_ONLY))
            self.date_from.set_date(date_from)
            self.date_to.set_date(date_to)
        finally:
            for widget in (*combos, self.date_from, self.date_to, self.search):
                widget.blockSignals(False)
        self.changed.emit()

    def describe(self) -> str:
        """The filter in words, for the subtitle of an export."""
        parts = []
        for combo in (self.year, self.type_code, self.issuer, self.urgency, self.status):
            if combo.currentData() is not None and combo.isVisibleTo(self):
                parts.append(combo.currentText())
        if self.date_from.date() or self.date_to.date():
            parts.append(f"{self.date_from.text()} – {self.date_to.text()}")
        if self.search.text().strip():
            parts.append(f"“{self.search.text().strip()}”")
        return " · ".join(parts)
