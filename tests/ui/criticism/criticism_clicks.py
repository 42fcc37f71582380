"""A clerk's steps on Phản biện xã hội that the tests share: the page from its navigation
entry, a line opened, a step dialog clicked open, and sessions other clerks wrote."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.criticism import CriticismForm, CriticismStep, steps_of
from giamsat_desktop.domain.criticism_records import CriticismDraft, CriticismRecord, PointDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import moves, sessions
from giamsat_desktop.ui.criticism.criticism_dialog import CriticismDialog
from giamsat_desktop.ui.criticism.criticism_model import TITLE
from giamsat_desktop.ui.criticism.criticism_page import CriticismPage
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.clicks import click, settle

BODY = "Ủy ban nhân dân xã Tân Hưng"
POINTS = [
    PointDraft("Điều 3: đối tượng hỗ trợ", "Chưa gồm thân nhân liệt sĩ", "Bổ sung"),
    PointDraft("Điều 5: mức hỗ trợ", "Mức 500.000 đồng thấp", "Nâng lên 800.000 đồng"),
]


def page_by_entry(qtbot: QtBot, window: MainWindow) -> CriticismPage:
    """Click "Phản biện xã hội" in the navigation list; the page shown."""
    navigation = window.navigation
    rows = [navigation.item(i) for i in range(navigation.count())]
    item = next(i for i in rows if i.text() == "Phản biện xã hội")
    navigation.scrollToItem(item)
    point = navigation.visualItemRect(item).center()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(window)
    page = window.stack.currentWidget()
    assert isinstance(page, CriticismPage)
    return page


def titles(page: CriticismPage) -> list[str]:
    """The drafts the list shows, in order."""
    return [page.model.index(r, TITLE).data() for r in range(page.model.rowCount())]


def cell(page: CriticismPage, title: str, column: int, role: int = 0) -> object:
    """What the list shows of ``title``'s session in ``column``."""
    return page.model.index(titles(page).index(title), column).data(role)


def select_line(qtbot: QtBot, page: CriticismPage, title: str) -> None:
    """Click the line of ``title``."""
    index = page.model.index(titles(page).index(title), TITLE)
    page.view.scrollTo(index)
    where = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def open_line(
    qtbot: QtBot, window: MainWindow, page: CriticismPage, title: str
) -> CriticismDialog:
    """Double-click the line of ``title``: its dialog, read."""
    before = page.last_dialog
    select_line(qtbot, page, title)
    index = page.model.index(titles(page).index(title), TITLE)
    where = page.view.visualRect(index).center()
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: page.last_dialog is not before and page.last_dialog is not None)
    dialog = page.last_dialog
    assert dialog is not None
    wait_dialog(qtbot, window, dialog)
    return dialog


def wait_dialog(qtbot: QtBot, window: MainWindow, dialog: CriticismDialog) -> None:
    """Let the dialog finish its write and read the session again."""
    settle(window)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    settle(window)


def step_dialog(qtbot: QtBot, dialog: CriticismDialog, button: QPushButton) -> QDialog:
    """Click a step's button: the small dialog it opens."""
    before = dialog.last_step
    click(qtbot, button)
    qtbot.waitUntil(
        lambda: dialog.last_step is not before
        and dialog.last_step is not None
        and dialog.last_step.isVisible()
    )
    assert dialog.last_step is not None
    return dialog.last_step


def written(context: ServiceContext, title: str, **changes: object) -> CriticismRecord:
    """A conference on ``title`` written by another clerk, held yesterday, with two points."""
    draft = CriticismDraft(
        title,
        BODY,
        CriticismForm.CONFERENCE,
        received_on=TODAY - dt.timedelta(days=30),
        held_on=TODAY - dt.timedelta(days=1),
    )
    draft = dataclasses.replace(draft, **changes)  # type: ignore[arg-type]
    return sessions.create_criticism(context.factory, CLERK, draft, POINTS)[0]


def sent(context: ServiceContext, record: CriticismRecord) -> CriticismRecord:
    """``record`` walked through its form's steps until its criticism is sent today."""
    order = steps_of(record.form)
    for step in order[1 : order.index(CriticismStep.SENT) + 1]:
        record, _ = moves.move_criticism(
            context.factory, CLERK, record.id, record.version, step, TODAY
        )
    return record
