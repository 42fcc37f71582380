"""QĐ 124 conduct sessions: written with the people supervised in one transaction, audited.

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from giamsat_desktop.db.models import AuditEntry, ConductPerson, ConductSession
from giamsat_desktop.domain.conduct import ConductPlace
from giamsat_desktop.domain.conduct_records import ConductFilter, PersonDraft
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import queries, sessions
from tests.services.conduct.samples import CLERK, PEOPLE, SESSION, VIEWER


def _count(context: ServiceContext, column: object) -> int:
    with context.factory() as session:
        return int(session.scalar(select(func.count(column))) or 0)  # type: ignore[arg-type]


def test_a_session_is_written_read_changed_and_removed_with_its_people(
    context: ServiceContext,
) -> None:
    record, changes = sessions.create_conduct(context.factory, CLERK, SESSION, PEOPLE)
    assert changes.touches(Area.CONDUCT)
    read = sessions.get_conduct(context.factory, CLERK, record.id)
    assert read == record
    assert (read.place, read.unit, read.year) == (ConductPlace.RESIDENCE, SESSION.unit, 2026)
    assert [(p.full_name, p.position, p.finding) for p in read.people] == [
        ("Lê Văn Khánh", "Trưởng thôn", "Gương mẫu, gần gũi nhân dân"),
        ("Phạm Thị Duyên", "Phó Chủ tịch UBND xã", "Chấp hành tốt"),
    ]

    changed = dataclasses.replace(SESSION, place=ConductPlace.WORKPLACE, unit="UBND xã Tân Hưng")
    people = [PersonDraft("Vũ Minh Tâm", "Công chức địa chính", "Còn chậm trễ")]
    updated, _ = sessions.update_conduct(
        context.factory, CLERK, record.id, record.version, changed, people
    )
    assert updated.version > record.version
    assert (updated.place, updated.unit) == (ConductPlace.WORKPLACE, "UBND xã Tân Hưng")
    assert [p.full_name for p in updated.people] == ["Vũ Minh Tâm"]
    assert _count(context, ConductPerson.id) == 1

    sessions.remove_conduct(context.factory, CLERK, updated.id, updated.version)
    assert _count(context, ConductSession.id) == 0
    assert _count(context, ConductPerson.id) == 0


def test_a_bad_line_of_the_people_leaves_nothing_written(context: ServiceContext) -> None:
    bad = (*PEOPLE, PersonDraft("   ", "Trưởng thôn"))
    logged = _count(context, AuditEntry.id)
    with pytest.raises(ValidationError) as caught:
        sessions.create_conduct(context.factory, CLERK, SESSION, bad)
    assert caught.value.code is ErrorCode.FIELD_REQUIRED
    assert _count(context, ConductSession.id) == 0
    assert _count(context, ConductPerson.id) == 0
    assert _count(context, AuditEntry.id) == logged

    record, _ = sessions.create_conduct(context.factory, CLERK, SESSION, PEOPLE)
    too_long = (PersonDraft("Lê Văn Khánh", "x" * 301),)
    changed = dataclasses.replace(SESSION, unit="Thôn khác")
    with pytest.raises(ValidationError):
        sessions.update_conduct(
            context.factory, CLERK, record.id, record.version, changed, too_long
        )
    assert sessions.get_conduct(context.factory, CLERK, record.id) == record


def test_a_stale_save_and_a_viewer_are_refused(context: ServiceContext) -> None:
    record, _ = sessions.create_conduct(context.factory, CLERK, SESSION, PEOPLE)
    sessions.update_conduct(context.factory, CLERK, record.id, record.version, SESSION, PEOPLE[:1])
    with pytest.raises(ConflictError) as caught:
        sessions.update_conduct(context.factory, CLERK, record.id, record.version, SESSION, PEOPLE)
    assert caught.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(ConflictError):
        sessions.remove_conduct(context.factory, CLERK, record.id, record.version)

    fresh = sessions.get_conduct(context.factory, VIEWER, record.id)
    with pytest.raises(PermissionDeniedError):
        sessions.create_conduct(context.factory, VIEWER, SESSION, PEOPLE)
    with pytest.raises(PermissionDeniedError):
        sessions.update_conduct(context.factory, VIEWER, fresh.id, fresh.version, SESSION, ())
    with pytest.raises(PermissionDeniedError):
        sessions.remove_conduct(context.factory, VIEWER, fresh.id, fresh.version)
    assert sessions.get_conduct(context.factory, CLERK, record.id) == fresh


def test_the_change_log_keeps_each_write_with_the_people(context: ServiceContext) -> None:
    record, _ = sessions.create_conduct(context.factory, CLERK, SESSION, PEOPLE)
    sessions.update_conduct(context.factory, CLERK, record.id, record.version, SESSION, PEOPLE[:1])
    entries = audit_log.list_entries(context.factory, entity=sessions.ENTITY)
    assert [(e.action, e.entity_id, e.user_name) for e in entries] == [
        ("update", record.id, "vanthu"),
        ("create", record.id, "vanthu"),
    ]
    before, after = entries[0].changes["conduct_people"]
    assert "Phạm Thị Duyên | Phó Chủ tịch UBND xã" in before
    assert "Phạm Thị Duyên" not in after
    assert entries[1].changes["unit"] == [None, "Khu dân cư thôn Đông Hòa"]


def test_sessions_are_found_by_words_without_accents_and_by_year_and_place(
    context: ServiceContext,
) -> None:
    record, _ = sessions.create_conduct(context.factory, CLERK, SESSION, PEOPLE)
    other, _ = sessions.create_conduct(
        context.factory,
        CLERK,
        dataclasses.replace(SESSION, place=ConductPlace.WORKPLACE, unit="Trường Tiểu học"),
        [PersonDraft("Ngô Bảo Châu", "Hiệu trưởng")],
    )

    def found(**where: object) -> list[int]:
        return queries.conduct_keys(context.factory, CLERK, ConductFilter(**where))  # type: ignore[arg-type]

    assert found(words="pho chu tich ubnd") == [record.id]
    assert found(words="hieu truong") == [other.id]
    assert found(words="khu dan cu dong hoa") == [record.id]
    assert found(place=ConductPlace.WORKPLACE) == [other.id]
    assert sorted(found(year=2026)) == sorted([record.id, other.id])
    assert found(year=2025) == []
    assert queries.conduct_years(context.factory) == [2026]
    rows = queries.conducts_by_ids(context.factory, CLERK, [other.id, record.id])
    assert [row.id for row in rows] == [other.id, record.id]
