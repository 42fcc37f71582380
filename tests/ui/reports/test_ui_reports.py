"""Báo cáo: the period chosen, the tables the service counts, each figure opening its list."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QTableView,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.recommendations import RecommendationState
from giamsat_desktop.domain.reporting_period import PeriodScheme, range_period, reporting_period
from giamsat_desktop.domain.statistics_tables import Table
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.settings import period_scheme
from giamsat_desktop.services.statistics.tables import task_table
from giamsat_desktop.ui.letters.letters_page import LettersPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.recommendations.recommendations_page import RecommendationsPage
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from giamsat_desktop.ui.reports.narrative_dialog import NarrativeDialog
from giamsat_desktop.ui.reports.reports_page import ReportsPage
from giamsat_desktop.ui.reports.statistics_model import figure_text
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_for_dialog, menu_action, settle
from tests.ui.modals import answer_modal, choose_file, press

Typist = Callable[[QWidget, str], None]


def _open_reports(window: MainWindow, qtbot: QtBot) -> ReportsPage:
    """Ctrl+0, as the clerk opens Báo cáo; the figures read."""
    settle(window)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reports"
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    settle(window)
    return page


def _choose_period(window: MainWindow, qtbot: QtBot, page: ReportsPage, kind: str) -> None:
    choose(qtbot, page.period_bar.year, str(TODAY.year))
    choose(qtbot, page.period_bar.kind, kind)
    settle(window)


def _screen(page: ReportsPage, key: str) -> list[list[str]]:
    """The cells of a table as the clerk reads them, the total row last."""
    model = page.table_tabs[key].model
    assert model is not None
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _counted(table: Table) -> list[list[str]]:
    rows = [
        [row.label, *(figure_text(v, c) for v, c in zip(row.values, table.columns, strict=True))]
        for row in table.rows
    ]
    total = [table.total_label, *(figure_text(table.total(c.key), c) for c in table.columns)]
    return [*rows, total]


def _double_click(qtbot: QtBot, view: QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _show_tab(qtbot: QtBot, page: ReportsPage, key: str) -> QTableView:
    """Click the table's tab; its view."""
    tab = page.table_tabs[key]
    bar = page.tabs.tabBar()
    where = bar.tabRect(page.tabs.indexOf(tab)).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=where)
    assert page.tabs.currentWidget() is tab
    return tab.view


def test_the_first_halfs_task_figures_are_the_services(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    page = _open_reports(demo_window, qtbot)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Giám sát", "Kiến nghị", "Phản biện", "QĐ 218", "QĐ 124", "Nhiệm vụ",
    ]  # fmt: skip
    _choose_period(demo_window, qtbot, page, "6 tháng đầu năm")
    period = reporting_period(TODAY.year, 1)
    assert page.period_bar.days.text() == (
        f"Kỳ theo năm dương lịch: 01/01/{TODAY.year} – 30/06/{TODAY.year}"
    )
    counted = task_table(statistics_for(demo_context.factory, demo_context.actor, period))
    shown = _screen(page, "nhiem_vu")
    assert shown == _counted(counted)
    assert sum(row.values[0] or 0 for row in counted.rows) > 0, "the demo gives tasks then"
    for section in range(1, 6):  # the counts: the total row is the sum of the rows above
        assert int(shown[-1][section].replace(".", "")) == sum(
            int(row[section].replace(".", "") or 0) for row in shown[:-1]
        )
    as_of = min(period.end, TODAY)
    assert f"Tình trạng tính đến ngày {as_of:%d/%m/%Y}" in page.as_of.text()
    _show_tab(qtbot, page, "nhiem_vu")
    assert page.table_tabs["nhiem_vu"].notes.isVisible()
    assert page.table_tabs["nhiem_vu"].notes.text().startswith("Tình trạng")


