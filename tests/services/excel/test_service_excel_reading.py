"""Reading an incoming-documents register kept in Excel; every workbook is built here."""

from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.errors import Detail, ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.messages import say
from giamsat_desktop.services.excel.fields import (
    REQUIRED_FIELDS,
    ImportField,
    ParsedSheet,
    SheetInfo,
    SheetLayout,
)
from giamsat_desktop.services.excel.headers import detect_layout, match_header
from giamsat_desktop.services.excel.reading import parse_rows
from giamsat_desktop.services.excel.workbooks import list_sheets

F = ImportField
FIXTURES = Path(__file__).parents[2] / "fixtures"
SHEET = "Sổ đến"
# Nghị định 30/2020, Phụ lục IV: the columns of the Sổ đăng ký văn bản đến, in its order.
HEADER = [
    "Ngày đến",
    "Số đến",
    "Tác giả",
    "Số, ký hiệu",
    "Ngày tháng",
    "Tên loại và trích yếu nội dung",
    "Đơn vị hoặc người nhận",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
]
TITLE = [["ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG"], ["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"], ["NĂM 2022"], []]


def write_book(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    sheet: str = SHEET,
    merge_titles: int = 0,
    text_cells: Sequence[str] = (),
) -> Path:
    """Write rows into a new workbook.

    ``text_cells`` are stored as text even when they start with "=", as Excel stores text typed
    with a leading apostrophe.
    """
    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    for number in range(1, merge_titles + 1):
        worksheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=10)
    for coordinate in text_cells:
        worksheet[coordinate].data_type = "s"
    book.save(path)
    return path


def register(
    tmp_path: Path, data: Sequence[Sequence[Any]], *, header: Sequence[str] = HEADER, **kwargs: Any
) -> Path:
    """A register with the usual title rows and header, then ``data`` from row 6."""
    return write_book(tmp_path / "so_den.xlsx", [*TITLE, header, *data], merge_titles=3, **kwargs)


def read(path: Path, sheet: str = SHEET, **kwargs: Any) -> ParsedSheet:
    return parse_rows(path, sheet, detect_layout(path, sheet), **kwargs)


def row(
    arrival: Any = dt.datetime(2022, 9, 5),
    number: Any = 1,
    issuer: Any = "UBND xã Tân Hưng",
    symbol: Any = "15/BC-UBND",
    doc_date: Any = dt.datetime(2022, 9, 1),
    subject: Any = "Báo cáo tình hình an ninh trật tự",
    recipients: Any = "Chủ tịch",
    transfer: Any = None,
    signed: Any = None,
    notes: Any = None,
) -> list[Any]:
    return [arrival, number, issuer, symbol, doc_date, subject, recipients, transfer, signed, notes]


# --- fields and headers ----------------------------------------------------------------------


def test_import_fields_values_and_labels() -> None:
    assert {field.value for field in ImportField} == {
        "so_den",
        "ngay_den",
        "tac_gia",
        "so_ky_hieu",
        "ngay_thang",
        "trich_yeu",
        "nguoi_nhan",
        "ngay_chuyen",
        "ghi_chu",
        "nguoi_ky",
        "han_xu_ly",
        "do_khan",
        "so_trang",
        "loai_van_ban",
        "do_mat",
    }
    assert F.SUBJECT.label == "Tên loại và trích yếu nội dung"
    assert F.RECIPIENTS.label == "Đơn vị hoặc người nhận"
    assert all(field.label for field in ImportField)
    assert {F.ARRIVAL_NUMBER, F.ARRIVAL_DATE, F.ISSUER, F.SUBJECT} == REQUIRED_FIELDS
    assert F.ISSUER.required and not F.NOTES.required


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Số đến", F.ARRIVAL_NUMBER),
        ("Số\nđến", F.ARRIVAL_NUMBER),
        ("SỐ ĐẾN", F.ARRIVAL_NUMBER),
        ("  số   đến ", F.ARRIVAL_NUMBER),
        (unicodedata.normalize("NFD", "Số đến"), F.ARRIVAL_NUMBER),
        ("Số đến (1)", F.ARRIVAL_NUMBER),
        ("Ngày đến", F.ARRIVAL_DATE),
        ("Ngày\r\nđến", F.ARRIVAL_DATE),
        ("Tác giả", F.ISSUER),
        ("Nơi gửi", F.ISSUER),
        ("Cơ quan ban hành", F.ISSUER),
        ("Số, ký hiệu", F.SYMBOL),
        ("Số ký hiệu", F.SYMBOL),
        ("Số/Ký hiệu", F.SYMBOL),
        ("Số, ký hiệu văn bản", F.SYMBOL),
        ("Ngày tháng", F.DOC_DATE),
        ("Ngày tháng văn bản", F.DOC_DATE),
        ("Tên loại và trích yếu nội dung", F.SUBJECT),
        ("Trích yếu", F.SUBJECT),
        ("Trích yếu nội dung", F.SUBJECT),
        ("Đơn vị hoặc người nhận", F.RECIPIENTS),
        ("Người nhận", F.RECIPIENTS),
        ("Ngày chuyển", F.TRANSFER_DATE),
        ("Ghi chú", F.NOTES),
        ("Người ký", F.SIGNER),
        ("Hạn xử lý", F.DEADLINE),
        ("Độ khẩn", F.URGENCY),
        ("Số trang", F.PAGE_COUNT),
        # Headers typed in TCVN3 and VNI.
        ("T¸c gi¶", F.ISSUER),
        ("Sè ®Õn", F.ARRIVAL_NUMBER),
        ("Ghi chó", F.NOTES),
        ("Taùc giaû", F.ISSUER),
    ],
)
def test_match_header(header: str, field: ImportField) -> None:
    assert match_header(header) is field


