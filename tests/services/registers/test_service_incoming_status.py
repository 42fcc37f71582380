"""An edit of an incoming document keeps its handling status: the task service keeps that."""

from __future__ import annotations

import dataclasses
import datetime as dt

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.services.tasks.document_status import file_without_tasks

CLERK = Actor("vanthu", Role.CLERK)
DRAFT = IncomingDraft(
    arrival_date=dt.date(2026, 3, 2),
    issuer="Đảng ủy xã Tân Hưng",
    subject="V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế",
    symbol="558-CV/ĐUK",
)


def test_an_edit_neither_sets_nor_clears_the_handling_status(office_database: Database) -> None:
    factory = office_database.session_factory
    record, _ = incoming.register_incoming(factory, CLERK, DRAFT)

    marked = dataclasses.replace(DRAFT, notes="Đã trình", handling_status=HandlingStatus.DONE)
    edited, _ = incoming.update_incoming(factory, CLERK, record.id, marked, record.version)
    assert (edited.notes, edited.handling_status) == ("Đã trình", HandlingStatus.PENDING)

    file_without_tasks(factory, CLERK, record.id, "Văn bản để biết")
    filed = incoming.get_incoming(factory, CLERK, record.id)
    assert filed.handling_status is HandlingStatus.DONE
    again, _ = incoming.update_incoming(
        factory, CLERK, record.id, dataclasses.replace(DRAFT, notes="Lưu hồ sơ"), filed.version
    )
    assert (again.notes, again.handling_status) == ("Lưu hồ sơ", HandlingStatus.DONE)