def test_a_headers_tooltip_is_its_counting_rule(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = _open_reports(demo_window, qtbot)
    view = _show_tab(qtbot, page, "nhiem_vu")
    header = view.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(1) + header.sectionSize(1) // 2, 5)
    event = QHelpEvent(QEvent.Type.ToolTip, where, header.viewport().mapToGlobal(where))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    rule = "Nhiệm vụ giao trong kỳ cho tổ chức chủ trì; nhiệm vụ đã hủy không tính."
    assert QToolTip.text() == rule
    QToolTip.hideText()


def _first_row_with(page: ReportsPage, key: str, section: int) -> int:
    model = page.table_tabs[key].model
    assert model is not None
    rows = [r for r in range(model.rowCount() - 1) if (model.value(r, section) or 0) > 0]
    assert rows, f"no figure in column {section} of {key}"
    return rows[0]


@pytest.mark.parametrize("period", ["Cả năm", "6 tháng đầu năm"])
def test_a_task_figure_opens_exactly_those_tasks(
    demo_window: MainWindow, qtbot: QtBot, period: str
) -> None:
    page = _open_reports(demo_window, qtbot)
    _choose_period(demo_window, qtbot, page, period)
    for section in (1, 2):  # Được giao, Hoàn thành đúng hạn
        demo_window.show_page("reports")
        view = _show_tab(qtbot, page, "nhiem_vu")
        row = _first_row_with(page, "nhiem_vu", section)
        index = view.model().index(row, section)
        figure = int(index.data().replace(".", ""))
        _double_click(qtbot, view, index)
        settle(demo_window)
        assert demo_window.current_page_key() == "tasks"
        tasks = demo_window.pages["tasks"]
        assert isinstance(tasks, TasksPage)
        qtbot.waitUntil(lambda: not demo_window.runner.busy)
        settle(demo_window)
        assert tasks.model.rowCount() == figure
        organisation = view.model().index(row, 0).data()
        column = page.table_tabs["nhiem_vu"].model.column(section)  # type: ignore[union-attr]
        assert column is not None
        named = [column.group, column.title] if column.group else [column.title]
        heading = " ".join(" – ".join(named).split())  # under its group, if any
        said = tasks.filters.kept_note.text()
        assert said.startswith(f"Chỉ những nhiệm vụ được tính ở ô «{heading}», dòng {organisation}")
        assert ("năm" if period == "Cả năm" else "6 tháng đầu năm") in said
        click(qtbot, tasks.filters.drop_kept)  # the whole list again
        settle(demo_window)
        assert tasks.model.rowCount() > figure and not tasks.filters.kept_note.isVisible()


def test_a_recommendation_figure_opens_the_list_filtered(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = _open_reports(demo_window, qtbot)
    _choose_period(demo_window, qtbot, page, "Cả năm")
    view = _show_tab(qtbot, page, "kien_nghi")
    model = view.model()
    total = model.rowCount() - 1
    assert int(model.index(total, 1).data().replace(".", "")) > 0
    figure = int(model.index(total, 1).data().replace(".", ""))
    _double_click(qtbot, view, model.index(total, 1))  # Đã gửi, the total
    settle(demo_window)
    assert demo_window.current_page_key() == "recommendations"
    listed = demo_window.pages["recommendations"]
    assert isinstance(listed, RecommendationsPage)
    settle(demo_window)
    shown = [listed.model.record(r) for r in range(listed.model.rowCount())]
    assert len(shown) == figure
    assert all(r.state is not RecommendationState.DRAFTED for r in shown)  # type: ignore[union-attr]
    words = listed.filters.pinned.label.text()
    assert words.startswith(
        f"Đang xem: {figure} kiến nghị được tính ở ô «Đã gửi», dòng Tổng cộng, năm {TODAY.year}"
    )


def _sum_formula(sheet: object, formula: str) -> float:
    """The value of a total cell's "=SUM(B8:B14)", from the cells it names."""
    found = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formula)
    assert found, formula
    letter, first, _, last = found.groups()
    return sum(
        sheet[f"{letter}{row}"].value or 0  # type: ignore[index]
        for row in range(int(first), int(last) + 1)
    )


def test_excel_book_written_from_the_screens_period(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _open_reports(demo_window, qtbot)
    _choose_period(demo_window, qtbot, page, "6 tháng đầu năm")
    target = tmp_path / "thong-ke.xlsx"
    chosen = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: told.done, timeout=20_000)
    chosen.check()
    assert str(target) in told.check().text and "Đã ghi" in told.text
    book = openpyxl.load_workbook(target)
    sheet = book["Nhiệm vụ"]
    totals = next(row for row in sheet.iter_rows() if row[0].value == "Tổng cộng")
    screen_total = _screen(page, "nhiem_vu")[-1]
    for section in range(1, 6):
        assert _sum_formula(sheet, str(totals[section].value)) == int(
            screen_total[section].replace(".", "")
        )


def test_a_range_of_days(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _open_reports(demo_window, qtbot)
    choose(qtbot, page.period_bar.kind, "Khoảng ngày…")
    bar = page.period_bar
    assert bar.start.isVisible() and bar.end.isVisible() and not bar.year.isEnabled()
    start, end = TODAY.replace(month=1, day=1), TODAY
    for field, day in ((bar.start, start), (bar.end, end)):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(field, f"{day:%d/%m/%Y}")
        if field is bar.start:
            qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(bar.end, Qt.Key.Key_Return)
    settle(demo_window)
    assert bar.days.text() == f"Khoảng ngày: {start:%d/%m/%Y} – {end:%d/%m/%Y}"
    period = range_period(start, end)
    counted = task_table(statistics_for(demo_context.factory, demo_context.actor, period))
    assert _screen(page, "nhiem_vu") == _counted(counted)
    assert page.shown is not None and page.shown.period == period


def test_the_office_changes_its_reporting_periods(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    page = _open_reports(demo_window, qtbot)
    _choose_period(demo_window, qtbot, page, "6 tháng đầu năm")
    choose(qtbot, page.scheme, PeriodScheme.DECREE_09.label)
    settle(demo_window)
    assert period_scheme(demo_context.factory) is PeriodScheme.DECREE_09
    year = TODAY.year
    assert page.period_bar.days.text() == (
        f"Kỳ theo Nghị định 09/2019: 15/12/{year - 1} – 14/06/{year}"
    )
    assert page.shown is not None
    assert page.shown.period == reporting_period(year, 1, PeriodScheme.DECREE_09)


def test_a_viewer_cannot_change_the_reporting_periods(
    demo_context: ServiceContext, qtbot: QtBot
) -> None:
    viewer = dataclasses.replace(demo_context, actor=Actor("xem", Role.VIEWER))
    window = MainWindow(viewer, Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    page = _open_reports(window, qtbot)
    assert not page.scheme.isEnabled()
    assert page.scheme.currentData() == PeriodScheme.CALENDAR
    window.runner.wait_for_all()


def test_the_periodic_report_is_written_previewed_issued_and_registered(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    """From the period shown to the issued report, its PDF and Word copy in Văn bản đi."""
    page = _open_reports(demo_window, qtbot)
    _choose_period(demo_window, qtbot, page, "6 tháng đầu năm")
    led = page.table_tabs["giam_sat"].model.table.total("led")  # type: ignore[union-attr]
    dialog = click_for_dialog(qtbot, page.periodic_button, NarrativeDialog)
    assert dialog.windowTitle() == f"Nội dung báo cáo 6 tháng đầu năm {TODAY.year}"
    qtbot.waitUntil(dialog.report_button.isEnabled, timeout=10_000)
    click(qtbot, dialog.report_button)
    qtbot.waitUntil(lambda: demo_window.current_page_key() == "letters", timeout=10_000)
    settle(demo_window)
    letters = demo_window.pages["letters"]
    assert isinstance(letters, LettersPage)
    qtbot.waitUntil(lambda: letters.last_dialog is not None and letters.last_dialog.isVisible())
    composer = letters.last_dialog
    assert composer is not None
    assert composer.subject.text() == (
        f"Kết quả công tác giám sát, phản biện xã hội 6 tháng đầu năm {TODAY.year}"
    )

    click(qtbot, composer.preview_button)
    qtbot.waitUntil(lambda: composer.last_preview is not None and composer.last_preview.isVisible())
    preview = composer.last_preview
    assert preview is not None
    shown = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages).split()
    )
    assert f"Trong 6 tháng đầu năm {TODAY.year}," in shown
    assert f"chủ trì {led} cuộc giám sát" in shown and "PHỤ LỤC" in shown
    click(qtbot, preview.close_button)

    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, composer.issue_button)
    assert asked.check().text.startswith("Phát hành văn bản này?")
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    issued = composer.letter
    assert issued is not None and issued.state is LetterState.ISSUED
    click(qtbot, composer.close_button)

    menu_action(demo_window, "Đi đến", "Văn bản đi").trigger()
    outgoing = demo_window.pages["outgoing"]
    assert isinstance(outgoing, OutgoingPage)
    qtbot.waitUntil(lambda: outgoing.model.rowCount() > 0)
    settle(demo_window)
    line = outgoing.model.record(0)  # the newest line first
    assert line.subject == composer.subject.text() and line.attachment_count == 2
    stored = attachments.list_attachments(demo_context.factory, "outgoing", line.id)
    assert sorted(Path(f.file_name).suffix for f in stored) == [".docx", ".pdf"]
