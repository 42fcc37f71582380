"""Prints survive any cell: an entry taller than a page goes on over the next pages, whole.

A subject pasted as a whole report, a pasted address of 5,000 characters without a space and
a note of 300 lines are printed in full, in order, in their own column; the register still
cuts ordinary entries only between them, and the slip goes on to a second sheet.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Sequence

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.reports.layout.page_layout import LANDSCAPE, PORTRAIT, PageFormat, form_styles
from giamsat_desktop.reports.registers.book import Column, RegisterCells
from giamsat_desktop.reports.registers.handling_slip import render_handling_slip
from giamsat_desktop.reports.registers.incoming import INCOMING_COLUMNS, render_incoming_register
from giamsat_desktop.reports.registers.outgoing import OUTGOING_COLUMNS, render_outgoing_register
from tests.reports.samples import OFFICE, PERIOD, Run, make_incoming, make_outgoing, text_runs

REPORT = "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri về xây dựng nông thôn mới năm 2026. "
LONG_SUBJECT = "V/v ĐẦU " + (REPORT * 70)[:4_988] + " CUỐI"
"""5,000 characters: a report pasted as the subject, with words to find at both ends."""
LONG_WORD = (
    "https://tanhung.tayninh.gov.vn/"
    + "".join("abcdefghijklmnopqrstuvwxyz"[n % 26] for n in range(4_966))
    + "/KẾT"
)
"""5,000 characters without a space, as a pasted address."""
LINES = "\n".join(f"Dòng {n}" for n in range(1, 301))
SUBJECT, NOTES = 5, 9
"""Columns of the incoming register: "Tên loại và trích yếu nội dung" and "Ghi chú"."""


def squeezed(text: str) -> str:
    """Text without its spaces and line breaks, which wrapping moves."""
    return "".join(text.split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def column_runs(
    pdf: bytes, columns: Sequence[Column], index: int, page: PageFormat = LANDSCAPE
) -> list[tuple[int, Run]]:
    """(page, run) of every text drawn in a column's body, under its header, in drawing order."""
    widths = RegisterCells(columns, page.frame_width, form_styles()).widths
    left = page.left + sum(widths[:index])
    right = left + widths[index]
    frame_top = page.size[1] - page.top
    found = []
    for number in range(1, page_count(pdf)):
        runs = [r for r in text_runs(pdf, number) if left <= r.x < right and r.y < frame_top]
        heading = max(r.y for r in runs if r.text == str(index + 1))
        found += [(number, r) for r in runs if r.y < heading - 1]
    return found


def column_text(pdf: bytes, columns: Sequence[Column], index: int) -> str:
    return "".join(squeezed(run.text) for _, run in column_runs(pdf, columns, index))


def pages_with(pdf: bytes, columns: Sequence[Column], index: int, words: str) -> list[int]:
    return sorted({n for n, run in column_runs(pdf, columns, index) if words in run.text})


@pytest.fixture(scope="module")
def tall_register() -> tuple[bytes, float]:
    """A year's register with the three tall entries among ordinary ones, and its time."""
    rows: list[IncomingRecord] = [
        make_incoming(1),
        make_incoming(2, type_code="CV", subject=LONG_SUBJECT),
        make_incoming(3, type_code="CV", subject=LONG_WORD),
        make_incoming(4, urgency=Urgency.URGENT, notes=LINES),
        make_incoming(
            5, type_code="CV", subject=LONG_SUBJECT, cancelled=True, cancel_reason="Trùng"
        ),
        make_incoming(6),
    ]
    start = time.perf_counter()
    pdf = render_incoming_register(OFFICE, PERIOD, rows)
    return pdf, time.perf_counter() - start


def test_a_register_with_cells_taller_than_a_page_prints_quickly(
    tall_register: tuple[bytes, float],
) -> None:
    pdf, seconds = tall_register
    assert page_count(pdf) > 15
    assert seconds < 3.0


def test_a_5000_character_subject_is_printed_whole_over_several_pages(
    tall_register: tuple[bytes, float],
) -> None:
    pdf, _ = tall_register
    text = column_text(pdf, INCOMING_COLUMNS, SUBJECT)
    # Twice: the live entry, then the cancelled one struck through.
    assert text.count(squeezed(LONG_SUBJECT)) == 2
    first, last = (
        pages_with(pdf, INCOMING_COLUMNS, SUBJECT, "ĐẦU"),
        pages_with(pdf, INCOMING_COLUMNS, SUBJECT, "CUỐI"),
    )
    assert first[0] < last[0] - 2, (first, last)


