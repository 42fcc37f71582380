"""The words of an official document as both renderers print them, and where they stand.

The PDF and the Word copy of a letter must carry the same text; what the model leaves to the
page (the "Kính gửi:" list and its punctuation, a heading's label before its text, a list
item's marker, the share of each table column, the indent that centres the "Kính gửi:" block)
is decided here once, and each renderer only sets it in its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from giamsat_desktop.domain.official_document import (
    Article,
    Heading,
    Items,
    OfficialDocument,
    Signer,
    Table,
)
from giamsat_desktop.reports.layout.document_styles import (
    DOCUMENT_PAGE,
    DOCUMENT_STYLES,
    BlockStyle,
)
from giamsat_desktop.reports.layout.text_width import text_width

__all__ = [
    "ATTACHED_STYLE",
    "AUTHORITY_STYLE",
    "COPIES_LABEL",
    "ENACTING_STYLE",
    "RECIPIENTS_LABEL",
    "Closing",
    "Recipients",
    "article_parts",
    "closing_of",
    "centred_columns",
    "column_shares",
    "heading_text",
    "item_lines",
    "recipients_block",
    "title_text",
]

RECIPIENTS_LABEL = "Kính gửi:"
COPIES_LABEL = "Nơi nhận:"
_POINTS_PER_MM = 72 / 25.4

AUTHORITY_STYLE: BlockStyle = replace(DOCUMENT_STYLES.subject, space_before=6.0, space_after=6.0)
"""A decision's issuing body over its "Căn cứ" lines: bold capitals, centred."""
ENACTING_STYLE: BlockStyle = replace(DOCUMENT_STYLES.subject, space_before=3.0, space_after=6.0)
"""``QUYẾT ĐỊNH:`` after a decision's "Căn cứ" lines: bold, centred."""
ATTACHED_STYLE: BlockStyle = replace(DOCUMENT_STYLES.subject, bold=False, italic=True)
"""``(Kèm theo …)`` under an outline's subject: italic, centred."""


@dataclass(frozen=True, slots=True)
class Closing:
    """What stands side by side under the body.

    Attributes:
        copies: The "Nơi nhận:" lines on the left (empty: none).
        left_signer: The other side's signature on the left (a biên bản), instead.
        signer: The signature on the right; None: none (an outline).
        left_share: The left column's share of the text width.
    """

    copies: tuple[str, ...]
    left_signer: Signer | None
    signer: Signer | None
    left_share: float


def closing_of(document: OfficialDocument) -> Closing | None:
    """The closing columns of a document; None when it ends with its body (an outline).

    Two signers share the width equally, the other side's on the left, as a biên bản is
    signed; otherwise "Nơi nhận:" takes the left column beside the signature.
    """
    copies = document.copies_lines
    if document.signer is None and document.countersigner is None and not copies:
        return None
    if document.countersigner is not None:
        return Closing((), document.countersigner, document.signer, 0.5)
    return Closing(copies, None, document.signer, DOCUMENT_STYLES.closing_left_share)


@dataclass(frozen=True, slots=True)
class Recipients:
    """The "Kính gửi:" block: its lines and where the block starts.

    Attributes:
        lines: One recipient: ``("Kính gửi: Ủy ban nhân dân xã Tân Hưng",)``, centred.
            Several: the list ``("- Ủy ban nhân dân xã;", "- Đảng ủy xã.")``, the first line
            after the label, the others under it.
        listed: Whether the recipients stand as a list after the label.
        indent: For a list, the label's distance from the left margin in mm, centring the
            block on its widest line.
        hanging: For a list, the label's width in mm: the list's lines start that far right.
    """

    lines: tuple[str, ...]
    listed: bool
    indent: float = 0.0
    hanging: float = 0.0


def recipients_block(document: OfficialDocument) -> Recipients | None:
    """The "Kính gửi:" block of a document; None when it names nobody.

    Several recipients are written as a list, each line ``- …;`` and the last ``- ….``.
    """
    names = [name.strip().lstrip("-–+").strip() for name in document.recipients]
    names = [name for name in names if name]
    if not names:
        return None
    if len(names) == 1:
        return Recipients((f"{RECIPIENTS_LABEL} {names[0]}",), listed=False)
    bare = [name.rstrip(";.,").rstrip() for name in names]
    lines = tuple(f"- {name};" for name in bare[:-1]) + (f"- {bare[-1]}.",)
    style = DOCUMENT_STYLES.recipients
    label = text_width(f"{RECIPIENTS_LABEL} ", style)
    widest = max(text_width(line, style) for line in lines)
    page_width = DOCUMENT_PAGE.text_width * _POINTS_PER_MM
    indent = max(0.0, (page_width - label - widest) / 2)
    return Recipients(
        lines, listed=True, indent=indent / _POINTS_PER_MM, hanging=label / _POINTS_PER_MM
    )


def title_text(document: OfficialDocument) -> str:
    """The type name in capitals (``KẾ HOẠCH``); empty for a công văn."""
    return document.type_name.strip().upper()


def heading_text(heading: Heading) -> str:
    """A heading as printed: its label, then its text (``I. MỤC ĐÍCH, YÊU CẦU``)."""
    return f"{heading.label} {heading.text}".strip()


def article_parts(article: Article) -> tuple[str, str]:
    """An article's bold label and its text."""
    return article.label, article.text


def item_lines(items: Items) -> tuple[str, ...]:
    """Each item of a list after its marker: ``- Ban Thường trực …``."""
    return tuple(f"{items.marker} {item.strip()}" for item in items.items)


def column_shares(table: Table) -> tuple[float, ...]:
    """Each column's share of the text width: the table's own, else sized from its text.

    Without widths of its own, each column is at least as wide as its longest word (a date,
    a number never breaks) and as half its heading (set on two lines at most); the width
    left goes to the columns whose text is longer than that, in proportion to how much
    longer its longest line would run. A table whose lines all fit on one line shares the
    width in proportion to them.
    """
    if table.widths:
        total = sum(table.widths)
        return tuple(width / total for width in table.widths)
    if not table.header:
        return ()
    padding = 2 * DOCUMENT_STYLES.table_padding + 1
    least: list[float] = []
    most: list[float] = []
    for column, name in enumerate(table.header):
        texts = [(name, DOCUMENT_STYLES.table_header)]
        texts += [(row[column], DOCUMENT_STYLES.table_cell) for row in table.rows]
        words = [text_width(word, style) for text, style in texts for word in text.split()]
        heading = text_width(name, DOCUMENT_STYLES.table_header) / 2  # on two lines at most
        least.append(max([*words, heading]) + padding)
        most.append(max(text_width(text, style) for text, style in texts) + padding)
    page = DOCUMENT_PAGE.text_width * _POINTS_PER_MM
    spare = page - sum(least)
    longer = [high - low for high, low in zip(most, least, strict=True)]
    if spare <= 0 or sum(most) <= page or not sum(longer):
        basis = least if spare <= 0 else most
        return tuple(width / sum(basis) for width in basis)
    widths = [low + spare * extra / sum(longer) for low, extra in zip(least, longer, strict=True)]
    return tuple(width / page for width in widths)


def centred_columns(table: Table) -> frozenset[int]:
    """Columns of short numbers (``TT``, counts), centred in their cells rather than left."""
    centred = set()
    for column in range(len(table.header)):
        cells = [row[column].strip() for row in table.rows]
        if cells and all(len(cell) <= 4 and cell.replace(".", "").isdigit() for cell in cells):
            centred.add(column)
    return frozenset(centred)
