from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.services import catalog, office
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.services.database import Database
from giamsat_desktop.ui.dialogs.first_run_wizard import FirstRunWizard

Typist = Callable[[QWidget, str], None]


def _context(database: Database) -> ServiceContext:
    return ServiceContext(database.session_factory, database.location, database.sqlite_file.parent)  # type: ignore[union-attr]


def _next(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_creates_the_office_and_chosen_organisations(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    wizard = FirstRunWizard(_context(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)
    form = wizard.form
    form.level.setCurrentIndex(form.level.findData(OfficeLevel.WARD))
    type_text(form.place_name, "Bình Minh")
    assert form.name.text() == "Ủy ban MTTQ Việt Nam phường Bình Minh"
    type_text(form.higher_body, "Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long")
    type_text(form.chair_name, "Lê Văn Tám")
    _next(wizard, qtbot)
    boxes = wizard.organizations_page.boxes
    boxes[-1][0].setChecked(False)  # this office has no Ban GSĐTCĐ
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = office.get_office(database.session_factory)
    assert saved is not None
    assert saved.level is OfficeLevel.WARD
    assert saved.place_name == "Bình Minh"
    assert saved.letterhead_unit == "PHƯỜNG BÌNH MINH"
    assert saved.symbol_suffix == "MTTQ-BTT"
    codes = [o.code for o in catalog.list_organizations(database.session_factory)]
    assert codes == ["LHPN", "HND", "CCB", "DTN", "CD", "TTND"]


def test_wizard_cannot_go_on_without_a_place_name(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    wizard = FirstRunWizard(_context(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Chưa nhập tên địa phương" in wizard.form.problem.text()
    type_text(wizard.form.place_name, "Tân Hưng")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.form.problem.text() == ""


def test_wizard_refuses_a_symbol_with_a_slash(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    wizard = FirstRunWizard(_context(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)
    type_text(wizard.form.place_name, "Tân Hưng")
    wizard.form.symbol_suffix.setText("MTTQ/BTT")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "“/”" in wizard.form.problem.text()


def test_cancelling_the_wizard_writes_nothing(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    wizard = FirstRunWizard(_context(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)
    type_text(wizard.form.place_name, "Tân Hưng")
    wizard.reject()
    assert office.get_office(database.session_factory) is None
    assert catalog.list_organizations(database.session_factory) == []


def test_typing_many_keys_in_the_wizard_keeps_the_interpreter_sound(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    # Every keystroke emits signals and asks isComplete(); a binding that drops a reference
    # to True each time (PySide6 6.12.0) aborts the program during a long typing session.
    wizard = FirstRunWizard(_context(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)
    before = sys.getrefcount(True)
    for _ in range(20):
        type_text(wizard.form.place_name, "Tân Hưng Phú ")
        wizard.form.place_name.clear()
    assert sys.getrefcount(True) > before - 100


def test_a_replaced_pc_restores_from_a_backup_instead_of_setting_up(
    database: Database, qtbot: QtBot, tmp_path_factory: object
) -> None:
    from giamsat_desktop.domain.accounts import SYSTEM
    from giamsat_desktop.services import backup
    from giamsat_desktop.services.database import open_database
    from giamsat_desktop.services.demo_data import create_demo_data

    old_pc = tmp_path_factory.mktemp("may-cu")  # type: ignore[attr-defined]
    old = open_database(f"sqlite:///{old_pc / 'giamsat.sqlite3'}")
    create_demo_data(old.session_factory, "small")
    archive = backup.make_backup(old, old_pc, old_pc / "usb.zip").path
    old.close()
    context = ServiceContext(
        database.session_factory, database.location, database.sqlite_file.parent, SYSTEM, database
    )  # type: ignore[union-attr]
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.restore_from_backup(str(archive))
    assert wizard.restored
    reopened = open_database(database.url)
    office_now = office.get_office(reopened.session_factory)
    reopened.close()
    assert office_now is not None and office_now.place_name == "Tân Hưng"
