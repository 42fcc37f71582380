"""Nhiệm vụ → Theo tổ chức: the rate explained as on Tổng quan, counts to the right, red overdue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.overview import organization_table as overview_columns
from giamsat_desktop.ui.overview.overview_page import OverviewPage
from giamsat_desktop.ui.tasks import organization_table as columns
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.ui.clicks import menu_action, settle

RULE = (
    "% đúng hạn = số hoàn thành đúng hạn ÷ (tất cả đã hoàn thành + đang quá hạn); "
    "không tính nhiệm vụ thường xuyên và nhiệm vụ đã hủy"
)


def test_the_table_by_organisation_explains_its_rate_and_marks_overdue_work(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    window = demo_window
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    settle(window)
    heading = overview.table.model().headerData(
        overview_columns.RATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert heading == RULE  # Tổng quan joins it into its tooltips

    menu_action(window, "Đi đến", "Nhiệm vụ").trigger()
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    settle(window)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    table = page.organizations
    model = table.view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    settle(window)

    sentence = RULE + "."
    assert model.headerData(
        columns.RATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    ) == sentence
    notes = [label.text() for label in table.findChildren(QLabel)]
    assert any(text.endswith(" " + sentence) for text in notes)

    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    overdue_counts = [model.index(row, columns.OVERDUE).data() for row in range(model.rowCount())]
    assert any(count != "0" for count in overdue_counts)
    for row in range(model.rowCount()):
        rate = model.index(row, columns.RATE)
        assert rate.data(Qt.ItemDataRole.ToolTipRole) == sentence
        assert rate.data() == "—" or rate.data().endswith(" %")
        assert rate.data(Qt.ItemDataRole.TextAlignmentRole) == right
        assert model.index(row, columns.NAME).data(Qt.ItemDataRole.TextAlignmentRole) != right
        overdue = model.index(row, columns.OVERDUE).data(Qt.ItemDataRole.ForegroundRole)
        if overdue_counts[row] != "0":
            assert overdue is not None and overdue.name() == "#b00020"
        else:
            assert overdue is None
