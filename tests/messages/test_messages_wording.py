"""Every code is worded, and a sentence takes its words from the translation it is given."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.domain.errors import DetailCode, ErrorCode, detail
from giamsat_desktop.messages import DETAILS, MESSAGES, describe, template_of, word

ENGLISH = {
    ("Errors", DETAILS["row_cell_too_long"]): "Cell {column} is {length:n} characters long",
    ("Errors", DETAILS["excel_damaged"]): "file “{file}” is damaged: {detail}",
    ("Errors", DETAILS["excel_part_cut"]): "part {part} is cut short",
    ("Errors", DETAILS["row_doc_date_after_arrival"]): "Date {doc_date} after {arrival}",
    ("Errors", MESSAGES["field_invalid"]): "{field} is not valid: {reason}",
    ("Columns", "Đơn vị hoặc người nhận"): "Recipients",
    ("Fields", "tệp"): "file",
}


def _english(context: str, source: str) -> str:
    return ENGLISH.get((context, source), source)


def test_every_error_and_detail_code_has_a_sentence_and_no_code_is_both() -> None:
    assert [code for code in ErrorCode if template_of(code) is None] == []
    assert [code for code in DetailCode if template_of(code) is None] == []
    assert {code.value for code in ErrorCode} & {code.value for code in DetailCode} == set()


def test_a_row_problem_reads_in_vietnamese_as_before_and_in_the_language_given() -> None:
    values = {"column": "nguoi_nhan", "length": 12345, "limit": 500}
    assert describe(DetailCode.ROW_CELL_TOO_LONG, values) == (
        "Ô đơn vị hoặc người nhận dài 12.345 ký tự, quá giới hạn 500 ký tự"
    )
    english = word(DetailCode.ROW_CELL_TOO_LONG, values, _english, "{:,}".format)
    assert english == "Cell recipients is 12,345 characters long"


def test_a_refusal_nested_in_a_refusal_is_worded_in_the_same_language() -> None:
    why = detail(
        DetailCode.EXCEL_DAMAGED,
        file="so.xlsx",
        detail=detail(DetailCode.EXCEL_PART_CUT, part="xl/workbook.xml"),
    )
    values = {"field": "file", "reason": why}
    assert describe(ErrorCode.FIELD_INVALID, values) == (
        "Tệp không hợp lệ: tệp “so.xlsx” bị hỏng, không đọc được: phần xl/workbook.xml bị cắt cụt"
    )
    assert word(ErrorCode.FIELD_INVALID, values, _english) == (
        "File is not valid: file “so.xlsx” is damaged: part xl/workbook.xml is cut short"
    )


def test_dates_read_day_month_year() -> None:
    values = {"doc_date": dt.date(2022, 3, 5), "arrival": dt.date(2022, 3, 1)}
    assert word(DetailCode.ROW_DOC_DATE_AFTER_ARRIVAL, values, _english) == (
        "Date 05/03/2022 after 01/03/2022"
    )
