"""Letterhead, title, closing block and page numbers in the page format of Nghị định 30."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from giamsat_desktop.domain.date_line import date_line
from giamsat_desktop.reports.layout.page_layout import (
    LANDSCAPE,
    PORTRAIT,
    Letterhead,
    build_pdf,
    closing_block,
    form_styles,
    para,
    title_block,
)
from tests.reports.samples import OFFICE, Run, horizontal_rules, page_texts, squash, text_runs

SEPT_5 = dt.date(2026, 9, 5)


def letter(paragraphs: int = 3, recipients: tuple[str, ...] = ("UBND xã Tân Hưng",)) -> bytes:
    styles = form_styles()
    body = (
        "Thực hiện Kế hoạch số 07/KH-MTTQ-BTT ngày 15/3/2026 của Ban Thường trực Ủy ban MTTQ "
        "Việt Nam xã Tân Hưng về giám sát việc thực hiện chính sách bảo hiểm y tế, Ban Thường "
        "trực báo cáo kết quả như sau."
    )
    story = [
        Letterhead(
            OFFICE,
            number="15/BC-MTTQ-BTT",
            date_line_text=date_line(OFFICE.date_line_place, SEPT_5),
        ),
        *title_block("Báo cáo", "Kết quả giám sát việc thực hiện chính sách bảo hiểm y tế"),
        *[para(body, styles.body) for _ in range(paragraphs)],
        closing_block(list(recipients), OFFICE.chair_name, PORTRAIT.frame_width),
    ]
    return build_pdf(story, PORTRAIT, title="Báo cáo", author=OFFICE.name)


def run(runs: list[Run], text: str) -> Run:
    return next(r for r in runs if r.text == text)


def test_the_header_blocks_read_in_order() -> None:
    text = page_texts(letter())[0]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[:9] == [
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ TÂN HƯNG",
        "BAN THƯỜNG TRỰC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/BC-MTTQ-BTT",
        "Tân Hưng, ngày 05 tháng 9 năm 2026",
        "BÁO CÁO",
        "Kết quả giám sát việc thực hiện chính sách bảo hiểm y tế",
    ]


def test_the_left_block_sits_left_of_the_right_block_and_number_shares_the_date_baseline() -> None:
    runs = text_runs(letter(), 0)
    front, motto = run(runs, "ỦY BAN MTTQ VIỆT NAM"), run(runs, "Độc lập - Tự do - Hạnh phúc")
    number, when = run(runs, "Số: 15/BC-MTTQ-BTT"), run(runs, "Tân Hưng, ngày 05 tháng 9 năm 2026")
    assert front[1] < motto[1]
    assert number[1] < when[1]
    assert number[2] == pytest.approx(when[2], abs=0.5)
    assert abs(front[2] - run(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")[2]) < 1.5
    assert 12 <= run(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")[3] <= 13
    assert 13 <= motto[3] <= 14
    # The header starts on the top margin and the text block's left edge.
    assert PORTRAIT.size[1] - front[2] == pytest.approx(PORTRAIT.top, abs=14)
    assert min(r[1] for r in runs) >= PORTRAIT.left - 0.5


def test_a_rule_of_the_mottos_width_lies_just_under_it() -> None:
    pdf = letter()
    family = form_styles().family
    _, x, y, size, _ = run(text_runs(pdf, 0), "Độc lập - Tự do - Hạnh phúc")
    width = stringWidth("Độc lập - Tự do - Hạnh phúc", family.bold, size)
    under = [r for r in horizontal_rules(pdf, 0) if 2 <= y - r[2] <= 8]
    assert any(
        r[0] == pytest.approx(x, abs=0.5) and r[1] - r[0] == pytest.approx(width, abs=0.5)
        for r in under
    )


def test_a_short_centred_rule_lies_under_the_board_name() -> None:
    pdf = letter()
    family = form_styles().family
    _, x, y, size, _ = run(text_runs(pdf, 0), "BAN THƯỜNG TRỰC")
    width = stringWidth("BAN THƯỜNG TRỰC", family.bold, size)
    centre = x + width / 2
    rule = next(r for r in horizontal_rules(pdf, 0) if 2 <= y - r[2] <= 9 and r[1] < 300)
    assert width / 3 <= rule[1] - rule[0] <= width / 2 + 0.5
    assert (rule[0] + rule[1]) / 2 == pytest.approx(centre, abs=0.5)


def test_each_header_line_has_its_face() -> None:
    runs = text_runs(letter(), 0)
    faces = {
        "ỦY BAN MTTQ VIỆT NAM": "Tinos",
        "XÃ TÂN HƯNG": "Tinos",
        "BAN THƯỜNG TRỰC": "Tinos-Bold",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": "Tinos-Bold",
        "Độc lập - Tự do - Hạnh phúc": "Tinos-Bold",
        "Số: 15/BC-MTTQ-BTT": "Tinos",
        "Tân Hưng, ngày 05 tháng 9 năm 2026": "Tinos-Italic",
        "BÁO CÁO": "Tinos-Bold",
    }
    assert {text: run(runs, text).font for text in faces} == faces
    assert run(runs, "BÁO CÁO").size == 14


def test_recipients_end_with_the_file_copy_once_beside_the_signature() -> None:
    pdf = letter(recipients=("Như trên;", "- Đảng ủy xã Tân Hưng (để b/c)", "- Lưu: VT"))
    text = squash(page_texts(pdf)[-1])
    assert "Nơi nhận: - Như trên; - Đảng ủy xã Tân Hưng (để b/c); - Lưu: VT." in text
    assert text.count("Lưu: VT") == 1
    assert "TM. BAN THƯỜNG TRỰC CHỦ TỊCH Nguyễn Thị Thu Hà" in text
    runs = text_runs(pdf, len(page_texts(pdf)) - 1)
    recipients, board = run(runs, "Nơi nhận:"), run(runs, "TM. BAN THƯỜNG TRỰC")
    name = run(runs, "Nguyễn Thị Thu Hà")
    assert recipients[1] < board[1]  # recipients on the left, signature on the right
    assert recipients[2] == pytest.approx(board[2], abs=3)  # side by side
    assert board[2] - name[2] >= 25 * mm  # room to sign
    assert (recipients.size, recipients.font) == (12, "Tinos-BoldItalic")
    assert run(runs, "- Lưu: VT.").size == 11
    assert name.font == "Tinos-Bold"


def test_page_numbers_start_on_page_two_centred_at_the_top() -> None:
    pdf = letter(paragraphs=14)
    texts = page_texts(pdf)
    assert len(texts) >= 2
    assert not any(r[0] == "1" for r in text_runs(pdf, 0))
    number = next(r for r in text_runs(pdf, 1) if r[0] == "2")
    width = stringWidth("2", form_styles().family.regular, number[3])
    centre = PORTRAIT.left + PORTRAIT.frame_width / 2
    assert number[1] + width / 2 == pytest.approx(centre, abs=0.5)
    assert PORTRAIT.top - 12 * mm < PORTRAIT.size[1] - number[2] < PORTRAIT.top
    assert texts[1].lstrip().startswith("2")


def test_the_page_formats_have_the_decrees_margins() -> None:
    assert PORTRAIT.size == pytest.approx((210 * mm, 297 * mm), abs=0.5)
    assert (PORTRAIT.top, PORTRAIT.bottom, PORTRAIT.left, PORTRAIT.right) == pytest.approx(
        (20 * mm, 20 * mm, 30 * mm, 15 * mm)
    )
    assert LANDSCAPE.size == pytest.approx((297 * mm, 210 * mm), abs=0.5)
    assert (LANDSCAPE.top, LANDSCAPE.bottom, LANDSCAPE.left, LANDSCAPE.right) == pytest.approx(
        (20 * mm, 20 * mm, 25 * mm, 15 * mm)
    )


def test_a_long_place_name_wraps_inside_the_left_block() -> None:
    from dataclasses import replace

    from giamsat_desktop.domain.office import OfficeLevel

    city = replace(OFFICE, level=OfficeLevel.WARD, place_name="Bình Hưng Hòa - Bình Tân Mới")
    pdf = build_pdf(
        [Letterhead(city, number="01/TB-MTTQ-BTT", date_line_text="Ngày 05 tháng 9 năm 2026")],
        PORTRAIT,
        title="Thử",
    )
    runs = text_runs(pdf, 0)
    motto_x = run(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")[1]
    family = form_styles().family
    for text, x, _, size, _ in runs:
        if "BÌNH" in text or "PHƯỜNG" in text:
            assert x + stringWidth(text, family.regular, size) < motto_x
