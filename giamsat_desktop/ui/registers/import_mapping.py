"""The Excel import's column mapping: which column of the file fills each column of the register.

A group box of one drop-down per ``ImportField``, offering the file's columns by letter and
header. Its texts keep the translation context of ``ImportDialog``, where the box is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from giamsat_desktop.services.excel import fields as excel_fields
from giamsat_desktop.ui.common.error_text import column_label

_MAPPING_COLUMNS = 3
"""Fields side by side in the mapping: the preview keeps its height on a 768-pixel screen."""


class ColumnMapping(QGroupBox):
    """One drop-down per column of the register, set to the column the file has for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ImportDialog", "Cột trong tệp ứng với cột của sổ"), parent
        )
        self.grid = QGridLayout(self)
        self.combos: dict[excel_fields.ImportField, QComboBox] = {}

    def clear_fields(self) -> None:
        """Take away the drop-downs of the file shown before."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.combos = {}

    def show_layout(self, found: excel_fields.SheetLayout) -> None:
        """Offer the headers ``found`` for every field, each set to the column proposed."""
        self.clear_fields()
        for position, field in enumerate(excel_fields.ImportField):
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportDialog", "(không có)"), None)
            for index, header in enumerate(found.headers):
                letter = _column_letter(index)
                combo.addItem(f"{letter}: {header.strip()}"[:60] if header else letter, index)
            if field in found.columns:
                combo.setCurrentIndex(combo.findData(found.columns[field]))
            self.combos[field] = combo
            row, column = divmod(position, _MAPPING_COLUMNS)
            self.grid.addWidget(QLabel(column_label(field.value)), row, column * 2)
            self.grid.addWidget(combo, row, column * 2 + 1)

    def columns(self) -> dict[excel_fields.ImportField, int]:
        """The column of the file chosen for each field (fields set to none are left out)."""
        return {
            field: combo.currentData()
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
