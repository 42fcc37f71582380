from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingDraft, IncomingFilter
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers import incoming_model as columns
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_model import IncomingRegisterModel
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_for_dialog, click_row, settle
from tests.ui.modals import answer_modal, message_texts, press, type_and_accept

Typist = Callable[[QWidget, str], None]


def _page(window: MainWindow) -> IncomingPage:
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    settle(window)
    return page


def _register(context: ServiceContext, subject: str, **fields: object) -> int:
    draft = IncomingDraft(
        arrival_date=fields.pop("arrival_date", TODAY),  # type: ignore[arg-type]
        issuer=fields.pop("issuer", "Đảng ủy xã Tân Hưng"),  # type: ignore[arg-type]
        subject=subject,
        **fields,  # type: ignore[arg-type]
    )
    record, _ = incoming.register_incoming(context.factory, context.actor, draft)
    return record.id


def test_the_register_shows_documents_newest_first(
    window: MainWindow, context: ServiceContext
) -> None:
    _register(context, "Kế hoạch giám sát năm", arrival_date=TODAY - dt.timedelta(days=3))
    _register(context, "V/v góp ý dự thảo", arrival_date=TODAY)
    page = _page(window)
    subjects = [page.model.record(r).subject for r in range(page.model.rowCount())]
    assert subjects == ["V/v góp ý dự thảo", "Kế hoạch giám sát năm"]
    assert page.count.text() == "2 văn bản"


def test_entering_a_document_through_the_dialog(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    dialog = click_for_dialog(qtbot, page.new_button, IncomingDialog)
    settle(window)
    assert dialog.number_label.text() == "1"
    type_text(dialog.issuer.lineEdit(), "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh")
    type_text(dialog.symbol, "15/KH-MTTQ-BTT")
    assert dialog.type_code.currentData() == "KH"
    assert "Số 15" in dialog.symbol_hint.text()
    type_text(dialog.subject, "Kế hoạch giám sát việc thực hiện chính sách bảo hiểm y tế")
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    record = page.model.record(0)
    assert record.arrival_number_text == "1"
    assert record.symbol == "15/KH-MTTQ-BTT"
    assert record.type_code == "KH"
    assert page.selected() is not None and page.selected().id == record.id


def test_the_dialog_refuses_a_document_dated_after_its_arrival(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = click_for_dialog(qtbot, _page(window).new_button, IncomingDialog)
    type_text(dialog.issuer.lineEdit(), "Đảng ủy xã Tân Hưng")
    type_text(dialog.subject, "Chỉ thị về công tác bầu cử")
    type_text(dialog.doc_date, (TODAY + dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    assert not dialog.save_button.isEnabled()
    assert "không được sau ngày đến" in dialog.problem.text()


def test_a_possible_duplicate_is_shown_before_saving(
    window: MainWindow,
    context: ServiceContext,
    qtbot: QtBot,
    type_text: Typist,
) -> None:
    _register(context, "V/v giám sát bảo hiểm y tế", symbol="558-CV/ĐUK")
    page = _page(window)
    dialog = click_for_dialog(qtbot, page.new_button, IncomingDialog)
    type_text(dialog.issuer.lineEdit(), "đảng ủy xã tân hưng")
    type_text(dialog.symbol, "558-cv/đuk")
    type_text(dialog.subject, "Công văn khác")
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: asked.done)
    assert "Văn bản này có thể đã vào sổ" in message_texts(asked)
    assert "558-CV/ĐUK" in asked.text
    settle(window)
    assert dialog.isVisible()
    assert (
        len(register_queries.incoming_keys(context.factory, context.actor, IncomingFilter())) == 1
    )


def test_searching_with_unmarked_words_finds_the_document(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _register(context, "Kế hoạch kiểm tra công tác bầu cử", issuer="Đảng ủy xã Tân Hưng")
    _register(context, "Báo cáo tình hình an toàn thực phẩm", issuer="UBND xã Tân Hưng")
    page = _page(window)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(page.filters.search, "dang uy kiem")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.record(0).subject == "Kế hoạch kiểm tra công tác bầu cử"


def test_cancelling_keeps_the_line_struck_through(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    _register(context, "V/v tổ chức hội nghị")
    page = _page(window)
    click_row(qtbot, page.view, 0)
    reason = answer_modal(QInputDialog, type_and_accept("Vào sổ nhầm"))
    click(qtbot, page.cancel_button)
    assert "Lý do hủy văn bản số đến 1" in reason.check().text
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.record(0).cancelled)
    settle(window)
    index = page.model.index(0, columns.STATUS)
    assert index.data() == "Đã hủy"
    assert page.model.index(0, columns.SUBJECT).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not page.cancel_button.isEnabled()


def test_overdue_documents_are_marked_and_can_be_filtered(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    _register(
        context,
        "Báo cáo quá hạn",
        arrival_date=TODAY - dt.timedelta(days=20),
        deadline=TODAY - dt.timedelta(days=1),
    )
    _register(context, "Báo cáo còn hạn", deadline=TODAY + dt.timedelta(days=5))
    page = _page(window)
    statuses = {
        page.model.record(r).subject: page.model.index(r, columns.STATUS).data() for r in range(2)
    }
    assert statuses == {"Báo cáo quá hạn": "Quá hạn", "Báo cáo còn hạn": "Chưa xử lý"}
    choose(qtbot, page.filters.status, "Quá hạn")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).subject == "Báo cáo quá hạn"


def test_clicking_a_header_sorts_in_the_database(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    for issuer in ("Tỉnh ủy Tây Ninh", "Ban Tuyên giáo", "Hội Nông dân"):
        _register(context, "Văn bản", issuer=issuer)
    page = _page(window)
    header = page.view.horizontalHeader()
    column = columns.ISSUER
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )
    qtbot.waitUntil(lambda: page.model.record(0).issuer == "Ban Tuyên giáo")
    issuers = [page.model.record(r).issuer for r in range(3)]
    assert issuers == ["Ban Tuyên giáo", "Hội Nông dân", "Tỉnh ủy Tây Ninh"]


def test_a_long_register_is_fetched_in_blocks(
    context: ServiceContext, qtmodeltester: object
) -> None:
    fetched: list[int] = []

    def fetch(keys: list[int]) -> list:  # type: ignore[type-arg]
        fetched.append(len(keys))
        return register_queries.incoming_rows(context.factory, keys)

    for n in range(450):
        _register(context, f"Văn bản số {n}")
    model = IncomingRegisterModel(fetch)
    model.set_keys(register_queries.incoming_keys(context.factory, context.actor, IncomingFilter()))
    assert model.rowCount() == 450
    assert model.index(0, columns.NUMBER).data() == "450"
    assert fetched == [200]
    assert model.index(449, columns.NUMBER).data() == "1"
    assert fetched == [200, 50]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
