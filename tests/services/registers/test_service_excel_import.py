"""Importing an incoming register kept in Excel: all rows or none, each into its register book.

Every workbook is built here with openpyxl (the old .xls register is the fixture); the rows go
into a real SQLite file.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import signal
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.registers import IncomingDraft, IncomingFilter
from giamsat_desktop.messages import describe, say
from giamsat_desktop.services.excel.fields import ParsedRow, ParsedSheet, RowProblem
from giamsat_desktop.services.excel.headers import detect_layout
from giamsat_desktop.services.excel.reading import parse_rows
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers.excel_import import ImportResult, import_incoming
from giamsat_desktop.services.registers.queries import incoming_keys
from giamsat_desktop.services.safety.database import Database, open_database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
FIXTURES = Path(__file__).parents[2] / "fixtures"
XLS = FIXTURES / "so_van_ban_den_2019.xls"
XLS_SHEET = "So den 2019"

SHEET = "Sổ đến 2022"
OWN_2022 = "Sổ văn bản đến năm 2022"
OWN_2023 = "Sổ văn bản đến năm 2023"
TAN_HUNG_OLD = "Sổ văn bản đến năm 2022 – MTTQ xã Tân Hưng (cũ)"
TAN_HOI_OLD = "Sổ văn bản đến năm 2022 – MTTQ xã Tân Hội (cũ)"
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
FIRST_DATA_ROW = len(TITLE) + 2
"""The Excel row of the first document: under the title rows and the header."""

# What arrives at a commune's Front committee: issuer, symbol, subject.
LETTERS = [
    (
        "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
        "15/KH-MTTQ-BTT",
        "Kế hoạch kiểm tra công tác giám sát và phản biện xã hội năm 2022",
    ),
    ("Đảng ủy xã Tân Hưng", "558-CV/ĐU", "V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc"),
    (
        "Ủy ban nhân dân xã Tân Hưng",
        "92/BC-UBND",
        "Báo cáo kết quả thực hiện chính sách bảo hiểm y tế học sinh",
    ),
    ("Hội Nông dân xã Tân Hưng", "07/CV-HND", "Về việc đăng ký giao ước thi đua năm 2022"),
    ("Huyện ủy Tân Biên", "301-TB/HU", "Thông báo kết luận của Ban Thường vụ Huyện ủy"),
    (
        "Ủy ban MTTQ Việt Nam huyện Tân Biên",
        "41/HD-MTTQ-BTT",
        "Hướng dẫn kiểm tra việc xây dựng nhà Đại đoàn kết cho hộ nghèo",
    ),
]


def letter(number: Any, arrival: Any, index: int = 0, **changes: Any) -> list[Any]:
    """One line of the register, as a clerk typed it."""
    issuer, symbol, subject = LETTERS[index % len(LETTERS)]
    day = arrival if isinstance(arrival, dt.datetime) else None
    cells = {
        "arrival": arrival,
        "number": number,
        "issuer": issuer,
        "symbol": symbol,
        "doc_date": day - dt.timedelta(days=2) if day else None,
        "subject": subject,
        "recipients": "Chủ tịch Nguyễn Thị Thu Hà",
        "transfer": None,
        "signed": None,
        "notes": None,
    }
    cells.update(changes)
    return list(cells.values())


def year_of_letters(count: int, year: int = 2022, first: int = 1) -> list[list[Any]]:
    """``count`` letters numbered from ``first``, spread over the working days of ``year``."""
    start = dt.datetime(year, 1, 4)
    return [
        letter(first + n, start + dt.timedelta(days=n * 360 // max(count, 120)), first + n)
        for n in range(count)
    ]


def write_register(
    path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = SHEET, fast: bool = False
) -> Path:
    """A register with the usual title rows and header, then ``rows`` from row 6."""
    book = openpyxl.Workbook(write_only=fast)
    worksheet = book.create_sheet(sheet) if fast else book.active
    worksheet.title = sheet
    for line in [*TITLE, HEADER, *rows]:
        worksheet.append(list(line))
    book.save(path)
    return path


def read(path: Path, sheet: str = SHEET) -> ParsedSheet:
    return parse_rows(path, sheet, detect_layout(path, sheet))


def import_file(
    database: Database, path: Path, sheet: str = SHEET, **options: Any
) -> tuple[ImportResult, list[RowProblem]]:
    parsed = read(path, sheet)
    result, problems, _changes = import_incoming(
        database.session_factory,
        CLERK,
        parsed.rows,
        parsed.problems,
        source=path.name,
        **options,
    )
    return result, problems


def query(database: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with database.session_factory() as session:
        return [tuple(found) for found in session.execute(text(sql), params)]


def stored(database: Database) -> list[tuple[str, str]]:
    """(book, number as written) of every stored document, in register order."""
    return query(
        database,
        "SELECT b.name, d.arrival_number_text FROM incoming_documents d "
        "JOIN register_books b ON b.id = d.book_id ORDER BY b.name, d.arrival_date, d.id",
    )


def what_is_stored(database: Database) -> dict[str, Any]:
    """Everything an import may touch, to compare before and after."""
    return {
        table: query(database, f"SELECT * FROM {table} ORDER BY id")
        for table in ("incoming_documents", "audit_entries", "register_books")
    }


def with_bad_date(path: Path) -> Path:
    """Five letters of 2022, the third dated 31 February (row 8)."""
    rows = year_of_letters(5)
    rows[2][0] = "31/02/2022"
    return write_register(path, rows)


# --- importing a register --------------------------------------------------------------------


def test_a_clean_register_is_imported_row_for_row_into_the_years_book(
    office_database: Database, tmp_path: Path
) -> None:
    rows = year_of_letters(3) + [
        letter("125", dt.datetime(2022, 6, 1), 3),
        letter("125a", dt.datetime(2022, 6, 1), 4),
        letter(126, dt.datetime(2022, 6, 2), 5),
    ]
    path = write_register(tmp_path / "so_den_2022.xlsx", rows)

    result, problems = import_file(office_database, path)

    assert problems == []
    assert result == ImportResult(imported=6, skipped=0, books=(OWN_2022,))
    assert stored(office_database) == [
        (OWN_2022, number) for number in ("1", "2", "3", "125", "125a", "126")
    ]


def test_a_number_with_a_letter_keeps_its_form_and_its_place_after_its_number(
    office_database: Database, tmp_path: Path
) -> None:
    rows = [letter(125, dt.datetime(2022, 6, 1), 0), letter("125a", dt.datetime(2022, 6, 1), 1)]
    import_file(office_database, write_register(tmp_path / "so_den.xlsx", rows))
    assert query(
        office_database,
        "SELECT arrival_number_text, arrival_number, issuer FROM incoming_documents ORDER BY id",
    ) == [("125", 125, LETTERS[0][0]), ("125a", 125, LETTERS[1][0])]


def test_a_row_with_an_impossible_date_stops_the_import_and_nothing_is_written(
    office_database: Database, tmp_path: Path
) -> None:
    parsed = read(with_bad_date(tmp_path / "so_den.xlsx"))
    before = what_is_stored(office_database)

    with pytest.raises(ConflictError) as caught:
        import_incoming(
            office_database.session_factory, CLERK, parsed.rows, parsed.problems, source="x.xlsx"
        )

    assert caught.value.code is ErrorCode.IMPORT_HAS_PROBLEMS
    assert caught.value.values["count"] == 1
    assert say(caught.value.values["first"]) == "8: Ngày đến “31/02/2022” không có thật"
    assert describe(caught.value.code.value, caught.value.values).startswith(
        "Có 1 dòng không đọc được (dòng đầu tiên: 8: Ngày đến “31/02/2022” không có thật); "
        "chưa ghi gì."
    )
    assert what_is_stored(office_database) == before


def test_skipping_bad_rows_imports_the_good_ones_and_counts_the_skipped(
    office_database: Database, tmp_path: Path
) -> None:
    result, problems = import_file(
        office_database, with_bad_date(tmp_path / "so_den.xlsx"), skip_bad_rows=True
    )
    assert (result.imported, result.skipped) == (4, 1)
    assert [problem.row_number for problem in problems] == [8]
    assert [number for _book, number in stored(office_database)] == ["1", "2", "4", "5"]


def test_two_former_offices_registers_of_one_year_go_into_two_books_despite_equal_numbers(
    office_database: Database, tmp_path: Path
) -> None:
    tan_hung = write_register(tmp_path / "tan_hung_2022.xlsx", year_of_letters(4))
    tan_hoi = write_register(tmp_path / "tan_hoi_2022.xlsx", year_of_letters(5))

    first, _ = import_file(office_database, tan_hung, book_name=TAN_HUNG_OLD)
    second, _ = import_file(office_database, tan_hoi, book_name=TAN_HOI_OLD)

    assert (first.books, second.books) == ((TAN_HUNG_OLD,), (TAN_HOI_OLD,))
    books: dict[str, list[str]] = {}
    for book, number in stored(office_database):
        books.setdefault(book, []).append(number)
    assert books == {
        TAN_HUNG_OLD: ["1", "2", "3", "4"],
        TAN_HOI_OLD: ["1", "2", "3", "4", "5"],
    }
    assert set(query(office_database, "SELECT name, imported FROM register_books")) == {
        (TAN_HUNG_OLD, 1),
        (TAN_HOI_OLD, 1),
    }


def test_importing_a_former_offices_register_twice_is_refused_and_the_book_kept_once(
    office_database: Database, tmp_path: Path
) -> None:
    path = write_register(tmp_path / "tan_hoi_2022.xlsx", year_of_letters(5))
    import_file(office_database, path, book_name=TAN_HOI_OLD)

    with pytest.raises(ConflictError) as caught:
        import_file(office_database, path, book_name=TAN_HOI_OLD)

    assert caught.value.values["count"] == 5
    assert say(caught.value.values["first"]) == f"6: Số đến 1 đã có trong “{TAN_HOI_OLD}”"
    assert query(office_database, "SELECT count(*) FROM incoming_documents") == [(5,)]


def test_a_number_already_in_the_own_book_is_a_row_problem_naming_the_number_and_the_book(
    office_database: Database, tmp_path: Path
) -> None:
    incoming.register_incoming(
        office_database.session_factory,
        CLERK,
        IncomingDraft(
            arrival_date=dt.date(2022, 3, 1),
            issuer="Tỉnh ủy Tây Ninh",
            subject="Công văn về việc tổng kết công tác dân vận",
            arrival_number_text="3",
        ),
    )
    parsed = read(write_register(tmp_path / "so_den.xlsx", year_of_letters(5)))

    with pytest.raises(ConflictError) as caught:
        import_incoming(office_database.session_factory, CLERK, parsed.rows, parsed.problems)

    problems = caught.value.values["problems"]
    assert [(p.row_number, p.field, say(p)) for p in problems] == [
        (8, None, f"Số đến 3 đã có trong “{OWN_2022}”")
    ]
    assert query(office_database, "SELECT count(*) FROM incoming_documents") == [(1,)]


def test_new_entries_continue_the_own_book_after_the_largest_imported_number(
    office_database: Database, tmp_path: Path
) -> None:
    rows = year_of_letters(300)
    rows.insert(125, letter("125a", rows[124][0], 2))
    import_file(office_database, write_register(tmp_path / "so_den.xlsx", rows))

    record, _ = incoming.register_incoming(
        office_database.session_factory,
        CLERK,
        IncomingDraft(
            arrival_date=dt.date(2022, 12, 30),
            issuer="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
            subject="Công văn về việc tổng kết công tác Mặt trận năm 2022",
        ),
    )

    assert (record.arrival_number, record.arrival_number_text) == (301, "301")
    assert record.book_name == OWN_2022


def test_a_former_offices_book_leaves_the_own_numbering_alone(
    office_database: Database, tmp_path: Path
) -> None:
    path = write_register(tmp_path / "tan_hoi_2022.xlsx", year_of_letters(40))
    import_file(office_database, path, book_name=TAN_HOI_OLD)

    record, _ = incoming.register_incoming(
        office_database.session_factory,
        CLERK,
        IncomingDraft(
            arrival_date=dt.date(2022, 12, 30),
            issuer="Huyện ủy Tân Biên",
            subject="Thông báo lịch tiếp công dân tháng 01/2023",
        ),
    )

    assert (record.arrival_number, record.book_name) == (1, OWN_2022)


def test_a_book_named_like_the_own_book_is_the_own_book_and_registering_continues_after_it(
    office_database: Database, tmp_path: Path
) -> None:
    path = write_register(tmp_path / "so_den_2022.xlsx", year_of_letters(3))
    import_file(office_database, path, book_name=OWN_2022)

    record, _ = incoming.register_incoming(
        office_database.session_factory,
        CLERK,
        IncomingDraft(
            arrival_date=dt.date(2022, 12, 30),
            issuer="Huyện ủy Tân Biên",
            subject="Thông báo lịch tiếp công dân tháng 01/2023",
        ),
    )

    assert (record.arrival_number, record.book_name) == (4, OWN_2022)


def test_rows_of_two_years_go_into_each_years_own_book(
    office_database: Database, tmp_path: Path
) -> None:
    rows = [
        letter(1041, dt.datetime(2022, 12, 29), 0),
        letter(1042, dt.datetime(2022, 12, 30), 1),
        letter(1, dt.datetime(2023, 1, 3), 2),
        letter(2, dt.datetime(2023, 1, 4), 3),
    ]
    result, _ = import_file(office_database, write_register(tmp_path / "so_den.xlsx", rows))
    assert result.books == (OWN_2022, OWN_2023)
    assert stored(office_database) == [
        (OWN_2022, "1041"),
        (OWN_2022, "1042"),
        (OWN_2023, "1"),
        (OWN_2023, "2"),
    ]


def test_imported_rows_are_found_by_words_typed_without_marks(
    office_database: Database, tmp_path: Path
) -> None:
    import_file(office_database, write_register(tmp_path / "so_den.xlsx", year_of_letters(6)))
    found = incoming_keys(office_database.session_factory, CLERK, IncomingFilter(text="kiem tra"))
    subjects = [
        subject
        for (identity, subject) in query(
            office_database, "SELECT id, subject FROM incoming_documents"
        )
        if identity in found
    ]
    assert sorted(subjects) == [
        "Hướng dẫn kiểm tra việc xây dựng nhà Đại đoàn kết cho hộ nghèo",
        "Kế hoạch kiểm tra công tác giám sát và phản biện xã hội năm 2022",
    ]


def test_a_register_typed_in_tcvn3_is_stored_in_unicode(office_database: Database) -> None:
    result, _ = import_file(office_database, XLS, XLS_SHEET)
    assert result == ImportResult(imported=4, skipped=0, books=("Sổ văn bản đến năm 2019",))
    assert query(
        office_database, "SELECT arrival_number_text, issuer FROM incoming_documents ORDER BY id"
    ) == [
        ("1", "UBND xã Tân Hưng"),
        ("2", "Huyện ủy Tân Biên"),
        ("3", "Hội Nông dân xã"),
        ("3a", "Đoàn TNCS Hồ Chí Minh"),
    ]
    assert query(office_database, "SELECT subject FROM incoming_documents ORDER BY id")[0] == (
        "V/v kiểm tra công tác giám sát",
    )


def test_the_audit_log_records_the_import_with_its_file_and_row_count(
    office_database: Database, tmp_path: Path
) -> None:
    import_file(office_database, write_register(tmp_path / "so_den_2022.xlsx", year_of_letters(7)))
    entries = query(
        office_database,
        "SELECT user_name, entity, changes FROM audit_entries WHERE action = 'import'",
    )
    assert len(entries) == 1
    user, entity, changes = entries[0]
    assert (user, entity) == (CLERK.user_name, "incoming")
    written = {field: new for field, (_old, new) in json.loads(changes).items()}
    assert written["source"] == "so_den_2022.xlsx"
    assert written["rows"] == 7
    assert written["books"] == [OWN_2022]


def test_registering_again_a_document_imported_from_excel_warns_of_the_duplicate(
    office_database: Database, tmp_path: Path
) -> None:
    rows = [letter(1, dt.datetime(2022, 9, 5), 2, doc_date=None)]
    import_file(office_database, write_register(tmp_path / "so_den.xlsx", rows))
    issuer, symbol, subject = LETTERS[2]
    again = IncomingDraft(
        arrival_date=dt.date(2022, 9, 6), issuer=issuer, subject=subject, symbol=symbol
    )
    duplicates = incoming.possible_duplicates(office_database.session_factory, CLERK, again)
    assert [record.arrival_number_text for record in duplicates] == ["1"]


# --- a crash half-way ------------------------------------------------------------------------

CRASH_ROWS = 20_000


@pytest.fixture(scope="module")
def large_register(tmp_path_factory: pytest.TempPathFactory) -> list[ParsedRow]:
    """A year of 20,000 letters, read from a real workbook."""
    path = tmp_path_factory.mktemp("large") / "so_den_lon.xlsx"
    write_register(path, year_of_letters(CRASH_ROWS), fast=True)
    parsed = read(path)
    assert parsed.problems == [] and len(parsed.rows) == CRASH_ROWS
    return parsed.rows


def import_in_child(url: str, rows: list[ParsedRow], share: Any, started: Any) -> None:
    """Run in a child process: import, telling the parent how far the writing has gone."""
    database = open_database(url, create=False)

    def progress(fraction: float, _step: object) -> None:
        share.value = fraction

    started.set()
    import_incoming(database.session_factory, CLERK, rows, progress=progress, source="lon.xlsx")
    share.value = 2.0  # committed


def kill_while_writing(db_path: Path, rows: list[ParsedRow]) -> tuple[float, bool]:
    """Start an import in a child and kill it once it has begun writing.

    Returns how far the writing had gone when killed, and whether the write-ahead log had
    grown with uncommitted pages by then.
    """
    context = multiprocessing.get_context("spawn")
    share, started = context.Value("d", 0.0), context.Event()
    wal = Path(f"{db_path}-wal")
    child = context.Process(
        target=import_in_child, args=(f"sqlite:///{db_path}", rows, share, started)
    )
    child.start()
    try:
        assert started.wait(60), "the child did not start importing"
        wal_before = wal.stat().st_size if wal.exists() else 0
        deadline = time.monotonic() + 60
        grew = False
        while time.monotonic() < deadline:
            grew = wal.exists() and wal.stat().st_size > wal_before
            # Begun writing: the first 2,000 rows are in, and the log holds some of them;
            # at half-way kill anyway, well before the commit.
            if (share.value > 0 and grew) or share.value >= 0.5:
                break
            time.sleep(0.005)
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(30)
    finally:
        if child.is_alive():
            child.kill()
            child.join(30)
    assert child.exitcode == -signal.SIGKILL
    return share.value, grew


def test_a_crash_in_the_middle_of_an_import_leaves_the_database_as_before(
    office_database: Database, db_path: Path, large_register: list[ParsedRow]
) -> None:
    before = what_is_stored(office_database)
    for attempt in range(5):
        reached, grew = kill_while_writing(db_path, large_register)
        print(f"crash {attempt + 1}: killed at {reached:.0%} written, log grew: {grew}")
        assert 0 < reached < 1, "killed before writing began or after the commit"
        with sqlite3.connect(db_path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("SELECT count(*) FROM incoming_documents").fetchone() == (0,)
        assert what_is_stored(office_database) == before


# --- a large register ------------------------------------------------------------------------


def test_ten_thousand_rows_are_read_and_imported_in_reasonable_time(
    office_database: Database, tmp_path: Path
) -> None:
    path = write_register(tmp_path / "so_den_lon.xlsx", year_of_letters(10_000), fast=True)
    start = time.perf_counter()
    result, _ = import_file(office_database, path)
    took = time.perf_counter() - start
    print(f"10,000 rows read, checked and imported in {took:.2f} s (target 2 s on the benchmark)")
    assert result.imported == 10_000
    assert took < 20
