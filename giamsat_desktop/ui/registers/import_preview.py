"""The Excel import's preview table: the columns that show each row read, before importing.

Its headers keep the translation context of ``ImportDialog``, where the table is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.excel.fields import ParsedRow
from giamsat_desktop.ui.common.error_text import said
from giamsat_desktop.ui.common.record_table_model import Column, RecordTableModel


def preview_model() -> RecordTableModel[ParsedRow]:
    """An empty table of rows read: their number, the register's columns, what was changed."""
    return RecordTableModel(
        [
            Column(
                QCoreApplication.translate("ImportDialog", "Dòng"),
                lambda r: str(r.row_number),
                lambda r: r.row_number,
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Số đến"),
                lambda r: r.arrival_number_text,
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Ngày đến"),
                lambda r: format_date(r.draft.arrival_date),
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Tác giả"),
                lambda r: r.draft.issuer,
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Số, ký hiệu"),
                lambda r: r.draft.symbol,
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Ngày tháng"),
                lambda r: format_date(r.draft.doc_date),
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Loại"),
                lambda r: _type_name(r.draft.type_code),
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Trích yếu"),
                lambda r: r.draft.subject.replace("\n", " "),
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Ghi chú"),
                lambda r: _line(r.draft.notes),
            ),
            Column(
                QCoreApplication.translate("ImportDialog", "Đã sửa"),
                lambda r: "; ".join(map(said, r.warnings)),
            ),
        ],
        is_active=lambda r: True,
    )


def _line(text: str, longest: int = 200) -> str:
    """A long text on one line, cut for a table cell (the whole text is imported)."""
    line = text.replace("\n", " ")
    return line if len(line) <= longest else line[: longest - 1] + "…"


def _type_name(code: str) -> str:
    """The document type's name ("Công văn"), or its code when the catalog has none."""
    kind = by_code(code) if code else None
    return kind.name if kind is not None else code
