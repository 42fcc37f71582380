"""Letters of the Standing Board: a form's content, kept as a record from draft to issue.

A letter is drafted (its number blank, "DỰ THẢO" above the header), then issued: it takes
the next number of the year's outgoing series and becomes a line of the outgoing register,
with its PDF and Word files. An issued letter is never edited; it is cancelled (its number
is never given again) and a new one issued. Each form names the parts its record cannot
fill; the office keeps a standard text for each (``StandardText``), which a new draft takes.

Besides the công văn, the forms of a supervision (``COMPOSED_FORMS``): Chương trình (CTr),
Kế hoạch (KH), Quyết định (QĐ), Đề cương báo cáo, Biên bản (BB) and Báo cáo (BC). A biên
bản and an outline take no number (``FormShape.numbered``): issuing them makes them final,
dated and locked, without a line of the outgoing register.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.board import SignatureBlock
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.letter_wording import PART_NAMES, WORDING
from giamsat_desktop.domain.official_document import (
    Article,
    Block,
    Heading,
    Items,
    Paragraph,
    Table,
)
from giamsat_desktop.domain.text import fold


class LetterForm(StrEnum):
    """Which form a letter is; stored by value (``FORM_SHAPES`` says how each prints)."""

    CONG_VAN = "cong_van"
    PROGRAMME = "chuong_trinh"
    """Chương trình (CTr): the year's supervision programme."""
    PLAN = "ke_hoach"
    """Kế hoạch (KH): a supervision plan."""
    DECISION = "quyet_dinh"
    """Quyết định (QĐ): setting up a delegation; its body is articles (Điều 1. …)."""
    OUTLINE = "de_cuong"
    """Đề cương báo cáo: what the supervised body reports on; goes with a plan, no number."""
    MINUTES = "bien_ban"
    """Biên bản (BB) of a working session, signed by both sides; no number."""
    REPORT = "bao_cao"
    """Báo cáo (BC): the delegation's results and recommendations."""
    INVITATION = "giay_moi"
    """Giấy mời (GM): to a conference (a social criticism's, a dialogue)."""

    @property
    def shape(self) -> FormShape:
        """How this form prints and whether it takes a number (``FORM_SHAPES``)."""
        return FORM_SHAPES[self]

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
        attached_to: What an outline goes with, printed "(Kèm theo …)" under its subject.
        signature: The signer's lines over the name when not the board's usual ones (a biên
            bản's ``ĐẠI DIỆN ĐOÀN GIÁM SÁT`` / ``TRƯỞNG ĐOÀN``).
        countersignature: The other side's lines over its signer's name (a biên bản's
            ``ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ`` / ``CHỦ TỊCH``).
        countersigner: The other side's signer's name.
    """

    subject: str
    recipients: tuple[str, ...] = ()
    body: str = ""
    copies_to: tuple[str, ...] = ()
    grounds: tuple[str, ...] = ()
    attached_to: str = ""
    signature: tuple[str, ...] = ()
    countersignature: tuple[str, ...] = ()
    countersigner: str = ""


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


@dataclass(frozen=True, slots=True)
class FormShape:
    """How a form prints and whether issuing it takes a number of the outgoing series.

    Attributes:
        type_code: The symbol's type code (``KH`` in ``12/KH-MTTQ-BTT``); none for a công văn.
        type_name: The type name over the subject; none for a công văn (its subject is V/v).
        register_code: The outgoing register line's type (``domain.document_types``); empty
            for a form that is never entered there.
        numbered: Issuing takes the next number and makes a line of the outgoing register.
            A biên bản is signed by both sides where the meeting is held and an outline goes
            with the plan or công văn that sends it: neither takes a number.
        dated: The header carries the place-and-date line (a biên bản gives its time and
            place in its opening words; an outline is dated by what it goes with).
        signed: It ends with a signature block (an outline goes under its plan's).
        copies: It ends with "Nơi nhận:" (a biên bản says who keeps its copies instead).
        two_sides: A second signature column, the other side's, stands on the left.
        articles: Body lines ``Điều N. …`` are articles (a decision).
        authority: The issuing body's name stands over the "Căn cứ" lines (a decision).
        enacting: The line after the "Căn cứ" lines (``QUYẾT ĐỊNH:``).
        subject_prefix: Put before a subject that does not start with it (``Về việc``).
        recipients: The clerk writes "Kính gửi:" (a công văn).
        grounds: The clerk writes "Căn cứ" lines.
    """

    type_code: str
    type_name: str
    register_code: str
    numbered: bool = True
    dated: bool = True
    signed: bool = True
    copies: bool = True
    two_sides: bool = False
    articles: bool = False
    authority: bool = False
    enacting: str = ""
    subject_prefix: str = ""
    recipients: bool = False
    grounds: bool = True


FORM_SHAPES: dict[LetterForm, FormShape] = {
    LetterForm.CONG_VAN: FormShape("", "", "CV", recipients=True, grounds=False),
    LetterForm.PROGRAMME: FormShape("CTr", "CHƯƠNG TRÌNH", "CTr"),
    LetterForm.PLAN: FormShape("KH", "KẾ HOẠCH", "KH"),
    LetterForm.DECISION: FormShape(
        "QĐ",
        "QUYẾT ĐỊNH",
        "QĐ",
        articles=True,
        authority=True,
        enacting="QUYẾT ĐỊNH:",
        subject_prefix="Về việc",
    ),
    LetterForm.OUTLINE: FormShape(
        "", "ĐỀ CƯƠNG BÁO CÁO", "", numbered=False, dated=False, signed=False, copies=False,
        grounds=False,
    ),  # fmt: skip
    LetterForm.MINUTES: FormShape(
        "BB", "BIÊN BẢN", "", numbered=False, dated=False, copies=False, two_sides=True,
        grounds=False,
    ),  # fmt: skip
    LetterForm.REPORT: FormShape("BC", "BÁO CÁO", "BC"),
    LetterForm.INVITATION: FormShape("GM", "GIẤY MỜI", "GM", grounds=False),
}
"""Every form's shape; the order of the menu that composes them is ``COMPOSED_FORMS``."""

COMPOSED_FORMS: tuple[LetterForm, ...] = (
    LetterForm.PROGRAMME,
    LetterForm.PLAN,
    LetterForm.DECISION,
    LetterForm.OUTLINE,
    LetterForm.MINUTES,
    LetterForm.REPORT,
    LetterForm.INVITATION,
)
"""The forms besides the công văn, in the order of a supervision's steps, then the others."""

FORM_TYPE_CODES: dict[LetterForm, str] = {form: FORM_SHAPES[form].type_code for form in LetterForm}
"""The symbol's type code of each form (a công văn has none: ``16/MTTQ-BTT``)."""
FORM_TYPE_NAMES: dict[LetterForm, str] = {form: FORM_SHAPES[form].type_name for form in LetterForm}
"""The type name printed over the subject (none for a công văn, whose subject is V/v)."""
FORM_REGISTER_CODES: dict[LetterForm, str] = {
    form: FORM_SHAPES[form].register_code for form in LetterForm
}
"""The type code of the outgoing register's line (``domain.document_types``); empty: none."""

STANDARD_TEXTS: dict[LetterForm, tuple[StandardText, ...]] = {
    form: tuple(
        StandardText(f"{form.value}.{part}", PART_NAMES[part], text)
        for part, text in WORDING[form.value].items()
    )
    for form in LetterForm
}
"""The standard wording of every form, which the office may change (Cài đặt → Mẫu văn bản)."""


def printed_subject(form: LetterForm, subject: str) -> str:
    """The subject as printed under the type name: a decision's starts ``Về việc``.

    A form with a type name starts its subject with a capital; a decision's subject typed
    without ``Về việc`` (or with ``V/v``) gets it, unless it enacts a text (``Ban hành …``).
    A công văn's subject is printed after "V/v" as typed.
    """
    text = " ".join(subject.split())
    shape = FORM_SHAPES[form]
    if not text or not shape.type_name:
        return text
    prefix = shape.subject_prefix
    if prefix:
        bare = _VV.sub("", text, count=1)
        if not fold(bare).startswith((fold(prefix), "ban hanh")):
            text = f"{prefix} {bare}" if bare else text
    return text[:1].upper() + text[1:]


_VV = re.compile(r"^v/v\.?\s*:?\s*", re.IGNORECASE)


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
_ARTICLE = re.compile(r"^Điều\s+(?P<number>\d{1,3})\s*\.\s*(?P<text>.*)$")
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


def body_blocks(text: str, *, articles: bool = False) -> tuple[Block, ...]:
    """The body as typed, read into blocks: headings, list items, tables and paragraphs.

    A line ``I. …`` is a heading of level 1, ``1. …`` of level 2, ``a) …`` of level 3;
    consecutive lines starting ``- `` or ``+ `` make a list; consecutive lines starting
    ``|`` make a table, the first its header (``table_line`` writes such a row); every other
    line is a paragraph. With ``articles`` (a decision), a line ``Điều 1. …`` is an article.
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
        article = _ARTICLE.match(line) if articles else None
        if article:
            blocks.append(Article(int(article["number"]), article["text"]))
            continue
        for level, pattern in enumerate((_ROMAN, _NUMBERED, _LETTERED), start=1):
            found = pattern.match(line)
            if found:
                blocks.append(Heading(found["label"], found["text"], level))
                break
        else:
            blocks.append(Paragraph(line))
    close()
    return tuple(blocks)
