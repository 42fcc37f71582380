"""The periodic report's narrative dialog, opened on its own over the main window.

Last period's words are offered again (said so above the tabs); the clerk rewrites one,
clicks Lưu and finds it kept for this period; "Lập báo cáo…" asks for the period's report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.periodic_report import NarrativeTexts
from giamsat_desktop.domain.reporting_period import reporting_period
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.statistics import periodic_report
from giamsat_desktop.ui.common.background import runner_for
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.reports.narrative_dialog import NarrativeDialog
from tests.ui.clicks import click

LAST = reporting_period(2026, 1)
THIS = reporting_period(2026, 2)
OLD = "Tình hình kinh tế ổn định, Nhân dân phấn khởi."


def test_the_clerk_rewrites_last_periods_words_saves_them_and_asks_for_the_report(
    qtbot: QtBot,
    window: MainWindow,
    context: ServiceContext,
    type_text: Callable[[QWidget, str], None],
) -> None:
    factory, actor = context.factory, context.actor
    periodic_report.save_narrative(factory, actor, LAST, NarrativeTexts(situation=OLD), None)
    dialog = NarrativeDialog(context, runner_for(window), THIS, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())

    assert dialog.notice.isVisible()
    assert "6 tháng đầu năm 2026" in dialog.notice.text()
    assert dialog.boxes["situation"].toPlainText() == OLD
    box = dialog.boxes["directions"]
    dialog.tabs.setCurrentWidget(box)
    type_text(box, "Giám sát việc bồi thường giải phóng mặt bằng.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.notice.isVisible() and dialog.save_button.isEnabled())

    kept = periodic_report.narrative_for(factory, actor, THIS)
    assert kept.offered_from is None
    assert kept.texts == NarrativeTexts(
        situation=OLD, directions="Giám sát việc bồi thường giải phóng mặt bằng."
    )
    with qtbot.waitSignal(dialog.report_requested) as asked:
        click(qtbot, dialog.report_button)
    assert asked.args == [LetterForm.REPORT, periodic_report.PERIODIC_REPORT, kept.id]
