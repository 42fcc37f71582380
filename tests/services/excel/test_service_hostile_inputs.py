"""Hostile input: files and text a clerk may be handed, each refused or handled with a message.

The corpus is built at run time by ``tests/hostile/corpus.py`` (nothing binary is committed):
files that are not workbooks though named .xlsx, a workbook that expands to gigabytes,
cells far too long, formula text, control characters, a 10 MB subject, empty and oversized
attachments, and days that do not exist. Nothing may be half-written, and nothing outside
the data folder touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from giamsat_desktop import cli
from giamsat_desktop.db.models import (
    Attachment,
    AuditEntry,
    IncomingAttachment,
    IncomingDocument,
    RegisterBook,
)
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.date_line import parse_vietnamese_date
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.registers import IncomingDraft, IncomingFilter
from giamsat_desktop.messages import say
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.excel.fields import CELL_LIMIT, ImportField, ParsedSheet
from giamsat_desktop.services.excel.headers import detect_layout
from giamsat_desktop.services.excel.reading import parse_rows
from giamsat_desktop.services.excel.workbooks import list_sheets
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.services.registers.excel_import import import_incoming
from giamsat_desktop.services.safety.database import Database, open_database
from tests.hostile import corpus

pytestmark = pytest.mark.sqlite_only

TODAY = dt.date(2026, 11, 23)
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
HYPERLINK = '=HYPERLINK("http://tan-hung.example/cap-nhat.exe","Bấm vào đây để xem công văn")'
GOOD_ROW = [1, "02/03/2026", "Đảng ủy xã Tân Hưng", "558-CV/ĐU", "V/v giám sát bảo hiểm y tế"]


def read(path: Path) -> ParsedSheet:
    sheet = list_sheets(path)[0].name
    return parse_rows(path, sheet, detect_layout(path, sheet))


def tree(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@dataclass(frozen=True)
class Office:
    database: Database
    data: Path

    def count(self, model: type) -> int:
        with self.database.session_factory() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    def snapshot(self) -> tuple[int, ...]:
        """What a refused write must leave as it was."""
        with self.database.session_factory() as session:
            numbers = tuple(session.scalars(select(RegisterBook.last_number).order_by("id")))
        return (
            self.count(IncomingDocument),
            self.count(AuditEntry),
            self.count(Attachment),
            self.count(IncomingAttachment),
            *numbers,
        )


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("GiamSat")
    database = open_database(f"sqlite:///{data / 'giamsat.sqlite3'}")
    create_demo_data(database.session_factory, "small", today=TODAY)
    yield Office(database, data)
    database.close()


# ----- files that are not workbooks ----------------------------------------------------------


@pytest.mark.parametrize("content", corpus.NOT_EXCEL.values(), ids=corpus.NOT_EXCEL.keys())
def test_a_file_that_is_not_excel_though_named_xlsx_is_refused_as_the_file(
    tmp_path: Path, content: bytes
) -> None:
    named = tmp_path / "so-den-2026.xlsx"
    named.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        list_sheets(named)
    assert refused.value.values["field"] == "file"


def test_a_word_document_named_xlsx_is_refused_as_the_file(tmp_path: Path) -> None:
    named = corpus.word_document_named_xlsx(tmp_path / "so-den-2026.xlsx")
    with pytest.raises(ValidationError) as refused:
        list_sheets(named)
    assert refused.value.values["field"] == "file"


def test_a_workbook_cut_short_is_refused_as_the_file(tmp_path: Path) -> None:
    whole = corpus.register_workbook(tmp_path / "day-du.xlsx", [GOOD_ROW] * 50)
    cut = corpus.truncated_copy(whole, tmp_path / "so-den-2026.xlsx", keep=0.6)
    with pytest.raises(ValidationError) as refused:
        read(cut)
    assert refused.value.values["field"] == "file"


BOMB_CHILD = textwrap.dedent(
    """
    import resource, sys
    from giamsat_desktop.domain.errors import ValidationError
    from giamsat_desktop.services.excel import headers as excel_headers
    from giamsat_desktop.services.excel import reading as excel_reading
    from giamsat_desktop.services.excel import workbooks as excel_workbooks
    import openpyxl  # loaded before measuring, as the running program has it loaded

    with open("/proc/self/status") as status:
        size = next(int(line.split()[1]) for line in status if line.startswith("VmSize:"))
    limit = size * 1024 + int(sys.argv[2]) * 1024 * 1024  # the most a runaway read may take
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    path = sys.argv[1]
    try:
        sheet = excel_workbooks.list_sheets(path)[0].name
        layout = excel_headers.detect_layout(path, sheet)
        parsed = excel_reading.parse_rows(path, sheet, layout)
        outcome = f"read {len(parsed.rows)} rows, {len(parsed.problems)} problems"
    except ValidationError as refused:
        outcome = f"refused {refused.values.get('field')}"
    except MemoryError:
        outcome = "out of memory"
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
    print(outcome)
    print(grown)
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="limits the child's memory through /proc")
def test_a_workbook_that_expands_to_gigabytes_is_refused_without_filling_the_memory(
    tmp_path: Path,
) -> None:
    bomb = corpus.workbook_bomb(tmp_path / "so-den-2026.xlsx", expanded_mib=2048)
    assert bomb.stat().st_size < 5 * corpus.MiB
    child = subprocess.run(
        [sys.executable, "-c", BOMB_CHILD, str(bomb), "384"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    outcome, grown_mib = child.stdout.splitlines()
    assert (outcome, int(grown_mib) < 64) == ("refused file", True), child.stdout


# ----- hostile cells -------------------------------------------------------------------------


def test_a_cell_of_twenty_thousand_characters_is_a_problem_of_its_row(tmp_path: Path) -> None:
    long_subject = "V/v giám sát " + "rất dài " * 2_500
    assert len(long_subject) > 2 * CELL_LIMIT - 100
    path = corpus.register_workbook(
        tmp_path / "so-den.xlsx", [GOOD_ROW, [2, "03/03/2026", "Hội Nông dân", "", long_subject]]
    )
    parsed = read(path)
    assert [(p.row_number, p.field) for p in parsed.problems] == [(3, ImportField.SUBJECT)]
    assert [row.row_number for row in parsed.rows] == [2]


def test_a_day_that_does_not_exist_is_a_problem_of_its_row(tmp_path: Path) -> None:
    path = corpus.register_workbook(
        tmp_path / "so-den.xlsx", [GOOD_ROW, [2, "31/02/2026", "Hội Nông dân", "", "V/v họp"]]
    )
    parsed = read(path)
    assert [(p.row_number, p.field) for p in parsed.problems] == [(3, ImportField.ARRIVAL_DATE)]
    assert "31/02/2026" in say(parsed.problems[0])


def test_formula_text_in_a_cell_is_read_as_text(tmp_path: Path) -> None:
    path = corpus.register_workbook(
        tmp_path / "so-den.xlsx", [[1, "02/03/2026", "Đảng ủy xã Tân Hưng", "", HYPERLINK]]
    )
    assert read(path).rows[0].draft.subject == HYPERLINK


def test_formula_text_is_imported_as_text_and_exported_as_text_not_a_formula(
    office: Office, tmp_path: Path
) -> None:
    path = corpus.register_workbook(
        tmp_path / "so-den.xlsx", [[1, "02/03/2026", "Đảng ủy xã Tân Hưng", "", HYPERLINK]]
    )
    parsed = read(path)
    import_incoming(
        office.database.session_factory, CLERK, parsed.rows, book_name="Sổ xã Tân Phú (cũ)"
    )
    exported = tmp_path / "xuat.xlsx"
    register_reports.export_incoming_xlsx(
        office.database.session_factory,
        CLERK,
        exported,
        IncomingFilter(text="tan hung example"),
        title="SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
    )
    cells = [cell for row in openpyxl.load_workbook(exported).active.iter_rows() for cell in row]
    written = [cell for cell in cells if cell.value == HYPERLINK]
    assert written and all(cell.data_type == "s" for cell in written)


def test_control_characters_saved_by_excel_are_stripped_from_the_subject(tmp_path: Path) -> None:
    subject = "V/v tổ chức hội nghị_x000D_\nđại biểu nhân dân_x0007_ năm 2026"
    path = corpus.register_workbook(
        tmp_path / "so-den.xlsx", [[1, "02/03/2026", "Đảng ủy xã Tân Hưng", "", subject]]
    )
    assert read(path).rows[0].draft.subject == "V/v tổ chức hội nghị\nđại biểu nhân dân năm 2026"


def test_text_that_shows_an_escape_literally_in_excel_is_kept_as_it_shows(
    tmp_path: Path,
) -> None:
    # Excel saves a typed "_x000D_" as "_x005F_x000D_": the text is the six characters.
    subject = "V/v ghi mã _x005F_x000D_ trong biểu mẫu"
    path = corpus.register_workbook(
        tmp_path / "so-den.xlsx", [[1, "02/03/2026", "Đảng ủy xã Tân Hưng", "", subject]]
    )
    assert read(path).rows[0].draft.subject == "V/v ghi mã _x000D_ trong biểu mẫu"


def test_a_register_with_hostile_rows_is_refused_row_by_row_and_nothing_is_written(
    office: Office, tmp_path: Path
) -> None:
    path = corpus.register_workbook(
        tmp_path / "so-den.xlsx",
        [
            GOOD_ROW,
            [2, "31/02/2026", "Hội Nông dân xã", "", "V/v họp"],
            [3, "04/03/2026", "Hội Cựu chiến binh", "", "x" * 20_000],
            [4, "05/03/2026", "Đoàn Thanh niên", "", HYPERLINK],
        ],
    )
    parsed = read(path)
    before = office.snapshot()
    with pytest.raises(ConflictError) as refused:
        import_incoming(
            office.database.session_factory,
            CLERK,
            parsed.rows,
            parsed.problems,
            book_name="Sổ xã Tân Phú (cũ) - nhập lỗi",
        )
    assert refused.value.code is ErrorCode.IMPORT_HAS_PROBLEMS
    assert sorted({p.row_number for p in refused.value.values["problems"]}) == [3, 4]
    assert office.snapshot() == before


# ----- hostile text typed or pasted ----------------------------------------------------------


def draft(subject: str) -> IncomingDraft:
    return IncomingDraft(TODAY, "Ủy ban nhân dân xã Tân Hưng", subject, symbol="312/UBND-VP")


def test_control_characters_in_a_subject_are_stripped(office: Office) -> None:
    record, _ = incoming.register_incoming(
        office.database.session_factory,
        CLERK,
        draft("V/v\x07 triển khai\x1b kế hoạch\x00 giám sát\r\nquý IV"),
    )
    assert record.subject == "V/v triển khai kế hoạch giám sát\nquý IV"


def test_a_subject_of_ten_megabytes_is_refused_as_too_long(office: Office) -> None:
    with pytest.raises(ValidationError) as refused:
        incoming.register_incoming(
            office.database.session_factory, CLERK, draft("Đ" * (10 * 1024 * 1024))
        )
    assert (refused.value.code, refused.value.values["field"]) == (
        ErrorCode.FIELD_TOO_LONG,
        "subject",
    )


def test_a_refused_ten_megabyte_subject_writes_nothing(office: Office) -> None:
    before = office.snapshot()
    with pytest.raises(ValidationError):
        incoming.register_incoming(
            office.database.session_factory, CLERK, draft("Đ" * (10 * 1024 * 1024))
        )
    assert office.snapshot() == before


# ----- hostile attachments ---------------------------------------------------------------------


@pytest.fixture
def document(office: Office) -> int:
    record, _ = incoming.register_incoming(
        office.database.session_factory, CLERK, draft("V/v góp ý dự thảo báo cáo chính trị")
    )
    return record.id


def attach(office: Office, document: int, path: Path, limit: int) -> None:
    attachments.attach_files(
        office.database.session_factory,
        CLERK,
        office.data,
        "incoming",
        document,
        [path],
        size_limit=limit,
    )


def test_an_attachment_of_zero_bytes_is_refused_as_empty(
    office: Office, document: int, tmp_path: Path
) -> None:
    empty = tmp_path / "bien-ban.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as refused:
        attach(office, document, empty, attachments.DEFAULT_SIZE_LIMIT)
    assert refused.value.code is ErrorCode.FILE_EMPTY


def test_an_attachment_over_the_size_limit_is_refused_as_too_large(
    office: Office, document: int, tmp_path: Path
) -> None:
    big = tmp_path / "anh-chup-hoi-nghi.jpg"
    big.write_bytes(bytes(range(256)) * 64)  # 16 KiB against a limit of 4 KiB
    with pytest.raises(ValidationError) as refused:
        attach(office, document, big, 4 * 1024)
    assert refused.value.code is ErrorCode.FILE_TOO_LARGE


@pytest.mark.parametrize("size", [0, 16 * 1024], ids=["empty", "over-the-limit"])
def test_a_refused_attachment_leaves_the_data_folder_and_the_database_as_they_were(
    office: Office, document: int, tmp_path: Path, size: int
) -> None:
    refused = tmp_path / "cong-van.pdf"
    refused.write_bytes(bytes(range(256)) * (size // 256))
    before = (office.snapshot(), tree(office.data / "attachments"))
    with pytest.raises(ValidationError):
        attach(office, document, refused, 4 * 1024)
    assert (office.snapshot(), tree(office.data / "attachments")) == before


# ----- days that do not exist ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["31/02/2026", "29/02/2026", "31/04/2026", "00/01/2026"])
def test_a_day_that_does_not_exist_is_not_read_as_a_date(text: str) -> None:
    assert parse_vietnamese_date(text) is None


def test_the_twenty_ninth_of_february_of_a_leap_year_is_a_date() -> None:
    assert parse_vietnamese_date("29/02/2028") == dt.date(2028, 2, 29)


def test_the_report_command_refuses_31_february_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "so-den.pdf"
    with pytest.raises(SystemExit) as stopped:
        cli.main(["report", "register-in", "--from", "31/02/2026", "-o", str(output)])
    error = capsys.readouterr().err
    assert stopped.value.code != 0
    assert error.count("\n") == 1 and "31/02/2026" in error
    assert not output.exists()
