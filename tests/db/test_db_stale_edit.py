"""A save from a stale copy of any versioned table names that record's kind, by its class.

No table is listed anywhere: each versioned class is found in the mapping, and its stale
save is provoked for real (the row's version moves on between reading and saving).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Mapper
from sqlalchemy.orm.attributes import flag_modified

from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import record_kind, unit_of_work
from giamsat_desktop.db.models import (
    CitizenReport,
    ConductSession,
    CriticismSession,
    Dialogue,
    PeriodicNarrative,
    ProgrammeItem,
    Recommendation,
    SupervisionProgramme,
    SupervisionSession,
    WorkingSession,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.letters import LetterContent, LetterDraft, LetterForm
from giamsat_desktop.domain.tasks import TaskDraft
from giamsat_desktop.messages import FIELD_NAMES, describe
from giamsat_desktop.services.accounts import users as accounts
from giamsat_desktop.services.catalog import office_settings
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.tasks.assign import assign_tasks
from tests.session_day import TODAY

VERSIONED = sorted(
    (mapper for mapper in Base.registry.mappers if mapper.version_id_col is not None),
    key=lambda mapper: mapper.class_.__name__,
)
OLD_NAMES = {
    "office": "office",
    "organizations": "organization",
    "people": "person",
    "board_members": "board_member",
    "users": "user",
    "register_books": "book",
    "incoming_documents": "incoming",
    "outgoing_documents": "outgoing",
    "letters": "letter",
    "office_settings": "office_setting",
    "tasks": "task",
    "supervision_programmes": "supervision_programme",
    "programme_items": "programme_item",
    "supervision_sessions": "supervision_session",
    "working_sessions": "working_session",
    "recommendations": "recommendation",
    "criticism_sessions": "criticism_session",
    "dialogues": "dialogue",
    "conduct_sessions": "conduct_session",
    "citizen_reports": "citizen_report",
    "periodic_narratives": "periodic_narrative",
}
"""What the messages named before the names came from the classes."""


def _supervision_rows(session: Any) -> None:
    """A row in each supervision table the demo office leaves empty."""
    held = session.scalars(select(SupervisionSession).limit(1)).first()
    if held is None:
        year = TODAY.year + 1  # a year the demo's programmes leave free
        programme = SupervisionProgramme(year=year, title="Chương trình giám sát")
        session.add(programme)
        session.flush()
        item = ProgrammeItem(
            programme_id=programme.id, subject="Giám sát", form="doan_giam_sat", role="chu_tri"
        )
        session.add(item)
        session.flush()
        held = SupervisionSession(
            item_id=item.id, form="doan_giam_sat", role="chu_tri", subject="Giám sát", year=year
        )
        session.add(held)
        session.flush()
    if session.scalars(select(WorkingSession).limit(1)).first() is None:
        session.add(WorkingSession(session_id=held.id, held_on=TODAY))
    if session.scalars(select(CriticismSession).limit(1)).first() is None:
        session.add(
            CriticismSession(
                title="Dự thảo", drafting_body="UBND", form="hoi_nghi", year=TODAY.year
            )
        )
    if session.scalars(select(Dialogue).limit(1)).first() is None:
        session.add(Dialogue(leader="Bí thư", topic="Đối thoại", year=TODAY.year))
    if session.scalars(select(ConductSession).limit(1)).first() is None:
        session.add(ConductSession(place_kind="noi_cu_tru", content="Giám sát", year=TODAY.year))
    if session.scalars(select(CitizenReport).limit(1)).first() is None:
        session.add(
            CitizenReport(
                received_on=TODAY,
                channel="hom_thu",
                reported_name="Nguyễn Văn A",
                content="Phản ánh",
                year=TODAY.year,
            )
        )
    if session.scalars(select(PeriodicNarrative).limit(1)).first() is None:
        session.add(
            PeriodicNarrative(
                kind="nam",
                starts_on=TODAY.replace(month=1, day=1),
                ends_on=TODAY.replace(month=12, day=31),
            )
        )
    if session.scalars(select(Recommendation).limit(1)).first() is None:
        session.add(
            Recommendation(
                session_id=held.id, content="Kiến nghị", addressed_body="UBND", year=TODAY.year
            )
        )


@pytest.fixture(scope="module")
def filled(engine_name: str, databases: Any) -> Iterator[Database]:
    """A small demo office with an administrator: a row in every versioned table."""
    url = databases.new_url(engine_name)
    database = open_database(url)
    create_demo_data(database.session_factory, "small", today=TODAY)
    accounts.create_first_admin(database.session_factory, "quantri", "", "Tân Hưng 2024")
    drafts.save_letter(
        database.session_factory,
        SYSTEM,
        LetterDraft(LetterForm.CONG_VAN, LetterContent("tổ chức hội nghị")),
    )
    office_settings.set_standard_text(
        database.session_factory, SYSTEM, "cong_van.closing", "Trân trọng./.", 0
    )
    lead = list_organizations(database.session_factory)[0].id
    assign_tasks(
        database.session_factory, SYSTEM, [TaskDraft("Tuyên truyền", lead, deadline=TODAY)]
    )
    with unit_of_work(database.session_factory) as session:
        _supervision_rows(session)
    yield database
    database.close()
    databases.remove(url)


def test_every_versioned_table_is_named_as_before() -> None:
    assert {mapper.local_table.name: record_kind(mapper.class_) for mapper in VERSIONED} == (
        OLD_NAMES
    )


@pytest.mark.parametrize("mapper", VERSIONED, ids=lambda mapper: mapper.class_.__name__)
def test_a_stale_save_of_any_versioned_record_names_its_kind(
    filled: Database, mapper: Mapper[Any]
) -> None:
    model, key, version = mapper.class_, mapper.primary_key[0], mapper.version_id_col
    assert version is not None
    with filled.session_factory() as session:
        row = session.scalars(select(model).order_by(key).limit(1)).one()
        session.expunge(row)
    with filled.engine.begin() as other_pc:
        row_id = getattr(row, key.key)
        moved_on = update(mapper.local_table).where(key == row_id).values({version: version + 1})
        other_pc.execute(moved_on)
    changed = next(c for c in mapper.column_attrs if c.columns[0] not in (key, version))

    with pytest.raises(ConflictError) as caught, unit_of_work(filled.session_factory) as session:
        session.add(row)
        flag_modified(row, changed.key)

    assert caught.value.code is ErrorCode.STALE_EDIT
    assert caught.value.values == {"what": record_kind(model)}
    assert record_kind(model) in FIELD_NAMES
    sentence = describe("stale_edit", caught.value.values)
    name = FIELD_NAMES[record_kind(model)]
    assert sentence.startswith(f"{name[:1].upper()}{name[1:]} vừa được người khác sửa")
