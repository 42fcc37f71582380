"""A table typed in a letter's body: ``| … | … |`` rows, the first its header."""

from __future__ import annotations

from giamsat_desktop.domain.letters import body_blocks, table_line
from giamsat_desktop.domain.official_document import Items, Paragraph, Table


def test_rows_written_by_table_line_read_back_as_a_table_between_paragraphs() -> None:
    body = "\n".join(
        [
            "Giao nhiệm vụ như sau:",
            table_line(("STT", "Nội dung", "Thời hạn")),
            table_line(("1", "Tuyên truyền\nđến hội viên", "31/12/2026")),
            table_line(("2", "Báo cáo | tổng hợp", "")),
            "- Lưu ý một;",
            "Kết./.",
        ]
    )
    assert body_blocks(body) == (
        Paragraph("Giao nhiệm vụ như sau:"),
        Table(
            ("STT", "Nội dung", "Thời hạn"),
            (("1", "Tuyên truyền đến hội viên", "31/12/2026"), ("2", "Báo cáo | tổng hợp", "")),
        ),
        Items(("Lưu ý một;",)),
        Paragraph("Kết./."),
    )


def test_a_row_typed_short_or_long_keeps_the_headers_columns() -> None:
    [table] = body_blocks("| A | B | C |\n| 1 |\n|1|2|3|4|\n\n| X |")[:1]
    assert table == Table(("A", "B", "C"), (("1", "", ""), ("1", "2", "3 | 4")))
    assert body_blocks("| A | B |\n\n| X |")[1] == Table(("X",), ())
