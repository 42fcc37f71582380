"""Ban Thường trực: kept in Danh mục by the clerk; an outgoing document's signer comes from it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import OutgoingFilter, OutgoingRecord
from giamsat_desktop.services.catalog import office
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.ui.catalog.board_member_dialog import BoardMemberDialog
from giamsat_desktop.ui.catalog.board_model import FULL_NAME, POSITION, SIGNATURE, STATUS
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.outgoing_dialog import OutgoingDialog
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from tests.ui.clicks import choose, click, click_for_dialog, click_row, menu_action, settle

Typist = Callable[[QWidget, str], None]
BOARD_TAB = 2


def _catalog(qtbot: QtBot, window: MainWindow) -> CatalogPage:
    """Đi đến → Danh mục, then a click on the tab Ban Thường trực."""
    menu_action(window, "Đi đến", "Danh mục").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, CatalogPage)
    settle(window)
    bar = page.tabs.tabBar()
    assert bar.tabText(BOARD_TAB) == "Ban Thường trực"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(BOARD_TAB).center())
    assert page.tabs.currentWidget() is page.board
    return page


def _rows(page: CatalogPage) -> list[tuple[str, str, str, str]]:
    """The board as the table shows it: name, position, signature block, status."""
    proxy = page.board.proxy
    columns = (FULL_NAME, POSITION, SIGNATURE, STATUS)
    return [
        tuple(proxy.index(row, column).data() for column in columns)  # type: ignore[misc]
        for row in range(proxy.rowCount())
    ]


def _add_member(
    qtbot: QtBot, page: CatalogPage, type_text: Typist, name: str, position: str
) -> BoardMemberDialog:
    """Thêm, type the name, choose the position; the dialog, not yet saved."""
    dialog = click_for_dialog(qtbot, page.board.add_button, BoardMemberDialog)
    assert dialog.windowTitle() == "Thêm thành viên Ban Thường trực"
    type_text(dialog.full_name, name)
    if dialog.position.currentText() != position:
        choose(qtbot, dialog.position, position)
    return dialog


def _save(qtbot: QtBot, window: MainWindow, page: CatalogPage, dialog: BoardMemberDialog) -> None:
    count = page.board.model.rowCount()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    qtbot.waitUntil(lambda: page.board.model.rowCount() == count + 1)


def _new_outgoing(qtbot: QtBot, window: MainWindow) -> tuple[OutgoingPage, OutgoingDialog]:
    """Đi đến → Văn bản đi, click Vào sổ; the dialog once it has read the board."""
    menu_action(window, "Đi đến", "Văn bản đi").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, OutgoingPage)
    settle(window)
    dialog = click_for_dialog(qtbot, page.new_button, OutgoingDialog)
    settle(window)
    return page, dialog


def _names_offered(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _pick_signer(qtbot: QtBot, combo: QComboBox, name: str) -> None:
    """Open the signer list with a click on its arrow and pick ``name`` with the keys."""
    index = combo.findText(name)
    assert index >= 0, f"{name!r} not among {_names_offered(combo)}"
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    arrow = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
    )
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=arrow.center())
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def _stored_outgoing(context: ServiceContext) -> list[OutgoingRecord]:
    keys = register_queries.outgoing_keys(context.factory, context.actor, OutgoingFilter())
    return register_queries.outgoing_rows(context.factory, keys)


def test_a_vice_chair_added_in_danh_muc_signs_an_outgoing_document(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _catalog(qtbot, window)
    # the chair declared with the office is seated already
    assert _rows(page) == [
        ("Nguyễn Thị Thu Hà", "Chủ tịch", "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH", "Đang dùng")
    ]
    vice = _add_member(qtbot, page, type_text, "Trần Văn Phúc", "Phó Chủ tịch")
    assert vice.signature.text() == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert vice.chair_note.isHidden()  # a vice-chair takes nobody's place
    _save(qtbot, window, page, vice)

    assert _rows(page) == [
        ("Nguyễn Thị Thu Hà", "Chủ tịch", "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH", "Đang dùng"),
        ("Trần Văn Phúc", "Phó Chủ tịch", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Đang dùng"),
    ]
    assert "Chưa có Chủ tịch" not in page.board_note.text()

    outgoing_page, dialog = _new_outgoing(qtbot, window)
    assert _names_offered(dialog.signer_name) == ["Nguyễn Thị Thu Hà", "Trần Văn Phúc"]
    assert dialog.signer_name.currentText() == "Nguyễn Thị Thu Hà"
    assert dialog.signer_position.text() == "Chủ tịch"
    assert dialog.signature_hint.text() == "In dưới chữ ký: TM. BAN THƯỜNG TRỰC / CHỦ TỊCH"

    _pick_signer(qtbot, dialog.signer_name, "Trần Văn Phúc")
    assert dialog.signer_name.currentText() == "Trần Văn Phúc"
    assert dialog.signer_position.text() == "Phó Chủ tịch"
    assert dialog.signature_hint.text() == "In dưới chữ ký: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    type_text(dialog.subject, "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)

    qtbot.waitUntil(lambda: outgoing_page.model.rowCount() == 1)
    assert outgoing_page.model.record(0).signer_name == "Trần Văn Phúc"
    assert [(r.signer_name, r.signer_position) for r in _stored_outgoing(context)] == [
        ("Trần Văn Phúc", "Phó Chủ tịch")
    ]


def test_the_chair_declared_with_the_office_signs_by_default(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _page, dialog = _new_outgoing(qtbot, window)

    assert _names_offered(dialog.signer_name) == ["Nguyễn Thị Thu Hà"]
    assert dialog.signer_name.currentText() == "Nguyễn Thị Thu Hà"  # the office's chair
    assert dialog.signer_position.text() == "Chủ tịch"


def test_a_signer_from_outside_the_board_is_typed(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    before = len(_stored_outgoing(demo_context))
    _page, dialog = _new_outgoing(qtbot, demo_window)
    dialog.signer_name.lineEdit().selectAll()
    type_text(dialog.signer_name.lineEdit(), "Ngô Văn Tư")
    dialog.signer_position.selectAll()
    type_text(dialog.signer_position, "Trưởng Ban Thanh tra nhân dân")
    assert dialog.signature_hint.text().startswith("Chức vụ ngoài Ban Thường trực")
    type_text(dialog.subject, "Báo cáo hoạt động của Ban Thanh tra nhân dân")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(demo_window)

    stored = _stored_outgoing(demo_context)
    assert len(stored) == before + 1
    newest = max(stored, key=lambda r: r.id)
    assert (newest.signer_name, newest.signer_position) == (
        "Ngô Văn Tư",
        "Trưởng Ban Thanh tra nhân dân",
    )


def test_the_demo_office_board_and_a_new_chair_taking_over(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _catalog(qtbot, demo_window)
    assert [(name, position) for name, position, _s, _a in _rows(page)] == [
        ("Nguyễn Thị Thu Hà", "Chủ tịch"),
        ("Trần Văn Phúc", "Phó Chủ tịch"),
        ("Phạm Thị Hồng Nhung", "Phó Chủ tịch"),
    ]

    # Trần Văn Phúc is elected chair: the clerk edits his line.
    click_row(qtbot, page.board.view, 1)
    dialog = click_for_dialog(qtbot, page.board.edit_button, BoardMemberDialog)
    assert dialog.windowTitle() == "Sửa thành viên Ban Thường trực"
    assert dialog.chair_note.isHidden()
    choose(qtbot, dialog.position, "Chủ tịch")
    assert not dialog.chair_note.isHidden()
    assert "Nguyễn Thị Thu Hà đang là Chủ tịch" in dialog.chair_note.text()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(demo_window)
    qtbot.waitUntil(lambda: _rows(page)[0][3] == "Ngừng dùng")

    assert [(name, position, active) for name, position, _s, active in _rows(page)] == [
        ("Nguyễn Thị Thu Hà", "Chủ tịch", "Ngừng dùng"),
        ("Trần Văn Phúc", "Chủ tịch", "Đang dùng"),
        ("Phạm Thị Hồng Nhung", "Phó Chủ tịch", "Đang dùng"),
    ]
    info = office.get_office(demo_context.factory)
    assert info is not None and info.chair_name == "Trần Văn Phúc"

    # The vice-chair leaves the board: Ngừng dùng.
    click_row(qtbot, page.board.view, 2)
    click(qtbot, page.board.toggle_button)
    settle(demo_window)
    qtbot.waitUntil(lambda: _rows(page)[2][3] == "Ngừng dùng")

    _outgoing, outgoing_dialog = _new_outgoing(qtbot, demo_window)
    assert _names_offered(outgoing_dialog.signer_name) == ["Trần Văn Phúc"]
    assert outgoing_dialog.signer_name.currentText() == "Trần Văn Phúc"
    assert outgoing_dialog.signer_position.text() == "Chủ tịch"
