"""Three offices' books added up: every figure where it was, every total checked.

The totals are computed here from the formulas and the cells (the books carry no computed
values), and compared with what each office sent.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.domain.reporting_period import reporting_period
from giamsat_desktop.domain.summary_books import BookKind
from giamsat_desktop.messages import say
from giamsat_desktop.services.consolidation.consolidate import (
    cross_checked,
    read_books,
    write_consolidation,
)
from giamsat_desktop.services.statistics.blank_book import export_blank_book
from giamsat_desktop.services.statistics.book_meta import read_book_meta
from tests.services.consolidation.books import BLANK_OFFICE, HALF, Books, fill_blank
from tests.session_day import TODAY

_SUM = re.compile(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)")
_PLUS = re.compile(r"=([A-Z]+\d+(?:\+[A-Z]+\d+)*)")


def value(sheet: object, coordinate: str) -> int:
    """A cell as Excel computes it: a number, an empty cell, a SUM or a sum of cells."""
    found = sheet[coordinate].value  # type: ignore[index]
    if found is None:
        return 0
    if isinstance(found, int | float):
        return int(found)
    if (total := _SUM.fullmatch(found)) is not None:
        letter, first, _, last = total.groups()
        return sum(value(sheet, f"{letter}{row}") for row in range(int(first), int(last) + 1))
    if (parts := _PLUS.fullmatch(found)) is not None:
        return sum(value(sheet, part) for part in parts.group(1).split("+"))
    raise AssertionError(f"{coordinate}: {found!r}")


def totals(path: Path) -> dict[str, list[int | None]]:
    """Each sheet's total row as Excel computes it (a rate: None)."""
    meta = read_book_meta(path)
    book = openpyxl.load_workbook(path)
    found = {}
    for layout in meta.layouts:
        sheet = book[layout.sheet]
        row = []
        for column in range(2, 2 + len(layout.columns)):
            cell = sheet.cell(layout.total_row, column)
            rate = isinstance(cell.value, str) and cell.value.startswith("=IFERROR")
            row.append(None if rate else value(sheet, cell.coordinate))
        found[layout.key] = row
    return found


def test_three_books_add_up_to_one_row_per_office_and_their_total(
    books: Books, tmp_path: Path
) -> None:
    target = tmp_path / "tong-hop.xlsx"
    sent = [books.commune_a, books.commune_b, books.filled]

    write_consolidation(books.province, sent, target)

    meta = read_book_meta(target)
    assert meta.kind is BookKind.CONSOLIDATED
    assert (meta.period_start, meta.period_end) == (HALF.start, HALF.end)
    names = [read_book_meta(path).office_name for path in sent]
    assert [office.name for office in meta.holds] == names
    assert names[2] == BLANK_OFFICE and len(set(names)) == 3
    each = [totals(path) for path in sent]
    added = totals(target)
    book = openpyxl.load_workbook(target)
    for layout in meta.layouts:
        sheet = book[layout.sheet]
        labels = [sheet.cell(layout.first_row + n, 1).value for n in range(layout.rows)]
        assert labels == names
        for number, office in enumerate(each):
            row = [
                sheet.cell(layout.first_row + number, column).value
                for column in range(2, 2 + len(layout.columns))
            ]
            for got, sent_total in zip(row, office[layout.key], strict=True):
                if sent_total is not None:
                    assert got == sent_total, (layout.sheet, number)
        for index, got in enumerate(added[layout.key]):
            if got is not None:
                assert got == sum(office[layout.key][index] or 0 for office in each)
    assert any(sum(v or 0 for v in row) for row in added.values())  # figures, not zeros
    assert sum(added["giam_sat"][1:3]) == added["giam_sat"][0]  # chủ trì + phối hợp


def _edit(path: Path, sheet: str, coordinate: str, new: object) -> None:
    book = openpyxl.load_workbook(path)
    book[sheet][coordinate] = new
    book.save(path)


def _refusals(books: Books, paths: list[Path], tmp_path: Path) -> list[str]:
    target = tmp_path / "tong-hop.xlsx"
    with pytest.raises(ValidationError) as refused:
        write_consolidation(books.province, paths, target)
    assert refused.value.code is ErrorCode.BOOKS_HAVE_PROBLEMS
    assert not target.exists()  # nothing written
    return [say(problem) for problem in refused.value.values["problems"]]


def test_a_total_typed_over_is_refused_naming_its_cell(books: Books, tmp_path: Path) -> None:
    _edit(books.filled, "Kiến nghị", "C17", 99)

    found = _refusals(books, [books.commune_a, books.filled], tmp_path)

    assert found == [
        "“my-an.xlsx”, trang “Kiến nghị”, ô C17: công thức tổng đã bị gõ đè bằng “99”"
    ]


