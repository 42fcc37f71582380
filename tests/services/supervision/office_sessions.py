"""What the supervision services' tests share: the accounts, a session's draft, its moves."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionDraft, SessionRecord
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import moves, sessions

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
CHAIR = "Nguyễn Thị Thu Hà"
"""The chair of the tests' office (``tests.offices.TAN_HUNG``), on its Standing Board."""

DRAFT = SessionDraft(
    form=SupervisionForm.DELEGATION,
    role=SupervisionRole.LEAD,
    subject="Giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi",
    supervised_body="Ủy ban nhân dân xã Tân Hưng",
    superior_body="Ủy ban nhân dân tỉnh Tây Ninh",
    scope="Năm 2025 và 6 tháng đầu năm 2026",
    content_items="Việc cấp thẻ bảo hiểm y tế\nViệc khám, chữa bệnh",
    legal_basis="Luật Mặt trận Tổ quốc Việt Nam năm 2015\nNghị quyết liên tịch số 403/2017",
    planned_start=dt.date(2026, 3, 3),
    planned_end=dt.date(2026, 3, 5),
)


def draft(**changes: Any) -> SessionDraft:
    """The usual draft with ``changes``."""
    return dataclasses.replace(DRAFT, **changes)


def organizations(context: ServiceContext) -> dict[str, int]:
    """The office's organisations by code."""
    return {o.code: o.id for o in list_organizations(context.factory)}


def make(context: ServiceContext, **changes: Any) -> SessionRecord:
    """A new session of the usual draft with ``changes``."""
    record, _ = sessions.create_session(context.factory, CLERK, draft(**changes))
    return record


def walk(
    context: ServiceContext,
    record: SessionRecord,
    steps: list[SessionStep],
    on: dt.date,
    note: str = "",
) -> SessionRecord:
    """Move ``record`` through ``steps``, each on the day ``on``."""
    for step in steps:
        record, _ = moves.move_session(
            context.factory, CLERK, record.id, record.version, step, on, note
        )
    return record
