"""An official document as an editable Word file (.docx), the same words as its PDF.

Clerks adjust the wording in Word or LibreOffice before signing, so the file is made of what
they edit: real paragraphs in named styles (``word_setup``), real tables with borders, the
letterhead as a borderless two-column table on page 1 whose short rules are paragraph borders
(no drawn shapes, no text boxes), the page number a PAGE field in the page header shown from
page 2, and "Nơi nhận:" beside the signature block in a borderless two-column table. Sizes
come from the official documents' table, as for the PDF.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from giamsat_desktop.domain.office import FRONT_NAME
from giamsat_desktop.domain.official_document import (
    DRAFT_MARK,
    Article,
    Block,
    Heading,
    Items,
    OfficialDocument,
    Signer,
    Table,
)
from giamsat_desktop.domain.official_document import Paragraph as TextParagraph
from giamsat_desktop.reports.layout.document_styles import (
    DOCUMENT_PAGE,
    DOCUMENT_STYLES,
    BlockStyle,
)
from giamsat_desktop.reports.layout.letterhead import (
    BOARD_NAME,
    NATIONAL_MOTTO,
    NATIONAL_TITLE,
    header_sizes,
)
from giamsat_desktop.reports.layout.text_width import text_width
from giamsat_desktop.reports.letters.content import (
    ATTACHED_STYLE,
    AUTHORITY_STYLE,
    COPIES_LABEL,
    ENACTING_STYLE,
    RECIPIENTS_LABEL,
    article_parts,
    centred_columns,
    closing_of,
    column_shares,
    heading_text,
    item_lines,
    recipients_block,
    title_text,
)
from giamsat_desktop.reports.letters.word_setup import (
    set_properties,
    styled_document,
    styled_paragraph,
)

__all__ = ["render_docx"]

_STYLES = DOCUMENT_STYLES
_MM_PER_POINT = 25.4 / 72
_RULE_SIZE = max(2, round(DOCUMENT_STYLES.rule_width * 8))
"""Thickness of the short rules in eighths of a point, as Word counts a border."""
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
"""What follows ``w:pBdr`` in a paragraph's properties, in the schema's order."""
_TABLE_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)  # fmt: skip
"""The children of a table's properties, in the schema's order."""
_ROW_ORDER = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
    "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
)  # fmt: skip
"""The children of a row's properties, in the schema's order."""


def render_docx(document: OfficialDocument) -> bytes:
    """Write an official document as a Word file.

    Args:
        document: The document, a draft or issued.

    Returns:
        The .docx file's bytes.
    """
    word = styled_document()
    set_properties(
        word,
        title=_title(document),
        author=document.office.name,
        date=None if document.is_draft else document.date,
    )
    if document.is_draft:
        _paragraph(word, DRAFT_MARK, "draft_mark")
    _letterhead(word, document)
    _opening(word, document)
    for block in document.body:
        _block(word, block)
    closing = closing_of(document) is not None
    if closing and word.paragraphs and document.body and not isinstance(document.body[-1], Table):
        # The signature never stands alone at the top of a page: the last paragraph goes with it.
        word.paragraphs[-1].paragraph_format.keep_with_next = True
    if closing:
        _closing(word, document)
    _end_mark(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _title(document: OfficialDocument) -> str:
    """The title stored in the file: ``Công văn V/v …`` or ``KẾ HOẠCH …``, with its symbol."""
    words = ["Công văn" if document.is_letter else title_text(document)]
    if document.symbol:
        words.append(document.symbol)
    words.append(document.subject_line or document.subject)
    return _nfc(" ".join(word for word in words if word))


def _nfc(text: str) -> str:
    """Text composed to NFC, as the PDF prints it."""
    return unicodedata.normalize("NFC", text)


def _paragraph(
    container: Document | _Cell, text: str, block: str, *, bold_label: str = ""
) -> Paragraph:
    """A paragraph of one block's style; ``bold_label`` goes first in bold (``Điều 1.``)."""
    paragraph = styled_paragraph(container, block)
    if bold_label:
        paragraph.add_run(_nfc(bold_label)).bold = True
        text = f" {text}"
    for index, line in enumerate(_nfc(text).split("\n")):
        if index:
            paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        if "  " in line:
            run._r.t_lst[-1].set(qn("xml:space"), "preserve")  # a draft's blanks stay wide
    return paragraph