@pytest.mark.parametrize("header", ["Ký nhận", "STT", "", "  ", "Số", "Ngày"])
def test_match_header_leaves_other_columns_alone(header: str) -> None:
    assert match_header(header) is None


# --- detecting the layout --------------------------------------------------------------------


def test_clean_register_layout(tmp_path: Path) -> None:
    path = register(tmp_path, [row()])
    layout = detect_layout(path, SHEET)
    assert layout.header_row == 5
    assert layout.columns == {
        F.ARRIVAL_DATE: 0,
        F.ARRIVAL_NUMBER: 1,
        F.ISSUER: 2,
        F.SYMBOL: 3,
        F.DOC_DATE: 4,
        F.SUBJECT: 5,
        F.RECIPIENTS: 6,
        F.TRANSFER_DATE: 7,
        F.NOTES: 9,
    }
    assert layout.headers == HEADER


def test_shuffled_header_under_merged_titles_and_blank_rows(tmp_path: Path) -> None:
    header = ["Ghi chú", "Trích yếu", "Nơi gửi", "Số\nđến", None, "Ngày đến", "Số/Ký hiệu"]
    rows = [
        ["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"],
        ["NĂM 2022"],
        [],
        [],
        header,
        [],
        ["", "Kế hoạch giám sát", "Huyện ủy", 7, None, "06/09/2022", "12-KH/HU"],
    ]
    path = write_book(tmp_path / "xao_tron.xlsx", rows, merge_titles=2)
    layout = detect_layout(path, SHEET)
    assert layout.header_row == 5
    assert layout.columns == {
        F.NOTES: 0,
        F.SUBJECT: 1,
        F.ISSUER: 2,
        F.ARRIVAL_NUMBER: 3,
        F.ARRIVAL_DATE: 5,
        F.SYMBOL: 6,
    }
    parsed = parse_rows(path, SHEET, layout)
    assert parsed.problems == []
    assert parsed.skipped_blank == 1
    (only,) = parsed.rows
    assert (only.row_number, only.arrival_number_text) == (7, "7")
    assert only.draft.arrival_date == dt.date(2022, 9, 6)
    assert only.draft.type_code == "KH"
    assert only.draft.symbol == "12-KH/HU"


