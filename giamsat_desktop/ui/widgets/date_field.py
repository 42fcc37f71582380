"""A date typed as dd/mm/yyyy (also 5/9/2022, 5-9-2022, 05.09.2022), possibly left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from giamsat_desktop.domain.date_line import parse_vietnamese_date
from giamsat_desktop.formatting import format_date


class DateField(QLineEdit):
    """Clerks type dates faster than they pick them; an empty field means no date."""

    def __init__(
        self, value: dt.date | None = None, *, required: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.required = required
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

    def _tidy(self) -> None:
        value = self.date()
        if value is not None:
            self.setText(format_date(value))

    def _mark(self) -> None:
        self.setStyleSheet("" if self.is_valid() else "background: #fde8ea;")
