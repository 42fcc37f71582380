"""Cài đặt → Ngày nghỉ lễ, Tết as a clerk uses it, and "sau 15 ngày" counting what was saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import deadline_after
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.catalog import days_off
from giamsat_desktop.services.catalog.days_off import DayOffEntry
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.day_off_entry_dialog import DayOffEntryDialog
from giamsat_desktop.ui.settings.days_off_dialog import DaysOffDialog
from giamsat_desktop.ui.settings.settings_page import SettingsPage
from giamsat_desktop.ui.tasks.assign_dialog import AssignDialog
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_row, menu_action, settle
from tests.ui.modals import answer_modal, press

Typist = Callable[[QWidget, str], None]
CLOSED = "Nghỉ theo quyết định của Ủy ban nhân dân tỉnh"


def _settings_page(window: MainWindow) -> SettingsPage:
    """Đi đến → Cài đặt."""
    menu_action(window, "Đi đến", "Cài đặt").trigger()
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage) and page.isVisible()
    settle(window)
    return page


def _open_days_off(qtbot: QtBot, window: MainWindow) -> DaysOffDialog:
    """Cài đặt, then Ngày nghỉ lễ, Tết…: the dialog, its year read."""
    box = _settings_page(window).days_off_box
    assert box.title() == "Ngày nghỉ lễ, Tết và nhắc hạn" and box.isVisible()
    click(qtbot, box.days_off_button)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible())
    dialog = box.dialog
    assert dialog is not None
    settle(window)
    return dialog


def _add_line(
    qtbot: QtBot, type_text: Typist, dialog: DaysOffDialog, day: dt.date, name: str
) -> DayOffEntryDialog:
    """Thêm…, type the date and the name, Đồng ý."""
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: dialog.entry_dialog is not None and dialog.entry_dialog.isVisible())
    entry = dialog.entry_dialog
    assert entry is not None
    type_text(entry.date, format_date(day))
    type_text(entry.name, name)
    click(qtbot, entry.ok_button)
    qtbot.waitUntil(lambda: not entry.isVisible())
    return entry


def _rows(dialog: DaysOffDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    ]


def _assign_dialog(qtbot: QtBot, window: MainWindow) -> AssignDialog:
    """Đi đến → Nhiệm vụ, Giao nhiệm vụ…: the dialog, its reads done."""
    menu_action(window, "Đi đến", "Nhiệm vụ").trigger()
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    settle(window)
    click(qtbot, page.assign_button)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    settle(window)
    dialog = page.last_dialog
    assert isinstance(dialog, AssignDialog)
    return dialog


def test_a_day_off_added_and_saved_moves_sau_15_ngay_past_it(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    before = deadline_after(TODAY, 15, days_off.days_off(context.factory))  # a working day
    dialog = _open_days_off(qtbot, window)
    assert dialog.windowTitle() == "Ngày nghỉ lễ, Tết"
    reminded = days_off.tet_reminder_due(context.factory, TODAY)  # December, no Tết next year
    opened = TODAY.year + 1 if reminded else TODAY.year
    assert dialog.year_choice.currentText() == str(opened)
    if before.year != opened:
        choose(qtbot, dialog.year_choice, str(before.year))
        settle(window)
    shown = len(_rows(dialog))
    assert not dialog.save_button.isEnabled()  # nothing changed yet

    _add_line(qtbot, type_text, dialog, before, CLOSED)
    rows = _rows(dialog)
    assert len(rows) == shown + 1
    assert (format_date(before), CLOSED, "Nghỉ lễ") in {
        (day.split(" ")[0], name, kind) for day, name, kind in rows
    }
    assert dialog.note.text().startswith(f"Ngày nghỉ năm {before.year} do đơn vị nhập.")
    assert dialog.note.text().endswith("Có thay đổi chưa lưu.")
    click(qtbot, dialog.save_button)
    settle(window)
    assert dialog.status.text().startswith("Đã lưu.")
    assert dialog.problem.text() == ""
    assert "chưa lưu" not in dialog.note.text()
    saved = days_off.year_days_off(context.factory, before.year)
    assert DayOffEntry(before, CLOSED) in saved.entries and not saved.shipped
    click(qtbot, dialog.close_button)  # saved: closes without asking
    assert not dialog.isVisible()

    assign = _assign_dialog(qtbot, window)
    click(qtbot, assign.by_days)
    assert assign.days.value() == 15
    after = assign.deadline()[0]
    assert after is not None and after > before
    assert days_off.days_off(context.factory).next_working_day(before) == after
    assert assign.deadline_hint.text() == f"hạn: {format_date(after)}"
    assign.pending.clear()
    click(qtbot, assign.close_button)


def test_a_year_with_no_days_off_says_so_and_closing_asks_before_losing_a_line(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _open_days_off(qtbot, window)
    year = max(int(dialog.year_choice.itemText(i)) for i in range(dialog.year_choice.count()))
    choose(qtbot, dialog.year_choice, str(year))
    settle(window)
    assert dialog.table.rowCount() == 0
    assert dialog.note.text() == (
        f"Chưa có ngày nghỉ lễ, Tết của năm {year}: hãy nhập theo thông báo của Chính phủ."
    )
    _add_line(qtbot, type_text, dialog, dt.date(year, 1, 1), "Tết Dương lịch")
    assert dialog.table.rowCount() == 1

    kept = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    click(qtbot, dialog.close_button)
    kept.check()
    assert dialog.isVisible() and dialog.table.rowCount() == 1  # Tiếp tục sửa
    dropped = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.close_button)
    assert "chưa được lưu" in dropped.check().text
    assert not dialog.isVisible()
    assert days_off.year_days_off(context.factory, year).entries == ()


def test_a_shipped_year_says_where_it_comes_from_and_a_viewer_only_reads_it(
    context: ServiceContext, qtbot: QtBot
) -> None:
    window = MainWindow(
        dataclasses.replace(context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    box = _settings_page(window).days_off_box
    assert not box.reminder.isEnabled()
    dialog = _open_days_off(qtbot, window)
    choose(qtbot, dialog.year_choice, "2026")
    settle(window)
    assert dialog.note.text() == (
        "Ngày nghỉ năm 2026 theo quyết định của Chính phủ, có sẵn trong chương trình."
    )
    rows = _rows(dialog)
    assert ("16/02/2026 (thứ Hai)", "Tết Âm lịch", "Nghỉ lễ") in rows
    assert ("10/01/2026 (thứ Bảy)", "Làm bù cho thứ Sáu 02/01", "Làm bù") in rows
    assert dialog.viewer_note.isVisible()
    for button in (dialog.add_button, dialog.edit_button, dialog.remove_button):
        assert not button.isVisible()
    assert not dialog.save_button.isVisible()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    window.runner.wait_for_all()


def test_nhac_truoc_han_is_kept_for_the_whole_office(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    box = _settings_page(window).days_off_box
    assert box.reminder.value() == 3 and box.reminder.isEnabled()
    due = days_off.tet_reminder_due(context.factory, TODAY)  # in December, with no Tết yet
    assert box.tet_note.isVisible() is due
    assert f"Tết Âm lịch năm {TODAY.year + 1}" in box.tet_note.text()
    edit = box.reminder.lineEdit()
    edit.selectAll()
    type_text(edit, "7")
    qtbot.keyClick(box.reminder, "\r")
    settle(window)
    assert days_off.reminder_days(context.factory) == 7
    assert box.reminder_status.text() == "Đã lưu."


def test_sua_and_xoa_change_lines_and_a_save_after_another_pc_saved_reads_its_list(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    year = TODAY.year + 2  # a year nobody entered
    dialog = _open_days_off(qtbot, window)
    choose(qtbot, dialog.year_choice, str(year))
    settle(window)
    _add_line(qtbot, type_text, dialog, dt.date(year, 1, 1), "Tết Dương lịch")
    _add_line(qtbot, type_text, dialog, dt.date(year, 4, 30), "Ngày Chiến thắng")
    click_row(qtbot, dialog.table, 0)
    click(qtbot, dialog.edit_button)
    qtbot.waitUntil(lambda: dialog.entry_dialog is not None and dialog.entry_dialog.isVisible())
    entry = dialog.entry_dialog
    assert entry is not None and entry.name.text() == "Tết Dương lịch"
    entry.name.selectAll()
    type_text(entry.name, "Tết Dương lịch (1/1)")
    click(qtbot, entry.ok_button)
    click_row(qtbot, dialog.table, 1)
    click(qtbot, dialog.remove_button)
    assert [name for _day, name, _kind in _rows(dialog)] == ["Tết Dương lịch (1/1)"]

    other_pc = [DayOffEntry(dt.date(year, 9, 2), "Quốc khánh")]
    days_off.save_year_days_off(context.factory, Actor("vanthu2", Role.CLERK), year, other_pc, 0)
    click(qtbot, dialog.save_button)
    settle(window)
    assert f"Danh sách ngày nghỉ năm {year} vừa được lưu ở máy khác" in dialog.problem.text()
    assert [name for _day, name, _kind in _rows(dialog)] == ["Quốc khánh"]
    assert days_off.year_days_off(context.factory, year).entries == tuple(other_pc)