def test_a_register_that_starts_in_column_c_keeps_excels_rows_and_columns(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet["C3"] = "Số đến"
    sheet["D3"] = "Ngày đến"
    sheet["E3"] = "Tác giả"
    sheet["F3"] = "Trích yếu"
    sheet.append([None, None, 12, "06/09/2022", "Huyện ủy", "Kế hoạch giám sát"])
    sheet.append([None, None, 13, "31/02/2022", "Huyện ủy", "Báo cáo"])
    path = tmp_path / "lech-cot.xlsx"
    book.save(path)

    layout = detect_layout(path, SHEET)
    parsed = parse_rows(path, SHEET, layout)

    assert (layout.header_row, layout.columns[F.ARRIVAL_NUMBER], layout.columns[F.SUBJECT]) == (
        3,
        2,
        5,
    )
    assert [(r.row_number, r.arrival_number_text) for r in parsed.rows] == [(4, "12")]
    assert [p.row_number for p in parsed.problems] == [5]


def test_exact_header_beats_one_that_only_starts_like_it(tmp_path: Path) -> None:
    header = ["Số đến", "Ngày đến", "Tác giả", "Nội dung chỉ đạo", "Trích yếu"]
    rows = [header, [1, "05/09/2022", "Huyện ủy", "Giao MTTQ chủ trì", "Kế hoạch giám sát"]]
    path = write_book(tmp_path / "noi_dung.xlsx", rows)
    layout = detect_layout(path, SHEET)
    assert layout.columns[F.SUBJECT] == 4
    assert read(path).rows[0].draft.subject == "Kế hoạch giám sát"


def test_header_on_two_rows_under_a_group_title(tmp_path: Path) -> None:
    rows = [
        ["Ngày đến", "Số đến", "Tác giả", "Văn bản", None, "Trích yếu"],
        [None, None, None, "Số, ký hiệu", "Ngày tháng", None],
        [dt.datetime(2022, 9, 5), 1, "Huyện ủy", "45-CV/HU", dt.datetime(2022, 9, 1), "Góp ý"],
    ]
    path = write_book(tmp_path / "hai_dong.xlsx", rows)
    layout = detect_layout(path, SHEET)
    assert layout.header_row == 2
    assert layout.columns[F.SYMBOL] == 3
    assert layout.columns[F.DOC_DATE] == 4
    assert layout.columns[F.SUBJECT] == 5
    assert read(path).rows[0].draft.symbol == "45-CV/HU"


def test_missing_required_headers_name_them(tmp_path: Path) -> None:
    path = write_book(tmp_path / "thieu.xlsx", [["Ngày đến", "Số đến", "Ghi chú"], [1, 2, 3]])
    with pytest.raises(ValidationError) as caught:
        detect_layout(path, SHEET)
    assert caught.value.code is ErrorCode.FIELD_INVALID
    assert caught.value.values["field"] == "header"
    assert "Tác giả" in say(caught.value.values["reason"])
    assert "Tên loại và trích yếu nội dung" in say(caught.value.values["reason"])


def test_header_beyond_the_first_rows_is_not_found(tmp_path: Path) -> None:
    path = write_book(tmp_path / "xa.xlsx", [*([["tiêu đề"]] * 31), HEADER, row()])
    with pytest.raises(ValidationError) as caught:
        detect_layout(path, SHEET)
    assert caught.value.values["field"] == "header"


def test_unknown_sheet(tmp_path: Path) -> None:
    path = register(tmp_path, [row()])
    with pytest.raises(ValidationError) as caught:
        detect_layout(path, "Sheet9")
    assert caught.value.values["field"] == "sheet"


# --- reading rows ----------------------------------------------------------------------------


def test_clean_register(tmp_path: Path) -> None:
    path = register(
        tmp_path,
        [
            row(notes="Bản chính"),
            row(
                arrival=dt.datetime(2022, 9, 6),
                number=2,
                issuer="Huyện ủy Tân Biên",
                symbol="558-CV/HU",
                subject="Về việc góp ý dự thảo",
                transfer=dt.datetime(2022, 9, 7),
            ),
        ],
    )
    parsed = read(path)
    assert parsed.problems == []
    assert parsed.skipped_blank == 0
    first, second = parsed.rows
    assert first.row_number == 6
    assert first.arrival_number_text == "1"
    assert tuple(map(say, first.warnings)) == ()
    draft = first.draft
    assert draft.arrival_date == dt.date(2022, 9, 5)
    assert draft.issuer == "UBND xã Tân Hưng"
    assert draft.symbol == "15/BC-UBND"
    assert draft.doc_date == dt.date(2022, 9, 1)
    assert draft.type_code == "BC"
    assert draft.subject == "Báo cáo tình hình an ninh trật tự"
    assert draft.recipients == "Chủ tịch"
    assert draft.notes == "Bản chính"
    assert draft.transfer_date is None
    assert draft.urgency is Urgency.NORMAL
    assert draft.arrival_number_text == "1"
    assert (second.row_number, second.draft.type_code) == (7, "CV")
    assert second.draft.transfer_date == dt.date(2022, 9, 7)


def test_numbered_row_under_the_header_is_skipped(tmp_path: Path) -> None:
    numbering = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    path = register(tmp_path, [numbering, row()])
    parsed = read(path)
    assert parsed.problems == []
    assert parsed.skipped_blank == 0
    assert [parsed_row.row_number for parsed_row in parsed.rows] == [7]


def test_numbered_row_written_as_text_is_skipped(tmp_path: Path) -> None:
    numbering = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]
    path = register(tmp_path, [[], numbering, row()])
    parsed = read(path)
    assert parsed.problems == []
    assert parsed.skipped_blank == 1
    assert len(parsed.rows) == 1


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (dt.datetime(2022, 9, 5), dt.date(2022, 9, 5)),
        (dt.date(2022, 9, 5), dt.date(2022, 9, 5)),
        ("05/9/2022", dt.date(2022, 9, 5)),
        ("5-9-2022", dt.date(2022, 9, 5)),
        ("05.09.2022", dt.date(2022, 9, 5)),
        ("5/9/22", dt.date(2022, 9, 5)),
        (" 05/09/2022 ", dt.date(2022, 9, 5)),
        ("05/09/2022 08:30", dt.date(2022, 9, 5)),
        ("2022-09-05", dt.date(2022, 9, 5)),
        ("ngày 05 tháng 9 năm 2022", dt.date(2022, 9, 5)),
        (44809, dt.date(2022, 9, 5)),
        (44809.0, dt.date(2022, 9, 5)),
    ],
)
def test_every_date_form(tmp_path: Path, written: Any, expected: dt.date) -> None:
    path = register(tmp_path, [row(arrival=written, doc_date=None)])
    parsed = read(path)
    assert parsed.problems == []
    assert parsed.rows[0].draft.arrival_date == expected


