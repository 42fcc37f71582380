"""Importing the export of a provincial e-office system, and the type a column names.

The workbooks are built here in the layout those systems export (see ``eoffice_register``);
the rows go into the register on both engines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.registers import IncomingFilter, IncomingRecord, type_and_subject
from giamsat_desktop.messages import say
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.excel.cells import cell_text
from giamsat_desktop.services.excel.fields import CELL_LIMIT, ImportField, ParsedSheet
from giamsat_desktop.services.excel.headers import detect_layout, note_columns
from giamsat_desktop.services.excel.reading import parse_rows
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.registers.excel_import import import_incoming
from tests.eoffice_register import (
    HEADER,
    HEADER_ROW,
    OTHER_COLUMNS,
    ROWS,
    SHEET,
    write_eoffice_register,
)

F = ImportField
DATE_COLUMNS = ("Ngày đến", "Ngày văn bản", "Hạn xử lý")
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)


def read(path: Path, **layout_changes: Any) -> ParsedSheet:
    layout = detect_layout(path, SHEET)
    if layout_changes:
        layout = dataclasses.replace(layout, **layout_changes)
    return parse_rows(path, SHEET, layout)


def eoffice_row(number: int, by_header: dict[str, Any] | None = None) -> list[Any]:
    """A line of the export: the first line's cells with ``number``, changed ``by_header``."""
    row = list(ROWS[0])
    row[0], row[1] = number, str(number)
    for header, value in (by_header or {}).items():
        row[HEADER.index(header)] = value
    return row


def stored(context: ServiceContext) -> list[IncomingRecord]:
    keys = register_queries.incoming_keys(context.factory, CLERK, IncomingFilter())
    records = register_queries.incoming_rows(context.factory, keys)
    return sorted(records, key=lambda record: record.arrival_number)


def import_all(context: ServiceContext, parsed: ParsedSheet) -> None:
    assert parsed.problems == []
    import_incoming(context.factory, CLERK, parsed.rows, parsed.problems, source="so-den.xlsx")


# --- the e-office layout ---------------------------------------------------------------------


def test_the_exports_header_is_found_under_its_merged_title_and_each_column_proposed(
    tmp_path: Path,
) -> None:
    layout = detect_layout(write_eoffice_register(tmp_path / "so-den.xlsx"), SHEET)
    assert layout.header_row == HEADER_ROW
    column = HEADER.index
    assert layout.columns == {
        F.ARRIVAL_NUMBER: column("Số đến"),
        F.ARRIVAL_DATE: column("Ngày đến"),
        F.SYMBOL: column("Số ký hiệu"),
        F.DOC_DATE: column("Ngày văn bản"),
        F.ISSUER: column("Cơ quan ban hành"),
        F.DOC_TYPE: column("Loại văn bản"),
        F.SUBJECT: column("Trích yếu"),
        F.URGENCY: column("Độ khẩn"),
        F.SECRECY: column("Độ mật"),
        F.SIGNER: column("Người ký"),
        F.DEADLINE: column("Hạn xử lý"),
        F.RECIPIENTS: column("Người nhận"),
        F.NOTES: column("Ghi chú"),
    }
    # STT numbers the file's lines: it is neither a field nor kept in the notes.
    assert note_columns(layout) == [(column(name), name) for name in OTHER_COLUMNS]


def test_every_column_of_the_export_ends_up_in_a_field_or_the_notes(
    context: ServiceContext, tmp_path: Path
) -> None:
    parsed = read(write_eoffice_register(tmp_path / "so-den.xlsx"))
    assert [row.row_number for row in parsed.rows] == [5, 6, 7, 8]
    import_all(context, parsed)

    first, second, third, fourth = stored(context)
    assert first.arrival_number_text == "1"
    assert first.arrival_date == dt.date(2026, 1, 5)
    assert first.symbol == "01/KH-UBND"
    assert first.doc_date == dt.date(2026, 1, 2)
    assert first.issuer == "UBND tỉnh Tây Ninh"
    assert first.type_code == "KH"
    assert first.subject == "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026"
    assert (first.urgency, first.secrecy) == (Urgency.NORMAL, Secrecy.NORMAL)
    assert first.signer == "Nguyễn Văn Hòa"
    assert first.deadline == dt.date(2026, 1, 20)
    assert first.recipients == "Trần Thị Mai; Lê Văn Tâm; Phạm Thị Lan"
    assert first.notes == (
        "Lĩnh vực: Văn hóa - Xã hội; Xử lý chính: Trần Thị Mai; Phối hợp: Lê Văn Tâm;Phạm Thị Lan"
    )
    assert second.type_code == "CV"
    assert second.urgency is Urgency.URGENT
    assert second.notes == (
        "Bản điện tử; Lĩnh vực: Giảm nghèo; Xử lý chính: Lê Văn Tâm"
    )  # the file's own note first; a blank Phối hợp adds nothing
    assert (third.type_code, third.urgency, third.deadline) == ("GM", Urgency.FLASH, None)
    assert third.arrival_date == dt.date(2026, 1, 8)
    assert third.doc_date == dt.date(2026, 1, 7)
    assert type_and_subject(third.type_code, third.subject) == (
        "Giấy mời Dự Hội nghị tổng kết công tác Mặt trận năm 2025"
    )
    assert (fourth.type_code, fourth.urgency) == ("BC", Urgency.VERY_URGENT)
    assert fourth.secrecy is Secrecy.CONFIDENTIAL  # into the secret book
    assert "mật" in fourth.book_name

    # Whatever the column, each cell's text is in the record: nothing was dropped (the
    # register's Ngày đến is a day: the arrival's hour and minute are not kept).
    for written, record in zip(ROWS, stored(context), strict=True):
        kept = " ".join(
            str(value) for value in vars_of(record).values() if not isinstance(value, bool)
        )
        for header, value in zip(HEADER, written, strict=True):
            if header == "STT" or value in (None, ""):
                continue
            text = cell_text(value)
            if header in DATE_COLUMNS:
                text = text[:10]
            assert all(part.strip() in kept for part in text.split(";")), (header, text)