def test_an_edited_total_that_no_longer_adds_its_rows_is_refused(
    books: Books, tmp_path: Path
) -> None:
    sheet = openpyxl.load_workbook(books.filled)["Nhiệm vụ"]
    assert sheet["B16"].value == "=SUM(B9:B15)"
    last = value(sheet, "B15")
    assert last > 0
    _edit(books.filled, "Nhiệm vụ", "B16", "=SUM(B9:B14)")

    found = _refusals(books, [books.filled], tmp_path)

    whole = value(sheet, "B16")
    assert found == [
        f"“my-an.xlsx”, trang “Nhiệm vụ”, ô B16: tổng {whole - last} không bằng tổng các dòng "
        f"({whole})"
    ]


def test_a_changed_formula_and_a_word_in_a_number_cell_are_refused(
    books: Books, tmp_path: Path
) -> None:
    _edit(books.filled, "Giám sát", "B10", "=C10*2")  # Tổng số of a row, its formula changed
    _edit(books.filled, "Giám sát", "D11", "năm")

    found = _refusals(books, [books.filled], tmp_path)

    assert "“my-an.xlsx”, trang “Giám sát”, ô D11: “năm” không phải số nguyên từ 0 trở lên" in found
    assert any(
        text.startswith("“my-an.xlsx”, trang “Giám sát”, ô B10: công thức tổng đã bị sửa")
        for text in found
    )


def test_a_book_of_another_period_is_refused(books: Books, tmp_path: Path) -> None:
    other = tmp_path / "ky-sau.xlsx"
    later = reporting_period(TODAY.year, 2)
    export_blank_book(books.province, other, later, "Ủy ban MTTQ Việt Nam xã Phú Lợi")
    fill_blank(other)

    found = _refusals(books, [books.commune_a, other], tmp_path)

    assert found == [
        f"“ky-sau.xlsx”: sổ của kỳ từ {later.start:%d/%m/%Y} đến {later.end:%d/%m/%Y}, không "
        f"phải kỳ đang tổng hợp (từ {HALF.start:%d/%m/%Y} đến {HALF.end:%d/%m/%Y})"
    ]


def test_the_same_office_twice_is_refused_by_its_id_and_by_its_name(
    books: Books, tmp_path: Path
) -> None:
    again = tmp_path / "tan-hung-lan-2.xlsx"
    again.write_bytes(books.commune_a.read_bytes())
    second_blank = tmp_path / "my-an-lan-2.xlsx"
    export_blank_book(books.province, second_blank, HALF, BLANK_OFFICE)
    fill_blank(second_blank)
    assert read_book_meta(second_blank).office_uid != read_book_meta(books.filled).office_uid

    found = _refusals(books, [books.commune_a, books.filled, again, second_blank], tmp_path)

    office_a = read_book_meta(books.commune_a).office_name
    assert found == [
        f"“tan-hung-lan-2.xlsx”: đơn vị “{office_a}” đã có trong sổ “tan-hung.xlsx”, không "
        "tính hai lần",
        f"“my-an-lan-2.xlsx”: đơn vị “{BLANK_OFFICE}” đã có trong sổ “my-an.xlsx”, không tính "
        "hai lần",
    ]


def test_a_missing_sheet_and_an_unfilled_blank_are_refused(books: Books, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(books.commune_b)
    del book["QĐ 124"]
    book.save(books.commune_b)
    empty = tmp_path / "chua-dien.xlsx"
    export_blank_book(books.province, empty, HALF, "Ủy ban MTTQ Việt Nam xã Tân Phú")

    found = _refusals(books, [books.commune_b, empty], tmp_path)

    assert found == [
        "“binh-thanh.xlsx”: thiếu trang “QĐ 124”",
        "“chua-dien.xlsx”: sổ chưa điền số liệu nào",
    ]


def test_a_file_that_is_no_summary_book_is_refused_by_name(books: Books, tmp_path: Path) -> None:
    other = tmp_path / "so-van-ban.xlsx"
    sheet = openpyxl.Workbook()
    sheet.active["A1"] = "Sổ văn bản đến"  # type: ignore[index]
    sheet.save(other)

    found = _refusals(books, [books.commune_a, other], tmp_path)

    assert len(found) == 1 and found[0].startswith("“so-van-ban.xlsx”: ")


def test_the_consolidated_book_is_read_again_as_one_office_holding_three(
    books: Books, tmp_path: Path
) -> None:
    target = tmp_path / "tong-hop.xlsx"
    write_consolidation(books.province, [books.commune_a, books.commune_b, books.filled], target)

    [again] = read_books([target])
    assert again.ok and again.meta is not None
    assert again.meta.kind is BookKind.CONSOLIDATED and len(again.meta.holds) == 3
    sent = totals(target)
    for key, read in again.totals:
        assert [v for v in read if v is not None] == [v for v in sent[key] if v is not None]

    # One of the three sent up again beside the consolidation: the same office twice.
    checked = cross_checked(read_books([target, books.commune_b]))
    assert checked[0].ok and not checked[1].ok
    assert "đã có trong sổ “tong-hop.xlsx”" in say(checked[1].conflicts[0])
