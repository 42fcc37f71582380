"""An official document as a Word file: A4 and margins, Times New Roman in vi-VN, real paragraphs
and tables, the letterhead table, the page number field from page 2, the same blocks as the PDF."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import docx
import pytest

from giamsat_desktop.domain.official_document import Heading, Paragraph
from giamsat_desktop.reports.layout.document_styles import DOCUMENT_PAGE
from giamsat_desktop.reports.letters.word import render_docx
from tests.reports.letters.documents import DECISION, ISSUED_LETTER, LETTER, PLAN
from tests.reports.letters.reading import NS, docx_lines, docx_names, docx_part, w
from tests.reports.samples import OFFICE

FONT_ATTRIBUTES = ("ascii", "hAnsi", "cs", "eastAsia")
THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme")


def twips(millimetres: float) -> float:
    return millimetres / 25.4 * 1440


def test_the_page_is_a4_portrait_with_the_decrees_margins() -> None:
    section = docx.Document(io.BytesIO(render_docx(PLAN))).sections[0]
    sizes = (section.page_width.mm, section.page_height.mm)
    assert sizes == pytest.approx((210, 297), abs=0.1)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [margin.mm for margin in margins] == pytest.approx([20, 20, 30, 15], abs=0.1)
    sector = docx_part(render_docx(PLAN), "word/document.xml").find(".//w:body/w:sectPr", NS)
    size, margin = sector.find("w:pgSz", NS), sector.find("w:pgMar", NS)
    assert int(size.get(w("w"))) == pytest.approx(twips(DOCUMENT_PAGE.width), abs=1)
    assert int(size.get(w("h"))) == pytest.approx(twips(297), abs=1)
    assert size.get(w("orient")) in (None, "portrait")
    assert [int(margin.get(w(side))) for side in ("top", "bottom", "left", "right")] == (
        pytest.approx([twips(20), twips(20), twips(30), twips(15)], abs=1)
    )


def test_every_font_is_times_new_roman_on_all_four_attributes_and_the_language_vietnamese() -> None:
    data = render_docx(PLAN)
    styles = docx_part(data, "word/styles.xml")
    fonts = styles.findall(".//w:rFonts", NS)
    assert len(fonts) > 20
    for part in ("word/document.xml", "word/header1.xml", "word/header2.xml"):
        fonts += docx_part(data, part).findall(".//w:rFonts", NS)
    for element in fonts:
        assert [element.get(w(name)) for name in FONT_ATTRIBUTES] == ["Times New Roman"] * 4
        assert not any(element.get(w(name)) for name in THEME_ATTRIBUTES)
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:rFonts", NS).get(w("ascii")) == "Times New Roman"
    assert defaults.find("w:lang", NS).get(w("val")) == "vi-VN"
    body = styles.find("w:style[@w:styleId='GSParagraph']", NS)
    assert body.find("w:name", NS).get(w("val")) == "Đoạn văn"
    assert body.find("w:rPr/w:lang", NS).get(w("val")) == "vi-VN"
    assert body.find("w:rPr/w:sz", NS).get(w("val")) == "28"  # 14 pt
    settings = docx_part(data, "word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(w("val")) == "vi-VN"


def test_the_file_is_real_paragraphs_and_tables_without_text_boxes_or_shapes() -> None:
    data = render_docx(PLAN)
    document = docx_part(data, "word/document.xml")
    body = document.find("w:body", NS)
    assert len(body.findall("w:tbl", NS)) == 3  # letterhead, the plan's table, Nơi nhận/signature
    assert len(body.findall("w:p", NS)) >= 25
    assert len(document.findall(".//w:p", NS)) >= 50
    for absent in ("w:txbxContent", "w:drawing", "w:pict", "w:object"):
        assert document.find(f".//{absent}", NS) is None
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    for block in PLAN.body:  # each heading and paragraph of the plan is a paragraph of its own
        if isinstance(block, Paragraph):
            assert block.text in paragraphs
        elif isinstance(block, Heading):
            assert f"{block.label} {block.text}" in paragraphs


def test_the_letterhead_is_a_borderless_two_column_table_with_rules_as_paragraph_borders() -> None:
    data = render_docx(PLAN)
    table = docx_part(data, "word/document.xml").find("w:body/w:tbl", NS)
    columns = [int(c.get(w("w"))) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert columns == pytest.approx([twips(165 * 0.42), twips(165 * 0.58)], abs=2)
    for border in table.find("w:tblPr/w:tblBorders", NS):
        assert border.get(w("val")) == "nil"
    assert table.find("w:tblPr/w:tblLayout", NS).get(w("type")) == "fixed"
    rules = table.findall(".//w:p/w:pPr/w:pBdr/w:bottom", NS)
    assert len(rules) == 2  # under the board's name and under the motto
    assert all(rule.get(w("val")) == "single" for rule in rules)
    word = docx.Document(io.BytesIO(data))
    letterhead = word.tables[0]
    assert [p.text for p in letterhead.cell(0, 0).paragraphs if p.text] == [
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ TÂN HƯNG",
        "BAN THƯỜNG TRỰC",
    ]
    assert [p.text for p in letterhead.cell(0, 1).paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert letterhead.cell(1, 0).text == "Số: 15/KH-MTTQ-BTT"
    assert letterhead.cell(1, 1).text == "Tân Hưng, ngày 05 tháng 9 năm 2026"
    motto = letterhead.cell(0, 1).paragraphs[1]
    assert motto.style.name == "Tiêu ngữ" and motto.style.font.bold


def test_a_draft_says_du_thao_above_the_header_with_a_blank_number_and_day() -> None:
    word = docx.Document(io.BytesIO(render_docx(LETTER)))
    first = next(word.iter_inner_content())
    assert first.text == "DỰ THẢO" and first.style.font.bold
    letterhead = word.tables[0]
    number = letterhead.cell(1, 0).paragraphs
    assert re.fullmatch(r"Số: {4,}/MTTQ-BTT", number[0].text)
    assert number[1].text == "V/v " + LETTER.subject
    assert number[1].style.font.size.pt == 12
    assert re.fullmatch(r"Tân Hưng, ngày {4,}tháng {4,}năm 2026", letterhead.cell(1, 1).text)


def test_an_issued_letter_has_its_number_and_no_draft_mark() -> None:
    data = render_docx(ISSUED_LETTER)
    lines = docx_lines(data)
    assert "DỰ THẢO" not in lines
    assert lines[5:8] == [
        "Số: 16/MTTQ-BTT",
        "V/v " + ISSUED_LETTER.subject,
        "Tân Hưng, ngày 05 tháng 02 năm 2026",
    ]
    at = lines.index("Kính gửi:\t- Ủy ban nhân dân xã Tân Hưng;")
    assert lines[at + 1] == "- Hội Nông dân xã Tân Hưng."
    single = docx_lines(render_docx(replace(ISSUED_LETTER, recipients=("UBND xã Tân Hưng",))))
    assert "Kính gửi: UBND xã Tân Hưng" in single


def test_noi_nhan_and_the_signature_stand_side_by_side_in_a_borderless_table() -> None:
    data = render_docx(PLAN)
    word = docx.Document(io.BytesIO(data))
    closing = word.tables[-1]
    copies = [p.text for p in closing.cell(0, 0).paragraphs]
    assert copies[0] == "Nơi nhận:"
    assert copies[-1] == "- Lưu: VT."
    assert copies[1:-1] == [
        "- Ban Thường trực Ủy ban MTTQ tỉnh (b/c);",
        "- Đảng ủy xã (b/c);",
        "- UBND xã Tân Hưng;",
        "- Trạm Y tế xã Tân Hưng;",
        "- Thành viên Đoàn giám sát;",
    ]
    title = closing.cell(0, 0).paragraphs[0].style
    assert (title.font.size.pt, title.font.bold, title.font.italic) == (12, True, True)
    assert closing.cell(0, 0).paragraphs[1].style.font.size.pt == 11
    signature = closing.cell(0, 1).paragraphs
    assert [p.text for p in signature] == ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Thị Thu Hà"]
    assert signature[2].paragraph_format.space_before.mm == pytest.approx(25, abs=0.1)
    assert all(p.style.font.bold for p in signature)
    element = docx_part(data, "word/document.xml").findall("w:body/w:tbl", NS)[-1]
    assert all(b.get(w("val")) == "nil" for b in element.find("w:tblPr/w:tblBorders", NS))
    assert element.find("w:tr/w:trPr/w:cantSplit", NS) is not None
    decision = docx.Document(io.BytesIO(render_docx(DECISION))).tables[-1]
    assert [p.text for p in decision.cell(0, 1).paragraphs] == [
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn Tâm",
    ]


def test_the_body_table_is_a_word_table_with_borders_and_a_repeated_header_row() -> None:
    data = render_docx(PLAN)
    element = docx_part(data, "word/document.xml").findall("w:body/w:tbl", NS)[1]
    borders = element.find("w:tblPr/w:tblBorders", NS)
    assert {b.get(w("val")) for b in borders} == {"single"}
    assert element.find("w:tr/w:trPr/w:tblHeader", NS) is not None
    table = docx.Document(io.BytesIO(data)).tables[1]
    assert [cell.text for cell in table.rows[0].cells] == [
        "TT",
        "Đối tượng giám sát",
        "Thời gian",
        "Ghi chú",
    ]
    assert [cell.text for cell in table.rows[2].cells] == [
        "2",
        "Trạm Y tế xã Tân Hưng",
        "Ngày 17/9/2026",
        "Làm việc trực tiếp",
    ]
    assert len(table.rows) == 4


def test_the_page_number_is_a_page_field_in_the_header_shown_from_page_two() -> None:
    data = render_docx(PLAN)
    section = docx.Document(io.BytesIO(data)).sections[0]
    assert section.different_first_page_header_footer
    sector = docx_part(data, "word/document.xml").find(".//w:body/w:sectPr", NS)
    assert sector.find("w:titlePg", NS) is not None
    references = {
        ref.get(w("type")): ref.get(
            "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
        )
        for ref in sector.findall("w:headerReference", NS)
    }
    assert set(references) == {"first", "default"}
    first = section.first_page_header
    assert not first.is_linked_to_previous and not "".join(p.text for p in first.paragraphs)
    first_xml = first.paragraphs[0]._p.xml
    assert "PAGE" not in first_xml
    header = section.header
    xml = header.paragraphs[0]._p.xml
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", xml)
    assert header.paragraphs[0].style.name == "Số trang"
    assert header.paragraphs[0].style.paragraph_format.alignment == 1  # centred
    assert section.header_distance.mm < DOCUMENT_PAGE.top


def test_the_file_names_the_office_and_the_letter_not_the_tool_that_made_it() -> None:
    data = render_docx(PLAN)
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.author == OFFICE.name
    assert properties.title == "KẾ HOẠCH 15/KH-MTTQ-BTT " + PLAN.subject
    assert properties.created.date() == PLAN.date
    assert b"python-docx" not in _part_bytes(data, "docProps/core.xml")
    assert not any("thumbnail" in name or "WithEffects" in name for name in docx_names(data))


def _part_bytes(data: bytes, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


PARAGRAPH_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
TABLE_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
]
ROW_ORDER = [
    "cnfStyle",
    "divId",
    "gridBefore",
    "gridAfter",
    "wBefore",
    "wAfter",
    "cantSplit",
    "trHeight",
    "tblHeader",
    "tblCellSpacing",
    "jc",
    "hidden",
]
RUN_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/header2.xml"])
def test_properties_stand_in_the_schemas_order_so_word_opens_the_file(part: str) -> None:
    root = docx_part(render_docx(PLAN), part)
    orders = {"pPr": PARAGRAPH_ORDER, "tblPr": TABLE_ORDER, "trPr": ROW_ORDER, "rPr": RUN_ORDER}
    checked = 0
    for name, order in orders.items():
        for element in root.iter(w(name)):
            tags = [child.tag.split("}")[1] for child in element]
            assert all(tag in order for tag in tags), tags
            assert tags == sorted(tags, key=order.index), tags
            checked += 1
    assert checked
