from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.outgoing_dialog import OutgoingDialog
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_for_dialog, click_row
from tests.ui.modals import choose_menu_item

Typist = Callable[[QWidget, str], None]


def _page(window: MainWindow) -> OutgoingPage:
    page = window.show_page("outgoing")
    assert isinstance(page, OutgoingPage)
    while window.runner.busy:
        window.runner.wait_for_all()
        QApplication.processEvents()
    return page


def test_a_report_gets_its_number_and_symbol_on_saving(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    dialog = click_for_dialog(qtbot, page.new_button, OutgoingDialog)
    choose(qtbot, dialog.type_code, "Báo cáo (BC)")
    qtbot.waitUntil(lambda: "01/BC-MTTQ-BTT" in dialog.symbol_label.text())
    type_text(dialog.subject, "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế")
    type_text(dialog.signer_name, "Nguyễn Thị Thu Hà")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).symbol == "01/BC-MTTQ-BTT"


def test_a_cong_van_has_no_type_code_in_its_symbol(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    for subject in ("V/v đôn đốc thực hiện kiến nghị", "V/v góp ý dự thảo"):
        dialog = click_for_dialog(qtbot, page.new_button, OutgoingDialog)
        type_text(dialog.subject, subject)
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    symbols = sorted(page.model.record(r).symbol for r in range(2))
    assert symbols == ["01/MTTQ-BTT", "02/MTTQ-BTT"]


def test_answering_an_incoming_document_links_both_ways(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:

    from giamsat_desktop.domain.registers import IncomingDraft
    from giamsat_desktop.services.registers import incoming, outgoing
    from giamsat_desktop.ui.registers.incoming_page import IncomingPage

    asked, _ = incoming.register_incoming(
        context.factory,
        context.actor,
        IncomingDraft(
            TODAY,
            "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
            "V/v báo cáo kết quả giám sát 6 tháng",
            symbol="88/MTTQ-BTT",
        ),
    )
    incoming_page = window.show_page("incoming")
    assert isinstance(incoming_page, IncomingPage)
    qtbot.waitUntil(lambda: incoming_page.model.rowCount() == 1)
    click_row(qtbot, incoming_page.view, 0)
    menu = choose_menu_item(1)  # Xử lý → Vào sổ văn bản đi một văn bản trả lời…
    click(qtbot, incoming_page.answer_button)
    qtbot.waitUntil(lambda: menu.done)
    menu.check()
    assert window.current_page_key() == "outgoing"
    page = _page(window)
    dialog = page.last_answer_dialog
    assert "mã số" in dialog.answers_label.text()
    type_text(dialog.subject, "V/v báo cáo kết quả giám sát 6 tháng đầu năm")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).answers == (asked.id,)
    replies = outgoing.answered_by(context.factory, context.actor, asked.id)
    assert [r.symbol for r in replies] == ["01/MTTQ-BTT"]