def _cell_paragraph(cell: _Cell, text: str, block: str) -> Paragraph:
    """A paragraph in a table cell, using the cell's first (empty) paragraph first."""
    first = cell.paragraphs[0]
    if len(cell.paragraphs) == 1 and not first.text and not first.runs:
        first._p.getparent().remove(first._p)
    return _paragraph(cell, text, block)


def _layout_table(word: Document, widths: Sequence[float], rows: int = 1) -> WordTable:
    """A borderless table of columns ``widths`` mm wide, no cell padding, fixed widths."""
    return _fixed_table(word, widths, rows, border="nil", padding=0)


def _fixed_table(
    word: Document, widths: Sequence[float], rows: int, *, border: str, padding: float
) -> WordTable:
    """A table of columns ``widths`` mm wide at the left margin, laid out at those widths.

    Args:
        word: The document it is added to.
        widths: Each column's width in mm.
        rows: Number of rows.
        border: ``"single"`` for thin rules round every cell, ``"nil"`` for none.
        padding: Space inside each cell, in points.

    Returns:
        The table.
    """
    table: WordTable = word.add_table(rows=rows, cols=len(widths))
    if border != "nil":
        table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    properties = table._tbl.tblPr
    total = {"w:w": str(_twips(sum(widths))), "w:type": "dxa"}
    _set_child(properties, "w:tblW", total, _TABLE_ORDER)
    _set_child(properties, "w:tblInd", {"w:w": "0", "w:type": "dxa"}, _TABLE_ORDER)
    borders = _set_child(properties, "w:tblBorders", {}, _TABLE_ORDER)
    rule = {"w:val": border}
    if border != "nil":
        rule |= {"w:sz": str(_RULE_SIZE), "w:space": "0", "w:color": "000000"}
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set_child(borders, f"w:{side}", rule)
    margins = _set_child(properties, "w:tblCellMar", {}, _TABLE_ORDER)
    for side in ("top", "left", "bottom", "right"):
        _set_child(margins, f"w:{side}", {"w:w": str(round(padding * 20)), "w:type": "dxa"})
    _set_child(properties, "w:tblLayout", {"w:type": "fixed"}, _TABLE_ORDER)
    _column_widths(table, widths)
    return table


def _column_widths(table: WordTable, widths: Sequence[float]) -> None:
    """Each column's width in mm, on the grid and on every cell (Word and LibreOffice differ)."""
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)


def _set_child(
    parent: object, tag: str, attributes: dict[str, str], order: Sequence[str] = ()
) -> object:
    """The child ``tag`` of an element, with ``attributes`` set.

    A missing child is added in its place of the schema's ``order`` of the parent's children:
    Word refuses a file whose table properties stand in another order.
    """
    child = parent.find(qn(tag))  # type: ignore[attr-defined]
    if child is None:
        child = OxmlElement(tag)
        if tag in order:
            later = order[list(order).index(tag) + 1 :]
            parent.insert_element_before(child, *later)  # type: ignore[attr-defined]
        else:
            parent.append(child)  # type: ignore[attr-defined]
    for name, value in attributes.items():
        child.set(qn(name), value)
    return child


def _twips(millimetres: float) -> int:
    """Millimetres in twentieths of a point, the unit of Word's table widths."""
    return round(millimetres / _MM_PER_POINT * 20)


def _rule(cell: _Cell, width: float, column: float, *, gap_before: float) -> None:
    """A short centred rule ``width`` points long: an empty paragraph's bottom border."""
    paragraph = styled_paragraph(cell, "issuer")
    side = max(0.0, (column - width) / 2)
    layout = paragraph.paragraph_format
    layout.left_indent = Pt(side)
    layout.right_indent = Pt(side)
    layout.line_spacing = Pt(gap_before)
    layout.space_after = Pt(4)
    _bottom_border(paragraph)
    _small_mark(paragraph)