def vars_of(record: IncomingRecord) -> dict[str, Any]:
    """The record's fields as a clerk reads them: dates dd/mm/yyyy, labels, the type's name."""
    shown: dict[str, Any] = {}
    for name in record.__dataclass_fields__:
        value = getattr(record, name)
        if isinstance(value, dt.date):
            value = value.strftime("%d/%m/%Y")
        elif isinstance(value, Urgency | Secrecy):
            value = value.label
        shown[name] = value
    kind = by_code(record.type_code)
    shown["type_name"] = kind.name if kind is not None else ""
    return shown


def test_the_clerk_may_leave_the_other_columns_out(tmp_path: Path) -> None:
    parsed = read(write_eoffice_register(tmp_path / "so-den.xlsx"), keep_other_columns=False)
    assert [row.draft.notes for row in parsed.rows] == [
        "",
        "Bản điện tử",
        "Họp lúc 8 giờ ngày 10/01/2026",
        "",
    ]


# --- the type a column names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("named", "symbol", "subject", "type_code"),
    [
        ("Công văn", "", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "CV"),
        ("Công văn", "15/KH-UBND", "Kế hoạch tổ chức Ngày hội Đại đoàn kết", "CV"),
        ("Kế hoạch", "", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "KH"),
        ("KẾ HOẠCH", "", "V/v tổ chức Ngày hội Đại đoàn kết", "KH"),
        ("Tờ trình", "", "Đề nghị khen thưởng", "TTr"),
        ("cv", "", "Kế hoạch tổ chức Ngày hội", "CV"),
        ("Chỉ thị", "", "Về tăng cường công tác dân vận", "CT"),
        ("", "", "Kế hoạch tổ chức Ngày hội", "KH"),  # no type named: the subject's guess
    ],
)
def test_a_type_column_decides_the_type_over_the_symbol_and_the_subject(
    tmp_path: Path, named: str, symbol: str, subject: str, type_code: str
) -> None:
    row = eoffice_row(
        1, by_header={"Loại văn bản": named, "Số ký hiệu": symbol, "Trích yếu": subject}
    )
    (parsed_row,) = read(write_eoffice_register(tmp_path / "so-den.xlsx", [row])).rows
    assert parsed_row.draft.type_code == type_code
    assert parsed_row.draft.subject == subject
    assert tuple(map(say, parsed_row.warnings)) == ()
    assert "Loại văn bản" not in parsed_row.draft.notes


def test_a_subject_opening_with_another_types_name_is_stored_as_the_named_type(
    context: ServiceContext, tmp_path: Path
) -> None:
    subject = "Kế hoạch hóa gia đình: đề nghị phối hợp tuyên truyền tháng hành động"
    row = eoffice_row(1, by_header={"Loại văn bản": "Công văn", "Trích yếu": subject})
    row[HEADER.index("Số ký hiệu")] = "120/UBND-VX"
    import_all(context, read(write_eoffice_register(tmp_path / "so-den.xlsx", [row])))
    (record,) = stored(context)
    assert record.type_code == "CV"
    assert type_and_subject(record.type_code, record.subject) == subject