def test_serial_number_read_as_a_date_is_said(tmp_path: Path) -> None:
    path = register(tmp_path, [row(arrival=44809, doc_date=None)])
    (parsed_row,) = read(path).rows
    assert tuple(map(say, parsed_row.warnings)) == ("Ngày đến: số 44809 đọc là ngày 05/09/2022",)


def test_day_and_month_take_the_default_year(tmp_path: Path) -> None:
    path = register(tmp_path, [row(arrival="05/9", doc_date="01/9")])
    parsed = read(path, default_year=2022)
    assert parsed.problems == []
    assert parsed.rows[0].draft.arrival_date == dt.date(2022, 9, 5)
    assert parsed.rows[0].draft.doc_date == dt.date(2022, 9, 1)
    without = read(path)
    assert [say(problem) for problem in without.problems] == [
        "Ngày đến “05/9” thiếu năm",
        "Ngày tháng văn bản “01/9” thiếu năm",
    ]


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("31/02/2022", "Ngày đến “31/02/2022” không có thật"),
        ("29/02/2023", "Ngày đến “29/02/2023” không có thật"),
        ("05/13/2022", "Ngày đến “05/13/2022” không có thật"),
        ("hôm qua", "Ngày đến “hôm qua” không đọc được (cần dạng ngày/tháng/năm)"),
        (125, "Ngày đến “125” không phải ngày"),
        (-3, "Ngày đến “-3” không phải ngày"),
        (dt.time(8, 30), "Ngày đến “08:30” không đọc được (cần dạng ngày/tháng/năm)"),
    ],
)
def test_impossible_or_unreadable_dates_are_problems(
    tmp_path: Path, written: Any, reason: str
) -> None:
    path = register(tmp_path, [row(arrival=written, doc_date=None)])
    parsed = read(path)
    assert parsed.rows == []
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (6, F.ARRIVAL_DATE, reason)
    ]


def test_nfd_text_and_stray_spaces_are_cleaned(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Đảng ủy  xã\u00a0Tân Hưng ")
    subject = unicodedata.normalize("NFD", "  Kế hoạch\r\ngiám sát năm 2022 \t")
    path = register(tmp_path, [row(issuer=nfd, subject=subject, recipients=" Chủ\ntịch ")])
    (parsed_row,) = read(path).rows
    assert parsed_row.draft.issuer == "Đảng ủy xã Tân Hưng"
    assert parsed_row.draft.subject == "Kế hoạch\ngiám sát năm 2022"
    assert parsed_row.draft.recipients == "Chủ tịch"
    assert tuple(map(say, parsed_row.warnings)) == ()


def test_tcvn3_and_vni_columns_are_converted_and_said(tmp_path: Path) -> None:
    path = register(
        tmp_path,
        [
            row(issuer="§¶ng ñy x· T©n H\u00adng", subject="C«ng v¨n vÒ viÖc kiÓm tra, gi¸m s¸t"),
            row(number=2, issuer="Hoäi Lieân hieäp Phuï nöõ", subject="Keá hoaïch giaùm saùt"),
        ],
    )
    parsed = read(path)
    assert parsed.problems == []
    tcvn3, vni = parsed.rows
    assert tcvn3.draft.issuer == "Đảng ủy xã Tân Hưng"
    assert tcvn3.draft.subject == "Công văn về việc kiểm tra, giám sát"
    assert tcvn3.draft.type_code == "BC"  # the symbol names the type
    assert tuple(map(say, tcvn3.warnings)) == (
        "Tác giả: đã chuyển mã TCVN3 sang Unicode",
        "Tên loại và trích yếu nội dung: đã chuyển mã TCVN3 sang Unicode",
    )
    assert vni.draft.issuer == "Hội Liên hiệp Phụ nữ"
    assert vni.draft.subject == "Kế hoạch giám sát"
    assert "Tác giả: đã chuyển mã VNI sang Unicode" in tuple(map(say, vni.warnings))


def test_whole_tcvn3_register_with_a_header_in_tcvn3(tmp_path: Path) -> None:
    header = ["Ngµy ®Õn", "Sè ®Õn", "T¸c gi¶", "Sè, ký hiÖu", "Ngµy th¸ng", "TrÝch yÕu", "Ghi chó"]
    rows = [
        header,
        ["05/09/2022", 1, "UBND x· T©n H\u00adng", "", "", "KÕ ho¹ch gi¸m s¸t", "KhÈn"],
        ["06/09/2022", 2, "HuyÖn ñy", "", "", "QuyÕt ®Þnh thµnh lËp ®oµn", ""],
        ["07/09/2022", 3, "HuyÖn ñy", "", "", "C«ng v¨n", "Sè 15"],
    ]
    path = write_book(tmp_path / "tcvn3.xlsx", rows)
    layout = detect_layout(path, SHEET)
    assert layout.headers == [
        "Ngày đến",
        "Số đến",
        "Tác giả",
        "Số, ký hiệu",
        "Ngày tháng",
        "Trích yếu",
        "Ghi chú",
    ]
    parsed = parse_rows(path, SHEET, layout)
    first = parsed.rows[0]
    assert first.draft.notes == "Khẩn"  # "KhÈn" is TCVN3, not the word "khèn"
    assert first.draft.type_code == "KH"
    assert parsed.rows[1].draft.type_code == "QĐ"
    # "Sè 15" reads as Vietnamese as it stands and as TCVN3 "Số 15": in a TCVN3 register the
    # row is flagged rather than guessed.
    assert parsed.rows[1].draft.issuer == "Huyện ủy"
    (problem,) = parsed.problems
    assert (problem.row_number, problem.field) == (4, F.NOTES)
    assert say(problem) == "Ghi chú: văn bản mã hóa cũ không nhận ra chắc chắn: “Sè 15”"


def test_latin1_only_unicode_beside_a_few_tcvn3_cells_is_left_alone(tmp_path: Path) -> None:
    path = register(
        tmp_path,
        [
            row(issuer="Công an xã", subject="Báo cáo tình hình"),
            row(number=2, issuer="Huyện ủy Tân Biên", subject="Về việc góp ý"),
            row(number=3, issuer="Héi N«ng d©n", subject="KÕ ho¹ch"),
        ],
    )
    parsed = read(path)
    assert parsed.problems == []
    assert [parsed_row.draft.issuer for parsed_row in parsed.rows] == [
        "Công an xã",
        "Huyện ủy Tân Biên",
        "Hội Nông dân",
    ]


def test_unsure_legacy_text_is_a_problem_not_a_silent_change(tmp_path: Path) -> None:
    path = register(tmp_path, [row(issuer="Uû ban")])
    parsed = read(path)
    assert parsed.rows == []
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (6, F.ISSUER, "Tác giả: văn bản mã hóa cũ không nhận ra chắc chắn: “Uû ban”")
    ]


