"""Tổng quan counts this year's direct dialogues and citizens' reports; each figure opens them.

The demo office held dialogues and received citizens' reports this year: the figures say how
many, and a click shows exactly those, on Đối thoại trực tiếp (said "năm …", with Bỏ lọc)
and on the reports' tab of Giám sát theo QĐ 124 (the year chosen in its filter).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.conduct.conduct_page import REPORTS_TAB, ConductPage
from giamsat_desktop.ui.dialogues.dialogues_page import DialoguesPage
from giamsat_desktop.ui.main_window import MainWindow
from tests.session_day import TODAY
from tests.ui.clicks import click, settle
from tests.ui.overview.test_ui_overview import _overview


def test_the_years_dialogues_figure_opens_those_dialogues(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    figure = overview.figures["dialogues_this_year"]
    assert figure.caption.text() == f"Đối thoại trực tiếp năm {TODAY.year}:"
    counted = int(figure.value.text())
    assert counted > 0
    click(qtbot, figure)
    page = demo_window.pages["dialogues"]
    assert isinstance(page, DialoguesPage)
    assert demo_window.current_page_key() == "dialogues"
    settle(demo_window)
    qtbot.waitUntil(lambda: page.model.rowCount() == counted, timeout=10_000)
    shown = [page.model.record(row) for row in range(page.model.rowCount())]
    assert all(record.year == TODAY.year for record in shown)
    assert f"năm {TODAY.year}" in page.filters.pinned_label.toolTip()


def test_the_years_reports_figure_opens_the_reports_of_the_year(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    figure = overview.figures["reports_this_year"]
    assert figure.caption.text() == f"Phản ánh (QĐ 124) năm {TODAY.year}:"
    counted = int(figure.value.text())
    assert counted > 0
    click(qtbot, figure)
    page = demo_window.pages["conduct"]
    assert isinstance(page, ConductPage)
    assert demo_window.current_page_key() == "conduct"
    assert page.tabs.currentIndex() == REPORTS_TAB
    reports = page.reports
    assert reports.filters.year.currentData() == TODAY.year
    settle(demo_window)
    qtbot.waitUntil(lambda: reports.model.rowCount() == counted, timeout=10_000)
    shown = [reports.model.record(row) for row in range(reports.model.rowCount())]
    assert all(record.received_on.year == TODAY.year for record in shown)
