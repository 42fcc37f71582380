"""An official document of the Standing Board, as plain data: what every letter shares.

Nghị định 30/2020 (Phụ lục I) as an MTTQ office applies it: the issuing body and the national
motto side by side, the number and symbol, the place-and-date line, the type name and subject
(or, for a công văn, "V/v …" under the number), "Kính gửi:", the "Căn cứ …" lines, a body of
headings, paragraphs, articles, lists and tables, the signature block and "Nơi nhận:". Each
form (a công văn, a plan, a decision …) fills one of these from its record; the PDF and Word
renderers (``reports/letters``) print it, both from the same data.

A decision adds its issuing body's name over the "Căn cứ" lines (``authority``) and
"QUYẾT ĐỊNH:" after them (``enacting``); a biên bản has no number nor date line and ends with
two signature columns, the other side's on the left (``countersigner``) where "Nơi nhận:"
would stand; an outline, going with a plan, says so under its subject (``attached_to``) and
has neither number, date line, signature nor "Nơi nhận:".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.board import BOARD_NAME, SignatureBlock
from giamsat_desktop.domain.date_line import date_line
from giamsat_desktop.domain.office import FRONT_NAME, OfficeInfo
from giamsat_desktop.domain.symbols import format_state_symbol

BOARD_LINE = BOARD_NAME.upper()
"""The issuing body's last line: ``BAN THƯỜNG TRỰC``."""
DRAFT_MARK = "DỰ THẢO"
KEEP_LINE = "- Lưu: VT."
"""The last line of every "Nơi nhận:" list: the office keeps a copy (Văn thư)."""
BLANK_NUMBER = "      "
"""Where a draft's number will be written once issued: ``Số:      /KH-MTTQ-BTT``."""


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the body: ``I.`` (level 1), ``1.`` (level 2) or ``a)`` (level 3)."""

    label: str
    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text, first line indented."""

    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A numbered article of a decision: ``Điều 1.`` in bold, then its text."""

    number: int
    text: str

    @property
    def label(self) -> str:
        """The label printed in bold before the text: ``Điều 1.``."""
        return f"Điều {self.number}."


@dataclass(frozen=True, slots=True)
class Items:
    """A list of items, each line starting with ``marker`` (``-`` or ``+``)."""

    items: tuple[str, ...]
    marker: str = "-"


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row; ``widths`` are shares of the text width (sum 1)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        columns = len(self.header)
        if any(len(row) != columns for row in self.rows):
            raise ValueError("every row of a table has as many cells as its header")
        if self.widths and len(self.widths) != columns:
            raise ValueError("a table has one width per column")


Block = Heading | Paragraph | Article | Items | Table


@dataclass(frozen=True, slots=True)
class Signer:
    """Who signs, and under which authority (``TM. BAN THƯỜNG TRỰC`` / ``KT. CHỦ TỊCH``)."""

    block: SignatureBlock
    name: str

    @property
    def lines(self) -> tuple[str, ...]:
        """The lines over the signature that are not empty, top first."""
        return tuple(line for line in self.block.lines if line.strip())


@dataclass(frozen=True, slots=True)
class OfficialDocument:
    """One document of the Standing Board, ready to print; a draft until it has a number.

    Attributes:
        office: The office issuing it (its level and place name the letterhead).
        type_code: The symbol's type code (``KH``, ``QĐ`` …); empty for a công văn.
        type_name: The type name in capitals (``KẾ HOẠCH``); empty for a công văn.
        subject: The subject under the type name; for a công văn the "V/v" text.
        date: The issue date; None for a draft, whose date line is left for the pen.
        number: The number in the year's outgoing series; None for a draft.
        recipients: "Kính gửi:" — one line, or several as a list.
        grounds: The "Căn cứ …" lines before the body.
        body: Headings, paragraphs, articles, lists and tables, in order.
        signer: The signature block and the signer's name; None: not signed (an outline).
        copies_to: The "Nơi nhận:" lines without the last, ``- Lưu: VT.``, which is added.
        place: The date line's place; the office's when empty.
    """

    office: OfficeInfo
    type_code: str
    type_name: str
    subject: str
    signer: Signer | None
    date: dt.date | None = None
    number: int | None = None
    recipients: tuple[str, ...] = ()
    grounds: tuple[str, ...] = ()
    body: tuple[Block, ...] = ()
    copies_to: tuple[str, ...] = ()
    place: str = ""
    year: int = 0
    """The year of a draft's date line (the issue date's year once issued)."""
    numbered: bool = True
    """Whether the header has a "Số:" line (not for a biên bản nor an outline)."""
    dated: bool = True
    """Whether the header has the place-and-date line."""
    final: bool = False
    """An unnumbered document made final (no "DỰ THẢO"); a numbered one is final once numbered."""
    authority: str = ""
    """The issuing body's name over the "Căn cứ" lines (a decision's)."""
    enacting: str = ""
    """The line after the "Căn cứ" lines, before the body (``QUYẾT ĐỊNH:``)."""
    attached_to: str = ""
    """What the document goes with: printed ``(Kèm theo …)`` under the subject."""
    countersigner: Signer | None = None
    """The other side's signature, left of the signer's, in place of "Nơi nhận:"."""
    has_copies: bool = True
    """Whether it ends with "Nơi nhận:" (not a biên bản nor an outline)."""

    @property
    def is_draft(self) -> bool:
        """A draft has no number yet (or is not final) and prints "DỰ THẢO" above the header."""
        if self.numbered:
            return self.number is None
        return not self.final

    @property
    def is_letter(self) -> bool:
        """A công văn: no type name, its subject as "V/v …" under the number."""
        return not self.type_name

    @property
    def issuer_lines(self) -> tuple[str, str, str]:
        """The issuing body: ``ỦY BAN MTTQ VIỆT NAM``, ``XÃ TÂN HƯNG``, ``BAN THƯỜNG TRỰC``."""
        return (FRONT_NAME.upper(), self.office.letterhead_unit, BOARD_LINE)

    @property
    def number_line(self) -> str:
        """``Số: 15/KH-MTTQ-BTT``, ``Số:      /KH-MTTQ-BTT`` for a draft; empty: no number."""
        if not self.numbered:
            return ""
        suffix = self.office.symbol_suffix
        if self.number is None:
            code = f"{self.type_code}-" if self.type_code else ""
            return f"Số: {BLANK_NUMBER}/{code}{suffix}"
        return f"Số: {format_state_symbol(self.number, self.type_code or None, suffix)}"

    @property
    def symbol(self) -> str:
        """The symbol as the outgoing register holds it (empty for a draft or no number)."""
        if self.number is None or not self.numbered:
            return ""
        return format_state_symbol(self.number, self.type_code or None, self.office.symbol_suffix)

    @property
    def subject_line(self) -> str:
        """For a công văn: ``V/v …`` under the number; empty otherwise."""
        return f"V/v {self.subject}" if self.is_letter and self.subject else ""

    @property
    def date_text(self) -> str:
        """``Tân Hưng, ngày 05 tháng 02 năm 2026``; a draft leaves the day and month blank.

        Empty when the document has no date line (``dated``).
        """
        if not self.dated:
            return ""
        place = self.place or self.office.date_line_place or self.office.place_name
        if self.date is not None:
            return date_line(place, self.date)
        year = self.year or ""
        when = f"ngày      tháng      năm {year}".rstrip()
        return f"{place}, {when}" if place else when[0].upper() + when[1:]

    @property
    def attached_line(self) -> str:
        """``(Kèm theo Kế hoạch số 15/KH-MTTQ-BTT …)`` under the subject; empty: none."""
        text = " ".join(self.attached_to.split()).strip("()")
        if not text:
            return ""
        if not text.lower().startswith("kèm theo"):
            text = f"Kèm theo {text}"
        return f"({text})"

    @property
    def copies_lines(self) -> tuple[str, ...]:
        """The "Nơi nhận:" list as printed, ending ``- Lưu: VT.`` (added if missing).

        Empty for a document without "Nơi nhận:" (``has_copies``).
        """
        if not self.has_copies:
            return ()
        lines = tuple(_as_item(line) for line in self.copies_to if line.strip())
        if not lines or not lines[-1].replace(" ", "").lower().startswith("-lưu"):
            lines += (KEEP_LINE,)
        return lines


def _as_item(line: str) -> str:
    """A "Nơi nhận:" line written as a list item (``- Như trên;``)."""
    text = line.strip()
    return text if text.startswith(("-", "+")) else f"- {text}"


def board_authority(office: OfficeInfo) -> str:
    """The issuing body as a decision names it: ``BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ …``."""
    return f"{BOARD_LINE} {office.name.upper()}".strip()
