"""The forms' standard wording, shared by the whole office through the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, PermissionDeniedError
from giamsat_desktop.domain.letters import LetterForm, standard_text
from giamsat_desktop.services.catalog import office_settings
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.restore import restore_backup

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
CLOSING = "cong_van.closing"


def _closing(context: ServiceContext) -> office_settings.StandardTextValue:
    values = office_settings.standard_texts(context.factory, LetterForm.CONG_VAN)
    return next(value for value in values if value.key == CLOSING)


def test_an_office_that_changed_nothing_reads_the_programs_wording(
    context: ServiceContext,
) -> None:
    closing = _closing(context)
    assert closing.text == standard_text(CLOSING).text
    assert closing.version == 0 and not closing.changed
    assert closing.name == "Câu kết"


def test_the_offices_wording_is_kept_audited_and_can_go_back_to_the_original(
    context: ServiceContext,
) -> None:
    mine = "Đề nghị các đơn vị thực hiện nghiêm túc./."
    changes = office_settings.set_standard_text(context.factory, CLERK, CLOSING, mine, 0)
    assert changes.touches(Area.OFFICE)
    closing = _closing(context)
    assert (closing.text, closing.changed, closing.version) == (mine, True, 1)
    [entry] = audit_log.list_entries(context.factory, entity="office_setting")
    assert entry.action == "update" and entry.changes["text"][-1] == mine

    office_settings.reset_standard_text(context.factory, CLERK, CLOSING, 1)
    back = _closing(context)
    assert back.text == standard_text(CLOSING).text and not back.changed


def test_a_stale_save_and_a_viewer_are_refused(context: ServiceContext) -> None:
    office_settings.set_standard_text(context.factory, CLERK, CLOSING, "Một.", 0)
    with pytest.raises(ConflictError) as stale:
        office_settings.set_standard_text(context.factory, CLERK, CLOSING, "Hai.", 0)
    assert stale.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(PermissionDeniedError):
        office_settings.set_standard_text(context.factory, VIEWER, CLOSING, "Ba.", 1)
    assert _closing(context).text == "Một."


def test_the_wording_travels_in_a_backup(
    context: ServiceContext,
    office_database: Database,
    new_database_url: Callable[..., str],
    tmp_path: Path,
) -> None:
    office_settings.set_standard_text(context.factory, CLERK, CLOSING, "Trân trọng./.", 0)
    archive = make_backup(office_database, tmp_path / "GiamSat", tmp_path / "sao-luu.zip").path

    url = new_database_url()
    data = tmp_path / "may-khac"
    restore_backup(url, archive, data, data / "backups")
    restored = open_database(url)
    try:
        values = office_settings.standard_texts(restored.session_factory, LetterForm.CONG_VAN)
    finally:
        restored.close()
    assert [v.text for v in values if v.key == CLOSING] == ["Trân trọng./."]


def test_placeholders_are_filled_and_unknown_ones_left_as_written() -> None:
    filled = office_settings.fill("{office} năm {year} {khac}", {"office": "UB", "year": "2026"})
    assert filled == "UB năm 2026 {khac}"
