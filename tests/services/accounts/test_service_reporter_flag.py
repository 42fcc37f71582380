"""The account flag "xem người phản ánh": given and taken by an administrator, audited.

Runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.conduct import sees_reporters
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.services.accounts import users
from giamsat_desktop.services.common.context import ServiceContext

ADMIN_PASSWORD = "Tân Hưng 2024"
CLERK_PASSWORD = "sổ văn bản đến"


def test_an_administrator_gives_and_takes_the_flag(context: ServiceContext) -> None:
    factory = context.factory
    admin_record, _ = users.create_first_admin(factory, "quantri", "", ADMIN_PASSWORD)
    admin = Actor(admin_record.username, Role.ADMIN)
    clerk, _ = users.add_user(factory, admin, "vanthu", "Trần Thị Thư", Role.CLERK, CLERK_PASSWORD)
    assert not clerk.sees_reporters
    assert not sees_reporters(users.sign_in(factory, "vanthu", CLERK_PASSWORD))

    flagged, changes = users.set_sees_reporters(factory, admin, clerk.id, True, clerk.version)
    assert flagged.sees_reporters and flagged.version > clerk.version and changes.areas
    signed_in = users.sign_in(factory, "vanthu", CLERK_PASSWORD)
    assert signed_in.sees_reporters and sees_reporters(signed_in)
    listed = {record.username: record for record in users.list_users(factory)}
    assert listed["vanthu"].sees_reporters

    with pytest.raises(ConflictError) as caught:
        users.set_sees_reporters(factory, admin, clerk.id, False, clerk.version)
    assert caught.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(PermissionDeniedError):
        users.set_sees_reporters(factory, signed_in, clerk.id, False, flagged.version)

    taken, _ = users.set_sees_reporters(factory, admin, clerk.id, False, flagged.version)
    assert not taken.sees_reporters
    assert not users.sign_in(factory, "vanthu", CLERK_PASSWORD).sees_reporters

    with context.factory() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "user", AuditEntry.entity_id == clerk.id)
            .order_by(AuditEntry.id)
        ).all()
    flags = [json.loads(entry.changes).get("sees_reporters") for entry in entries]
    assert flags[-2:] == [[False, True], [True, False]]


def test_a_viewer_never_gets_the_flag(context: ServiceContext) -> None:
    factory = context.factory
    admin_record, _ = users.create_first_admin(factory, "quantri", "", ADMIN_PASSWORD)
    admin = Actor(admin_record.username, Role.ADMIN)
    viewer, _ = users.add_user(
        factory, admin, "khach", "", Role.VIEWER, CLERK_PASSWORD, sees_reporters=True
    )
    assert not viewer.sees_reporters
    with pytest.raises(ValidationError):
        users.set_sees_reporters(factory, admin, viewer.id, True, viewer.version)
    clerk, _ = users.add_user(
        factory, admin, "vanthu", "", Role.CLERK, CLERK_PASSWORD, sees_reporters=True
    )
    assert clerk.sees_reporters
    demoted, _ = users.set_role(factory, admin, clerk.id, Role.VIEWER, clerk.version)
    assert not demoted.sees_reporters
