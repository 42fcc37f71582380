"""Giám sát theo QĐ 124, clicked through on the demo office: a citizen's report written with
its reporter, forwarded by an issued letter, its result recorded; a clerk without the flag
"xem người phản ánh" never sees who reported, and saving the report keeps it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.conduct import ReportState
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import reports
from giamsat_desktop.ui.conduct import conduct_models as columns
from giamsat_desktop.ui.conduct.conduct_page import REPORTS_TAB
from giamsat_desktop.ui.conduct.report_dialog import ReportDialog
from giamsat_desktop.ui.main_window import MainWindow
from tests.session_day import TODAY
from tests.ui.clicks import choose, settle
from tests.ui.conduct.conduct_clicks import click_line, click_tab, open_by, page_by_entry, save

Typist = Callable[[QWidget, str], None]
REPORTED = "Quách Văn Điền"
REPORTER = "Mai Thị Xuyến"
DAY = TODAY.strftime("%d/%m/%Y")


def _rows(listing: object) -> list[list[str]]:
    model = listing.model  # type: ignore[attr-defined]
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_report_is_written_with_its_reporter_forwarded_and_answered(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = page_by_entry(qtbot, window)
    click_tab(qtbot, window, page, REPORTS_TAB)
    listing = page.reports

    dialog = open_by(qtbot, listing, listing.new_button)  # type: ignore[arg-type]
    assert isinstance(dialog, ReportDialog) and dialog.reporter_name.isVisible()
    choose(qtbot, dialog.channel, "Điện thoại")
    type_text(dialog.reporter_name, REPORTER)
    type_text(dialog.reporter_contact, "0987 111 222")
    type_text(dialog.reported_name, REPORTED)
    type_text(dialog.reported_position, "Trưởng thôn Bàu Sen")
    type_text(dialog.content, "Phản ánh việc thu tiền đóng góp xây nhà văn hóa không công khai")
    save(qtbot, window, dialog)

    type_text(listing.filters.search, "quach van dien")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=10_000)
    [row] = _rows(listing)
    assert row[columns.R_REPORTED] == REPORTED
    assert row[columns.R_STATE] == "Mới tiếp nhận"
    assert row[columns.R_REPORTER] == REPORTER  # the demo office's one clerk sees it

    click_line(qtbot, listing, 0)
    dialog = open_by(qtbot, listing, listing.edit_button)  # type: ignore[arg-type]
    assert isinstance(dialog, ReportDialog)
    assert not dialog.forwarded_to.isEnabled()
    choose(qtbot, dialog.state, "Đã chuyển xử lý")
    assert dialog.forwarded_to.isEnabled() and not dialog.save_button.isEnabled()
    type_text(dialog.forwarded_to, "Ủy ban nhân dân xã")
    type_text(dialog.forwarded_on, DAY)
    assert dialog.letter.count() > 1, "the demo office has issued letters"
    letter = dialog.letter.itemText(1)
    choose(qtbot, dialog.letter, letter)
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _rows(listing)[0][columns.R_STATE] == "Đã chuyển xử lý")
    symbol = letter.split(" (")[0]
    assert symbol in _rows(listing)[0][columns.R_HANDLING]

    click_line(qtbot, listing, 0)
    dialog = open_by(qtbot, listing, listing.edit_button)  # type: ignore[arg-type]
    assert isinstance(dialog, ReportDialog)
    choose(qtbot, dialog.state, "Đã có kết quả")
    type_text(dialog.result, "UBND xã đã yêu cầu công khai các khoản đóng góp")
    type_text(dialog.result_on, DAY)
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _rows(listing)[0][columns.R_STATE] == "Đã có kết quả")
    assert _rows(listing)[0][columns.R_HANDLING].startswith("UBND xã đã yêu cầu công khai")

    key = listing.model.key(0)
    stored = reports.get_report(demo_context.factory, demo_context.actor, key)
    assert (stored.reporter_name, stored.reporter_contact) == (REPORTER, "0987 111 222")
    assert stored.state is ReportState.RESOLVED and stored.letter_symbol == symbol
    assert (stored.forwarded_to, stored.forwarded_on, stored.result_on) == (
        "Ủy ban nhân dân xã",
        TODAY,
        TODAY,
    )


def test_a_clerk_without_the_flag_never_sees_the_reporter_and_keeps_it_on_saving(
    demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    from tests.services.conduct.samples import REPORT

    made, _ = reports.create_report(
        demo_context.factory,
        demo_context.actor,
        dataclasses.replace(REPORT, reported_name=REPORTED),
    )
    clerk = Actor("vanthu", Role.CLERK)
    window = MainWindow(dataclasses.replace(demo_context, actor=clerk), Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    page = page_by_entry(qtbot, window)
    click_tab(qtbot, window, page, REPORTS_TAB)
    listing = page.reports
    assert listing.model.columnCount() == columns.R_REPORTER  # no column for who reported
    type_text(listing.filters.search, "quach van dien")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=10_000)
    assert REPORT.reporter_name not in " ".join(_rows(listing)[0])

    click_line(qtbot, listing, 0)
    dialog = open_by(qtbot, listing, listing.edit_button)  # type: ignore[arg-type]
    assert isinstance(dialog, ReportDialog)
    assert not dialog.reporter_name.isVisible() and dialog.protected.isVisible()
    assert dialog.reporter_name.text() == ""
    type_text(dialog.notes, "Đã xác minh")
    save(qtbot, window, dialog)
    settle(window)
    stored = reports.get_report(demo_context.factory, demo_context.actor, made.id)
    assert stored.notes == "Đã xác minh"
    assert (stored.reporter_name, stored.reporter_contact) == (
        REPORT.reporter_name,
        REPORT.reporter_contact,
    )
    window.runner.wait_for_all()
