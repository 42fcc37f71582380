"""The periodic report: the clerk's narrative kept per period, and the report letter.

A period's narrative texts are one row of ``periodic_narratives`` (its kind, first and last
days). A period with none saved is offered the texts of the latest period saved before it
(said so: ``Narrative.offered_from``), so the clerk starts from last time's words. The
report is a Báo cáo of the letters model whose source is the narrative row
(``PERIODIC_REPORT``; the row is made, empty, when the report is first needed): its figures
are counted when it is written, its sections worded by ``domain.periodic_report``; it is
issued through the outgoing register as every letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import PeriodicNarrative
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.letters import LetterContent, LetterForm, LetterRecord
from giamsat_desktop.domain.periodic_report import (
    NARRATIVE_PARTS,
    Narrative,
    NarrativeTexts,
    report_content,
)
from giamsat_desktop.domain.reporting_period import Period, PeriodKind
from giamsat_desktop.services.catalog.office import get_office
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.tables import tables

PERIODIC_REPORT = "periodic_report"
"""The report letter's ``source_kind``: its ``source_id`` is the period's narrative row."""
SOURCE_KINDS = frozenset({PERIODIC_REPORT})
ENTITY = "periodic_narrative"
"""The kind of record in the audit log and in error messages."""
TEXT_LIMIT = 20_000
"""The longest narrative text (the letter's body holds all of them, and the figures)."""


def _period_of(row: PeriodicNarrative) -> Period:
    """The period a row is for (a half's or a year's year is that of its last day)."""
    return Period(PeriodKind(row.kind), row.starts_on, row.ends_on, row.ends_on.year)


def _texts_of(row: PeriodicNarrative) -> NarrativeTexts:
    return NarrativeTexts(**{name: getattr(row, name) for name in NARRATIVE_PARTS})


def _fields(row: PeriodicNarrative) -> dict[str, Any]:
    """What the change log keeps of a narrative."""
    return {
        "kind": row.kind,
        "starts_on": row.starts_on,
        "ends_on": row.ends_on,
        **{name: getattr(row, name) for name in NARRATIVE_PARTS},
    }


def _row_for(session: Session, period: Period) -> PeriodicNarrative | None:
    return session.scalars(
        select(PeriodicNarrative).where(
            PeriodicNarrative.kind == period.kind.value,
            PeriodicNarrative.starts_on == period.start,
            PeriodicNarrative.ends_on == period.end,
        )
    ).first()


def narrative_for(factory: SessionFactory, actor: Actor, period: Period) -> Narrative:
    """The period's narrative: its own texts, else the latest earlier period's, else empty.

    Texts offered from another period carry it in ``offered_from`` and no ``id``: saving
    them makes the period's own row. A row made empty for the report letter offers the
    earlier texts too, keeping its ``id`` and ``version`` to save against.
    """
    del actor  # every account reads the narrative
    with factory() as session:
        own = _row_for(session, period)
        if own is not None and not _texts_of(own).empty:
            return Narrative(period, _texts_of(own), own.id, own.version, None, own.updated_at)
        earlier = session.scalars(
            select(PeriodicNarrative)
            .where(PeriodicNarrative.ends_on < period.end)
            .order_by(PeriodicNarrative.ends_on.desc(), PeriodicNarrative.updated_at.desc())
        ).all()
        offered = next((row for row in earlier if not _texts_of(row).empty), None)
        key = own.id if own is not None else None
        version = own.version if own is not None else None
        if offered is None:
            return Narrative(period, NarrativeTexts(), key, version)
        return Narrative(period, _texts_of(offered), key, version, _period_of(offered))


def save_narrative(
    factory: SessionFactory,
    actor: Actor,
    period: Period,
    texts: NarrativeTexts,
    version: int | None,
) -> tuple[Narrative, Changes]:
    """Keep the period's narrative texts (``version``: the one read; None: none saved yet).

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: a text too long.
        ConflictError: ``STALE_EDIT``, saved on another PC since it was read (or made there
            first).
    """
    require_write(actor)
    clean = NarrativeTexts(
        **{
            part.name: multi_line(getattr(texts, part.name), part.name, TEXT_LIMIT)
            for part in fields(NarrativeTexts)
        }
    )
    try:
        with unit_of_work(factory) as session:
            row = _row_for(session, period)
            if (row is None) != (version is None) or (row is not None and row.version != version):
                raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
            old = None if row is None else _fields(row)
            if row is None:
                row = PeriodicNarrative(
                    kind=period.kind.value, starts_on=period.start, ends_on=period.end
                )
                session.add(row)
            else:
                row.updated_at = utc_now()
            for name in NARRATIVE_PARTS:
                setattr(row, name, getattr(clean, name))
            session.flush()
            audit.record(
                session, actor, "create" if old is None else "update", ENTITY, row.id, old,
                _fields(row),
            )  # fmt: skip
            saved = Narrative(period, clean, row.id, row.version, None, row.updated_at)
    except IntegrityError as exc:  # another PC made the period's row first
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return saved, Changes.of(Area.AUDIT)


def existing_key(factory: SessionFactory, period: Period) -> int | None:
    """The period's narrative row, None when it has none yet."""
    with factory() as session:
        found = _row_for(session, period)
        return found.id if found is not None else None


def narrative_key(factory: SessionFactory, actor: Actor, period: Period) -> int:
    """The period's narrative row (the report letter's source), made empty when it has none."""
    found = existing_key(factory, period)
    if found is not None:
        return found
    require_write(actor)
    try:
        with unit_of_work(factory) as session:
            row = PeriodicNarrative(
                kind=period.kind.value, starts_on=period.start, ends_on=period.end
            )
            session.add(row)
            session.flush()
            audit.record(session, actor, "create", ENTITY, row.id, None, _fields(row))
            return row.id
    except IntegrityError:  # made on another PC meanwhile: use that one
        with factory() as session:
            again = _row_for(session, period)
            assert again is not None
            return again.id


def period_of_key(factory: SessionFactory, key: int) -> Period:
    """The period of the narrative row ``key``.

    Raises:
        NotFoundError: no such row.
    """
    with factory() as session:
        row = session.get(PeriodicNarrative, key)
        if row is None:
            raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=key)
        return _period_of(row)


