"""Letters of the Standing Board: a form's content, kept as a record from draft to issue.

A letter is drafted (its number blank, "DỰ THẢO" above the header), then issued: it takes
the next number of the year's outgoing series and becomes a line of the outgoing register,
with its PDF and Word files. An issued letter is never edited; it is cancelled (its number
is never given again) and a new one issued. Each form names the parts its record cannot
fill; the office keeps a standard text for each (``StandardText``), which a new draft takes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.board import SignatureBlock
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.official_document import Block, Heading, Items, Paragraph, Table


class LetterForm(StrEnum):
    """Which form a letter is; stored by value."""

    CONG_VAN = "cong_van"

    @property
    def label(self) -> str:
        """The Vietnamese word shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class LetterState(StrEnum):
    """Where a letter is: a draft, issued (numbered, in the register), or cancelled."""

    DRAFT = "du_thao"
    ISSUED = "da_phat_hanh"
    CANCELLED = "da_huy"

    @property
    def label(self) -> str:
        """The Vietnamese word shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


@dataclass(frozen=True, slots=True)
class StandardText:
    """A part of a form the record cannot fill, with the office's usual wording.

    ``text`` may hold ``{office}`` (the office's full name), ``{place}``, ``{year}``,
    ``{higher}`` (the body above) and ``{subject}``; they are filled when a draft is made.
    """

    key: str
    name: str
    text: str


@dataclass(frozen=True, slots=True)
class LetterContent:
    """What the clerk writes or adjusts in a letter; kept with the letter.

    Attributes:
        subject: A công văn's "V/v …" text, or a form's subject.
        recipients: "Kính gửi:" lines.
        body: The body as typed: paragraphs on their lines, ``- `` items, ``I.`` and ``1.``
            headings, ``| … | … |`` rows of a table (``body_blocks`` reads it).
        copies_to: "Nơi nhận:" lines (``- Lưu: VT.`` is added when printed).
        grounds: "Căn cứ …" lines.
    """

    subject: str
    recipients: tuple[str, ...] = ()
    body: str = ""
    copies_to: tuple[str, ...] = ()
    grounds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """A letter as the clerk saves it: form, content, signer and secrecy.

    ``signer_id`` is a member of the Standing Board (None: the active chair).
    """

    form: LetterForm
    content: LetterContent
    signer_id: int | None = None
    secrecy: Secrecy = Secrecy.NORMAL
    source_kind: str = ""
    source_id: int | None = None


@dataclass(frozen=True, slots=True)
class LetterRecord:
    """A stored letter, as the window and the prints see it."""

    id: int
    form: LetterForm
    state: LetterState
    content: LetterContent
    signer_id: int | None
    signer_name: str
    signature: SignatureBlock
    secrecy: Secrecy
    version: int
    source_kind: str = ""
    source_id: int | None = None
    number: int | None = None
    symbol: str = ""
    issue_date: dt.date | None = None
    outgoing_id: int | None = None
    created_at: dt.datetime | None = None
    cancel_reason: str = ""

    @property
    def is_draft(self) -> bool:
        """Whether it can still be edited and issued."""
        return self.state is LetterState.DRAFT


FORM_TYPE_CODES: dict[LetterForm, str] = {LetterForm.CONG_VAN: ""}
"""The symbol's type code of each form (a công văn has none: ``16/MTTQ-BTT``)."""
FORM_TYPE_NAMES: dict[LetterForm, str] = {LetterForm.CONG_VAN: ""}
"""The type name printed over the subject (none for a công văn, whose subject is V/v)."""
FORM_REGISTER_CODES: dict[LetterForm, str] = {LetterForm.CONG_VAN: "CV"}
"""The type code of the outgoing register's line (``domain.document_types``)."""

STANDARD_TEXTS: dict[LetterForm, tuple[StandardText, ...]] = {
    LetterForm.CONG_VAN: (
        StandardText(
            "cong_van.closing",
            "Câu kết",
            "Ban Thường trực {office} đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực "
            "hiện./.",
        ),
        StandardText(
            "cong_van.copies_to",
            "Nơi nhận (mỗi dòng một nơi)",
            "Như trên;\nBan Thường trực {higher} (b/c);\nThường trực Đảng ủy (b/c);",
        ),
    ),
}
"""The standard wording of every form, which the office may change (Cài đặt → Mẫu văn bản)."""


def standard_text(key: str) -> StandardText:
    """The program's own wording of ``key`` (``KeyError`` when no form has it)."""
    for texts in STANDARD_TEXTS.values():
        for text in texts:
            if text.key == key:
                return text
    raise KeyError(key)


_ROMAN = re.compile(r"^(?P<label>[IVXL]+\.)\s+(?P<text>\S.*)$")
_NUMBERED = re.compile(r"^(?P<label>\d{1,2}\.)\s+(?P<text>\S.*)$")
_LETTERED = re.compile(r"^(?P<label>[a-zđ]\))\s+(?P<text>\S.*)$")
_ITEM = re.compile(r"^(?P<marker>[-+•])\s+(?P<text>\S.*)$")
TABLE_MARK = "|"
"""A body line starting with this is a row of a table; the first row of a table is its header."""
_CELL_BREAK = re.compile(r"(?<!\\)\|")


def table_line(cells: Sequence[str]) -> str:
    """A row of a table as the body holds it: ``| 1 | Tuyên truyền … | 31/12/2026 |``.

    Each cell is written on one line (its line breaks become spaces); a ``|`` inside a cell
    is kept with a backslash before it.
    """
    texts = (" ".join(cell.split()).replace(TABLE_MARK, "\\" + TABLE_MARK) for cell in cells)
    return f"{TABLE_MARK} {' | '.join(texts)} {TABLE_MARK}"


def _cells(line: str) -> list[str]:
    """The cells of a table row as typed (``table_line`` written back into its cells)."""
    inner = line[1:]
    if inner.endswith(TABLE_MARK) and not inner.endswith("\\" + TABLE_MARK):
        inner = inner[:-1]
    escaped = "\\" + TABLE_MARK
    return [cell.strip().replace(escaped, TABLE_MARK) for cell in _CELL_BREAK.split(inner)]


def _table(lines: list[list[str]]) -> Table:
    """A table from its rows as typed: the first is the header; every row takes its width.

    A row with fewer cells is filled with empty ones; one with more keeps them in its last.
    """
    header = tuple(lines[0])
    columns = len(header)
    rows = []
    for cells in lines[1:]:
        if len(cells) > columns:
            cells = [*cells[: columns - 1], " | ".join(cells[columns - 1 :])]
        rows.append(tuple(cells + [""] * (columns - len(cells))))
    return Table(header, tuple(rows))


def body_blocks(text: str) -> tuple[Block, ...]:
    """The body as typed, read into blocks: headings, list items, tables and paragraphs.

    A line ``I. …`` is a heading of level 1, ``1. …`` of level 2, ``a) …`` of level 3;
    consecutive lines starting ``- `` or ``+ `` make a list; consecutive lines starting
    ``|`` make a table, the first its header (``table_line`` writes such a row); every other
    line is a paragraph.
    """
    blocks: list[Block] = []
    items: list[str] = []
    rows: list[list[str]] = []
    marker = "-"

    def close() -> None:
        if items:
            blocks.append(Items(tuple(items), marker))
            items.clear()
        if rows:
            blocks.append(_table(rows))
            rows.clear()

    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            close()
            continue
        if line.startswith(TABLE_MARK):
            if items:
                close()
            rows.append(_cells(line))
            continue
        item = _ITEM.match(line)
        if item:
            if rows or (items and item["marker"] != marker):
                close()
            marker = "-" if item["marker"] == "•" else item["marker"]
            items.append(item["text"])
            continue
        close()
        for level, pattern in enumerate((_ROMAN, _NUMBERED, _LETTERED), start=1):
            found = pattern.match(line)
            if found:
                blocks.append(Heading(found["label"], found["text"], level))
                break
        else:
            blocks.append(Paragraph(line))
    close()
    return tuple(blocks)
