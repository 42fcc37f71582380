"""The window's exit check hashes only the entries written since the last head found sound.

The full check (the audit page, ``giamsat check``) still reads the whole chain; at exit the
program keeps the chain's head in the settings, and the next exit starts from there, so its
work does not grow with the entries ever written. Entries are counted here, not seconds.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text

from giamsat_desktop.config import Settings
from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.organizations import OrganizationDraft
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.changelog.audit_log import check_chain, known_head, remember_head
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)


def add_organizations(database: Database, count: int, start: int) -> None:
    for number in range(start, start + count):
        catalog.add_organization(
            database.session_factory,
            CLERK,
            OrganizationDraft(
                code=f"TO{number:03d}", name=f"Tổ dân phố số {number}", short_name=f"TDP{number}"
            ),
        )


def run(database: Database, statement: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement))


def entry_count(database: Database) -> int:
    with database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def newest_ids(database: Database, count: int) -> list[int]:
    with database.session_factory() as session:
        query = select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(count)
        return sorted(session.scalars(query))


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts every entry hashed again by the audit log's checks."""
    calls: list[int] = []
    real = audit_log.entry_hash

    def counting(*args: object) -> str:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_log, "entry_hash", counting)
    yield calls


def exit_check(database: Database, hashed: list[int]) -> tuple[audit_log.ChainCheck, int]:
    """The window's check at exit, and how many entries it hashed again."""
    hashed.clear()
    check = remember_head(database.session_factory, database.location)
    return check, len(hashed)


def test_the_exit_check_hashes_the_new_entries_only_however_long_the_log(
    office_database: Database, hashed: list[int]
) -> None:
    add_organizations(office_database, 3, start=0)
    first, read = exit_check(office_database, hashed)  # no head kept yet: the whole chain
    assert first.sound and read == entry_count(office_database) == first.count

    before = entry_count(office_database)
    add_organizations(office_database, 2, start=10)
    new = entry_count(office_database) - before
    short_log, read_short = exit_check(office_database, hashed)
    assert short_log.sound
    assert read_short == new + 1  # the new entries and the one at the head kept

    add_organizations(office_database, 60, start=100)  # a long working day, checked at exit
    assert exit_check(office_database, hashed)[0].sound
    before = entry_count(office_database)
    add_organizations(office_database, 2, start=300)
    assert entry_count(office_database) - before == new
    long_log, read_long = exit_check(office_database, hashed)
    assert long_log.sound
    assert read_long == read_short  # 60 more entries behind the head: nothing more to read
    assert long_log.count == entry_count(office_database)
    assert (
        known_head(office_database.location)
        == long_log.head
        == check_chain(office_database.session_factory).head
    )
    hashed.clear()
    assert check_chain(office_database.session_factory).sound  # the full check reads all
    assert len(hashed) == entry_count(office_database)


def test_an_entry_edited_after_the_last_checked_head_is_found_at_exit(
    office_database: Database, hashed: list[int]
) -> None:
    add_organizations(office_database, 3, start=0)
    exit_check(office_database, hashed)
    kept = known_head(office_database.location)
    add_organizations(office_database, 3, start=10)
    edited = newest_ids(office_database, 2)[0]
    run(office_database, f"UPDATE audit_entries SET user_name = 'Người khác' WHERE id = {edited}")

    check, _read = exit_check(office_database, hashed)

    assert not check.sound
    assert check.first_broken_id == edited
    assert known_head(office_database.location) == kept  # the witness stays where it was


def test_an_entry_deleted_after_the_last_checked_head_is_found_at_exit(
    office_database: Database, hashed: list[int]
) -> None:
    add_organizations(office_database, 3, start=0)
    exit_check(office_database, hashed)
    kept = known_head(office_database.location)
    add_organizations(office_database, 3, start=10)
    gone, after = newest_ids(office_database, 3)[:2]
    run(office_database, f"DELETE FROM audit_entries WHERE id = {gone}")

    check, _read = exit_check(office_database, hashed)

    assert not check.sound
    assert check.first_broken_id == after
    assert known_head(office_database.location) == kept


def test_the_entry_at_the_head_edited_is_found_at_exit(
    office_database: Database, hashed: list[int]
) -> None:
    add_organizations(office_database, 3, start=0)
    kept = exit_check(office_database, hashed)[0]
    run(office_database, f"UPDATE audit_entries SET action = 'delete' WHERE id = {kept.last_id}")
    add_organizations(office_database, 1, start=10)

    check, _read = exit_check(office_database, hashed)

    assert not check.sound
    assert check.first_broken_id == kept.last_id


def test_a_cut_tail_is_found_at_exit(office_database: Database, hashed: list[int]) -> None:
    add_organizations(office_database, 3, start=0)
    exit_check(office_database, hashed)
    add_organizations(office_database, 3, start=10)
    [last] = newest_ids(office_database, 1)
    run(office_database, f"DELETE FROM audit_entries WHERE id = {last}")

    check, _read = exit_check(office_database, hashed)

    assert check.head_problem == "cut"


def test_an_old_entry_edited_is_left_to_the_full_check(
    office_database: Database, hashed: list[int]
) -> None:
    add_organizations(office_database, 3, start=0)
    exit_check(office_database, hashed)
    with office_database.session_factory() as session:
        oldest = session.scalar(select(func.min(AuditEntry.id)))
    run(office_database, f"UPDATE audit_entries SET user_name = 'Người khác' WHERE id = {oldest}")
    add_organizations(office_database, 1, start=10)

    assert exit_check(office_database, hashed)[0].sound  # before the head: not read at exit
    full = check_chain(office_database.session_factory, known_head(office_database.location))
    assert full.first_broken_id == oldest  # the audit page and `giamsat check` find it


def test_a_head_kept_without_its_entry_id_is_checked_whole_once(
    office_database: Database, hashed: list[int]
) -> None:
    add_organizations(office_database, 3, start=0)
    whole = check_chain(office_database.session_factory)
    settings_head = {"count": whole.count, "last_hash": whole.last_hash}  # an older version's
    settings = Settings.load()
    settings.extra[audit_log.AUDIT_HEADS] = {office_database.location: settings_head}
    settings.save()

    check, read = exit_check(office_database, hashed)

    assert check.sound and read == whole.count
    assert known_head(office_database.location) == check.head
    assert check.head["last_id"] == newest_ids(office_database, 1)[0]
