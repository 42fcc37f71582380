from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QProgressDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.services.catalog import office
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.ui.settings.first_run_wizard import FirstRunWizard
from tests.ui.clicks import choose, click
from tests.ui.modals import answer_modal, choose_file, close_dialog

Typist = Callable[[QWidget, str], None]


def _context(database: Database) -> ServiceContext:
    return ServiceContext(database.session_factory, database.location, database.sqlite_file.parent)  # type: ignore[union-attr]


def _wizard(qtbot: QtBot, context: ServiceContext) -> FirstRunWizard:
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def _next(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def _retype(qtbot: QtBot, field: QLineEdit, text: str, type_text: Typist) -> None:
    """Select what a field holds and type over it."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)


def _set_up_ward(wizard: FirstRunWizard, qtbot: QtBot, type_text: Typist) -> None:
    """Fill in Thông tin đơn vị for Phường Bình Minh and go on to the organisations."""
    _next(wizard, qtbot)
    form = wizard.form
    choose(qtbot, form.level, "Phường")
    type_text(form.place_name, "Bình Minh")
    assert form.name.text() == "Ủy ban MTTQ Việt Nam phường Bình Minh"
    type_text(form.higher_body, "Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long")
    type_text(form.chair_name, "Lê Văn Tám")
    _next(wizard, qtbot)


def _old_pc_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of the demo office (xã Tân Hưng), as made on the old PC onto a USB stick."""
    from giamsat_desktop.services.demo_data import create_demo_data
    from giamsat_desktop.services.safety import backup

    old_pc = tmp_path_factory.mktemp("may-cu")
    old = open_database(f"sqlite:///{old_pc / 'giamsat.sqlite3'}")
    create_demo_data(old.session_factory, "small")
    archive = backup.make_backup(old, old_pc, old_pc / "usb.zip").path
    old.close()
    return archive


def _with_database(database: Database) -> ServiceContext:
    return ServiceContext(
        database.session_factory, database.location, database.sqlite_file.parent, SYSTEM, database
    )  # type: ignore[union-attr]


def test_wizard_creates_the_office_and_chosen_organisations(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    wizard = _wizard(qtbot, _context(database))
    _set_up_ward(wizard, qtbot, type_text)
    boxes = wizard.organizations_page.boxes
    last = boxes[-1][0]
    assert last.isChecked()
    assert last.isVisible() and last.isEnabled()
    # On its square: the box is as wide as the page, its label much shorter.
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton, pos=QPoint(8, last.height() // 2))
    assert not last.isChecked()  # this office has no Ban GSĐTCĐ
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not wizard.isVisible()
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
    wizard = _wizard(qtbot, _context(database))
    _next(wizard, qtbot)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Chưa nhập tên địa phương" in wizard.form.problem.text()
    type_text(wizard.form.place_name, "Tân Hưng")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.form.problem.text() == ""


def test_wizard_refuses_a_symbol_with_a_slash(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    wizard = _wizard(qtbot, _context(database))
    _next(wizard, qtbot)
    type_text(wizard.form.place_name, "Tân Hưng")
    _retype(qtbot, wizard.form.symbol_suffix, "MTTQ/BTT", type_text)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "“/”" in wizard.form.problem.text()


def test_cancelling_the_wizard_writes_nothing(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    wizard = _wizard(qtbot, _context(database))
    _next(wizard, qtbot)
    type_text(wizard.form.place_name, "Tân Hưng")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert office.get_office(database.session_factory) is None
    assert catalog.list_organizations(database.session_factory) == []


def test_typing_many_keys_in_the_wizard_keeps_the_interpreter_sound(
    database: Database, qtbot: QtBot, type_text: Typist
) -> None:
    # Every keystroke emits signals and asks isComplete(); a binding that drops a reference
    # to True each time (PySide6 6.12.0) aborts the program during a long typing session.
    wizard = _wizard(qtbot, _context(database))
    _next(wizard, qtbot)
    before = sys.getrefcount(True)
    for _ in range(20):
        _retype(qtbot, wizard.form.place_name, "Tân Hưng Phú ", type_text)
    assert sys.getrefcount(True) > before - 100


def test_a_replaced_pc_restores_from_a_backup_instead_of_setting_up(
    database: Database, qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory
) -> None:
    archive = _old_pc_backup(tmp_path_factory)
    wizard = _wizard(qtbot, _with_database(database))
    chosen = answer_modal(QFileDialog, choose_file(archive))
    click(qtbot, wizard.restore_button)
    assert chosen.check().title == "Chọn tệp sao lưu"
    [progress] = [p for p in wizard.findChildren(QProgressDialog) if not p.wasCanceled()]
    assert progress.labelText() == "Đang khôi phục…"  # shown if it lasts, the wizard painting
    assert not wizard.restore_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    qtbot.waitUntil(lambda: not wizard.restoring, timeout=30_000)
    assert wizard.restored
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not wizard.isVisible()
    reopened = open_database(database.url)
    office_now = office.get_office(reopened.session_factory)
    reopened.close()
    assert office_now is not None and office_now.place_name == "Tân Hưng"


def test_closing_the_file_dialog_restores_nothing(database: Database, qtbot: QtBot) -> None:
    wizard = _wizard(qtbot, _with_database(database))
    asked = answer_modal(QFileDialog, close_dialog)
    click(qtbot, wizard.restore_button)
    asked.check()
    assert not wizard.restored
    assert wizard.isVisible()
    assert wizard.restore_error.text() == ""


def test_a_bad_backup_is_refused_and_the_office_can_still_be_set_up(
    database: Database, qtbot: QtBot, tmp_path: Path, type_text: Typist
) -> None:
    bad = tmp_path / "hong.zip"
    bad.write_bytes(b"PK\x03\x04 not really a backup")
    wizard = _wizard(qtbot, _with_database(database))
    chosen = answer_modal(QFileDialog, choose_file(bad))
    click(qtbot, wizard.restore_button)
    chosen.check()
    qtbot.waitUntil(lambda: not wizard.restoring, timeout=30_000)
    assert wizard.restore_button.isEnabled()
    assert not wizard.restored
    assert wizard.isVisible()
    assert "không dùng được" in wizard.restore_error.text()
    _set_up_ward(wizard, qtbot, type_text)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = office.get_office(database.session_factory)
    assert saved is not None and saved.place_name == "Bình Minh"
