from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.catalog.organization_dialog import OrganizationDialog
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from giamsat_desktop.ui.settings.first_run_wizard import FirstRunWizard
from tests.ui.clicks import choose, menu_action

ENGLISH_WORDS = re.compile(
    r"\b(OK|Cancel|Save|Close|Apply|Yes|No|Next|Back|Finish|Help|Open|Discard)\b"
)


def _switch(window: MainWindow, qtbot: QtBot, language: str) -> None:
    """Cài đặt → Ngôn ngữ giao diện, chosen in its list as a clerk does."""
    go_menu = window.menuBar().actions()[1].text()
    menu_action(window, go_menu, page_titles()["settings"]).trigger()
    page = window.pages["settings"]
    assert window.current_page_key() == "settings"
    combo = page.language  # type: ignore[attr-defined]
    choose(qtbot, combo, combo.itemText(combo.findData(language)))
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_choosing_english_changes_the_visible_text(window: MainWindow, qtbot: QtBot) -> None:
    _switch(window, qtbot, "en")
    entries = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert entries[1] == "Incoming documents"
    assert entries[-2] == "Settings"
    assert window.current_page_key() == "settings"
    assert window.menuBar().actions()[0].text() == "&File"


def test_switching_back_to_vietnamese_restores_the_vietnamese_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    _switch(window, qtbot, "en")
    _switch(window, qtbot, "vi")
    assert window.navigation.item(1).text() == "Văn bản đến"


def test_the_language_choice_is_kept_for_the_next_start(window: MainWindow, qtbot: QtBot) -> None:
    _switch(window, qtbot, "en")
    assert Settings.load().language == "en"


def _texts(buttons: list[QAbstractButton]) -> list[str]:
    return [b.text().replace("&", "") for b in buttons if b.isVisible() or b.text()]


def test_standard_buttons_of_a_dialog_are_vietnamese(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    dialog = OrganizationDialog(context, window.runner, None, window)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    texts = _texts(box.buttons())
    assert sorted(texts) == ["Hủy", "Lưu"]
    assert not any(ENGLISH_WORDS.search(t) for t in texts)


def test_wizard_buttons_are_vietnamese(context: ServiceContext, qtbot: QtBot) -> None:
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    names = [
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    ]
    texts = [wizard.button(name).text().replace("&", "") for name in names]
    assert texts == ["< Quay lại", "Tiếp theo >", "Hoàn tất", "Hủy"]
    assert not any(ENGLISH_WORDS.search(t) for t in texts)
