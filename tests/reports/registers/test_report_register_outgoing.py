"""Sổ đăng ký văn bản đi: same book as the incoming register, with the outgoing columns."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

from pypdf import PdfReader

from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.reports.layout.page_layout import LANDSCAPE
from giamsat_desktop.reports.registers.outgoing import OUTGOING_COLUMNS, render_outgoing_register
from tests.reports.samples import OFFICE, PERIOD, make_outgoing, page_texts, squash, text_runs

OUT_PERIOD = replace(PERIOD, number_from="01", number_to="125", book_name="Sổ văn bản đi năm 2026")
HEADER = (
    "Số, ký hiệu Ngày tháng Tên loại và trích yếu nội dung Người ký Nơi nhận Đơn vị, người "
    "nhận bản lưu Số lượng bản Ngày chuyển Ký nhận Ghi chú 1 2 3 4 5 6 7 8 9 10"
)


def render(count: int) -> bytes:
    return render_outgoing_register(
        OFFICE, OUT_PERIOD, [make_outgoing(n) for n in range(1, count + 1)]
    )


def test_the_cover_names_the_outgoing_register_and_its_range() -> None:
    cover = squash(page_texts(render(2))[0])
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in cover
    assert "Năm: 2026" in cover
    assert "Từ ngày 01/01/2026 đến ngày 31/12/2026" in cover
    assert "Từ số 01 đến số 125" in cover
    assert "ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG BAN THƯỜNG TRỰC" in cover


def test_each_table_page_has_the_ten_outgoing_columns() -> None:
    texts = page_texts(render(50))
    assert len(texts) >= 4
    for number, text in enumerate(texts[1:], start=2):
        assert squash(text).replace("- ", "-").startswith(f"{number} {HEADER}")


def test_a_row_reads_across_the_columns() -> None:
    text = squash(page_texts(render(2))[1])
    assert (
        "02/MTTQ-BTT 07/01/2026 V/v kiến nghị sau giám sát việc thực hiện chính sách bảo hiểm "
        "xã hội tự nguyện Nguyễn Thị Thu Hà Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây "
        "Ninh; Đảng ủy xã Tân Hưng Văn phòng 4 08/01/2026"
    ) in text
    assert "Báo cáo kết quả giám sát việc quản lý, sử dụng Quỹ “Vì người nghèo”" in text


def test_rows_are_in_order_and_pages_grow_with_them() -> None:
    small, large = render(5), render(80)
    assert len(PdfReader(io.BytesIO(small)).pages) < len(PdfReader(io.BytesIO(large)).pages)
    text = squash(" ".join(page_texts(large)[1:])).replace("- ", "-")
    position = 0
    for row in (make_outgoing(n) for n in range(1, 81)):
        position = text.index(f"{row.symbol} {row.issue_date:%d/%m/%Y}", position) + 1


def test_the_signature_column_stays_empty() -> None:
    pdf = render(6)
    left = LANDSCAPE.left + sum(
        LANDSCAPE.frame_width * c.weight / sum(c.weight for c in OUTGOING_COLUMNS)
        for c in OUTGOING_COLUMNS[:8]
    )
    width = (
        LANDSCAPE.frame_width * OUTGOING_COLUMNS[8].weight / sum(c.weight for c in OUTGOING_COLUMNS)
    )
    runs = text_runs(pdf, 1)
    number_row_y = next(r.y for r in runs if r.text == "9")
    inside = [r for r in runs if left < r.x < left + width and r.y < number_row_y - 1]
    assert inside == []


def test_cancelled_and_urgent_rows_are_marked() -> None:
    rows = [
        make_outgoing(1),
        make_outgoing(2, cancelled=True, cancel_reason="Sai trích yếu"),
        make_outgoing(3, urgency=Urgency.URGENT),
    ]
    text = squash(page_texts(render_outgoing_register(OFFICE, OUT_PERIOD, rows))[1])
    assert "ĐÃ HỦY: Sai trích yếu" in text
    assert "Khẩn" in text


def test_decomposed_text_prints_as_composed_text() -> None:
    row = make_outgoing(2)
    nfd = replace(
        row,
        subject=unicodedata.normalize("NFD", row.subject),
        signer_name=unicodedata.normalize("NFD", row.signer_name),
        recipients=unicodedata.normalize("NFD", row.recipients),
    )
    assert page_texts(render_outgoing_register(OFFICE, OUT_PERIOD, [nfd])) == page_texts(
        render_outgoing_register(OFFICE, OUT_PERIOD, [row])
    )
