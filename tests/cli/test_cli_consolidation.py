"""``export-excel --blank --for`` and ``consolidate``: the province adds up its communes' books.

A commune that uses the program sends its own book; one that does not fills the blank the
province made for it. ``consolidate`` writes the sum, or names every problem and writes
nothing.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from giamsat_desktop import cli
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.summary_books import BookKind
from giamsat_desktop.services.catalog.office import set_up_office
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.statistics.book_meta import read_book_meta
from tests.services.consolidation.books import PROVINCE, fill_blank
from tests.services.tasks.task_year import YEAR, make_year

FOR = "Ủy ban MTTQ Việt Nam xã Mỹ An"


@pytest.fixture
def commune_book(
    context: ServiceContext,
    office_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> Path:
    """The first half of the hand-made year, as the commune's own book."""
    make_year(context, monkeypatch)
    assert office_database.sqlite_file is not None
    book = tmp_path / "tan-hung.xlsx"
    db = str(office_database.sqlite_file)
    assert (
        cli.main(["--db", db, "export-excel", "--year", str(YEAR), "--half", "1", "-o", str(book)])
        == 0
    )
    return book


@pytest.fixture
def province(tmp_path: Path) -> str:
    path = tmp_path / "tinh" / "giamsat.sqlite3"
    path.parent.mkdir()
    database = open_database(f"sqlite:///{path}")
    try:
        set_up_office(database.session_factory, SYSTEM, PROVINCE)
    finally:
        database.close()
    return str(path)


def _blank(province: str, target: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    code = cli.main(
        ["--db", province, "export-excel", "--blank", "--for", FOR, "--year", str(YEAR),
         "--half", "1", "-o", str(target)]
    )  # fmt: skip
    assert code == 0
    return capsys.readouterr().out.strip()


def test_the_province_adds_up_a_communes_book_and_a_filled_blank(
    commune_book: Path, province: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "my-an.xlsx"
    said = _blank(province, blank, capsys)
    meta = read_book_meta(blank)
    assert said == (
        f"Đã ghi sổ trắng 6 tháng đầu năm {YEAR} cho {FOR} vào {blank} "
        f"(mã đơn vị {meta.office_uid})"
    )
    assert meta.kind is BookKind.BLANK
    fill_blank(blank)
    target = tmp_path / "tong-hop.xlsx"

    code = cli.main(
        ["--db", province, "consolidate", str(commune_book), str(blank), "-o", str(target)]
    )

    assert code == 0
    commune = read_book_meta(commune_book).office_name
    assert capsys.readouterr().out.strip() == (f"Đã tổng hợp 2 sổ ({commune}, {FOR}) vào {target}")
    added = read_book_meta(target)
    assert added.kind is BookKind.CONSOLIDATED and added.office_name == PROVINCE.name
    sheet = openpyxl.load_workbook(target)["Nhiệm vụ"]
    layout = added.layout("nhiem_vu")
    assert layout is not None
    assert [sheet.cell(layout.first_row + n, 1).value for n in range(2)] == [commune, FOR]


def test_consolidate_names_every_problem_and_writes_nothing(
    commune_book: Path, province: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "my-an.xlsx"
    _blank(province, blank, capsys)
    fill_blank(blank)
    book = openpyxl.load_workbook(blank)
    book["Kiến nghị"]["C10"] = "mười"
    book["Kiến nghị"]["C17"] = 7
    book.save(blank)
    target = tmp_path / "tong-hop.xlsx"

    code = cli.main(
        ["--db", province, "consolidate", str(commune_book), str(blank), "-o", str(target)]
    )

    assert code == 2 and not target.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert err[:2] == [
        "“my-an.xlsx”, trang “Kiến nghị”, ô C10: “mười” không phải số nguyên từ 0 trở lên",
        "“my-an.xlsx”, trang “Kiến nghị”, ô C17: công thức tổng đã bị gõ đè bằng “7”",
    ]
    assert err[-1].startswith("giamsat: Có 2 lỗi trong các sổ")


def test_a_blank_needs_the_name_of_its_office(
    province: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "trang.xlsx"
    code = cli.main(
        ["--db", province, "export-excel", "--blank", "--year", str(YEAR), "-o", str(target)]
    )
    assert code == 2 and not target.exists()
    assert capsys.readouterr().err.strip().startswith("giamsat: ")
