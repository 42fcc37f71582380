"""A clerk writes the criticism letter from the session's dialog and issues it.

The demo office's draft of the digital transition plan went round for opinions, which were
summed up; the clerk opens it, clicks "Văn bản phản biện…", reads the draft letter in Văn
bản soạn thảo, issues it, and sees in the session the criticism sent, its letter's number
and the answers' deadline.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import records
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.supervision.office_sessions import CLERK
from tests.ui.clicks import settle
from tests.ui.criticism.criticism_clicks import open_line, page_by_entry, titles, wait_dialog
from tests.ui.supervision.session_clicks import Typist, issue, letter_from


def test_the_criticism_letter_is_written_from_the_session_and_issuing_it_sends_it(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = page_by_entry(qtbot, window)
    type_text(page.filters.search, "chuyen doi so")
    qtbot.waitUntil(lambda: len(titles(page)) == 1, timeout=10_000)
    title = titles(page)[0]
    dialog = open_line(qtbot, window, page, title)
    assert "Đã tổng hợp ý kiến" in dialog.step_label.text()
    for form in (LetterForm.MINUTES, LetterForm.INVITATION):  # no meeting to invite to, minute
        assert not dialog.form_buttons[form].isVisible()

    letter = letter_from(qtbot, window, dialog.form_buttons[LetterForm.CONG_VAN])
    assert letter.subject.text().startswith("phản biện xã hội đối với dự thảo Kế hoạch")
    assert "Tổ công nghệ số cộng đồng" in letter.body.toPlainText()
    told = issue(qtbot, window, letter)
    assert "/MTTQ-BTT" in told
    letter.close()
    settle(window)

    key = dialog.key
    assert key is not None
    sent = records.get_criticism(demo_context.factory, CLERK, key)
    qtbot.waitUntil(lambda: "Đã gửi văn bản phản biện" in dialog.step_label.text(), timeout=10_000)
    wait_dialog(qtbot, window, dialog)
    assert sent.letter_symbol and sent.letter_symbol in dialog.step_label.text()
    assert sent.answer_due is not None
    assert f"hạn trả lời {format_date(sent.answer_due)}" in dialog.step_label.text()
