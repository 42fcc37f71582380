"""The task list as an Excel workbook, styled like the register export, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from giamsat_desktop.reports.registers.workbook import write_incoming_register
from giamsat_desktop.reports.tasks.workbook import TASK_HEADERS, write_task_list
from tests.reports.tasks.task_samples import DIRECTIVE_TASKS, TASKS, TODAY

TITLE = "DANH SÁCH NHIỆM VỤ NĂM 2026"
SUBTITLE = "Ủy ban MTTQ Việt Nam xã Tân Hưng · Năm 2026"
HEADER_ROW = 4  # title, subtitle, blank line, header
COLUMN = {header: index for index, header in enumerate(TASK_HEADERS, start=1)}


def write(path: Path, tasks: tuple = TASKS, **options: object):  # noqa: ANN201
    options.setdefault("title", TITLE)
    options.setdefault("subtitle", SUBTITLE)
    options.setdefault("today", TODAY)
    count = write_task_list(path, tasks, **options)  # type: ignore[arg-type]
    return count, load_workbook(path).active


def row(sheet, number: int) -> dict[str, object]:  # noqa: ANN001
    return {h: sheet.cell(HEADER_ROW + number, c).value for h, c in COLUMN.items()}


def test_the_sheet_has_the_title_the_header_and_a_numbered_row_per_task(tmp_path: Path) -> None:
    count, sheet = write(tmp_path / "nhiem-vu.xlsx")
    assert count == len(TASKS) == 7
    assert sheet.title == "Nhiệm vụ"
    assert sheet["A1"].value == TITLE and sheet["A2"].value == SUBTITLE
    header = tuple(sheet.cell(HEADER_ROW, c).value for c in range(1, len(TASK_HEADERS) + 1))
    assert header == (
        "STT",
        "Ngày giao",
        "Văn bản nguồn",
        "Nội dung",
        "Chủ trì",
        "Phối hợp",
        "Người phụ trách",
        "Thời hạn",
        "Trạng thái",
        "Tiến độ %",
        "Ngày hoàn thành",
        "Đúng hạn/Quá hạn",
    )
    assert [sheet.cell(HEADER_ROW + n, 1).value for n in range(1, 8)] == list(range(1, 8))
    assert sheet.max_row == HEADER_ROW + 7


def test_each_column_holds_what_its_header_says(tmp_path: Path) -> None:
    _count, sheet = write(tmp_path / "nhiem-vu.xlsx")
    late = row(sheet, 2)
    assert late["Ngày giao"] == dt.datetime(2026, 3, 2)
    assert late["Văn bản nguồn"] == "45/KH-MTTQ-BTT"
    assert late["Chủ trì"] == "Hội Nông dân" and late["Phối hợp"] == "Hội Cựu chiến binh"
    assert late["Người phụ trách"] == "Ông Trần Văn Bình"
    assert late["Thời hạn"] == dt.datetime(2026, 4, 15)
    assert (late["Trạng thái"], late["Tiến độ %"]) == ("Hoàn thành", 100)
    assert late["Ngày hoàn thành"] == dt.datetime(2026, 4, 18)
    assert late["Đúng hạn/Quá hạn"] == "Hoàn thành quá hạn 3 ngày"
    assert row(sheet, 1)["Đúng hạn/Quá hạn"] == "Đúng hạn"
    overdue = row(sheet, 3)
    assert (overdue["Trạng thái"], overdue["Tiến độ %"]) == ("Đang thực hiện (60%)", 60)
    assert overdue["Ngày hoàn thành"] is None
    assert overdue["Đúng hạn/Quá hạn"] == "Quá hạn 35 ngày"
    cancelled = row(sheet, 5)
    assert cancelled["Trạng thái"] == "Đã hủy: Không còn đối tượng"
    assert cancelled["Đúng hạn/Quá hạn"] is None
    standing = row(sheet, 7)
    assert standing["Thời hạn"] == "Thường xuyên"
    assert standing["Đúng hạn/Quá hạn"] == "Thường xuyên, báo cáo 6 tháng"


def test_it_is_styled_as_the_register_export(tmp_path: Path) -> None:
    _count, sheet = write(tmp_path / "nhiem-vu.xlsx")
    write_incoming_register(tmp_path / "so-den.xlsx", [], title="SỔ", subtitle="Năm 2026")
    register = load_workbook(tmp_path / "so-den.xlsx").active
    last = get_column_letter(len(TASK_HEADERS))
    assert sheet.freeze_panes == register.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:{last}{HEADER_ROW + 7}"
    assert f"A1:{last}1" in sheet.merged_cells
    head, register_head = sheet.cell(HEADER_ROW, 1), register.cell(HEADER_ROW, 1)
    assert head.font.b and head.fill.fgColor.rgb == register_head.fill.fgColor.rgb
    assert head.border.left.style == register_head.border.left.style == "thin"
    assert sheet.cell(1, 1).font.sz == register.cell(1, 1).font.sz
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == register.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.column_dimensions["D"].width == 60  # Nội dung
    assert sheet.cell(HEADER_ROW + 1, COLUMN["Thời hạn"]).number_format == "DD/MM/YYYY"


def test_typed_text_never_becomes_a_formula(tmp_path: Path) -> None:
    tricky = replace(DIRECTIVE_TASKS[0], content="=HYPERLINK(\"http://x\")", responsible="+84 90")
    _count, sheet = write(tmp_path / "nhiem-vu.xlsx", (tricky,))
    content = sheet.cell(HEADER_ROW + 1, COLUMN["Nội dung"])
    assert content.value == '=HYPERLINK("http://x")' and content.data_type == "s"
    assert sheet.cell(HEADER_ROW + 1, COLUMN["Người phụ trách"]).value == "+84 90"


def test_without_a_day_nothing_is_judged_and_a_cancel_leaves_no_file(tmp_path: Path) -> None:
    _count, sheet = write(tmp_path / "nhiem-vu.xlsx", today=None)
    assert {row(sheet, n)["Đúng hạn/Quá hạn"] for n in range(1, 7)} == {None}
    target = tmp_path / "dung.xlsx"
    with pytest.raises(InterruptedError):
        write_task_list(target, TASKS, title=TITLE, cancelled=lambda: True)
    assert not target.exists()