def report_content_for(
    factory: SessionFactory,
    actor: Actor,
    period: Period,
    *,
    today: dt.date | None = None,
    as_of: dt.date | None = None,
) -> LetterContent:
    """The period's report written now: its figures counted, the clerk's texts put in."""
    figures = statistics_for(factory, actor, period, today=today, as_of=as_of)
    narrative = narrative_for(factory, actor, period)
    return report_content(figures, tables(figures), narrative.texts, get_office(factory))


def content_maker(
    factory: SessionFactory, actor: Actor, form: LetterForm, source_kind: str, source_id: int
) -> Callable[[], LetterContent] | None:
    """How a new report letter starts; None for a letter that is not a periodic report."""
    if source_kind != PERIODIC_REPORT or form is not LetterForm.REPORT:
        return None
    return lambda: report_content_for(factory, actor, period_of_key(factory, source_id))


def report_letter(
    factory: SessionFactory, actor: Actor, period: Period, *, new: bool = False
) -> tuple[LetterRecord, Changes]:
    """The period's report letter: its open draft, else a new draft written now.

    ``new`` writes a new draft even when one is open (its figures counted again).

    Raises:
        PermissionDeniedError: a viewer, when a draft is to be made.
    """
    key = narrative_key(factory, actor, period)
    if not new:
        found = drafts.open_draft(factory, actor, LetterForm.REPORT, PERIODIC_REPORT, key)
        if found is not None:
            return found, Changes.of()
    return drafts.draft_for_record(
        factory,
        actor,
        LetterForm.REPORT,
        PERIODIC_REPORT,
        key,
        new=True,
        content=lambda: report_content_for(factory, actor, period),
    )
