"""A QĐ 124 session clicked through on the demo office: written with the people supervised
(typed in place in their table), refused while a line has no name, found by a person's name
without accents, reopened with its people, its place filtered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.conduct import ConductPlace
from giamsat_desktop.domain.conduct_records import ConductFilter
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import queries
from giamsat_desktop.ui.conduct.conduct_page import SESSIONS_TAB
from giamsat_desktop.ui.conduct.session_dialog import ConductSessionDialog
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.supervision.office_sessions import CLERK
from tests.ui.clicks import choose, click
from tests.ui.conduct.conduct_clicks import click_line, click_tab, open_by, page_by_entry, save

Typist = Callable[[QWidget, str], None]
Row = tuple[str, ...]
UNIT = "Khu dân cư ấp Cây Gáo"
PEOPLE = [
    ("Lâm Văn Khởi", "Trưởng ấp Cây Gáo", "Gương mẫu, gần dân"),
    ("Thạch Thị Sen", "Công chức địa chính - xây dựng", "Có phản ánh chậm giải quyết hồ sơ"),
]


def _editor(qtbot: QtBot, dialog: ConductSessionDialog, before: QLineEdit | None) -> QLineEdit:
    """The cell editor the table has open (a new one once the last closed)."""
    found: list[QLineEdit] = []

    def opened() -> bool:
        found[:] = [
            e
            for e in dialog.people.table.findChildren(QLineEdit)
            if e.isVisible() and e is not before
        ]
        return len(found) == 1

    qtbot.waitUntil(opened)
    return found[0]


def _type_cells(qtbot: QtBot, dialog: ConductSessionDialog, typist: Typist, texts: Row) -> None:
    """Type each cell of the line Thêm người opened, Tab to the next, Enter at the last."""
    editor: QLineEdit | None = None
    for number, text in enumerate(texts):
        editor = _editor(qtbot, dialog, editor)
        if text:
            typist(editor, text)
        last = number == len(texts) - 1
        qtbot.keyClick(editor, Qt.Key.Key_Return if last else Qt.Key.Key_Tab)


def test_a_session_is_written_with_its_people_and_found_by_a_name(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = page_by_entry(qtbot, window)
    click_tab(qtbot, window, page, SESSIONS_TAB)
    listing = page.sessions
    before = listing.model.rowCount()

    dialog = open_by(qtbot, listing, listing.new_button)  # type: ignore[arg-type]
    assert isinstance(dialog, ConductSessionDialog)
    choose(qtbot, dialog.place, "Nơi cư trú")
    type_text(dialog.unit, UNIT)
    type_text(dialog.lead, "Ban công tác Mặt trận ấp Cây Gáo")
    type_text(dialog.content, "Việc tu dưỡng, rèn luyện đạo đức, lối sống nơi cư trú")
    for person in PEOPLE:
        click(qtbot, dialog.people.add_button)
        _type_cells(qtbot, dialog, type_text, person)
    click(qtbot, dialog.people.add_button)  # a line begun with no name: nothing is saved
    _type_cells(qtbot, dialog, type_text, ("", "Phó Bí thư chi bộ"))
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled())
    assert "chưa có họ và tên" in dialog.problem.text()
    table = dialog.people.table
    where = table.visualItemRect(table.item(2, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    click(qtbot, dialog.people.remove_button)
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the line without a name is gone
    type_text(dialog.conclusion, "Các đồng chí giữ gìn đạo đức, lối sống; nhắc công chức địa chính")
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: listing.model.rowCount() == before + 1, timeout=10_000)

    type_text(listing.filters.search, "thach thi sen")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=10_000)
    assert UNIT in [listing.model.index(0, c).data() for c in range(listing.model.columnCount())]
    click_line(qtbot, listing, 0)
    again = open_by(qtbot, listing, listing.edit_button)  # type: ignore[arg-type]
    assert isinstance(again, ConductSessionDialog)
    shown = [(p.full_name, p.position, p.finding) for p in again.people.people()]
    assert shown == PEOPLE
    assert again.place.currentData() == ConductPlace.RESIDENCE.value
    again.close()

    wanted = ConductFilter(words="thach thi sen")
    [key] = queries.conduct_keys(demo_context.factory, CLERK, wanted)
    [stored] = queries.conducts_by_ids(demo_context.factory, CLERK, [key])
    assert [(p.full_name, p.position) for p in stored.people] == [p[:2] for p in PEOPLE]
