"""An official document printed as PDF, on the forms' page layout (reportlab).

The page: "DỰ THẢO" over a draft's header; the two-block letterhead with the number (and a
công văn's "V/v …" under it) and the place-and-date line; for a công văn, "Kính gửi:"; for any
other form, the type name and subject (an outline's "(Kèm theo …)" under it) with a short rule
under them, then "Kính gửi:" if it has one, a decision's issuing body, the "Căn cứ …" lines and
its "QUYẾT ĐỊNH:"; the body; then "Nơi nhận:" (or a biên bản's other side) on the left and the
signature block on the right. Every size comes from the official documents' table
(``document_styles``); the Word copy (``letters.word``) sets the same words from the same table.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

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
from giamsat_desktop.reports.layout.document_styles import DOCUMENT_STYLES
from giamsat_desktop.reports.layout.fonts import markup
from giamsat_desktop.reports.layout.page_layout import (
    PORTRAIT,
    Letterhead,
    build_pdf,
    para,
    side_by_side,
)
from giamsat_desktop.reports.layout.styles import RULE_WIDTH, block_style
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

__all__ = ["render_pdf"]

_STYLES = DOCUMENT_STYLES


def render_pdf(document: OfficialDocument) -> bytes:
    """Print an official document as an A4 PDF.

    Args:
        document: The document, a draft or issued.

    Returns:
        The PDF's bytes.
    """
    story = [*_header(document), *_opening(document)]
    body = [flowable for block in document.body for flowable in _block(block)]
    closing = _closing(document)
    if closing is None:
        story += body
    elif body and not isinstance(document.body[-1], Table | Heading):
        # The signature never stands alone at the top of a page: the last paragraph goes with it.
        story += [*body[:-1], KeepTogether([body[-1], closing])]
    else:
        story += [*body, closing]
    return build_pdf(story, PORTRAIT, title=_title(document), author=document.office.name)


def _title(document: OfficialDocument) -> str:
    """The title stored in the PDF: ``Công văn V/v …`` or ``KẾ HOẠCH …``, with its symbol."""
    words = ["Công văn" if document.is_letter else title_text(document)]
    if document.symbol:
        words.append(document.symbol)
    words.append(document.subject_line or document.subject)
    return " ".join(word for word in words if word)


def _header(document: OfficialDocument) -> list[Flowable]:
    """The draft mark "DỰ THẢO" over a draft, then the letterhead with number and date line."""
    story: list[Flowable] = []
    if document.is_draft:
        story.append(para(DRAFT_MARK, block_style("draft_mark", _STYLES.draft_mark)))
    story.append(
        Letterhead(
            document.office,
            number=document.number_line.removeprefix("Số: ") if document.numbered else None,
            date_line_text=document.date_text if document.dated else None,
            summary=document.subject_line or None,
        )
    )
    return story


def _opening(document: OfficialDocument) -> list[Flowable]:
    """The type name, subject and rule (not for a công văn), "Kính gửi:", the "Căn cứ" lines."""
    story: list[Flowable] = []
    if not document.is_letter:
        story.append(para(title_text(document), block_style("type_name", _STYLES.type_name)))
        if document.subject:
            story.append(para(document.subject, block_style("subject", _STYLES.subject)))
            if document.attached_line:
                story.append(para(document.attached_line, block_style("attached", ATTACHED_STYLE)))
            story += [
                HRFlowable(
                    width=f"{_STYLES.subject_rule_share * 100:.0f}%",
                    thickness=RULE_WIDTH,
                    hAlign="CENTER",
                    spaceBefore=1.5 * mm,
                    spaceAfter=3 * mm,
                ),
            ]
    story += _recipients(document)
    if document.authority:
        story.append(para(document.authority, block_style("authority", AUTHORITY_STYLE)))
    grounds = block_style("grounds", _STYLES.grounds)
    story += [para(line, grounds) for line in document.grounds]
    if document.enacting:
        story.append(para(document.enacting, block_style("enacting", ENACTING_STYLE)))
    return story


def _recipients(document: OfficialDocument) -> list[Flowable]:
    """The "Kính gửi:" line of one recipient, centred, or of several listed under each other."""
    block = recipients_block(document)
    if block is None:
        return []
    style = _STYLES.recipients
    if not block.listed:
        return [para(block.lines[0], block_style("recipient", replace(style, align="center")))]
    left = (block.indent + block.hanging) * mm
    story: list[Flowable] = []
    last = len(block.lines) - 1
    for index, line in enumerate(block.lines):
        line_style = block_style(
            f"recipients_{index}",
            style,
            leftIndent=left,
            firstLineIndent=-block.hanging * mm if index == 0 else 0,
            spaceBefore=style.space_before if index == 0 else 0,
            spaceAfter=style.space_after if index == last else 0,
        )
        story.append(para(f"{RECIPIENTS_LABEL} {line}" if index == 0 else line, line_style))
    return story


def _block(block: Block) -> list[Flowable]:
    """One block of the body as flowables."""
    if isinstance(block, Heading):
        style = block_style(f"heading_{block.level}", _STYLES.heading(block.level))
        return [para(heading_text(block), style)]
    if isinstance(block, TextParagraph):
        return [para(block.text, block_style("paragraph", _STYLES.paragraph))]
    if isinstance(block, Article):
        label, text = article_parts(block)
        style = block_style("article", _STYLES.article)
        return [Paragraph(f"<b>{markup(label)}</b> {markup(text)}", style)]
    if isinstance(block, Items):
        style = block_style("item", _STYLES.item)
        return [para(line, style) for line in item_lines(block)]
    return [_table(block)]


def _table(table: Table) -> PdfTable:
    """A ruled table across the text width, its header row repeated on each page."""
    width = PORTRAIT.frame_width
    header_style = block_style("table_header", _STYLES.table_header)
    cell_style = block_style("table_cell", _STYLES.table_cell)
    centred_style = block_style("table_cell_centred", replace(_STYLES.table_cell, align="center"))
    centred = centred_columns(table)
    rows: list[list[Paragraph]] = [[para(text, header_style) for text in table.header]]
    rows += [
        [
            para(text, centred_style if column in centred else cell_style)
            for column, text in enumerate(row)
        ]
        for row in table.rows
    ]
    padding = _STYLES.table_padding
    result = PdfTable(
        rows,
        colWidths=[width * share for share in column_shares(table)],
        repeatRows=1,
        hAlign="LEFT",
        spaceBefore=3,
        spaceAfter=_STYLES.paragraph.space_after + 3,
    )
    result.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), header_style.fontName, header_style.fontSize),
                ("GRID", (0, 0), (-1, -1), RULE_WIDTH, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return result


def _closing(document: OfficialDocument) -> Flowable | None:
    """"Nơi nhận:" (or a biên bản's other side) on the left, the signature block on the right."""
    closing = closing_of(document)
    if closing is None:
        return None
    left: list[Flowable] = []
    if closing.left_signer is not None:
        left = _signature(closing.left_signer)
    elif closing.copies:
        left = [para(COPIES_LABEL, block_style("copies_title", _STYLES.copies_title))]
        line_style = block_style("copies_line", _STYLES.copies_line)
        left += [para(line, line_style) for line in closing.copies]
    right = _signature(closing.signer) if closing.signer is not None else []
    return side_by_side(
        left or "",
        right or "",
        PORTRAIT.frame_width,
        left_share=closing.left_share,
        top_padding=_STYLES.closing_space * mm,
    )


def _signature(signer: Signer) -> list[Flowable]:
    """The lines over the signature, room to sign, then the signer's name."""
    styles = (
        block_style("signature_authority", _STYLES.signature_authority),
        block_style("signature_title", _STYLES.signature_title),
    )
    story: list[Flowable] = [
        para(line, styles[min(index, 1)]) for index, line in enumerate(signer.lines)
    ]
    story += [
        Spacer(1, _STYLES.sign_space * mm),
        para(signer.name, block_style("signature_name", _STYLES.signature_name)),
    ]
    return story