def test_an_unknown_type_keeps_the_guess_says_so_and_keeps_the_name_in_the_notes(
    context: ServiceContext, tmp_path: Path
) -> None:
    rows = [
        eoffice_row(
            1,
            by_header={
                "Loại văn bản": "Thư mời",
                "Số ký hiệu": "09/UBND-VP",
                "Trích yếu": "Kế hoạch tổ chức Hội nghị điển hình tiên tiến",
                "Ghi chú": "",
            },
        ),
        eoffice_row(
            2,
            by_header={
                "Loại văn bản": "Văn bản khác",
                "Số ký hiệu": "",
                "Trích yếu": "Góp ý dự thảo Quy chế làm việc",
                "Ghi chú": "Bản scan",
            },
        ),
    ]
    parsed = read(write_eoffice_register(tmp_path / "so-den.xlsx", rows))
    assert parsed.problems == []
    guessed, blank = parsed.rows
    assert tuple(map(say, guessed.warnings)) == (
        "Loại văn bản “Thư mời” không có trong danh mục: giữ loại “Kế hoạch” theo số, ký "
        "hiệu hoặc trích yếu, ghi loại như trong tệp vào ghi chú",
    )
    assert tuple(map(say, blank.warnings)) == (
        "Loại văn bản “Văn bản khác” không có trong danh mục: để trống loại, ghi loại như "
        "trong tệp vào ghi chú",
    )
    import_all(context, parsed)
    first, second = stored(context)
    assert first.type_code == "KH"
    assert first.notes.startswith("Loại văn bản: Thư mời; Lĩnh vực: Văn hóa - Xã hội; ")
    assert second.type_code == ""
    assert second.notes.startswith("Bản scan; Loại văn bản: Văn bản khác; Lĩnh vực: ")


# --- what a clerk is told --------------------------------------------------------------------


def test_an_unknown_secrecy_is_a_problem_naming_the_row_and_the_cell(tmp_path: Path) -> None:
    rows = [
        eoffice_row(1, by_header={"Độ mật": "Nội bộ"}),
        eoffice_row(2, by_header={"Độ mật": "TỐI MẬT", "Độ khẩn": "Bình thường"}),
    ]
    parsed = read(write_eoffice_register(tmp_path / "so-den.xlsx", rows))
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (
            HEADER_ROW + 1,
            F.SECRECY,
            "Độ mật “Nội bộ” không hợp lệ (Thường, Mật, Tối mật hoặc Tuyệt mật)",
        )
    ]
    (secret,) = parsed.rows
    assert (secret.draft.secrecy, secret.draft.urgency) == (Secrecy.SECRET, Urgency.NORMAL)


def test_recipients_longer_than_the_register_holds_are_a_problem_of_their_row(
    tmp_path: Path,
) -> None:
    many = ";".join(f"Cán bộ số {n} Ủy ban MTTQ xã Tân Hưng" for n in range(20))
    rows = [eoffice_row(1, by_header={"Người nhận": many}), eoffice_row(2)]
    parsed = read(write_eoffice_register(tmp_path / "so-den.xlsx", rows))
    assert [(p.row_number, p.field) for p in parsed.problems] == [(HEADER_ROW + 1, F.RECIPIENTS)]
    assert say(parsed.problems[0]).startswith("Ô đơn vị hoặc người nhận dài ")
    assert say(parsed.problems[0]).endswith("ký tự, quá giới hạn 500 ký tự")
    assert [row.row_number for row in parsed.rows] == [HEADER_ROW + 2]


def test_notes_that_the_other_columns_make_too_long_are_a_problem_naming_them(
    tmp_path: Path,
) -> None:
    rows = [eoffice_row(1, by_header={"Ghi chú": "x" * (CELL_LIMIT - 10)})]
    parsed = read(write_eoffice_register(tmp_path / "so-den.xlsx", rows))
    assert parsed.rows == []
    (problem,) = parsed.problems
    assert problem.field is F.NOTES
    assert say(problem).startswith(
        "Ghi chú cùng các cột ghi vào ghi chú (Lĩnh vực, Xử lý chính, Phối hợp) dài "
    )
    assert say(problem).endswith("quá giới hạn 10.000 ký tự")


def test_a_kept_cell_too_long_is_a_problem_naming_its_column(tmp_path: Path) -> None:
    rows = [eoffice_row(1, by_header={"Phối hợp": "y" * (CELL_LIMIT + 1)})]
    parsed = read(write_eoffice_register(tmp_path / "so-den.xlsx", rows))
    assert [(p.field, say(p)) for p in parsed.problems] == [
        (F.NOTES, "Ô “Phối hợp” dài 10.001 ký tự, quá giới hạn 10.000 ký tự")
    ]


def test_a_register_without_other_columns_reads_as_before(tmp_path: Path) -> None:
    """The decree's register form: every column is a field (Ký nhận blank), notes unchanged."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(["Số đến", "Ngày đến", "Tác giả", "Trích yếu", "Ký nhận", "Ghi chú"])
    sheet.append([1, "05/01/2026", "Huyện ủy", "Kế hoạch giám sát", None, "Bản chính"])
    path = tmp_path / "so-den.xlsx"
    book.save(path)
    (parsed_row,) = read(path).rows
    assert parsed_row.draft.notes == "Bản chính"