def _letterhead(word: Document, document: OfficialDocument) -> None:
    """The issuing body and the motto side by side, then the number (and V/v) and date line."""
    text_width_mm = DOCUMENT_PAGE.text_width
    left = text_width_mm * _STYLES.header_left_share
    widths = (left, text_width_mm - left)
    has_bottom = bool(document.number_line or document.date_text)
    table = _layout_table(word, widths, rows=2 if has_bottom else 1)
    top = table.rows[0]
    body, motto = top.cells
    _cell_paragraph(body, FRONT_NAME.upper(), "issuer")
    _cell_paragraph(body, document.office.letterhead_unit, "issuer")
    _cell_paragraph(body, BOARD_NAME, "board")
    board_width = text_width(BOARD_NAME, _STYLES.board) * _STYLES.board_rule_share
    _rule(body, board_width, widths[0] / _MM_PER_POINT, gap_before=3.5)
    right_points = widths[1] / _MM_PER_POINT
    title_size, motto_size = header_sizes(right_points)
    _cell_paragraph(motto, NATIONAL_TITLE, "national_title").runs[0].font.size = Pt(title_size)
    _cell_paragraph(motto, NATIONAL_MOTTO, "motto").runs[0].font.size = Pt(motto_size)
    motto_width = text_width(NATIONAL_MOTTO, _STYLES.motto, motto_size)
    _rule(motto, motto_width, right_points, gap_before=2.5)
    if not has_bottom:
        return
    number, when = table.rows[1].cells
    if document.number_line:
        _cell_paragraph(number, document.number_line, "number")
    if document.subject_line:
        summary = _paragraph(number, document.subject_line, "summary")
        summary.paragraph_format.space_before = Pt(_STYLES.number_gap)
    if document.date_text:
        _cell_paragraph(when, document.date_text, "date_line")


def _opening(word: Document, document: OfficialDocument) -> None:
    """The type name, subject and rule (not for a công văn), "Kính gửi:", the "Căn cứ" lines."""
    if not document.is_letter:
        _paragraph(word, title_text(document), "type_name")
        if document.subject:
            subject = _paragraph(word, document.subject, "subject")
            subject.paragraph_format.keep_with_next = True
            if document.attached_line:
                _styled(word, document.attached_line, ATTACHED_STYLE)
            _subject_rule(word)
    _recipients(word, document)
    if document.authority:
        _styled(word, document.authority, AUTHORITY_STYLE)
    for line in document.grounds:
        _paragraph(word, line, "grounds")
    if document.enacting:
        _styled(word, document.enacting, ENACTING_STYLE)


def _styled(word: Document, text: str, style: BlockStyle) -> Paragraph:
    """A centred line of the subject's style set as ``style`` says (bold or italic, spacing)."""
    paragraph = _paragraph(word, text, "subject")
    for run in paragraph.runs:
        run.bold, run.italic = style.bold, style.italic
    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after = Pt(style.space_before), Pt(style.space_after)
    layout.keep_with_next = True
    return paragraph


def _subject_rule(word: Document) -> None:
    """The short rule under the subject: an empty paragraph's bottom border, centred."""
    paragraph = styled_paragraph(word, "subject")
    paragraph.paragraph_format.keep_with_next = True
    text_points = DOCUMENT_PAGE.text_width / _MM_PER_POINT
    side = text_points * (1 - _STYLES.subject_rule_share) / 2
    layout = paragraph.paragraph_format
    layout.left_indent = Pt(side)
    layout.right_indent = Pt(side)
    layout.line_spacing = Pt(4)
    layout.space_after = Pt(8)
    _bottom_border(paragraph)
    _small_mark(paragraph)


