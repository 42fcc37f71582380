"""A table typed in a letter's body gets its columns' widths from its text."""

from __future__ import annotations

from giamsat_desktop.domain.official_document import Table
from giamsat_desktop.reports.layout.document_styles import DOCUMENT_PAGE, DOCUMENT_STYLES
from giamsat_desktop.reports.layout.text_width import text_width
from giamsat_desktop.reports.letters.content import column_shares

PAGE = DOCUMENT_PAGE.text_width * 72 / 25.4
LONG = (
    "Tuyên truyền, vận động hội viên tham gia bảo hiểm y tế hộ gia đình; phối hợp rà soát "
    "danh sách hộ nghèo, hộ cận nghèo chưa có thẻ"
)


def test_dates_and_numbers_stay_on_one_line_and_the_long_text_takes_the_rest() -> None:
    table = Table(
        ("STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Số ngày quá hạn"),
        (
            ("1", LONG, "Hội Liên hiệp Phụ nữ", "25/11/2026", "10"),
            ("2", "Họp chi hội", "Hội Nông dân", "03/12/2026", "2"),
        ),
    )
    shares = column_shares(table)
    assert abs(sum(shares) - 1) < 1e-9
    widths = [share * PAGE for share in shares]
    cell = DOCUMENT_STYLES.table_cell
    assert widths[3] > text_width("25/11/2026", cell) + 2 * DOCUMENT_STYLES.table_padding
    assert widths[0] > text_width("STT", DOCUMENT_STYLES.table_header)
    assert widths[1] == max(widths)  # the content
    assert widths[4] > text_width("Số ngày quá hạn", DOCUMENT_STYLES.table_header) / 2


def test_a_table_with_its_own_widths_keeps_them() -> None:
    table = Table(("A", "B"), (("1", "2"),), widths=(1.0, 3.0))
    assert column_shares(table) == (0.25, 0.75)