@pytest.mark.parametrize(
    ("subject", "symbol", "type_code"),
    [
        ("Công văn về việc kiểm tra, giám sát", "", "CV"),
        ("V/v triển khai Nghị quyết", "123/UBND-VP", "CV"),
        ("KH triển khai công tác giám sát", "", "KH"),
        ("Kế hoạch tổ chức Đại hội", "", "KH"),
        ("Quyết định thành lập đoàn giám sát", "", "QĐ"),
        ("Góp ý dự thảo", "", ""),
        ("Góp ý dự thảo", "15/BC-MTTQ-BTT", "BC"),
        ("Công văn về việc góp ý", "217-QĐ/TW", "QĐ"),
    ],
)
def test_type_from_the_symbol_or_else_the_subject(
    tmp_path: Path, subject: str, symbol: str, type_code: str
) -> None:
    path = register(tmp_path, [row(subject=subject, symbol=symbol)])
    assert read(path).rows[0].draft.type_code == type_code


@pytest.mark.parametrize(
    ("written", "number_text", "warnings"),
    [
        (125, "125", ()),
        (12.0, "12", ()),
        ("125a", "125a", ()),
        ("125A", "125a", ("Số đến “125A” ghi thành “125a”",)),
        (" 125a ", "125a", ()),
        ("007", "7", ("Số đến “007” ghi thành “7”",)),
    ],
)
def test_numbers_keep_their_form(
    tmp_path: Path, written: Any, number_text: str, warnings: tuple[str, ...]
) -> None:
    path = register(tmp_path, [row(number=written)])
    (parsed_row,) = read(path).rows
    assert parsed_row.arrival_number_text == number_text
    assert parsed_row.draft.arrival_number_text == number_text
    assert tuple(map(say, parsed_row.warnings)) == warnings


@pytest.mark.parametrize("written", ["12/3", "abc", "0", 12.5, "12 bis 4"])
def test_invalid_numbers_are_problems(tmp_path: Path, written: Any) -> None:
    path = register(tmp_path, [row(number=written)])
    parsed = read(path)
    assert parsed.rows == []
    shown = str(written)
    assert [(p.field, say(p)) for p in parsed.problems] == [
        (F.ARRIVAL_NUMBER, f"Số đến “{shown}” không hợp lệ")
    ]


def test_bad_rows_are_reported_by_row_while_good_rows_parse(tmp_path: Path) -> None:
    path = register(
        tmp_path,
        [
            row(number=1),
            row(number=2, arrival="31/02/2022"),
            [],
            row(number=None),
            row(number=4, issuer="  ", subject=None),
            row(number=5),
        ],
    )
    parsed = read(path)
    assert [parsed_row.arrival_number_text for parsed_row in parsed.rows] == ["1", "5"]
    assert [parsed_row.row_number for parsed_row in parsed.rows] == [6, 11]
    assert parsed.skipped_blank == 1
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (7, F.ARRIVAL_DATE, "Ngày đến “31/02/2022” không có thật"),
        (9, F.ARRIVAL_NUMBER, "Thiếu số đến"),
        (10, F.ISSUER, "Thiếu tác giả"),
        (10, F.SUBJECT, "Thiếu tên loại và trích yếu nội dung"),
    ]


