"""A document printed as PDF: header, number, V/v, Kính gửi, signature, Nơi nhận, pages."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from giamsat_desktop.reports.layout.page_layout import PORTRAIT
from giamsat_desktop.reports.letters.pdf import render_pdf
from tests.reports.letters.documents import DECISION, ISSUED_LETTER, LETTER, PLAN
from tests.reports.samples import Run, page_texts, squash, text_runs


def lines(pdf: bytes, page: int = 0) -> list[str]:
    return [line.strip() for line in page_texts(pdf)[page].splitlines() if line.strip()]


def run(runs: list[Run], text: str) -> Run:
    return next(r for r in runs if r.text == text)


def starting(runs: list[Run], text: str) -> Run:
    return next(r for r in runs if r.text.startswith(text))


def test_an_issued_plan_has_its_header_number_date_type_and_subject_in_order() -> None:
    pdf = render_pdf(PLAN)
    assert lines(pdf)[:8] == [
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ TÂN HƯNG",
        "BAN THƯỜNG TRỰC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/KH-MTTQ-BTT",
        "Tân Hưng, ngày 05 tháng 9 năm 2026",
        "KẾ HOẠCH",
    ]
    text = squash(page_texts(pdf)[0])
    assert "KẾ HOẠCH " + squash(PLAN.subject) + " Căn cứ Luật Mặt trận" in text
    assert "DỰ THẢO" not in text
    runs = text_runs(pdf, 0)
    assert (run(runs, "KẾ HOẠCH").size, run(runs, "KẾ HOẠCH").font) == (14, "Tinos-Bold")
    assert starting(runs, "Căn cứ Luật").font == "Tinos-Italic"
    assert starting(runs, "Nắm tình hình").size == 14


def test_a_draft_leaves_its_number_and_day_blank_and_says_du_thao_above_the_header() -> None:
    pdf = render_pdf(LETTER)
    page = lines(pdf)
    assert page[0] == "DỰ THẢO"
    assert re.fullmatch(r"Số:\s{4,}/MTTQ-BTT", page[6])
    assert re.fullmatch(r"Tân Hưng, ngày\s{4,}tháng\s{4,}năm 2026", page[9])
    runs = text_runs(pdf, 0)
    mark, front = run(runs, "DỰ THẢO"), run(runs, "ỦY BAN MTTQ VIỆT NAM")
    assert mark.y > front.y
    assert mark.font == "Tinos-Bold"
    assert re.fullmatch(r"Số:\s{4,}/QĐ-MTTQ-BTT", lines(render_pdf(DECISION))[6])


def test_an_issued_letter_has_its_number_with_the_vv_line_centred_under_it() -> None:
    pdf = render_pdf(ISSUED_LETTER)
    page = lines(pdf)
    assert page[5:9] == [
        "Số: 16/MTTQ-BTT",
        "V/v đề nghị báo cáo kết quả thực hiện",
        "kiến nghị sau giám sát năm 2025",
        "Tân Hưng, ngày 05 tháng 02 năm 2026",
    ]
    assert "DỰ THẢO" not in page
    runs = text_runs(pdf, 0)
    number, summary = run(runs, "Số: 16/MTTQ-BTT"), starting(runs, "V/v")
    when = starting(runs, "Tân Hưng, ngày")
    assert summary.size == 12 and number.size == 13
    assert summary.y < number.y and number.y == pytest.approx(when.y, abs=0.5)
    assert summary.x < when.x  # in the left column, under the number


def test_several_recipients_are_listed_under_each_other_after_kinh_gui() -> None:
    pdf = render_pdf(LETTER)
    page = lines(pdf)
    at = page.index("Kính gửi: - Ủy ban nhân dân xã Tân Hưng;")
    assert page[at + 1] == "- Hội Nông dân xã Tân Hưng."
    runs = text_runs(pdf, 0)
    first = starting(runs, "Kính gửi:")
    second = run(runs, "- Hội Nông dân xã Tân Hưng.")
    assert first.x > PORTRAIT.left + 20 * mm  # the block stands towards the centre
    assert second.y < first.y and second.x > first.x + 15 * mm  # under the first name


def test_one_recipient_stands_centred_on_one_line() -> None:
    pdf = render_pdf(replace(ISSUED_LETTER, recipients=("Ủy ban nhân dân xã Tân Hưng",)))
    assert "Kính gửi: Ủy ban nhân dân xã Tân Hưng" in lines(pdf)
    line = run(text_runs(pdf, 0), "Kính gửi: Ủy ban nhân dân xã Tân Hưng")
    width = stringWidth(line.text, "Tinos", line.size)
    centre = PORTRAIT.left + PORTRAIT.frame_width / 2
    assert line.x + width / 2 == pytest.approx(centre, abs=1)


def test_the_signature_stands_right_of_noi_nhan_which_ends_with_the_file_copy() -> None:
    pdf = render_pdf(PLAN)
    last = len(page_texts(pdf)) - 1
    text = squash(page_texts(pdf)[last])
    assert "TM. BAN THƯỜNG TRỰC CHỦ TỊCH Nguyễn Thị Thu Hà" in text
    assert text.endswith("Nguyễn Thị Thu Hà")
    assert (
        "Nơi nhận: - Ban Thường trực Ủy ban MTTQ tỉnh (b/c); - Đảng ủy xã (b/c); "
        "- UBND xã Tân Hưng; - Trạm Y tế xã Tân Hưng; - Thành viên Đoàn giám sát; - Lưu: VT."
    ) in text
    runs = text_runs(pdf, last)
    copies, board = run(runs, "Nơi nhận:"), run(runs, "TM. BAN THƯỜNG TRỰC")
    name, keep = run(runs, "Nguyễn Thị Thu Hà"), run(runs, "- Lưu: VT.")
    assert copies.x < board.x and copies.y == pytest.approx(board.y, abs=3)
    assert board.y - name.y >= 25 * mm
    assert (copies.size, copies.font) == (12, "Tinos-BoldItalic")
    assert (keep.size, keep.font) == (11, "Tinos")
    assert (board.size, board.font) == (14, "Tinos-Bold")
    assert (name.size, name.font) == (14, "Tinos-Bold")


def test_a_vice_chair_signs_in_the_chairs_stead() -> None:
    text = squash(page_texts(render_pdf(DECISION))[-1])
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tâm" in text
    assert "Điều 1. Thành lập Đoàn giám sát" in text
    assert run(text_runs(render_pdf(DECISION), 0), "Điều 1.").font == "Tinos-Bold"


def test_the_page_number_stands_centred_at_the_top_of_page_two_and_not_on_page_one() -> None:
    pdf = render_pdf(PLAN)
    texts = page_texts(pdf)
    assert len(texts) == 2
    assert not any(r.text == "1" for r in text_runs(pdf, 0))
    assert texts[1].split()[0] == "2"
    number = run(text_runs(pdf, 1), "2")
    centre = PORTRAIT.left + PORTRAIT.frame_width / 2
    assert number.x + stringWidth("2", "Tinos", number.size) / 2 == pytest.approx(centre, abs=0.5)
    assert PORTRAIT.size[1] - number.y == pytest.approx(13 * mm, abs=0.5)


def test_the_tables_cells_are_printed_in_a_ruled_table() -> None:
    pdf = render_pdf(PLAN)
    text = squash(" ".join(page_texts(pdf)))
    assert (
        "TT Đối tượng giám sát Thời gian Ghi chú 1 Ủy ban nhân dân xã Tân Hưng Ngày 15/9/2026 "
        "Làm việc trực tiếp 2 Trạm Y tế xã Tân Hưng"
    ) in text
