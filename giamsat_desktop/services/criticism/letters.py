"""The forms written from a criticism session, and what issuing them does to it.

A session's plan (KH), its invitation (GM), its criticism letter (a công văn) and its
minutes (BB) are letters
whose source is the session (``CRITICISM_LETTER``, told apart by their form). Issuing the
plan moves a planned session to "đã ban hành kế hoạch"; issuing the criticism letter sends
the criticism: the session moves to "đã gửi văn bản phản biện" on the day issued, the
letter is kept as the one that sent it, and the answers' deadline is fixed — when the
session's form allows that move from where it is (a letter issued early moves nothing).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import CriticismSession, Letter
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import CriticismForm, CriticismStep, can_move
from giamsat_desktop.domain.criticism_letters import (
    CriticismFacts,
    invitation_content,
    letter_content,
    minutes_content,
    plan_content,
)
from giamsat_desktop.domain.letters import LetterContent, LetterForm, LetterRecord, LetterState
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.criticism.moves import apply_move
from giamsat_desktop.services.criticism.records import get_criticism
from giamsat_desktop.services.criticism.settings import answer_days_in, by_submission_in
from giamsat_desktop.services.letters import drafts

CRITICISM_LETTER = "criticism_session"
"""A criticism form's ``source_kind``: its ``source_id`` is the session's id."""
SOURCE_KINDS = frozenset({CRITICISM_LETTER})

FORMS: dict[LetterForm, Callable[[CriticismFacts], LetterContent]] = {
    LetterForm.PLAN: plan_content,
    LetterForm.INVITATION: invitation_content,
    LetterForm.CONG_VAN: letter_content,
    LetterForm.MINUTES: minutes_content,
}
"""The forms written from a session, in the order it needs them."""
STEP_ON_ISSUE = {
    LetterForm.PLAN: CriticismStep.PLAN_ISSUED,
    LetterForm.CONG_VAN: CriticismStep.SENT,
}
"""Where issuing a session's form moves it."""


def _plan_ref(session: Session, key: int) -> str:
    """``Kế hoạch số 12/KH-MTTQ-BTT ngày 02/06/2026`` of the session's issued plan, or ""."""
    row = session.execute(
        select(Letter.symbol, Letter.issue_date)
        .where(
            Letter.source_kind == CRITICISM_LETTER,
            Letter.source_id == key,
            Letter.form == LetterForm.PLAN.value,
            Letter.state == LetterState.ISSUED.value,
        )
        .order_by(Letter.id.desc())
    ).first()
    if row is None or row.issue_date is None:
        return ""
    return f"Kế hoạch số {row.symbol} ngày {row.issue_date:%d/%m/%Y}"


def criticism_facts(factory: SessionFactory, actor: Actor, key: int) -> CriticismFacts:
    """What the session's forms are written from, read now.

    Raises:
        NotFoundError: no such session.
    """
    record = get_criticism(factory, actor, key)
    with factory() as session:
        office = office_in(session)
        return CriticismFacts(
            session=record,
            office=office.name if office is not None else "",
            higher=office.higher_body if office is not None else "",
            plan=_plan_ref(session, key),
            answer_days=answer_days_in(session),
            by_submission=by_submission_in(session),
        )


def criticism_content(
    factory: SessionFactory, actor: Actor, key: int, form: LetterForm
) -> LetterContent:
    """The content of the session's ``form`` (one of ``FORMS``), written from it now."""
    return FORMS[form](criticism_facts(factory, actor, key))


def content_maker(
    factory: SessionFactory, actor: Actor, form: LetterForm, source_kind: str, source_id: int
) -> Callable[[], LetterContent] | None:
    """How a new letter of a session starts; None for a letter not of a criticism session."""
    if source_kind != CRITICISM_LETTER or form not in FORMS:
        return None
    return lambda: criticism_content(factory, actor, source_id, form)


def criticism_letter(
    factory: SessionFactory, actor: Actor, key: int, form: LetterForm, *, new: bool = False
) -> tuple[LetterRecord, Changes]:
    """The session's letter of ``form`` to print.

    Its open draft, else its last issued one, else a new draft written from the session
    (``new``: a new draft in any case).

    Raises:
        NotFoundError: no such session.
        ValueError: a form not written from a session.
    """
    if form not in FORMS:
        raise ValueError(form)
    get_criticism(factory, actor, key)  # NotFoundError before anything is made
    return drafts.draft_for_record(
        factory,
        actor,
        form,
        CRITICISM_LETTER,
        key,
        new=new,
        content=lambda: criticism_content(factory, actor, key, form),
    )


def on_issue(actor: Actor) -> Callable[[Session, LetterRecord], None]:
    """What issuing a criticism form does, in the issuing's transaction."""

    def then(session: Session, letter: LetterRecord) -> None:
        step = STEP_ON_ISSUE.get(letter.form)
        if letter.source_kind != CRITICISM_LETTER or step is None or letter.source_id is None:
            return
        row = session.get(CriticismSession, letter.source_id, with_for_update=True)
        if row is None or not can_move(CriticismForm(row.form), CriticismStep(row.step), step):
            return
        day = letter.issue_date or clock.today()
        what = "Kế hoạch" if letter.form is LetterForm.PLAN else "Văn bản"
        note = f"{what} số {letter.symbol}".strip()
        apply_move(session, actor, row, step, day, note, letter_id=letter.id)

    return then