def test_row_with_only_a_note_is_missing_its_number(tmp_path: Path) -> None:
    path = register(tmp_path, [row(), [None] * 9 + ["chuyển sang năm sau"]])
    parsed = read(path)
    assert len(parsed.rows) == 1
    assert [(p.row_number, say(p)) for p in parsed.problems] == [
        (7, "Thiếu số đến"),
        (7, "Thiếu ngày đến"),
        (7, "Thiếu tác giả"),
        (7, "Thiếu tên loại và trích yếu nội dung"),
    ]


def test_duplicated_number_is_a_problem_on_the_later_row(tmp_path: Path) -> None:
    path = register(
        tmp_path,
        [
            row(number=125),
            row(number=126),
            row(number="125"),
            row(number="125a"),
            row(number="125A"),
            # Numbers restart every 1 January: 125 of the next year is another document.
            row(number=125, arrival=dt.datetime(2023, 1, 3), doc_date=None),
        ],
    )
    parsed = read(path)
    assert [parsed_row.arrival_number_text for parsed_row in parsed.rows] == [
        "125",
        "126",
        "125a",
        "125",
    ]
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (8, F.ARRIVAL_NUMBER, "Số đến 125 trùng với dòng 6"),
        (10, F.ARRIVAL_NUMBER, "Số đến 125a trùng với dòng 9"),
    ]


def test_duplicate_of_a_row_with_other_problems_is_still_reported(tmp_path: Path) -> None:
    path = register(tmp_path, [row(number=7, subject=None), row(number=7)])
    parsed = read(path)
    assert parsed.rows == []
    assert [(p.row_number, say(p)) for p in parsed.problems] == [
        (6, "Thiếu tên loại và trích yếu nội dung"),
        (7, "Số đến 7 trùng với dòng 6"),
    ]


def test_document_dated_after_its_arrival_is_a_problem(tmp_path: Path) -> None:
    path = register(
        tmp_path,
        [
            row(doc_date="06/09/2022"),
            row(number=2, transfer="04/09/2022"),
        ],
    )
    parsed = read(path)
    assert parsed.rows == []
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (6, F.DOC_DATE, "Ngày tháng văn bản 06/09/2022 sau ngày đến 05/09/2022"),
        (7, F.TRANSFER_DATE, "Ngày chuyển 04/09/2022 trước ngày đến 05/09/2022"),
    ]


def test_text_starting_with_equals_is_kept_as_text(tmp_path: Path) -> None:
    path = register(
        tmp_path, [row(subject="=Kế hoạch giám sát", notes="=1+1")], text_cells=["F6", "J6"]
    )
    (parsed_row,) = read(path).rows
    assert parsed_row.draft.subject == "=Kế hoạch giám sát"
    assert parsed_row.draft.notes == "=1+1"


def test_formula_is_read_as_its_cached_value_never_as_its_text(tmp_path: Path) -> None:
    # openpyxl stores no cached value, as a file never opened in Excel: the cell reads empty.
    path = register(tmp_path, [row(notes='=CONCATENATE("a","b")')])
    (parsed_row,) = read(path).rows
    assert parsed_row.draft.notes == ""


def test_cell_longer_than_the_limit_is_a_problem_not_cut(tmp_path: Path) -> None:
    path = register(tmp_path, [row(notes="x" * 20_000), row(number=2)])
    parsed = read(path)
    assert [parsed_row.row_number for parsed_row in parsed.rows] == [7]
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (6, F.NOTES, "Ô ghi chú dài 20.000 ký tự, quá giới hạn 10.000 ký tự")
    ]


def test_cell_of_exactly_the_limit_is_accepted(tmp_path: Path) -> None:
    path = register(tmp_path, [row(notes="x" * 10_000)])
    assert len(read(path).rows[0].draft.notes) == 10_000


def test_a_subject_longer_than_the_decrees_500_characters_is_a_problem_of_its_row(
    tmp_path: Path,
) -> None:
    # Nghị định 30/2020, Phụ lục VI: a subject is at most 500 characters, typed or imported.
    pasted = "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế. " * 80
    path = register(
        tmp_path,
        [row(number=1), row(number=2, subject=pasted), row(number=3, subject="x" * 501)],
    )
    parsed = read(path)
    assert [parsed_row.row_number for parsed_row in parsed.rows] == [6]
    assert len(pasted.strip()) == 5_279
    assert [(p.row_number, p.field, say(p)) for p in parsed.problems] == [
        (
            7,
            F.SUBJECT,
            "Ô tên loại và trích yếu nội dung dài 5.279 ký tự, quá giới hạn 500 ký tự",
        ),
        (8, F.SUBJECT, "Ô tên loại và trích yếu nội dung dài 501 ký tự, quá giới hạn 500 ký tự"),
    ]


