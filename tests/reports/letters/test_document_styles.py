"""The one table of block styles follows DOMAIN.md's page format, and the page layout uses it."""

from __future__ import annotations

from dataclasses import fields

import pytest
from reportlab.lib.units import mm

from giamsat_desktop.reports.layout.document_styles import (
    DOCUMENT_PAGE,
    DOCUMENT_STYLES,
    BlockStyle,
)
from giamsat_desktop.reports.layout.page_layout import PORTRAIT
from giamsat_desktop.reports.letters.word_setup import STYLE_NAMES

STYLES = DOCUMENT_STYLES


def test_the_portrait_page_of_the_forms_is_the_documents_page() -> None:
    page = DOCUMENT_PAGE
    assert (page.width, page.height) == (210, 297)
    assert (page.top, page.bottom, page.left, page.right) == (20, 20, 30, 15)
    assert PORTRAIT.size == pytest.approx((page.width * mm, page.height * mm), abs=0.01)
    assert (PORTRAIT.top, PORTRAIT.bottom, PORTRAIT.left, PORTRAIT.right) == pytest.approx(
        (page.top * mm, page.bottom * mm, page.left * mm, page.right * mm)
    )


def test_the_sizes_and_faces_are_the_decrees() -> None:
    for block in ("paragraph", "grounds", "recipients", "item", "article", "type_name"):
        assert 13 <= getattr(STYLES, block).size <= 14
    assert STYLES.paragraph.align == "justify" and STYLES.paragraph.first_indent >= 10
    assert STYLES.paragraph.space_after >= 6
    assert (STYLES.copies_title.size, STYLES.copies_title.bold, STYLES.copies_title.italic) == (
        12,
        True,
        True,
    )
    assert STYLES.copies_line.size == 11 and not STYLES.copies_line.bold
    assert 12 <= STYLES.national_title.size <= 13 and STYLES.national_title.bold
    assert 13 <= STYLES.motto.size <= 14 and STYLES.motto.bold
    assert 12 <= STYLES.summary.size <= 13 and not STYLES.summary.bold
    assert STYLES.date_line.italic and STYLES.grounds.italic
    assert STYLES.board.bold and not STYLES.issuer.bold
    assert STYLES.type_name.bold and STYLES.subject.bold and STYLES.type_name.align == "center"
    for block in ("signature_authority", "signature_title", "signature_name"):
        assert getattr(STYLES, block).bold and getattr(STYLES, block).align == "center"
    assert STYLES.page_number.align == "center" and 13 <= STYLES.page_number.size <= 14
    assert [STYLES.heading(level) for level in (1, 2, 3, 4)] == [
        STYLES.heading_1,
        STYLES.heading_2,
        STYLES.heading_3,
        STYLES.heading_3,
    ]


def test_every_block_of_the_table_has_a_word_style_of_its_own() -> None:
    blocks = {f.name for f in fields(STYLES) if isinstance(getattr(STYLES, f.name), BlockStyle)}
    assert blocks == set(STYLE_NAMES)
    assert len(set(STYLE_NAMES.values())) == len(STYLE_NAMES)
