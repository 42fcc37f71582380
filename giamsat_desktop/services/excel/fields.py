"""The columns a register import knows, and what reading a sheet gives back.

Shared by the readers of workbooks, headers and rows, by the import dialog that lets the clerk
correct the proposed columns, and by the import that writes the rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import Any

from giamsat_desktop.domain.errors import Detail, DetailCode, ErrorCode
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.messages import COLUMN_NAMES

__all__ = [
    "CELL_LIMIT",
    "REQUIRED_FIELDS",
    "ImportField",
    "ParsedRow",
    "ParsedSheet",
    "RowProblem",
    "SheetInfo",
    "SheetLayout",
]


CELL_LIMIT = 10_000
"""Longest text a cell may hold; the register's longest field (the notes) allows as much.

The subject allows less: ``SUBJECT_MAX_LENGTH`` characters, as when it is typed.
"""


class ImportField(StrEnum):
    """A column of the register that the import knows what to do with."""

    ARRIVAL_NUMBER = "so_den"
    ARRIVAL_DATE = "ngay_den"
    ISSUER = "tac_gia"
    SYMBOL = "so_ky_hieu"
    DOC_DATE = "ngay_thang"
    DOC_TYPE = "loai_van_ban"
    SUBJECT = "trich_yeu"
    RECIPIENTS = "nguoi_nhan"
    TRANSFER_DATE = "ngay_chuyen"
    NOTES = "ghi_chu"
    SIGNER = "nguoi_ky"
    DEADLINE = "han_xu_ly"
    URGENCY = "do_khan"
    SECRECY = "do_mat"
    PAGE_COUNT = "so_trang"

    @property
    def label(self) -> str:
        """The column's name as the register form (Nghị định 30/2020, Phụ lục IV) prints it."""
        return _LABELS[self]

    @property
    def required(self) -> bool:
        """Whether a register can be imported without this column."""
        return self in REQUIRED_FIELDS


_LABELS: dict[ImportField, str] = {item: COLUMN_NAMES[item.value] for item in ImportField}

REQUIRED_FIELDS: frozenset[ImportField] = frozenset(
    {ImportField.ARRIVAL_NUMBER, ImportField.ARRIVAL_DATE, ImportField.ISSUER, ImportField.SUBJECT}
)


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A worksheet offered to the clerk: its name and roughly how many rows it has."""

    name: str
    rows: int


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Where the register's columns are, as proposed by :func:`detect_layout` or corrected.

    Attributes:
        header_row: The Excel row (1-based) of the header; data starts below it.
        columns: The 0-based column index of each field found.
        headers: The header text of every column, in order, to show the clerk the choices.
        keep_other_columns: Whether the headed columns that no field reads (an e-office
            export's Lĩnh vực, Phối hợp …) are kept in the notes as "header: value", so
            that no column of the file is lost; the clerk may leave them out.
    """

    header_row: int
    columns: dict[ImportField, int]
    headers: list[str]
    keep_other_columns: bool = True


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A row that can be imported.

    Attributes:
        row_number: The Excel row (1-based), so the preview can point at it.
        arrival_number_text: The arrival number as the register writes it ("125a").
        draft: The document as it will be registered.
        warnings: What was changed on the way (a legacy encoding converted, a serial number
            read as a date), by code and values, for the preview to word and show.
    """

    row_number: int
    arrival_number_text: str
    draft: IncomingDraft
    warnings: tuple[Detail, ...]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why a row cannot be imported, by code and the values it names; worded where shown.

    Attributes:
        row_number: The Excel row (1-based).
        field: The column at fault, None when the row as a whole is.
        code: What is wrong: a ``DetailCode`` of the reading, or the ``ErrorCode`` a
            check of the document gives.
        values: What the sentence names: the column (``column``), the value as written
            (``value``), counts and dates.
    """

    row_number: int
    field: ImportField | None
    code: DetailCode | ErrorCode
    values: Mapping[str, Any] = dataclass_field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class ParsedSheet:
    """Every row under the header, read.

    Attributes:
        rows: The rows that can be imported, in sheet order.
        problems: The problems of the other rows, in sheet order; a row with a problem is not
            among ``rows``.
        skipped_blank: Blank rows passed over.
    """

    rows: list[ParsedRow]
    problems: list[RowProblem]
    skipped_blank: int
