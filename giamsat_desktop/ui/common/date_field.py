"""A date typed as dd/mm/yyyy (also 5/9/2022, 5-9-2022, 05.09.2022), possibly left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from giamsat_desktop.domain.date_line import (
    DateProblem,
    date_problem,
    parse_vietnamese_date,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.messages import DATE_PROBLEMS

CONTEXT = "DateField"


def date_problem_text(problem: DateProblem, field: str, typed: str) -> str:
    """Say, in the window's language, why ``typed`` in the field named ``field`` is no date.

    Args:
        problem: What :func:`date_problem` found.
        field: The field's name as its label shows it, e.g. "Ngày đến".
        typed: The text typed, quoted when its form is wrong.

    Returns:
        One sentence, e.g. "Ngày đến: tháng 2 năm 2022 chỉ có 28 ngày, không có ngày 31."
    """
    template = QCoreApplication.translate(CONTEXT, DATE_PROBLEMS[problem.kind.value])
    return template.format(
        field=field,
        typed=typed.strip(),
        day=problem.day,
        month=problem.month,
        year=problem.year,
        days=problem.days_in_month,
    )


class DateField(QLineEdit):
    """Clerks type dates faster than they pick them; an empty field means no date."""

    def __init__(
        self,
        value: dt.date | None = None,
        *,
        required: bool = False,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Make the field.

        Args:
            value: The date shown at first, if any.
            required: Whether an empty field is a problem.
            name: The field's name in messages, as its label shows it ("Ngày đến").
            parent: The parent widget.
        """
        super().__init__(parent)
        self.required = required
        self.name = name or self.tr("Ngày")
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(12)
        self.setMaximumWidth(130)
        self.setMinimumWidth(100)
        if value is not None:
            self.set_date(value)
        self.editingFinished.connect(self._tidy)
        self.textChanged.connect(self._mark)

    def set_date(self, value: dt.date | None) -> None:
        """Show a date (or nothing)."""
        self.setText(format_date(value) if value else "")

    def date(self) -> dt.date | None:
        """The date typed, or None when empty or not a real date."""
        return parse_vietnamese_date(self.text()) if self.text().strip() else None

    def is_valid(self) -> bool:
        """Empty (when allowed) or a real date."""
        if not self.text().strip():
            return not self.required
        return self.date() is not None

    def problem(self) -> str:
        """What is wrong with the field, in one sentence naming it; empty when nothing is."""
        text = self.text()
        if not text.strip():
            if self.required:
                return self.tr("{field}: chưa nhập ngày (dd/mm/yyyy).").format(field=self.name)
            return ""
        found = date_problem(text)
        return "" if found is None else date_problem_text(found, self.name, text)

    def _tidy(self) -> None:
        value = self.date()
        if value is not None:
            self.setText(format_date(value))

    def _mark(self) -> None:
        problem = self.problem()
        self.setStyleSheet("background: #fde8ea;" if problem else "")
        self.setToolTip(problem)
