"""The Word file's frame: A4 page and margins, Times New Roman in Vietnamese, styles, page number.

python-docx starts from a template made for US Letter with theme fonts (Calibri, Cambria) and
English as the language; a font set through ``font.name`` reaches only part of the runs, the
rest following the theme. So every ``w:rFonts`` of the defaults and of the styles is given
Times New Roman on all four of its attributes (ascii, hAnsi, cs, eastAsia) and loses its theme
attributes, which would otherwise win; the language is vi-VN. A .docx embeds no font: Word on
Windows has Times New Roman, and LibreOffice substitutes a metric-compatible one.

Each block of the official documents' table becomes a named paragraph style, so a clerk who
edits the file finds "Đoạn văn", "Căn cứ", "Nơi nhận" … in Word's style list.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import fields

from docx import Document as new_document
from docx.blkcntnr import BlockItemContainer
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from giamsat_desktop.reports.layout.document_styles import (
    DOCUMENT_PAGE,
    DOCUMENT_STYLES,
    BlockStyle,
)

__all__ = [
    "FONT_NAME",
    "LANGUAGE",
    "STYLE_NAMES",
    "add_page_field",
    "set_page",
    "set_properties",
    "set_styles",
    "styled_document",
    "styled_paragraph",
    "style_name",
]

FONT_NAME = "Times New Roman"
LANGUAGE = "vi-VN"
_FONT_ATTRIBUTES = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_ASCENT = 0.891
"""Height of Times New Roman above the baseline, as a share of its size."""

STYLE_NAMES = {
    "draft_mark": "Dự thảo",
    "issuer": "Cơ quan ban hành",
    "board": "Ban Thường trực",
    "number": "Số, ký hiệu",
    "summary": "Trích yếu công văn",
    "national_title": "Quốc hiệu",
    "motto": "Tiêu ngữ",
    "date_line": "Địa danh, ngày tháng",
    "type_name": "Tên loại văn bản",
    "subject": "Trích yếu",
    "recipients": "Kính gửi",
    "grounds": "Căn cứ",
    "heading_1": "Đề mục cấp 1",
    "heading_2": "Đề mục cấp 2",
    "heading_3": "Đề mục cấp 3",
    "paragraph": "Đoạn văn",
    "article": "Điều",
    "item": "Gạch đầu dòng",
    "table_header": "Tiêu đề bảng",
    "table_cell": "Ô bảng",
    "signature_authority": "Thẩm quyền ký",
    "signature_title": "Chức vụ người ký",
    "signature_name": "Họ tên người ký",
    "copies_title": "Nơi nhận",
    "copies_line": "Dòng nơi nhận",
    "page_number": "Số trang",
}
"""The Word style of each block of the table, by the table's field name."""

_OUTLINE_LEVELS = {"heading_1": 0, "heading_2": 1, "heading_3": 2}
"""Headings show in Word's navigation pane at their level."""

_ALIGNMENTS = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def styled_document() -> Document:
    """A new Word document with the page and styles of every official document.

    The styled blank is made once and read back for each document: reading it takes a few
    milliseconds where setting the styles takes some fifty.
    """
    return new_document(io.BytesIO(_styled_blank()))


