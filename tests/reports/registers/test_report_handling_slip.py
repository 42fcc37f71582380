"""Phiếu giải quyết văn bản đến: one A4 page with the document's data and room to write."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.reports.layout.page_layout import PORTRAIT
from giamsat_desktop.reports.registers.handling_slip import render_handling_slip
from tests.reports.samples import (
    OFFICE,
    horizontal_rules,
    make_incoming,
    page_texts,
    squash,
    text_runs,
)

TODAY = dt.date(2026, 2, 5)
INSTRUCTION = (
    "Giao Ban Thanh tra nhân dân chủ trì, phối hợp Hội Nông dân xã nghiên cứu, tham mưu văn "
    "bản góp ý; báo cáo Thường trực trước ngày 12/02/2026."
)


def slip(**changes: object) -> bytes:
    record = make_incoming(
        4, urgency=Urgency.FLASH, deadline=dt.date(2026, 2, 15), instruction=INSTRUCTION
    )
    return render_handling_slip(OFFICE, replace(record, **changes), today=TODAY)


def test_the_slip_is_one_portrait_page() -> None:
    pages = PdfReader(io.BytesIO(slip())).pages
    assert len(pages) == 1
    size = (float(pages[0].mediabox.width), float(pages[0].mediabox.height))
    assert size == pytest.approx(PORTRAIT.size, abs=0.5)


def test_the_header_has_both_blocks_and_todays_date_line() -> None:
    text = squash(page_texts(slip())[0])
    assert text.startswith(
        "ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG BAN THƯỜNG TRỰC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập - Tự do - Hạnh phúc Tân Hưng, ngày 05 tháng 02 năm 2026 "
        "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"
    )
    assert "Số:" not in text


def test_the_documents_data_is_printed() -> None:
    text = squash(page_texts(slip())[0])
    for field in (
        "Số đến: 4",
        "Ngày đến: 03/01/2026",
        "Tác giả: Hội Liên hiệp Phụ nữ xã Tân Hưng",
        "Số, ký hiệu: 07/KH-HLHPN",
        "Ngày tháng: 01/01/2026",
        "Trích yếu: Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư ấp Tân Lập",
        "Độ khẩn: Hỏa tốc",
        "Hạn xử lý: 15/02/2026",
    ):
        assert field in text


def test_the_leaders_instruction_comes_before_the_lines_and_both_signatures() -> None:
    pdf = slip()
    text = squash(page_texts(pdf)[0])
    leader = text.index("Ý kiến của lãnh đạo:")
    assert text.index(INSTRUCTION) > leader
    handler = text.index("Ý kiến của đơn vị, cá nhân giải quyết:")
    assert leader < text.index("LÃNH ĐẠO", leader + 20) < handler
    assert text.index("NGƯỜI GIẢI QUYẾT") > handler
    assert text.count("Ngày …… tháng …… năm ……") == 2
    assert text.count("(Ký, ghi rõ họ tên)") == 2
    # Dotted lines for handwriting across the text block, under both headings.
    full_width = [r for r in horizontal_rules(pdf, 0) if r[1] - r[0] > PORTRAIT.frame_width - 1]
    assert len(full_width) >= 6


def test_without_an_instruction_there_are_more_lines_and_blanks_for_missing_data() -> None:
    with_text = slip()
    blank = slip(instruction="", deadline=None, urgency=Urgency.NORMAL)

    def lines(pdf: bytes) -> int:
        return sum(r[1] - r[0] > PORTRAIT.frame_width - 1 for r in horizontal_rules(pdf, 0))

    assert lines(blank) > lines(with_text)
    text = squash(page_texts(blank)[0])
    assert "Độ khẩn: Thường" in text
    assert "Hạn xử lý: ……" in text


def test_the_signature_blocks_stand_on_the_right_half() -> None:
    runs = text_runs(slip(), 0)
    centre = PORTRAIT.left + PORTRAIT.frame_width / 2
    for role in ("LÃNH ĐẠO", "NGƯỜI GIẢI QUYẾT"):
        assert next(r for r in runs if r.text == role).x > centre


def test_a_secret_document_says_so_and_a_long_subject_still_fits_one_page() -> None:
    long_subject = "kết quả giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo " * 4
    pdf = slip(secrecy=Secrecy.CONFIDENTIAL, subject=long_subject)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert "Độ mật: Mật" in squash(page_texts(pdf)[0])


def test_decomposed_text_prints_as_composed_text() -> None:
    record = make_incoming(4, instruction=INSTRUCTION)
    nfd = replace(
        record,
        issuer=unicodedata.normalize("NFD", record.issuer),
        subject=unicodedata.normalize("NFD", record.subject),
        instruction=unicodedata.normalize("NFD", record.instruction),
    )
    assert page_texts(render_handling_slip(OFFICE, nfd, today=TODAY)) == page_texts(
        render_handling_slip(OFFICE, record, today=TODAY)
    )
