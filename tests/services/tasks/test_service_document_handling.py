"""Why a document has its handling status: its open tasks, or "lưu, không giao việc"."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy
from giamsat_desktop.domain.errors import NotFoundError
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import assign, document_status, moves
from giamsat_desktop.services.tasks.document_handling import DocumentHandling, document_handling
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)


def _document(context: ServiceContext, secrecy: Secrecy = Secrecy.NORMAL) -> int:
    draft = IncomingDraft(
        TODAY, "Đảng ủy xã Tân Hưng", "V/v lãnh đạo công tác giám sát năm", secrecy=secrecy
    )
    record, _ = incoming.register_incoming(context.factory, CLERK, draft)
    return record.id


def test_open_tasks_are_counted_until_they_are_closed(context: ServiceContext) -> None:
    document = _document(context)
    assert document_handling(context.factory, CLERK, document) == DocumentHandling(
        HandlingStatus.PENDING, 0, 0, False, "", 1
    )
    lead = list_organizations(context.factory)[0].id
    task = TaskDraft("Tuyên truyền", lead, deadline=TODAY + dt.timedelta(days=15))
    given, _ = assign.assign_tasks(context.factory, CLERK, [task] * 3, source_id=document)
    first = given[0]
    moves.move_task(context.factory, CLERK, first.id, first.version, TaskState.DONE, TODAY)

    found = document_handling(context.factory, CLERK, document)
    assert (found.status, found.tasks, found.open_tasks) == (HandlingStatus.IN_PROGRESS, 3, 2)


def test_a_document_filed_without_tasks_tells_its_note(context: ServiceContext) -> None:
    document = _document(context)
    document_status.file_without_tasks(context.factory, CLERK, document, "Văn bản để biết")

    found = document_handling(context.factory, CLERK, document)
    assert (found.status, found.filed, found.filed_note) == (
        HandlingStatus.DONE,
        True,
        "Văn bản để biết",
    )


def test_a_viewer_is_not_told_about_a_secret_document(context: ServiceContext) -> None:
    document = _document(context, Secrecy.CONFIDENTIAL)
    with pytest.raises(NotFoundError):
        document_handling(context.factory, VIEWER, document)