def test_a_subject_of_exactly_500_characters_is_read_whole(tmp_path: Path) -> None:
    subject = ("Kế hoạch giám sát " * 40)[:499] + "Đ"
    path = register(tmp_path, [row(subject=subject)])
    (parsed_row,) = read(path).rows
    assert parsed_row.draft.subject == subject
    assert len(parsed_row.draft.subject) == 500


URGENCY_HEADER = ["Số đến", "Ngày đến", "Tác giả", "Trích yếu", "Độ khẩn", "Số trang", "Người ký"]


@pytest.mark.parametrize(
    ("written", "urgency"),
    [
        (None, Urgency.NORMAL),
        ("Thường", Urgency.NORMAL),
        ("Khẩn", Urgency.URGENT),
        ("KHẨN", Urgency.URGENT),
        ("khan", Urgency.URGENT),
        ("Thượng khẩn", Urgency.VERY_URGENT),
        ("Hỏa tốc", Urgency.FLASH),
        ("Hoả tốc", Urgency.FLASH),
        (unicodedata.normalize("NFD", "HỎA TỐC"), Urgency.FLASH),
    ],
)
def test_urgency_column(tmp_path: Path, written: Any, urgency: Urgency) -> None:
    rows = [URGENCY_HEADER, [1, "05/09/2022", "Huyện ủy", "Công văn", written, 3, "Lê Văn A"]]
    path = write_book(tmp_path / "khan.xlsx", rows)
    (parsed_row,) = read(path).rows
    assert parsed_row.draft.urgency is urgency
    assert parsed_row.draft.page_count == 3
    assert parsed_row.draft.signer == "Lê Văn A"


def test_unknown_urgency_and_bad_page_count_are_problems(tmp_path: Path) -> None:
    rows = [URGENCY_HEADER, [1, "05/09/2022", "Huyện ủy", "Công văn", "Gấp", "ba", None]]
    path = write_book(tmp_path / "khan.xlsx", rows)
    parsed = read(path)
    assert [(p.field, say(p)) for p in parsed.problems] == [
        (F.URGENCY, "Độ khẩn “Gấp” không hợp lệ (Thường, Khẩn, Thượng khẩn hoặc Hỏa tốc)"),
        (F.PAGE_COUNT, "Số trang “ba” không hợp lệ"),
    ]


def test_edited_layout_is_followed(tmp_path: Path) -> None:
    path = register(tmp_path, [row(recipients="Chủ tịch", notes="Phó Chủ tịch")])
    proposed = detect_layout(path, SHEET)
    columns = dict(proposed.columns)
    columns[F.RECIPIENTS] = 9  # the clerk says the notes column holds the recipients
    del columns[F.NOTES]
    edited = SheetLayout(proposed.header_row, columns, proposed.headers)
    (parsed_row,) = parse_rows(path, SHEET, edited).rows
    assert parsed_row.draft.recipients == "Phó Chủ tịch"
    # the column the clerk moved away from is kept in the notes, under its header
    assert parsed_row.draft.notes == "Đơn vị hoặc người nhận: Chủ tịch"


def test_layout_without_a_required_column_is_refused(tmp_path: Path) -> None:
    path = register(tmp_path, [row()])
    proposed = detect_layout(path, SHEET)
    columns = {field: column for field, column in proposed.columns.items() if field is not F.ISSUER}
    with pytest.raises(ValidationError) as caught:
        parse_rows(path, SHEET, SheetLayout(proposed.header_row, columns, proposed.headers))
    assert caught.value.values["field"] == "header"
    assert say(caught.value.values["reason"]) == "chưa chọn cột Tác giả"


def test_layout_pointing_past_short_rows_reads_them_as_blank(tmp_path: Path) -> None:
    path = register(tmp_path, [row()])
    proposed = detect_layout(path, SHEET)
    columns = dict(proposed.columns) | {F.SIGNER: 40}
    (parsed_row,) = parse_rows(path, SHEET, SheetLayout(5, columns, proposed.headers)).rows
    assert parsed_row.draft.signer == ""


# --- progress and cancelling ---------------------------------------------------------------


def test_progress_is_reported_every_few_hundred_rows(tmp_path: Path) -> None:
    path = register(tmp_path, [row(number=n) for n in range(1, 1201)])
    reports: list[tuple[float, Detail | None]] = []
    parsed = read(path, progress=lambda fraction, step: reports.append((fraction, step)))
    assert len(parsed.rows) == 1200
    fractions = [fraction for fraction, _ in reports]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert 4 <= len(reports) <= 10
    assert say(reports[-1][1]) == "Đã đọc 1.200 dòng"  # told by code, worded where shown


def test_cancelling_stops_reading(tmp_path: Path) -> None:
    path = register(tmp_path, [row(number=n) for n in range(1, 301)])
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(InterruptedError):
        read(path, cancelled=cancelled)
    assert len(asked) == 3