def test_a_5000_character_word_is_cut_between_letters_and_nothing_is_lost(
    tall_register: tuple[bytes, float],
) -> None:
    pdf, _ = tall_register
    assert squeezed(LONG_WORD) in column_text(pdf, INCOMING_COLUMNS, SUBJECT)
    width = RegisterCells(INCOMING_COLUMNS, LANDSCAPE.frame_width, form_styles()).widths[SUBJECT]
    pieces = [run for _, run in column_runs(pdf, INCOMING_COLUMNS, SUBJECT) if "pqrst" in run.text]
    assert len(pieces) > 100
    font = form_styles().cell.fontName
    assert max(stringWidth(run.text, font, run.size) for run in pieces) < width - 6


def test_a_cell_of_300_lines_keeps_every_line_in_order(
    tall_register: tuple[bytes, float],
) -> None:
    pdf, _ = tall_register
    notes = [run.text for _, run in column_runs(pdf, INCOMING_COLUMNS, NOTES)]
    lines = [text for text in notes if text.startswith("Dòng")]
    assert lines == [f"Dòng {n}" for n in range(1, 301)]
    assert len(pages_with(pdf, INCOMING_COLUMNS, NOTES, "Dòng")) >= 8


def test_a_tall_entry_fills_each_page_it_goes_over_and_stays_inside_the_margins(
    tall_register: tuple[bytes, float],
) -> None:
    pdf, _ = tall_register
    leading = form_styles().cell.leading
    runs = column_runs(pdf, INCOMING_COLUMNS, SUBJECT) + column_runs(pdf, INCOMING_COLUMNS, NOTES)
    assert min(run.y for _, run in runs) > LANDSCAPE.bottom
    # A page the subject goes on over is full to its foot, not cut short.
    middle = pages_with(pdf, INCOMING_COLUMNS, SUBJECT, "kiến")[1]
    lowest = min(run.y for number, run in runs if number == middle)
    assert lowest < LANDSCAPE.bottom + 2 * leading


def test_the_entries_after_a_tall_one_follow_it_on_its_last_page(
    tall_register: tuple[bytes, float],
) -> None:
    pdf, _ = tall_register
    ends = pages_with(pdf, INCOMING_COLUMNS, SUBJECT, "CUỐI")
    following = [
        number
        for number, run in column_runs(pdf, INCOMING_COLUMNS, 1)  # "Số đến"
        if run.text == "6"
    ]
    assert following == [ends[-1]]


def test_the_outgoing_register_prints_a_long_subject_and_long_recipients_whole() -> None:
    rows = [
        make_outgoing(1),
        make_outgoing(2, type_code="", subject=LONG_SUBJECT, recipients=LINES),
        make_outgoing(3),
    ]
    pdf = render_outgoing_register(OFFICE, PERIOD, rows)
    assert squeezed(LONG_SUBJECT) in column_text(pdf, OUTGOING_COLUMNS, 2)
    lines = [run.text for _, run in column_runs(pdf, OUTGOING_COLUMNS, 4)]
    assert [text for text in lines if text.startswith("Dòng")] == [
        f"Dòng {n}" for n in range(1, 301)
    ]


# ----- the handling slip ---------------------------------------------------------------------


def slip_text(pdf: bytes) -> str:
    """Everything printed inside the text block of every page, squeezed, in order."""
    frame_top = PORTRAIT.size[1] - PORTRAIT.top
    return "".join(
        squeezed(run.text)
        for number in range(page_count(pdf))
        for run in text_runs(pdf, number)
        if run.y < frame_top
    )


def test_the_slip_prints_a_long_subject_word_and_instruction_whole_over_more_sheets() -> None:
    record = make_incoming(
        4, type_code="CV", subject=LONG_SUBJECT, symbol=LONG_WORD, instruction=LINES
    )
    start = time.perf_counter()
    pdf = render_handling_slip(OFFICE, record, today=dt.date(2026, 2, 5))
    assert time.perf_counter() - start < 3.0
    text = slip_text(pdf)
    for whole in (LONG_SUBJECT, LONG_WORD, LINES):
        assert squeezed(whole) in text
    assert page_count(pdf) > 3
    # The data, the instruction, then room for both opinions and both signatures, in order.
    assert text.index(squeezed(LONG_WORD)) < text.index("Ngàytháng:") < text.index("Tríchyếu:")
    assert text.index("Dòng300") < text.index("LÃNHĐẠO") < text.index("NGƯỜIGIẢIQUYẾT")
    for number in range(page_count(pdf)):
        assert min(run.y for run in text_runs(pdf, number)) > PORTRAIT.bottom - 1


def test_short_fields_of_the_slip_still_stand_two_to_a_line() -> None:
    pdf = render_handling_slip(OFFICE, make_incoming(4), today=dt.date(2026, 2, 5))
    runs = text_runs(pdf, 0)
    number = next(run for run in runs if run.text.startswith("Số đến"))
    date = next(run for run in runs if run.text.startswith("Ngày đến"))
    assert number.y == pytest.approx(date.y)
    assert date.x > number.x + PORTRAIT.frame_width / 2
    assert page_count(pdf) == 1
