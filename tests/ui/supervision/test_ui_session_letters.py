"""A session's letters, clicked through on the demo office: the plan and the decision issued
from the session move its step, a working session gets its biên bản, the programme prints.

The session's dialog asks Văn bản soạn thảo for its letter; the clerk issues it there with
Phát hành and sees, back in the session's dialog, the new step and the letter's number in
the Văn bản tab.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.letters import LetterForm, LetterState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.supervision.session_dialog import SessionDialog
from giamsat_desktop.ui.supervision.session_steps import WorkingDialog
from giamsat_desktop.ui.supervision.sessions_model import STEP, SUBJECT
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_row, save_preview, settle
from tests.ui.supervision.session_clicks import (
    Typist,
    add_head,
    add_programme_line,
    click_tab,
    issue,
    letter_from,
    open_line_as_session,
    supervision_page,
    wait_idle,
)

SUBJECT_TEXT = "Việc thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo ở ấp Bàu Trâm"
WORDS = "Bau Tram"


def _visible_buttons(dialog: SessionDialog) -> list[str]:
    buttons = dialog.letters.form_buttons.values()
    return [b.text() for b in buttons if b.isVisibleTo(dialog)]


def _letter_line(dialog: SessionDialog, kind: str) -> list[str]:
    lines = [line for line in dialog.letters.lines() if line[0] == kind]
    assert lines, dialog.letters.lines()
    return lines[0]


def test_the_plan_and_decision_issued_from_the_session_move_its_step_and_show_in_van_ban(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = supervision_page(window)
    dialog = open_line_as_session(qtbot, window, page, type_text, SUBJECT_TEXT)
    head = add_head(qtbot, window, dialog, demo_context)

    click_tab(qtbot, dialog.tabs, "Văn bản")
    assert dialog.letters.lines() == []
    assert _visible_buttons(dialog) == [
        "Lập kế hoạch…",
        "Lập quyết định thành lập đoàn…",
        "Lập đề cương báo cáo…",
        "Lập báo cáo kết quả…",
    ]

    plan = letter_from(qtbot, window, dialog.letters.form_buttons[LetterForm.PLAN])
    assert plan.windowTitle() == "Soạn kế hoạch"
    assert window.current_page_key() == "supervision"  # the session stays behind it
    assert "bảo hiểm y tế cho hộ cận nghèo ở ấp Bàu Trâm" in plan.subject.text()
    assert "UBND xã" in plan.body.toPlainText()
    told = issue(qtbot, window, plan)
    assert plan.letter is not None and plan.letter.state is LetterState.ISSUED
    plan_symbol = plan.letter.symbol
    assert re.fullmatch(r"\d+/KH-MTTQ-BTT", plan_symbol), plan_symbol
    assert f"Đã phát hành: số {plan_symbol}" in told
    qtbot.waitUntil(lambda: dialog.step_label.text() == "Bước: Đã ban hành kế hoạch")
    click(qtbot, plan.close_button)
    wait_idle(qtbot, window, dialog)
    assert _letter_line(dialog, "Kế hoạch")[:4] == [
        "Kế hoạch",
        plan_symbol,
        format_date(TODAY),
        "Đã phát hành",
    ]

    decision = letter_from(qtbot, window, dialog.letters.form_buttons[LetterForm.DECISION])
    assert decision.windowTitle() == "Soạn quyết định"
    body = decision.body.toPlainText()
    assert head in body and f"Kế hoạch số {plan_symbol}" in decision.fields.grounds.toPlainText()
    issue(qtbot, window, decision)
    assert decision.letter is not None
    decision_symbol = decision.letter.symbol
    assert re.fullmatch(r"\d+/QĐ-MTTQ-BTT", decision_symbol), decision_symbol
    qtbot.waitUntil(lambda: dialog.step_label.text() == "Bước: Đã thành lập đoàn")
    click(qtbot, decision.close_button)
    wait_idle(qtbot, window, dialog)
    assert [line[:2] for line in dialog.letters.lines()] == [
        ["Quyết định", decision_symbol],
        ["Kế hoạch", plan_symbol],
    ]

    click_tab(qtbot, dialog.tabs, "Quá trình")
    moves = [(line[1], line[2]) for line in dialog.history.lines()][1:]
    assert moves == [
        ("Chuyển sang “Đã ban hành kế hoạch”", f"Kế hoạch số {plan_symbol}"),
        ("Chuyển sang “Đã thành lập đoàn”", f"Quyết định số {decision_symbol}"),
    ]

    # Mở on the plan's line shows the issued plan, read only.
    click_tab(qtbot, dialog.tabs, "Văn bản")
    click_row(qtbot, dialog.letters.table, 1)
    opened = letter_from(qtbot, window, dialog.letters.open_button)
    assert opened.letter is not None and opened.letter.symbol == plan_symbol
    assert f"số {plan_symbol}" in opened.state_label.text()
    assert not opened.issue_button.isVisible()
    click(qtbot, opened.close_button)

    click(qtbot, dialog.close_button)
    click_tab(qtbot, page.tabs, "Các cuộc giám sát")
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.filters.count.text() == "1 cuộc giám sát", timeout=10_000)
    settle(window)
    assert page.model.index(0, SUBJECT).data() == SUBJECT_TEXT
    assert page.model.index(0, STEP).data() == "Đã thành lập đoàn"


def test_a_working_session_gets_its_bien_ban_from_the_buoi_lam_viec_tab(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = supervision_page(window)
    dialog = open_line_as_session(qtbot, window, page, type_text, SUBJECT_TEXT)
    head = add_head(qtbot, window, dialog, demo_context)

    click_tab(qtbot, dialog.tabs, "Buổi làm việc")
    minutes_button = dialog.working.minutes_button
    assert minutes_button.isVisible() and not minutes_button.isEnabled()  # no line chosen
    click(qtbot, dialog.working.add_button)
    qtbot.waitUntil(lambda: isinstance(dialog.last_step, WorkingDialog))
    working = dialog.last_step
    assert isinstance(working, WorkingDialog)
    qtbot.waitUntil(working.isVisible)
    type_text(working.place, "Hội trường UBND xã")
    type_text(working.attendees, "Ông Võ Thanh Sơn, Phó Chủ tịch UBND xã")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, working.ok_button)
    wait_idle(qtbot, window, dialog)
    click_row(qtbot, dialog.working.table, 0)

    draft = letter_from(qtbot, window, minutes_button)
    assert draft.windowTitle() == "Soạn biên bản"
    text = draft.body.toPlainText()
    assert "Hội trường UBND xã" in text and head in text
    click(qtbot, draft.save_button)  # Lưu dự thảo: the session's Văn bản tab lists it
    qtbot.waitUntil(lambda: [line[0] for line in dialog.letters.lines()] == ["Biên bản"])
    assert dialog.letters.lines()[0][1:4] == ["", "", "Dự thảo"]
    assert draft.letter is not None
    click(qtbot, draft.close_button)

    minutes = letter_from(qtbot, window, minutes_button)  # its draft, not a new one
    assert minutes.letter is not None and minutes.letter.id == draft.letter.id
    told = issue(qtbot, window, minutes)
    assert "không đánh số, không vào sổ văn bản đi" in told
    click(qtbot, minutes.close_button)
    wait_idle(qtbot, window, dialog)

    click_tab(qtbot, dialog.tabs, "Văn bản")
    line = _letter_line(dialog, "Biên bản")
    assert line[1:4] == ["", format_date(TODAY), "Đã phát hành"]
    assert dialog.step_label.text() == "Bước: Dự kiến"  # a biên bản moves no step
    click(qtbot, dialog.close_button)


def test_the_year_programme_prints_from_its_tab_and_not_for_a_year_without_one(
    demo_window: MainWindow, qtbot: QtBot, type_text: Typist, tmp_path: Path
) -> None:
    window = demo_window
    page = supervision_page(window)
    add_programme_line(qtbot, window, page, type_text, SUBJECT_TEXT)
    programme = page.programme
    assert programme.print_button.isEnabled()

    letter = letter_from(qtbot, window, programme.print_button)
    assert letter.windowTitle() == "Soạn chương trình"
    click(qtbot, letter.preview_button)
    qtbot.waitUntil(lambda: letter.last_preview is not None and letter.last_preview.isVisible())
    preview = letter.last_preview
    assert preview is not None
    text = " ".join(save_preview(qtbot, preview, tmp_path / "chuong-trinh.pdf").split())
    assert "CHƯƠNG TRÌNH" in text and "DỰ THẢO" in text
    assert "bảo hiểm y tế cho hộ cận nghèo ở ấp Bàu Trâm" in text
    click(qtbot, preview.close_button)
    click(qtbot, letter.close_button)

    programme.year.setFocus()
    qtbot.keyClick(programme.year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(programme.year, str(TODAY.year - 20))
    qtbot.keyClick(programme.year, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: programme.item_texts() == [], timeout=10_000)
    settle(window)
    assert not programme.print_button.isEnabled()


def test_a_session_the_front_joins_writes_only_its_report(
    demo_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    """Phối hợp: no plan, decision, outline nor biên bản of the Front's."""
    window = demo_window
    page = supervision_page(window)
    click(qtbot, page.new_button)
    qtbot.waitUntil(lambda: page.last_session_dialog is not None, timeout=10_000)
    dialog = page.last_session_dialog
    assert dialog is not None
    wait_idle(qtbot, window, dialog)
    choose(qtbot, dialog.fields.role, "Phối hợp")
    type_text(dialog.fields.lead_body, "HĐND xã")
    type_text(dialog.fields.subject, SUBJECT_TEXT)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_idle(qtbot, window, dialog)
    click_tab(qtbot, dialog.tabs, "Văn bản")
    assert _visible_buttons(dialog) == ["Lập báo cáo kết quả…"]
    click_tab(qtbot, dialog.tabs, "Buổi làm việc")
    assert not dialog.working.minutes_button.isVisible()
    enabled = [b.text() for b in dialog.findChildren(QPushButton) if b.isEnabled()]
    assert "Lập biên bản…" not in enabled and "Lập kế hoạch…" not in enabled
    click(qtbot, dialog.close_button)
