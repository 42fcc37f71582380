"""A clerk records a QĐ 218 feedback on the Phản biện xã hội page and writes its summary.

The Party committee sends its draft political report for the people's feedback; the clerk
adds it as "Góp ý xây dựng Đảng, chính quyền (QĐ 218)", is told that such feedback is not
held as a dialogue, finds it with the Loại filter, and writes the summary of the opinions
from its dialog, in Văn bản soạn thảo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.criticism import CriticismPurpose
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.criticism.criticism_model import FORM, STEP
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import choose, click, settle
from tests.ui.criticism.criticism_clicks import cell, page_by_entry, titles, wait_dialog
from tests.ui.criticism.test_ui_criticism_flow import _add_point
from tests.ui.supervision.session_clicks import Typist, click_tab, letter_from

TITLE = "Dự thảo Báo cáo chính trị Đại hội Đảng bộ xã Tân Hưng nhiệm kỳ 2025 - 2030"
BODY = "Ban Thường vụ Đảng ủy xã"


def test_a_feedback_is_written_filtered_apart_and_its_summary_drafted(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = page_by_entry(qtbot, window)
    window.activateWindow()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    dialog = page.last_dialog
    assert dialog is not None
    wait_dialog(qtbot, window, dialog)
    fields = dialog.fields
    type_text(fields.title, TITLE)
    type_text(fields.body, BODY)
    choose(qtbot, fields.purpose, "Góp ý xây dựng Đảng, chính quyền (QĐ 218)")
    choose(qtbot, fields.form, "Đối thoại trực tiếp")
    click(qtbot, dialog.save_button)
    assert "ghi ở trang Đối thoại trực tiếp" in dialog.problem.text()
    assert dialog.record is None  # nothing written
    choose(qtbot, fields.form, "Hội nghị phản biện")
    click_tab(qtbot, dialog.tabs, "Nội dung phản biện")
    _add_point(qtbot, dialog, type_text, ("Phần đánh giá kết quả", "Chưa nêu hạn chế", "Bổ sung"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_dialog(qtbot, window, dialog)
    record = dialog.record
    assert record is not None and record.purpose is CriticismPurpose.CONTRIBUTION
    assert dialog.form_buttons[LetterForm.CONG_VAN].text() == "Văn bản tổng hợp góp ý…"

    letter = letter_from(qtbot, window, dialog.form_buttons[LetterForm.CONG_VAN])
    assert letter.subject.text().startswith("tổng hợp ý kiến góp ý đối với dự thảo Báo cáo")
    assert "Ý kiến góp ý: Chưa nêu hạn chế" in letter.body.toPlainText()
    letter.close()
    dialog.close()
    settle(window)

    page = page_by_entry(qtbot, window)
    choose(qtbot, page.filters.purpose, "Góp ý theo QĐ 218")
    qtbot.waitUntil(
        lambda: TITLE in titles(page)
        and all("QĐ 218" in str(cell(page, title, FORM)) for title in titles(page)),
        timeout=10_000,
    )
    assert cell(page, TITLE, FORM) == "Hội nghị góp ý (QĐ 218)"
    assert "góp ý QĐ 218" not in page.filters.count.text()  # every line is one
    steps = {str(cell(page, title, STEP)) for title in titles(page)}
    assert "Đã gửi văn bản góp ý" in steps  # the demo's feedback on the citizens' reception
    assert "Đã gửi văn bản phản biện" not in steps
    choose(qtbot, page.filters.purpose, "Phản biện và góp ý")
    qtbot.waitUntil(lambda: "góp ý QĐ 218)" in page.filters.count.text(), timeout=10_000)
    choose(qtbot, page.filters.purpose, "Phản biện xã hội")
    qtbot.waitUntil(lambda: TITLE not in titles(page) and len(titles(page)) > 0, timeout=10_000)