def _bottom_border(paragraph: Paragraph) -> None:
    """A single thin bottom border under a paragraph."""
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (
        ("w:val", "single"), ("w:sz", str(_RULE_SIZE)), ("w:space", "0"), ("w:color", "000000")
    ):  # fmt: skip
        bottom.set(qn(name), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(border, *_AFTER_BORDER)


def _small_mark(paragraph: Paragraph) -> None:
    """An empty paragraph's mark set in 1 pt, so that its line is only as tall as set."""
    run_properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    run_properties.append(size)
    paragraph._p.get_or_add_pPr().insert_element_before(run_properties, "w:sectPr", "w:pPrChange")


def _recipients(word: Document, document: OfficialDocument) -> None:
    """The "Kính gửi:" line of one recipient, centred, or of several listed under each other."""
    block = recipients_block(document)
    if block is None:
        return
    style = _STYLES.recipients
    if not block.listed:
        paragraph = _paragraph(word, block.lines[0], "recipients")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return
    last = len(block.lines) - 1
    for index, line in enumerate(block.lines):
        text = f"{RECIPIENTS_LABEL}\t{line}" if index == 0 else line
        paragraph = _paragraph(word, text, "recipients")
        layout = paragraph.paragraph_format
        layout.left_indent = Mm(block.indent + block.hanging)
        layout.first_line_indent = Mm(-block.hanging) if index == 0 else Mm(0)
        layout.space_before = Pt(style.space_before if index == 0 else 0)
        layout.space_after = Pt(style.space_after if index == last else 0)
        if index == 0:
            layout.tab_stops.add_tab_stop(Mm(block.indent + block.hanging))


def _block(word: Document, block: Block) -> None:
    """One block of the body."""
    if isinstance(block, Heading):
        _paragraph(word, heading_text(block), f"heading_{min(max(block.level, 1), 3)}")
    elif isinstance(block, TextParagraph):
        _paragraph(word, block.text, "paragraph")
    elif isinstance(block, Article):
        label, text = article_parts(block)
        _paragraph(word, text, "article", bold_label=label)
    elif isinstance(block, Items):
        for line in item_lines(block):
            _paragraph(word, line, "item")
    else:
        _table(word, block)


def _table(word: Document, table: Table) -> None:
    """A ruled table across the text width, its header row repeated on each page."""
    widths = [DOCUMENT_PAGE.text_width * share for share in column_shares(table)]
    result = _fixed_table(
        word, widths, 1 + len(table.rows), border="single", padding=_STYLES.table_padding
    )
    header_row = result.rows[0]
    _set_child(header_row._tr.get_or_add_trPr(), "w:tblHeader", {}, _ROW_ORDER)
    for cell, text in zip(header_row.cells, table.header, strict=True):
        _cell_paragraph(cell, text, "table_header")
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    centred = centred_columns(table)
    for row, texts in zip(result.rows[1:], table.rows, strict=True):
        for column, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
            paragraph = _cell_paragraph(cell, text, "table_cell")
            if column in centred:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacer = styled_paragraph(word, "paragraph")
    spacer.paragraph_format.line_spacing = Pt(3)
    spacer.paragraph_format.space_after = Pt(_STYLES.paragraph.space_after)


def _closing(word: Document, document: OfficialDocument) -> None:
    """The "Nơi nhận:" (or a biên bản's other side) on the left, the signature on the right."""
    closing = closing_of(document)
    if closing is None:
        return
    text_width_mm = DOCUMENT_PAGE.text_width
    left = text_width_mm * closing.left_share
    table = _layout_table(word, (left, text_width_mm - left))
    _set_child(table.rows[0]._tr.get_or_add_trPr(), "w:cantSplit", {}, _ROW_ORDER)
    copies, signature = table.rows[0].cells
    if closing.left_signer is not None:
        _signature(copies, closing.left_signer)
    elif closing.copies:
        title = _cell_paragraph(copies, COPIES_LABEL, "copies_title")
        title.paragraph_format.space_before = Mm(_STYLES.closing_space)
        for line in closing.copies:
            _paragraph(copies, line, "copies_line")
    if closing.signer is not None:
        _signature(signature, closing.signer)


def _signature(cell: _Cell, signer: Signer) -> None:
    """The lines over the signature, room to sign, then the signer's name, in a cell."""
    blocks = ("signature_authority", "signature_title")
    for index, line in enumerate(signer.lines):
        paragraph = _cell_paragraph(cell, line, blocks[min(index, 1)])
        if index == 0:
            paragraph.paragraph_format.space_before = Mm(_STYLES.closing_space)
    name = _cell_paragraph(cell, signer.name, "signature_name")
    name.paragraph_format.space_before = Mm(_STYLES.sign_space)


def _end_mark(word: Document) -> None:
    """The paragraph Word needs after a closing table, too small to start a page of its own."""
    paragraph = word.add_paragraph()
    paragraph.paragraph_format.line_spacing = Pt(1)
    _small_mark(paragraph)
