"""The registers as Excel workbooks: real files written, then read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import time
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.errors import Detail
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord
from giamsat_desktop.messages import say
from giamsat_desktop.reports.layout.workbook_cells import EXCEL_CELL_LIMIT
from giamsat_desktop.reports.registers.columns import INCOMING_HEADERS, OUTGOING_HEADERS
from giamsat_desktop.reports.registers.workbook import (
    write_incoming_register,
    write_outgoing_register,
)

TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2026"
SUBTITLE = "Năm 2026 · Tác giả: Đảng ủy xã Tân Hưng"
TODAY = dt.date(2026, 4, 15)

INCOMING = IncomingRecord(
    id=1,
    book_id=1,
    book_name="Sổ văn bản đến năm 2026",
    arrival_number=125,
    arrival_number_text="125",
    arrival_date=dt.date(2026, 3, 2),
    issuer="Đảng ủy xã Tân Hưng",
    symbol="558-CV/ĐU",
    doc_date=dt.date(2026, 2, 27),
    type_code="KH",
    subject="Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2026",
    signer="Nguyễn Văn An",
    urgency=Urgency.URGENT,
    secrecy=Secrecy.NORMAL,
    page_count=4,
    recipients="Ban Thường trực; Văn phòng",
    transfer_date=dt.date(2026, 3, 3),
    deadline=dt.date(2026, 3, 20),
    instruction="Giao đ/c Phó Chủ tịch chủ trì, báo cáo kết quả trước ngày 20/3",
    notes="Bản photo",
    handling_status=HandlingStatus.IN_PROGRESS,
    cancelled=False,
    cancel_reason="",
    version=1,
)

OUTGOING = OutgoingRecord(
    id=1,
    book_id=2,
    number=15,
    number_text="15",
    symbol="15/BC-MTTQ-BTT",
    type_code="BC",
    issue_date=dt.date(2026, 3, 31),
    subject="Báo cáo kết quả công tác Mặt trận quý I năm 2026",
    signer_name="Nguyễn Thị Thu Hà",
    signer_position="Chủ tịch",
    recipients="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh; Đảng ủy xã; Lưu VT",
    file_copy_holder="Văn phòng",
    copies=5,
    transfer_date=dt.date(2026, 4, 1),
    urgency=Urgency.NORMAL,
    secrecy=Secrecy.NORMAL,
    notes="",
    cancelled=False,
    cancel_reason="",
    version=1,
)

HEADER_ROW = 4  # title, subtitle, blank line, header
FIRST_ROW = HEADER_ROW + 1
IN_COL = {header: index for index, header in enumerate(INCOMING_HEADERS, start=1)}
OUT_COL = {header: index for index, header in enumerate(OUTGOING_HEADERS, start=1)}


def incoming(number: int = 125, **changes: object) -> IncomingRecord:
    base = replace(INCOMING, id=number, arrival_number=number, arrival_number_text=str(number))
    return replace(base, **changes)  # type: ignore[arg-type]


def many_incoming(count: int) -> Iterator[IncomingRecord]:
    issuers = ("Đảng ủy xã Tân Hưng", "UBND xã Tân Hưng", "Hội Nông dân xã Tân Hưng")
    for number in range(1, count + 1):
        yield incoming(
            number,
            arrival_date=dt.date(2026, 1, 1) + dt.timedelta(days=number % 360),
            issuer=issuers[number % len(issuers)],
            subject=f"Báo cáo kết quả giám sát chính sách bảo hiểm y tế, đợt {number}",
        )


def write_incoming(path: Path, records: list[IncomingRecord], **options: object) -> Worksheet:
    options.setdefault("title", TITLE)
    options.setdefault("subtitle", SUBTITLE)
    write_incoming_register(path, records, **options)  # type: ignore[arg-type]
    return load_workbook(path).active


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        names = [name for name in archive.namelist() if name.startswith("xl/worksheets/sheet")]
        return "".join(archive.read(name).decode("utf-8") for name in names)


def value(sheet: Worksheet, row: int, header: str, columns: dict[str, int] = IN_COL) -> object:
    return sheet.cell(row=row, column=columns[header]).value


# --- layout -------------------------------------------------------------------------------------


def test_incoming_sheet_has_title_subtitle_and_every_header(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    sheet = write_incoming(path, [INCOMING])

    assert sheet["A1"].value == TITLE
    assert sheet["A1"].font.b
    assert sheet["A1"].font.sz > 11
    assert sheet["A2"].value == SUBTITLE
    assert all(cell.value is None for cell in sheet[3])
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    assert headers == list(INCOMING_HEADERS)
    for expected in (
        "Số đến",
        "Ngày đến",
        "Tác giả",
        "Số, ký hiệu",
        "Ngày tháng",
        "Loại",
        "Tên loại và trích yếu nội dung",
        "Người ký",
        "Độ khẩn",
        "Độ mật",
        "Số trang",
        "Đơn vị hoặc người nhận",
        "Ngày chuyển",
        "Hạn xử lý",
        "Tình trạng",
        "Bút phê",
        "Ghi chú",
        "Đã hủy (lý do)",
    ):
        assert expected in headers
    header = sheet.cell(row=HEADER_ROW, column=1)
    assert header.font.b
    assert header.fill.fill_type == "solid"
    assert header.alignment.wrap_text
    assert header.border.bottom.style == "thin"
    merged = {str(cells) for cells in sheet.merged_cells.ranges}
    assert merged == {"A1:R1", "A2:R2"}


def test_outgoing_sheet_has_every_header_and_its_values(tmp_path: Path) -> None:
    path = tmp_path / "so-di.xlsx"
    cong_van = replace(
        OUTGOING,
        id=2,
        number=16,
        number_text="16",
        symbol="16/MTTQ-BTT",
        type_code="",
        subject="V/v góp ý dự thảo Nghị quyết về phát triển kinh tế - xã hội năm 2026",
        copies=None,
        transfer_date=None,
    )
    written = write_outgoing_register(
        path, [OUTGOING, cong_van], title="SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026"
    )
    sheet = load_workbook(path).active

    assert written == 2
    header_row = 3  # no subtitle: title, blank line, header
    headers = [cell.value for cell in sheet[header_row]]
    assert headers == list(OUTGOING_HEADERS)
    for expected in (
        "Số",
        "Số, ký hiệu",
        "Ngày tháng",
        "Loại",
        "Tên loại và trích yếu",
        "Người ký",
        "Chức vụ",
        "Nơi nhận",
        "Đơn vị, người nhận bản lưu",
        "Số lượng bản",
        "Ngày chuyển",
        "Độ khẩn",
        "Độ mật",
        "Ghi chú",
        "Đã hủy (lý do)",
    ):
        assert expected in headers
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:O5"

    row = [cell.value for cell in sheet[header_row + 1]]
    assert row == [
        15,
        "15/BC-MTTQ-BTT",
        dt.datetime(2026, 3, 31),
        "Báo cáo",
        "Báo cáo kết quả công tác Mặt trận quý I năm 2026",
        "Nguyễn Thị Thu Hà",
        "Chủ tịch",
        "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh; Đảng ủy xã; Lưu VT",
        "Văn phòng",
        5,
        dt.datetime(2026, 4, 1),
        "Thường",
        "Thường",
        None,
        None,
    ]
    assert value(sheet, header_row + 2, "Loại", OUT_COL) == "Công văn"
    assert value(sheet, header_row + 2, "Số lượng bản", OUT_COL) is None


def test_one_incoming_row_holds_every_field_in_its_column(tmp_path: Path) -> None:
    sheet = write_incoming(tmp_path / "so-den.xlsx", [INCOMING])

    assert [cell.value for cell in sheet[FIRST_ROW]] == [
        125,
        dt.datetime(2026, 3, 2),
        "Đảng ủy xã Tân Hưng",
        "558-CV/ĐU",
        dt.datetime(2026, 2, 27),
        "Kế hoạch",
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2026",
        "Nguyễn Văn An",
        "Khẩn",
        "Thường",
        4,
        "Ban Thường trực; Văn phòng",
        dt.datetime(2026, 3, 3),
        dt.datetime(2026, 3, 20),
        "Đang xử lý",
        "Giao đ/c Phó Chủ tịch chủ trì, báo cáo kết quả trước ngày 20/3",
        "Bản photo",
        None,
    ]


def test_header_is_frozen_and_filtered_over_every_row(tmp_path: Path) -> None:
    records = [incoming(number) for number in range(1, 4)]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records)

    assert sheet.freeze_panes == f"A{FIRST_ROW}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:R{HEADER_ROW + 3}"
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.page_setup.orientation == "landscape"


def test_every_column_has_a_width_for_its_content(tmp_path: Path) -> None:
    sheet = write_incoming(tmp_path / "so-den.xlsx", [INCOMING])

    widths = {
        header: sheet.column_dimensions[get_column_letter(index)].width
        for header, index in IN_COL.items()
    }
    assert all(width >= 7 for width in widths.values())
    assert widths["Ngày đến"] >= len("05/09/2026")
    assert widths["Tên loại và trích yếu nội dung"] > widths["Tác giả"] > widths["Số đến"]


def test_an_empty_register_still_has_its_header_and_filter(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    written = write_incoming_register(path, iter(()), title=TITLE)
    sheet = load_workbook(path).active

    assert written == 0
    assert [cell.value for cell in sheet[3]] == list(INCOMING_HEADERS)
    assert sheet.auto_filter.ref == "A3:R4"


# --- values -------------------------------------------------------------------------------------


def test_dates_are_real_dates_shown_day_month_year(tmp_path: Path) -> None:
    sheet = write_incoming(tmp_path / "so-den.xlsx", [INCOMING])

    for header in ("Ngày đến", "Ngày tháng", "Ngày chuyển", "Hạn xử lý"):
        cell = sheet.cell(row=FIRST_ROW, column=IN_COL[header])
        assert cell.is_date, header
        assert isinstance(cell.value, dt.datetime)
        assert cell.number_format == "DD/MM/YYYY"
    assert value(sheet, FIRST_ROW, "Ngày đến") == dt.datetime(2026, 3, 2)


def test_missing_dates_and_numbers_leave_the_cell_empty(tmp_path: Path) -> None:
    record = incoming(doc_date=None, transfer_date=None, deadline=None, page_count=None)
    sheet = write_incoming(tmp_path / "so-den.xlsx", [record])

    for header in ("Ngày tháng", "Ngày chuyển", "Hạn xử lý", "Số trang"):
        assert value(sheet, FIRST_ROW, header) is None, header


def test_register_numbers_are_numbers_unless_they_carry_a_suffix(tmp_path: Path) -> None:
    records = [
        incoming(124),
        incoming(125, arrival_number_text="125a"),
        incoming(7, arrival_number_text="007"),
    ]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records)

    first = sheet.cell(row=FIRST_ROW, column=IN_COL["Số đến"])
    assert first.value == 124
    assert first.data_type == "n"
    assert value(sheet, FIRST_ROW + 1, "Số đến") == "125a"
    assert value(sheet, FIRST_ROW + 2, "Số đến") == 7
    assert sheet.cell(row=FIRST_ROW, column=IN_COL["Số trang"]).data_type == "n"


def test_unknown_type_code_is_shown_as_it_was_registered(tmp_path: Path) -> None:
    records = [
        incoming(1, type_code="QyĐ"),
        incoming(2, type_code="XYZ"),
        incoming(3, type_code=""),
    ]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records)

    assert value(sheet, FIRST_ROW, "Loại") == "Quy định"
    assert value(sheet, FIRST_ROW + 1, "Loại") == "XYZ"
    assert value(sheet, FIRST_ROW + 2, "Loại") is None


# --- safety -------------------------------------------------------------------------------------

HYPERLINK = '=HYPERLINK("http://phishing.example/dang-nhap","Bấm vào đây để xem văn bản")'


def test_formula_like_subjects_are_written_as_text_never_as_formulas(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    records = [
        # No type: the cell is the subject alone ("Tên loại và trích yếu" puts a name first).
        incoming(1, type_code="", subject="=SUM(A1:A2)"),
        incoming(2, type_code="", subject=HYPERLINK),
        incoming(3, type_code="", subject="#N/A", issuer="=cmd|' /C calc'!A0", notes="@SUM(1+1)"),
    ]
    sheet = write_incoming(path, records)

    subject = sheet.cell(row=FIRST_ROW, column=IN_COL["Tên loại và trích yếu nội dung"])
    assert subject.value == "=SUM(A1:A2)"
    assert subject.data_type == "s"
    assert subject.quotePrefix
    link = sheet.cell(row=FIRST_ROW + 1, column=IN_COL["Tên loại và trích yếu nội dung"])
    assert link.value == HYPERLINK
    assert link.data_type == "s"
    error_like = sheet.cell(row=FIRST_ROW + 2, column=IN_COL["Tên loại và trích yếu nội dung"])
    assert error_like.value == "#N/A"
    assert error_like.data_type == "s"
    assert value(sheet, FIRST_ROW + 2, "Tác giả") == "=cmd|' /C calc'!A0"
    assert value(sheet, FIRST_ROW + 2, "Ghi chú") == "@SUM(1+1)"

    xml = sheet_xml(path)
    assert "<f>" not in xml
    assert "<f " not in xml
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate


def test_plus_and_minus_text_stays_text(tmp_path: Path) -> None:
    records = [
        incoming(1, signer="+84 912 345 678", notes="-5", instruction="-"),
        incoming(2, recipients="\tBan Thường trực"),
    ]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records)

    phone = sheet.cell(row=FIRST_ROW, column=IN_COL["Người ký"])
    assert phone.value == "+84 912 345 678"
    assert phone.data_type == "s"
    assert phone.quotePrefix
    minus = sheet.cell(row=FIRST_ROW, column=IN_COL["Ghi chú"])
    assert minus.value == "-5"
    assert minus.data_type == "s"
    assert value(sheet, FIRST_ROW, "Bút phê") == "-"
    assert value(sheet, FIRST_ROW + 1, "Đơn vị hoặc người nhận") == "\tBan Thường trực"
    ordinary = sheet.cell(row=FIRST_ROW, column=IN_COL["Tác giả"])
    assert not ordinary.quotePrefix


def test_a_formula_like_title_is_text_too(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    sheet = write_incoming(path, [INCOMING], title="=1+1", subtitle="-Tác giả: =A1")

    assert sheet["A1"].value == "=1+1"
    assert sheet["A1"].data_type == "s"
    assert sheet["A2"].value == "-Tác giả: =A1"
    assert "<f>" not in sheet_xml(path)


def test_characters_illegal_in_xml_are_removed(tmp_path: Path) -> None:
    records = [
        incoming(
            1,
            type_code="BC",
            subject="Báo cáo\x00 tình hình\x0b thu Quỹ\x1f Vì người nghèo",
            issuer="UBND xã\x07 Tân Hưng",
            instruction="Dòng một\r\nDòng hai\rDòng ba",
        )
    ]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records)

    assert value(sheet, FIRST_ROW, "Tên loại và trích yếu nội dung") == (
        "Báo cáo tình hình thu Quỹ Vì người nghèo"
    )
    assert value(sheet, FIRST_ROW, "Tác giả") == "UBND xã Tân Hưng"
    assert value(sheet, FIRST_ROW, "Bút phê") == "Dòng một\nDòng hai\nDòng ba"


def test_text_longer_than_a_cell_is_cut_with_an_ellipsis_and_the_row_noted(
    tmp_path: Path,
) -> None:
    long_subject = "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri. " * 1_000  # 47,000 chars
    records = [incoming(1, type_code="BC", subject=long_subject), incoming(2)]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records)

    subject = value(sheet, FIRST_ROW, "Tên loại và trích yếu nội dung")
    assert isinstance(subject, str)
    assert len(subject) == EXCEL_CELL_LIMIT
    assert subject.endswith("…")
    assert long_subject.startswith(subject[:-1])
    notes = value(sheet, FIRST_ROW, "Ghi chú")
    assert isinstance(notes, str)
    assert notes.startswith("Bản photo\n")
    assert "cắt bớt" in notes
    assert value(sheet, FIRST_ROW + 1, "Ghi chú") == "Bản photo"


def test_cell_limit_counts_characters_outside_the_basic_plane_twice(tmp_path: Path) -> None:
    emoji_notes = "👍" * 20_000  # 20,000 characters but 40,000 UTF-16 units
    sheet = write_incoming(tmp_path / "so-den.xlsx", [incoming(1, notes=emoji_notes)])

    notes = value(sheet, FIRST_ROW, "Ghi chú")
    assert isinstance(notes, str)
    assert len(notes.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT
    assert notes.startswith("👍👍")
    assert "cắt bớt" in notes


# --- status -------------------------------------------------------------------------------------


def test_open_documents_past_their_deadline_are_marked_overdue(tmp_path: Path) -> None:
    past = dt.date(2026, 4, 1)
    records = [
        incoming(1, deadline=past, handling_status=HandlingStatus.PENDING),
        incoming(2, deadline=past, handling_status=HandlingStatus.IN_PROGRESS),
        incoming(3, deadline=past, handling_status=HandlingStatus.DONE),
        incoming(4, deadline=dt.date(2026, 4, 30), handling_status=HandlingStatus.PENDING),
        incoming(5, deadline=None, handling_status=HandlingStatus.PENDING),
        incoming(6, deadline=past, cancelled=True, cancel_reason="Vào sổ trùng"),
    ]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records, today=TODAY)

    statuses = [value(sheet, FIRST_ROW + offset, "Tình trạng") for offset in range(6)]
    assert statuses == [
        "Chưa xử lý – Quá hạn",
        "Đang xử lý – Quá hạn",
        "Đã xử lý",
        "Chưa xử lý",
        "Chưa xử lý",
        "Đang xử lý",
    ]


def test_without_today_nothing_is_marked_overdue(tmp_path: Path) -> None:
    record = incoming(1, deadline=dt.date(2020, 1, 1), handling_status=HandlingStatus.PENDING)
    sheet = write_incoming(tmp_path / "so-den.xlsx", [record])

    assert value(sheet, FIRST_ROW, "Tình trạng") == "Chưa xử lý"


def test_cancelled_rows_show_the_reason(tmp_path: Path) -> None:
    records = [
        incoming(1, cancelled=True, cancel_reason="Vào sổ trùng với số đến 118"),
        incoming(2, cancelled=True, cancel_reason=""),
        incoming(3),
    ]
    sheet = write_incoming(tmp_path / "so-den.xlsx", records)

    assert value(sheet, FIRST_ROW, "Đã hủy (lý do)") == "Đã hủy: Vào sổ trùng với số đến 118"
    assert value(sheet, FIRST_ROW + 1, "Đã hủy (lý do)") == "Đã hủy"
    assert value(sheet, FIRST_ROW + 2, "Đã hủy (lý do)") is None


def test_cancelled_outgoing_rows_show_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "so-di.xlsx"
    record = replace(OUTGOING, cancelled=True, cancel_reason="Ký nhầm, thay bằng số 16")
    write_outgoing_register(path, [record], title="SỔ ĐĂNG KÝ VĂN BẢN ĐI", subtitle="Năm 2026")
    sheet = load_workbook(path).active

    assert value(sheet, FIRST_ROW, "Đã hủy (lý do)", OUT_COL) == "Đã hủy: Ký nhầm, thay bằng số 16"


# --- progress, cancel, failure ------------------------------------------------------------------


def test_progress_is_reported_every_thousand_rows_and_ends_at_one(tmp_path: Path) -> None:
    reports: list[tuple[float, Detail | None]] = []
    written = write_incoming_register(
        tmp_path / "so-den.xlsx",
        many_incoming(2_500),
        title=TITLE,
        total=2_500,
        progress=lambda fraction, message: reports.append((fraction, message)),
    )

    assert written == 2_500
    fractions = [fraction for fraction, _ in reports]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert 0.3 < fractions[1] < 0.5  # after 1,000 of 2,500 rows
    assert len(reports) == 5  # 0, 1,000, 2,000, all rows, saved
    assert say(reports[1][1]) == "Đã ghi 1.000/2.500 dòng"  # told by code, worded where shown


def test_progress_without_a_total_counts_rows(tmp_path: Path) -> None:
    reports: list[tuple[float, Detail | None]] = []
    write_incoming_register(
        tmp_path / "so-den.xlsx",
        many_incoming(1_200),
        title=TITLE,
        progress=lambda fraction, message: reports.append((fraction, message)),
    )

    assert [fraction for fraction, _ in reports[:-1]] == [0.0, 0.0, 0.0]
    assert reports[-1][0] == 1.0 and say(reports[-1][1]) == "Đã ghi 1.200 dòng"


def counting(records: Iterator[IncomingRecord]) -> tuple[Iterator[IncomingRecord], list[int]]:
    produced = [0]

    def rows() -> Iterator[IncomingRecord]:
        for record in records:
            produced[0] += 1
            yield record

    return rows(), produced


def test_cancel_midway_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    rows, produced = counting(many_incoming(5_000))

    with pytest.raises(InterruptedError):
        write_incoming_register(
            path, rows, title=TITLE, total=5_000, cancelled=lambda: produced[0] >= 1_500
        )

    assert produced[0] < 5_000
    assert list(tmp_path.iterdir()) == []


def test_cancel_midway_keeps_the_previous_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    write_incoming_register(path, [INCOMING], title="Bản xuất hôm qua")
    before = path.read_bytes()
    rows, produced = counting(many_incoming(5_000))

    with pytest.raises(InterruptedError):
        write_incoming_register(path, rows, title=TITLE, cancelled=lambda: produced[0] >= 1_500)

    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]
    assert load_workbook(path).active["A1"].value == "Bản xuất hôm qua"


def test_cancel_after_the_last_row_still_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    rows, produced = counting(many_incoming(300))

    with pytest.raises(InterruptedError):
        write_incoming_register(path, rows, title=TITLE, cancelled=lambda: produced[0] >= 300)

    assert list(tmp_path.iterdir()) == []


def test_a_failing_source_keeps_the_previous_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    write_incoming_register(path, [INCOMING], title="Bản xuất hôm qua")
    before = path.read_bytes()

    def broken() -> Iterator[IncomingRecord]:
        yield from many_incoming(10)
        raise ConnectionError("máy chủ cơ sở dữ liệu ngắt kết nối")

    with pytest.raises(ConnectionError):
        write_incoming_register(path, broken(), title=TITLE)

    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


def test_an_existing_file_is_replaced_once_the_new_one_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    write_incoming_register(path, [INCOMING], title="Bản cũ")
    write_incoming_register(path, many_incoming(3), title=TITLE)

    sheet = load_workbook(path).active
    assert sheet["A1"].value == TITLE
    assert list(tmp_path.iterdir()) == [path]


def test_twenty_thousand_rows_are_written_in_reasonable_time(tmp_path: Path) -> None:
    path = tmp_path / "so-den.xlsx"
    reports: list[float] = []
    started = time.perf_counter()
    written = write_incoming_register(
        path,
        many_incoming(20_000),
        title=TITLE,
        subtitle=SUBTITLE,
        total=20_000,
        progress=lambda fraction, _message: reports.append(fraction),
        today=TODAY,
    )
    elapsed = time.perf_counter() - started

    assert written == 20_000
    # A few seconds on an office PC; the bound only catches a pathological (e.g. quadratic)
    # slowdown, not a busy test machine.
    assert elapsed < 120
    assert len(reports) == 22
    xml = sheet_xml(path)  # counted in the XML: reading 20,000 rows back would double the test
    assert xml.count("<row ") == HEADER_ROW + 20_000
    assert f'<row r="{HEADER_ROW + 20_000}"' in xml
    assert "<f>" not in xml
    book = load_workbook(path, read_only=True)
    try:
        first = next(book.active.iter_rows(min_row=FIRST_ROW, values_only=True))
    finally:
        book.close()
    assert first[:2] == (1, dt.datetime(2026, 1, 2))