@functools.cache
def _styled_blank() -> bytes:
    word = new_document()
    set_styles(word)
    set_page(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def styled_paragraph(container: Document | BlockItemContainer, block: str) -> Paragraph:
    """A new paragraph at the end of ``container`` in one block's style.

    The style is named by its id: python-docx's lookup by name reads every style of the
    document each time, which made the paragraphs most of a letter's writing time.
    """
    paragraph = container.add_paragraph()
    paragraph._p.get_or_add_pPr().style = style_id(block)
    return paragraph


def style_id(block: str) -> str:
    """The Word style id of a block's style (``"subject"`` → ``"GSSubject"``)."""
    return "GS" + "".join(part.title() for part in block.split("_"))


def style_name(block: str) -> str:
    """The Word style name of a block of the table (``"paragraph"`` → ``"Đoạn văn"``)."""
    return STYLE_NAMES[block]


def set_page(word: Document) -> None:
    """A4 portrait with the decree's margins; the page number's header from page 2 only."""
    page = DOCUMENT_PAGE
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(page.width), Mm(page.height)
    section.top_margin, section.bottom_margin = Mm(page.top), Mm(page.bottom)
    section.left_margin, section.right_margin = Mm(page.left), Mm(page.right)
    section.gutter = Mm(0)
    ascent = DOCUMENT_STYLES.page_number.size * _ASCENT * 25.4 / 72
    section.header_distance = Mm(page.page_number_baseline - ascent)
    section.footer_distance = Mm(page.bottom / 2)
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    for paragraph in first.paragraphs:
        paragraph.style = word.styles[style_name("page_number")]
    header = section.header
    header.is_linked_to_previous = False
    add_page_field(header.paragraphs[0])
    header.paragraphs[0].style = word.styles[style_name("page_number")]


def add_page_field(paragraph: Paragraph) -> None:
    """Add a PAGE field: Word and LibreOffice write each page's number in its place.

    The field's shown value until then is "2", the first page that shows it.
    """

    def field_char(kind: str) -> None:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(char)

    field_char("begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    paragraph.add_run()._r.append(instruction)
    field_char("separate")
    paragraph.add_run("2")
    field_char("end")


def set_styles(word: Document) -> None:
    """Times New Roman in vi-VN everywhere, single spacing, and one style per block."""
    styles_element = word.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(run_defaults)
    _set_size(run_defaults, DOCUMENT_STYLES.paragraph.size)
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    for fonts in list(styles_element.iter(qn("w:rFonts"))):  # table styles' parts too
        _set_fonts(fonts.getparent())
    normal = word.styles["Normal"]
    _set_fonts(normal.element.get_or_add_rPr())
    normal.font.size = Pt(DOCUMENT_STYLES.paragraph.size)
    for field in fields(DOCUMENT_STYLES):
        value = getattr(DOCUMENT_STYLES, field.name)
        if isinstance(value, BlockStyle):
            _add_style(word, field.name, value)
    settings = word.settings.element
    theme_language = settings.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), LANGUAGE)


def _add_style(word: Document, block: str, style: BlockStyle) -> None:
    """A paragraph style of one block, based on Normal, with every property set."""
    added = word.styles.add_style(style_name(block), WD_STYLE_TYPE.PARAGRAPH)
    added.style_id = style_id(block)
    added.base_style = word.styles["Normal"]
    added.quick_style = True
    font = added.font
    font.size = Pt(style.size)
    font.bold = style.bold
    font.italic = style.italic
    _set_fonts(added.element.get_or_add_rPr())
    layout = added.paragraph_format
    layout.alignment = _ALIGNMENTS[style.align]
    layout.first_line_indent = Mm(style.first_indent)
    layout.left_indent = Mm(style.left_indent)
    layout.right_indent = Mm(0)
    layout.space_before = Pt(style.space_before)
    layout.space_after = Pt(style.space_after)
    layout.line_spacing = style.line_spacing
    layout.keep_with_next = style.keep_with_next
    layout.widow_control = True
    if block in _OUTLINE_LEVELS:
        added.element.get_or_add_pPr().get_or_add_outlineLvl().val = _OUTLINE_LEVELS[block]


def _set_fonts(run_properties: object) -> None:
    """Times New Roman on all four rFonts attributes, no theme font; the language vi-VN."""
    element = run_properties  # an lxml element: w:rPr
    fonts = element.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        element.insert(0, fonts)  # type: ignore[attr-defined]
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in _FONT_ATTRIBUTES:
        fonts.set(qn(attribute), FONT_NAME)
    language = element.find(qn("w:lang"))  # type: ignore[attr-defined]
    if language is None:
        language = OxmlElement("w:lang")
        element.append(language)  # type: ignore[attr-defined]
    language.set(qn("w:val"), LANGUAGE)
    language.set(qn("w:eastAsia"), LANGUAGE)


def _set_size(run_properties: object, size: float) -> None:
    """The size in half points on both ``w:sz`` and ``w:szCs``."""
    for tag in ("w:sz", "w:szCs"):
        element = run_properties.find(qn(tag))  # type: ignore[attr-defined]
        if element is not None:
            element.set(qn("w:val"), str(round(size * 2)))


def set_properties(word: Document, *, title: str, author: str, date: dt.date | None) -> None:
    """The file's title and author (the office), its dates; none of the template's leftovers.

    The template names its maker as author and carries a preview picture of a blank page, the
    dates it was made and a second copy of its styles; none of that is this letter's.
    """
    properties = word.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    if date is not None:
        moment = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
        properties.created = moment
        properties.modified = moment
    else:
        element = properties._element  # noqa: SLF001 - python-docx offers no way to unset them
        for tag in ("dcterms:created", "dcterms:modified"):
            found = element.find(qn(tag))
            if found is not None:
                element.remove(found)
    package = word.part.package
    for key, relation in list(package.rels.items()):
        if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]
    # Word 2010 reads its styles from this copy when it is there: the template's, in Calibri.
    for key, relation in list(word.part.rels.items()):
        if relation.reltype == _STYLES_WITH_EFFECTS:
            del word.part.rels[key]