# --- files that are not registers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"So den;Ngay den\n1;05/09/2022\n", "không phải tệp Excel"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "không phải tệp Excel"),
        (b"", "tệp rỗng, không phải tệp Excel"),
    ],
)
def test_not_a_workbook(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "so_den.xlsx"
    path.write_bytes(content)
    for call in (lambda: list_sheets(path), lambda: detect_layout(path, SHEET)):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.code is ErrorCode.FIELD_INVALID
        assert caught.value.values["field"] == "file"
        assert say(caught.value.values["reason"]) == reason


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "so_den.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "không phải Excel")
    with pytest.raises(ValidationError) as caught:
        list_sheets(path)
    assert caught.value.values["field"] == "file"
    assert say(caught.value.values["reason"]) == "không phải tệp Excel"


def test_damaged_zip_is_not_a_workbook(tmp_path: Path) -> None:
    good = register(tmp_path, [row()])
    damaged = tmp_path / "hong.xlsx"
    damaged.write_bytes(good.read_bytes()[:600])
    with pytest.raises(ValidationError) as caught:
        list_sheets(damaged)
    assert caught.value.values["field"] == "file"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as caught:
        list_sheets(tmp_path / "khong_co.xlsx")
    assert caught.value.code is ErrorCode.FILE_NOT_FOUND


def test_empty_workbook(tmp_path: Path) -> None:
    path = write_book(tmp_path / "rong.xlsx", [])
    assert list_sheets(path) == [SheetInfo(SHEET, 0)]
    with pytest.raises(ValidationError) as caught:
        detect_layout(path, SHEET)
    assert caught.value.values["field"] == "header"
    assert say(caught.value.values["reason"]) == "trang tính trống"


def test_list_sheets_gives_names_and_rows(tmp_path: Path) -> None:
    path = register(tmp_path, [row(), row(number=2)])
    book = openpyxl.load_workbook(path)
    book.create_sheet("Sổ đi").append(["Số, ký hiệu"])
    book.save(path)
    assert list_sheets(path) == [SheetInfo(SHEET, 7), SheetInfo("Sổ đi", 1)]


# --- the old .xls format -------------------------------------------------------------------

XLS = FIXTURES / "so_van_ban_den_2019.xls"
XLS_SHEET = "So den 2019"


def test_xls_sheets() -> None:
    assert list_sheets(XLS) == [SheetInfo(XLS_SHEET, 11)]


def test_xls_register_in_tcvn3() -> None:
    layout = detect_layout(XLS, XLS_SHEET)
    assert layout.header_row == 5
    assert layout.headers[:3] == ["Ngày đến", "Số đến", "Tác giả"]
    assert layout.columns[F.NOTES] == 9
    parsed = parse_rows(XLS, XLS_SHEET, layout)
    assert parsed.problems == []
    assert parsed.skipped_blank == 1
    drafts = [parsed_row.draft for parsed_row in parsed.rows]
    assert [parsed_row.row_number for parsed_row in parsed.rows] == [7, 8, 10, 11]
    assert [parsed_row.arrival_number_text for parsed_row in parsed.rows] == ["1", "2", "3", "3a"]
    assert [draft.arrival_date for draft in drafts] == [
        dt.date(2019, 1, 3),  # a date cell
        dt.date(2019, 3, 5),  # "05/3/2019" typed as text
        dt.date(2019, 3, 16),  # the serial number 43540 in a number cell
        dt.date(2019, 3, 20),
    ]
    assert [draft.issuer for draft in drafts] == [
        "UBND xã Tân Hưng",
        "Huyện ủy Tân Biên",
        "Hội Nông dân xã",
        "Đoàn TNCS Hồ Chí Minh",
    ]
    assert drafts[0].subject == "V/v kiểm tra công tác giám sát"
    assert drafts[0].doc_date == dt.date(2019, 1, 2)
    assert drafts[0].transfer_date == dt.date(2019, 1, 3)
    assert drafts[1].doc_date == dt.date(2019, 3, 1)
    assert drafts[2].notes == "Khẩn"
    assert [draft.type_code for draft in drafts] == ["CV", "CV", "KH", "QĐ"]
    assert "Tác giả: đã chuyển mã TCVN3 sang Unicode" in tuple(map(say, parsed.rows[0].warnings))


def test_xls_renamed_xlsx_is_read_by_its_content(tmp_path: Path) -> None:
    renamed = tmp_path / "so_den.xlsx"
    renamed.write_bytes(XLS.read_bytes())
    assert list_sheets(renamed) == [SheetInfo(XLS_SHEET, 11)]


def test_damaged_xls_is_not_a_workbook(tmp_path: Path) -> None:
    damaged = tmp_path / "hong.xls"
    damaged.write_bytes(XLS.read_bytes()[:700])
    with pytest.raises(ValidationError) as caught:
        list_sheets(damaged)
    assert caught.value.values["field"] == "file"
