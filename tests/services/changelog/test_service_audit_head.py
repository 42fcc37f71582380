"""The audit chain's end is kept in the database: a tail cut outside the program shows.

No head is kept in the settings here (as on a PC where the window never closed): the
database's own ``audit_head`` row is what finds the cut.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from giamsat_desktop.config import Settings
from giamsat_desktop.db.models import AuditEntry, AuditHead
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.organizations import OrganizationDraft
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.changelog.audit_log import check_chain, known_head, remember_head
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.services.safety.restore import restore_backup

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)


def add_organizations(database: Database, count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        catalog.add_organization(
            database.session_factory,
            CLERK,
            OrganizationDraft(
                code=f"TO{number:02d}", name=f"Tổ dân phố số {number}", short_name=f"TDP{number}"
            ),
        )


@pytest.fixture
def busy_log(office_database: Database) -> Database:
    """An office whose log has several entries, and no head in the settings."""
    add_organizations(office_database, 4)
    assert known_head(office_database.location) is None
    return office_database


def run(database: Database, statement: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement))


def entry_count(database: Database) -> int:
    with database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def stored_head(database: Database) -> tuple[int, str] | None:
    with database.session_factory() as session:
        row = session.get(AuditHead, 1)
        return None if row is None else (row.count, row.last_hash)


def test_every_audit_write_moves_the_head_row_with_it(busy_log: Database) -> None:
    chain = check_chain(busy_log.session_factory)

    assert chain.sound
    assert stored_head(busy_log) == (entry_count(busy_log), chain.last_hash)
    assert chain.count > 5


def test_the_last_entries_deleted_outside_are_a_cut(busy_log: Database) -> None:
    run(
        busy_log,
        "DELETE FROM audit_entries WHERE id > (SELECT MAX(id) - 2 FROM audit_entries)",
    )

    chain = check_chain(busy_log.session_factory)

    assert chain.first_broken_id is None  # what is left still chains
    assert chain.head_problem == "cut"
    assert not chain.sound


def test_the_whole_log_deleted_outside_is_a_cut(busy_log: Database) -> None:
    run(busy_log, "DELETE FROM audit_entries")

    assert check_chain(busy_log.session_factory).head_problem == "cut"


def test_the_head_row_deleted_too_while_entries_remain_is_a_cut(busy_log: Database) -> None:
    run(
        busy_log,
        "DELETE FROM audit_entries WHERE id > (SELECT MAX(id) - 2 FROM audit_entries)",
    )
    run(busy_log, "DELETE FROM audit_head")

    assert check_chain(busy_log.session_factory).head_problem == "cut"


def test_the_head_row_deleted_with_the_whole_log_is_a_cut(busy_log: Database) -> None:
    run(busy_log, "DELETE FROM audit_entries")
    run(busy_log, "DELETE FROM audit_head")

    assert check_chain(busy_log.session_factory).head_problem == "cut"


def test_a_deleted_head_row_is_not_made_again_by_the_next_write(busy_log: Database) -> None:
    run(busy_log, "DELETE FROM audit_head")
    add_organizations(busy_log, 1, start=50)

    assert stored_head(busy_log) is None
    assert check_chain(busy_log.session_factory).head_problem == "cut"


def test_a_last_entry_replaced_by_another_is_changed(busy_log: Database) -> None:
    run(busy_log, "UPDATE audit_head SET last_hash = 'ab'")

    assert check_chain(busy_log.session_factory).head_problem == "changed"


def test_a_fresh_database_with_no_office_is_sound(database: Database) -> None:
    chain = check_chain(database.session_factory)

    assert chain.sound
    assert chain.count == 0


def test_the_settings_head_is_a_second_witness(busy_log: Database) -> None:
    remember_head(busy_log.session_factory, busy_log.location)
    run(busy_log, "DELETE FROM audit_entries WHERE id = (SELECT MAX(id) FROM audit_entries)")
    run(
        busy_log,
        "UPDATE audit_head SET count = count - 1, "
        "last_hash = (SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1)",
    )  # the head row rewritten with the cut

    assert check_chain(busy_log.session_factory).head_problem == ""
    assert (
        check_chain(busy_log.session_factory, known_head(busy_log.location)).head_problem == "cut"
    )


def test_an_unsound_chain_does_not_replace_the_head_the_settings_keep(busy_log: Database) -> None:
    remember_head(busy_log.session_factory, busy_log.location)
    kept = known_head(busy_log.location)
    run(busy_log, "DELETE FROM audit_entries WHERE id = (SELECT MAX(id) FROM audit_entries)")

    assert not remember_head(busy_log.session_factory, busy_log.location).sound
    assert known_head(busy_log.location) == kept


def test_a_restore_of_an_older_backup_keeps_the_head_row_and_the_settings_right(
    busy_log: Database, tmp_path: Path
) -> None:
    data = tmp_path / "GiamSat" if busy_log.sqlite_file is None else busy_log.sqlite_file.parent
    archive = make_backup(busy_log, data, tmp_path / "sao-luu.zip").path
    in_archive = check_chain(busy_log.session_factory).head
    add_organizations(busy_log, 3, start=20)
    remember_head(busy_log.session_factory, busy_log.location)  # the window at its close
    newer = known_head(busy_log.location)
    busy_log.engine.dispose()

    restore_backup(busy_log.url, archive, data, data / "backups")

    chain = check_chain(busy_log.session_factory, known_head(busy_log.location))
    assert chain.sound, chain
    assert chain.count == in_archive["count"] + 1  # the restore's own entry
    assert stored_head(busy_log) == (chain.count, chain.last_hash)
    assert known_head(busy_log.location) == chain.head != newer
    assert Settings.load().extra["audit_heads"][busy_log.location] == chain.head


def test_a_session_kept_across_commits_still_writes_after_the_newest_head(
    busy_log: Database,
) -> None:
    with busy_log.session_factory() as kept:
        audit.record(kept, CLERK, "update", "office", 1, {"n": 1}, {"n": 2})
        kept.commit()
        add_organizations(busy_log, 2, start=70)  # another clerk, meanwhile
        audit.record(kept, CLERK, "update", "office", 1, {"n": 2}, {"n": 3})
        kept.commit()

    chain = check_chain(busy_log.session_factory)
    assert chain.sound, chain
    assert stored_head(busy_log) == (entry_count(busy_log), chain.last_hash)
