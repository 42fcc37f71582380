"""``giamsat --db X import-excel FILE``: a register kept in Excel, imported by command."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

import openpyxl

from giamsat_desktop.services.safety.database import Database

GIAMSAT = Path(sys.executable).parent / "giamsat"
XLS = Path(__file__).parents[1] / "fixtures" / "so_van_ban_den_2019.xls"

OWN_2022 = "Sổ văn bản đến năm 2022"
TAN_HOI_OLD = "Sổ văn bản đến năm 2022 – MTTQ xã Tân Hội (cũ)"
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
LETTERS = [
    ("Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "15/KH-MTTQ-BTT", "Kế hoạch kiểm tra công tác giám sát"),
    ("Đảng ủy xã Tân Hưng", "558-CV/ĐU", "V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc"),
    ("Ủy ban nhân dân xã Tân Hưng", "92/BC-UBND", "Báo cáo kết quả thực hiện chính sách BHYT"),
    ("Hội Nông dân xã Tân Hưng", "07/CV-HND", "Về việc đăng ký giao ước thi đua"),
    ("Huyện ủy Tân Biên", "301-TB/HU", "Thông báo kết luận của Ban Thường vụ Huyện ủy"),
]


def letters(count: int, year: int = 2022) -> list[list[Any]]:
    """``count`` lines of a year's register, numbered from 1, as a clerk typed them."""
    rows = []
    for n in range(count):
        arrival = dt.datetime(year, 3, 1) + dt.timedelta(days=3 * n)
        issuer, symbol, subject = LETTERS[n % len(LETTERS)]
        doc_date = arrival - dt.timedelta(days=2)
        rows.append([arrival, n + 1, issuer, symbol, doc_date, subject, "Chủ tịch", None, None, ""])
    return rows


def workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """A workbook with one register per sheet: title rows, the header, then the rows."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        year = name[-4:]
        for line in [["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"], [f"NĂM {year}"], [], HEADER, *rows]:
            sheet.append(list(line))
    book.save(path)
    return path


def good_register(tmp_path: Path, count: int = 4) -> Path:
    return workbook(tmp_path / "so_den_2022.xlsx", {"Sổ đến 2022": letters(count)})


def register_with_bad_row(tmp_path: Path) -> Path:
    """Four lines of 2022, the third (Excel row 7) dated 31 February."""
    rows = letters(4)
    rows[2][0] = "31/02/2022"
    return workbook(tmp_path / "so_den_loi.xlsx", {"Sổ đến 2022": rows})


def giamsat(home: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), "--db", str(db), "import-excel", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def rows_in(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql).fetchall()


def documents(db: Path) -> list[tuple[str, str, int]]:
    """(book, number as written, imported book) of every stored document."""
    return rows_in(
        db,
        "SELECT b.name, d.arrival_number_text, b.imported FROM incoming_documents d "
        "JOIN register_books b ON b.id = d.book_id ORDER BY d.arrival_date, d.id",
    )


def refused_in_one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a refusal prints; fails when the command did not refuse plainly."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("giamsat: ")
    return lines[0]


def test_a_good_register_is_imported_and_the_count_printed(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    result = giamsat(private_home, db_path, str(good_register(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Đã nhập 4 văn bản vào {OWN_2022}."
    assert documents(db_path) == [(OWN_2022, str(n), 0) for n in range(1, 5)]


def test_a_register_with_a_bad_row_is_refused_naming_the_row_and_nothing_is_written(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    result = giamsat(private_home, db_path, str(register_with_bad_row(tmp_path)))
    assert result.returncode != 0
    assert "dòng 7: Ngày đến “31/02/2022” không có thật" in result.stderr
    assert "Có 1 dòng không đọc được" in result.stderr
    assert "Traceback" not in result.stderr
    assert documents(db_path) == []
    assert rows_in(db_path, "SELECT count(*) FROM register_books") == [(0,)]


def test_skip_bad_rows_imports_the_other_rows(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    result = giamsat(private_home, db_path, str(register_with_bad_row(tmp_path)), "--skip-bad-rows")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Đã nhập 3 văn bản vào {OWN_2022}; bỏ qua 1 dòng lỗi."
    assert [number for _book, number, _imported in documents(db_path)] == ["1", "2", "4"]


def test_a_number_already_in_the_own_book_is_a_row_error_and_nothing_is_written(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    first = giamsat(private_home, db_path, str(good_register(tmp_path, 2)))
    assert first.returncode == 0, first.stderr
    rows = letters(4)
    later = workbook(tmp_path / "so_den_tiep.xlsx", {"Sổ đến 2022": rows[1:]})

    result = giamsat(private_home, db_path, str(later))

    assert result.returncode != 0
    assert f"dòng 5: Số đến 2 đã có trong “{OWN_2022}”" in result.stderr
    assert "Traceback" not in result.stderr
    assert [number for _book, number, _imported in documents(db_path)] == ["1", "2"]


def test_book_puts_the_rows_into_the_named_book(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    result = giamsat(private_home, db_path, str(good_register(tmp_path, 3)), "--book", TAN_HOI_OLD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Đã nhập 3 văn bản vào {TAN_HOI_OLD}."
    assert documents(db_path) == [(TAN_HOI_OLD, str(n), 1) for n in range(1, 4)]


def test_sheet_chooses_which_register_of_the_workbook_is_imported(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "so_den.xlsx", {"Sổ đến 2021": letters(5, 2021), "Sổ đến 2022": letters(2)}
    )
    result = giamsat(private_home, db_path, str(path), "--sheet", "Sổ đến 2022")
    assert result.returncode == 0, result.stderr
    assert documents(db_path) == [(OWN_2022, "1", 0), (OWN_2022, "2", 0)]


def test_an_unknown_sheet_is_refused_in_one_line(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    result = giamsat(private_home, db_path, str(good_register(tmp_path)), "--sheet", "Sổ đến 2023")
    assert "Sổ đến 2023" in refused_in_one_line(result)
    assert documents(db_path) == []


def test_a_missing_file_is_refused_in_one_line(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "so_den_khong_co.xlsx"
    line = refused_in_one_line(giamsat(private_home, db_path, str(missing)))
    assert line == f"giamsat: Không tìm thấy tệp {missing}."


def test_a_file_that_is_not_excel_though_named_xlsx_is_refused_in_one_line(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "so_den.xlsx"
    fake.write_text("Số đến;Ngày đến;Tác giả\n1;05/09/2022;Đảng ủy xã Tân Hưng\n", encoding="utf-8")
    line = refused_in_one_line(giamsat(private_home, db_path, str(fake)))
    assert "không phải tệp Excel" in line
    assert documents(db_path) == []


def test_the_old_xls_register_typed_in_tcvn3_is_imported(
    office_database: Database, db_path: Path, private_home: Path
) -> None:
    result = giamsat(private_home, db_path, str(XLS))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Đã nhập 4 văn bản vào Sổ văn bản đến năm 2019."
    assert rows_in(db_path, "SELECT issuer FROM incoming_documents ORDER BY id") == [
        ("UBND xã Tân Hưng",),
        ("Huyện ủy Tân Biên",),
        ("Hội Nông dân xã",),
        ("Đoàn TNCS Hồ Chí Minh",),
    ]


def test_a_subject_past_the_decrees_500_characters_is_a_row_error_naming_row_and_column(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    rows = letters(4)
    # A report pasted into the subject cell: Nghị định 30/2020 keeps a subject to 500.
    pasted = ("Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế. " * 12)[:699]
    rows[1][5] = pasted + "."
    path = workbook(tmp_path / "so_den_dai.xlsx", {"Sổ đến 2022": rows})

    refused = giamsat(private_home, db_path, str(path))

    assert refused.returncode != 0
    assert (
        "dòng 6: Ô tên loại và trích yếu nội dung dài 700 ký tự, quá giới hạn 500 ký tự"
        in refused.stderr
    )
    assert "Có 1 dòng không đọc được" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert documents(db_path) == []

    skipped = giamsat(private_home, db_path, str(path), "--skip-bad-rows")
    assert skipped.returncode == 0, skipped.stderr
    assert skipped.stdout.strip() == f"Đã nhập 3 văn bản vào {OWN_2022}; bỏ qua 1 dòng lỗi."
    assert [number for _book, number, _imported in documents(db_path)] == ["1", "3", "4"]
