"""The filters and the search box above the list of supervision sessions."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionFilter
from giamsat_desktop.ui.common.filter_parts import PinnedFilter, refill_years
from giamsat_desktop.ui.common.labels import label

OPEN = "open"
"""The step choice "Chưa xong": neither closed nor cancelled."""


class SessionFilterBar(QWidget):
    """Year, form, chủ trì/phối hợp, step and words; emits ``changed``."""

    changed = Signal()
    unpinned = Signal()
    """The clerk took off a filter asked for from elsewhere (Bỏ lọc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("sessionSearch")
        self.search.setPlaceholderText(self.tr("Tìm theo nội dung, đối tượng, tổ chức… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.ensurePolished()
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(
            metrics.horizontalAdvance(self.search.placeholderText())
            + 2 * metrics.averageCharWidth()
            + 8
        )
        self.year = QComboBox()
        self.year.setObjectName("sessionYear")
        self.year.addItem(self.tr("Mọi năm"), None)
        self.form = QComboBox()
        self.form.setObjectName("sessionForm")
        self.form.addItem(self.tr("Mọi hình thức"), None)
        for form in SupervisionForm:
            self.form.addItem(label(form), form.value)
        self.role = QComboBox()
        self.role.setObjectName("sessionRole")
        self.role.addItem(self.tr("Chủ trì và phối hợp"), None)
        for role in SupervisionRole:
            self.role.addItem(label(role), role.value)
        self.step = QComboBox()
        self.step.setObjectName("sessionStep")
        self.step.addItem(self.tr("Mọi bước"), None)
        self.step.addItem(self.tr("Chưa xong"), OPEN)
        for step in SessionStep:
            self.step.addItem(label(step), step.value)
        self.count = QLabel()
        self.count.setObjectName("sessionCount")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        """The search box's row; the page puts its buttons in front of it."""
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.search, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lọc:")))
        for widget in (self.year, self.form, self.role, self.step):
            row.addWidget(widget)
        self.pinned = PinnedFilter("session", self)
        self.pinned.unpinned.connect(self.unpinned)
        row.addStretch(1)
        self.pinned.show_words("")
        row.addWidget(self.count)
        outer.addLayout(self.top_row)
        outer.addLayout(row)
        self.pinned.add_below(outer)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(lambda: self.changed.emit())
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.year, self.form, self.role, self.step):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def show_pinned(self, words: str) -> None:
        """Say what a filter asked for from elsewhere shows (empty: none is in force)."""
        self.pinned.show_words(words)

    def set_years(self, years: list[int]) -> None:
        """Offer the years sessions belong to."""
        refill_years(self.year, years)

    def session_filter(self) -> SessionFilter:
        """The filter in force."""
        form, role, step = self.form.currentData(), self.role.currentData(), self.step.currentData()
        steps: frozenset[SessionStep] = frozenset()
        if step not in (None, OPEN):
            steps = frozenset({SessionStep(step)})
        return SessionFilter(
            year=self.year.currentData(),
            form=SupervisionForm(form) if form else None,
            role=SupervisionRole(role) if role else None,
            steps=steps,
            open_only=step == OPEN,
            words=self.search.text(),
        )
