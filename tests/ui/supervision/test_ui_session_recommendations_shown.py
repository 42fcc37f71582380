"""A session's Kiến nghị tab sends the clerk to the Kiến nghị page, clicked on the demo office.

Two sessions had their recommendations sent today (through the services, as another clerk
would). On Kiến nghị the clerk has words typed that find both sessions' lines; from the first
session's dialog, "Xem ở trang Kiến nghị" closes the dialog (what was typed in Thông tin
saved first) and shows that session's recommendations alone, said above the list, until
"Bỏ lọc" brings back the words' lines.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations.records import recommendations_of_session
from giamsat_desktop.services.supervision.records import get_session
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.recommendations.recommendations_model import CONTENT, SESSION
from giamsat_desktop.ui.recommendations.recommendations_page import RecommendationsPage
from giamsat_desktop.ui.supervision.sessions_model import SUBJECT
from tests.services.supervision.office_sessions import CLERK
from tests.ui.clicks import click, click_row, settle
from tests.ui.recommendations.sent_recommendations import sent_today
from tests.ui.recommendations.test_ui_recommendations_page import page_of
from tests.ui.supervision.session_clicks import Typist, click_tab, supervision_page, wait_idle

FIRST_SUBJECT = "Giám sát việc cấp nước sạch cho hộ dân ở ấp Bàu Tràm"
FIRST = ["Sửa đường ống nước bị rò rỉ ở ấp Bàu Tràm", "Kiểm tra chất lượng nước ở ấp Bàu Tràm"]
OTHER_SUBJECT = "Giám sát việc thu gom rác thải ở ấp Bàu Tràm"
OTHER = ["Bố trí thêm điểm tập kết rác ở ấp Bàu Tràm"]
WORDS = "bau tram"
SCOPE = "; các hộ dân ấp Bàu Tràm"


def _contents(page: RecommendationsPage) -> list[str]:
    return sorted(page.model.index(r, CONTENT).data() for r in range(page.model.rowCount()))


def test_a_sessions_recommendations_are_shown_alone_on_the_kien_nghi_page(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    first = sent_today(demo_context, FIRST_SUBJECT, FIRST)
    sent_today(demo_context, OTHER_SUBJECT, OTHER)

    # Kiến nghị, words typed: both sessions' lines.
    recommendations = page_of(window)
    type_text(recommendations.filters.search, WORDS)
    qtbot.waitUntil(lambda: recommendations.model.rowCount() == 3, timeout=10_000)
    settle(window)

    # Giám sát: the first session's dialog, Kiến nghị tab.
    page = supervision_page(window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.filters.count.text() == "2 cuộc giám sát", timeout=10_000)
    settle(window)
    subjects = [page.model.index(r, SUBJECT).data() for r in range(page.model.rowCount())]
    click_row(qtbot, page.view, subjects.index(FIRST_SUBJECT))
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: page.last_session_dialog is not None, timeout=10_000)
    dialog = page.last_session_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view is not None, timeout=10_000)
    wait_idle(qtbot, window, dialog)
    type_text(dialog.fields.scope, SCOPE)  # typed, not saved
    typed = dialog.fields.scope.toPlainText()
    assert SCOPE in typed
    click_tab(qtbot, dialog.tabs, "Kiến nghị")
    tab = dialog.recommendations
    qtbot.waitUntil(lambda: len(tab.lines()) == 2 and not tab.busy, timeout=10_000)
    settle(window)

    click(qtbot, tab.show_button)
    qtbot.waitUntil(lambda: window.current_page_key() == "recommendations", timeout=10_000)
    settle(window)
    assert not dialog.isVisible()
    assert get_session(demo_context.factory, CLERK, first.session.id).scope == typed
    qtbot.waitUntil(lambda: recommendations.model.rowCount() == 2, timeout=10_000)
    settle(window)
    assert _contents(recommendations) == sorted(FIRST)
    wanted = recommendations_of_session(demo_context.factory, CLERK, first.session.id)
    assert _contents(recommendations) == sorted(r.content for r in wanted)
    assert {
        recommendations.model.index(r, SESSION).data() for r in range(2)
    } == {FIRST_SUBJECT}
    assert recommendations.filters.pinned_label.toolTip() == (
        f"Đang xem: cuộc giám sát: {FIRST_SUBJECT}"
    )
    assert recommendations.filters.count.text() == (
        "2 kiến nghị · 2 đang theo dõi · 0 quá hạn trả lời"
    )

    # Bỏ lọc: the words' lines again.
    click(qtbot, recommendations.filters.unpin_button)
    qtbot.waitUntil(lambda: recommendations.model.rowCount() == 3, timeout=10_000)
    assert _contents(recommendations) == sorted(FIRST + OTHER)
