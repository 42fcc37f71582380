"""The supervision forms as letters: drafted from the session, issued with its step.

Every form is a letter of ``services.letters`` (drafted, previewed, printed, issued there),
linked to the record it is written from, so that asking again reopens its open draft:

- the plan (KH), the decision setting up the delegation (QĐ), the report outline (ĐC) and
  the report (BC) to the session (``SESSION_LETTER``, its id);
- a biên bản (BB) to its working session (``MINUTES_LETTER``, the working session's id);
- the year's programme (CTr) to the programme (``PROGRAMME_LETTER``, the programme's id).

Issuing the plan moves its session to "đã ban hành kế hoạch", the decision to "đã thành lập
đoàn" and the report to "đã báo cáo" on the day issued, in the issuing's own transaction
(:func:`on_issue`), when the session's steps allow that move from where it is: a session
already past that step, or whose form has no such step, stays where it is.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    BoardMember,
    SupervisionProgramme,
    SupervisionSession,
    WorkingSession,
)
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.document_names import document_name, document_subject
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError
from giamsat_desktop.domain.letters import (
    FORM_TYPE_NAMES,
    LetterContent,
    LetterForm,
    LetterRecord,
    LetterState,
)
from giamsat_desktop.domain.programme_letter import programme_content
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_letters import (
    SESSION_LETTER as SESSION_LETTER,
)
from giamsat_desktop.domain.supervision_letters import (
    IssuedRef,
    SessionFacts,
    decision_content,
    minutes_content,
    outline_content,
    plan_content,
    report_content,
)
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.supervision.moves import move_if_allowed
from giamsat_desktop.services.supervision.programme import get_programme
from giamsat_desktop.services.supervision.records import (
    WORKING_ENTITY,
    get_session,
)
from giamsat_desktop.services.supervision.working import get_working_session, working_sessions

MINUTES_LETTER = "working_session"
"""A biên bản's ``source_kind``: its ``source_id`` is the working session's id."""
PROGRAMME_LETTER = "supervision_programme"
"""The programme's ``source_kind``: its ``source_id`` is the programme's id."""
SOURCE_KINDS = frozenset({SESSION_LETTER, MINUTES_LETTER, PROGRAMME_LETTER})

SESSION_FORMS = (LetterForm.PLAN, LetterForm.DECISION, LetterForm.OUTLINE, LetterForm.REPORT)
"""The forms written from a session, in the order it needs them."""
STEP_ON_ISSUE = {
    LetterForm.PLAN: SessionStep.PLAN_ISSUED,
    LetterForm.DECISION: SessionStep.DECISION_ISSUED,
    LetterForm.REPORT: SessionStep.REPORTED,
}
"""Where issuing a session's form moves it."""

_MAKERS: dict[LetterForm, Callable[[SessionFacts], LetterContent]] = {
    LetterForm.PLAN: plan_content,
    LetterForm.DECISION: decision_content,
    LetterForm.OUTLINE: outline_content,
    LetterForm.REPORT: report_content,
}


def _office_name(session: Session) -> str:
    office = office_in(session)
    return office.name if office is not None else ""


def _issued(factory: SessionFactory, actor: Actor, form: LetterForm, key: int) -> IssuedRef | None:
    letters = drafts.list_letters(
        factory, actor, source_kind=SESSION_LETTER, source_id=key, form=form
    )
    for letter in letters:
        if letter.state is LetterState.ISSUED and letter.issue_date is not None:
            return IssuedRef(FORM_TYPE_NAMES[form].capitalize(), letter.symbol, letter.issue_date)
    return None


def session_facts(
    factory: SessionFactory, actor: Actor, session_id: int, form: LetterForm
) -> SessionFacts:
    """What the session's ``form`` is written from, read now.

    Raises:
        NotFoundError: no such session.
    """
    record = get_session(factory, actor, session_id)
    cited = []
    for document in record.cited:
        asked = incoming.get_incoming(factory, actor, document.id)
        cited.append(f"Căn cứ {document_name(asked)} về việc {document_subject(asked)}")
    with factory() as session:
        office = _office_name(session)
    return SessionFacts(
        office=office,
        session=record,
        parts=drafts.standard_parts(factory, form, record.year),
        cited=tuple(cited),
        working=tuple(working_sessions(factory, actor, session_id)),
        plan=_issued(factory, actor, LetterForm.PLAN, session_id),
        decision=_issued(factory, actor, LetterForm.DECISION, session_id),
    )


def session_content(
    factory: SessionFactory, actor: Actor, session_id: int, form: LetterForm
) -> LetterContent:
    """A new draft of the session's ``form`` (one of ``SESSION_FORMS``), from the session."""
    return _MAKERS[form](session_facts(factory, actor, session_id, form))


def session_of_working(factory: SessionFactory, working_id: int) -> int:
    """The session a working session belongs to.

    Raises:
        NotFoundError: no such working session.
    """
    with factory() as session:
        key = session.scalar(
            select(WorkingSession.session_id).where(WorkingSession.id == working_id)
        )
    if key is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=WORKING_ENTITY, id=working_id)
    return key


def minutes_content_of(factory: SessionFactory, actor: Actor, working_id: int) -> LetterContent:
    """A new biên bản of the working session ``working_id``."""
    held = get_working_session(factory, actor, working_id)
    facts = session_facts(factory, actor, held.session_id, LetterForm.MINUTES)
    return minutes_content(facts, held)


def programme_content_of(factory: SessionFactory, actor: Actor, year: int) -> LetterContent:
    """A new draft of the year's programme.

    Raises:
        NotFoundError: ``PROGRAMME_MISSING``, the year has no programme.
    """
    programme = get_programme(factory, year)
    if programme is None:
        raise NotFoundError(ErrorCode.PROGRAMME_MISSING, year=year)
    with factory() as session:
        office = _office_name(session)
    return programme_content(
        office, programme, drafts.standard_parts(factory, LetterForm.PROGRAMME, year)
    )


def programme_year(factory: SessionFactory, programme_id: int) -> int:
    """The year of the programme ``programme_id``.

    Raises:
        NotFoundError: no such programme.
    """
    with factory() as session:
        year = session.scalar(
            select(SupervisionProgramme.year).where(SupervisionProgramme.id == programme_id)
        )
    if year is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="supervision_programme", id=programme_id)
    return year


def content_maker(
    factory: SessionFactory, actor: Actor, form: LetterForm, source_kind: str, source_id: int
) -> Callable[[], LetterContent] | None:
    """How a new letter of a supervision record starts; None for a kind not of supervision.

    ``SESSION_LETTER``: the session's ``form``; ``MINUTES_LETTER``: the working session's
    biên bản; ``PROGRAMME_LETTER``: the programme (its id).
    """
    if source_kind == SESSION_LETTER:
        return lambda: session_content(factory, actor, source_id, form)
    if source_kind == MINUTES_LETTER:
        return lambda: minutes_content_of(factory, actor, source_id)
    if source_kind == PROGRAMME_LETTER:
        return lambda: programme_content_of(factory, actor, programme_year(factory, source_id))
    return None


def _head_signer(factory: SessionFactory, actor: Actor, session_id: int) -> int | None:
    """The Board member who heads the delegation, to sign its biên bản (None: the chair)."""
    head = get_session(factory, actor, session_id).head
    if head is None:
        return None
    with factory() as session:
        for member in session.scalars(select(BoardMember).where(BoardMember.active.is_(True))):
            if fold(" ".join(member.full_name.split())) == fold(" ".join(head.full_name.split())):
                return member.id
    return None


def signer_for(
    factory: SessionFactory, actor: Actor, source_kind: str, source_id: int
) -> int | None:
    """Who signs a new letter of a supervision record; None for the chair.

    A biên bản is signed by the delegation's head, when he or she is on the Board.
    """
    if source_kind != MINUTES_LETTER:
        return None
    return _head_signer(factory, actor, session_of_working(factory, source_id))


def session_letter(
    factory: SessionFactory,
    actor: Actor,
    session_id: int,
    form: LetterForm,
    *,
    new: bool = False,
) -> tuple[LetterRecord, Changes]:
    """The session's letter of ``form`` (one of ``SESSION_FORMS``) to print.

    Its open draft, else its last issued one, else a new draft written from the session
    (``new``: a new draft in any case).
    """
    if form not in _MAKERS:
        raise ValueError(form)
    return drafts.draft_for_record(
        factory,
        actor,
        form,
        SESSION_LETTER,
        session_id,
        new=new,
        content=lambda: session_content(factory, actor, session_id, form),
    )


def minutes_letter(
    factory: SessionFactory, actor: Actor, working_id: int, *, new: bool = False
) -> tuple[LetterRecord, Changes]:
    """A working session's biên bản, as :func:`session_letter` finds or makes it.

    A new one is signed by the head of the delegation when he or she is on the Board.
    """
    found = (
        None
        if new
        else drafts.current_letter(factory, actor, LetterForm.MINUTES, MINUTES_LETTER, working_id)
    )
    if found is not None:
        return found, Changes.of()
    content = minutes_content_of(factory, actor, working_id)
    signer = _head_signer(factory, actor, session_of_working(factory, working_id))
    return drafts.save_new(
        factory, actor, LetterForm.MINUTES, content, MINUTES_LETTER, working_id, signer
    )


def programme_letter(
    factory: SessionFactory, actor: Actor, year: int, *, new: bool = False
) -> tuple[LetterRecord, Changes]:
    """The year's programme to print, as :func:`session_letter` finds or makes it.

    Raises:
        NotFoundError: ``PROGRAMME_MISSING``.
    """
    programme = get_programme(factory, year)
    if programme is None:
        raise NotFoundError(ErrorCode.PROGRAMME_MISSING, year=year)
    return drafts.draft_for_record(
        factory,
        actor,
        LetterForm.PROGRAMME,
        PROGRAMME_LETTER,
        programme.id,
        new=new,
        content=lambda: programme_content_of(factory, actor, year),
    )


def letters_of_session(
    factory: SessionFactory, actor: Actor, session_id: int
) -> list[LetterRecord]:
    """The letters a session produced, newest first, the discarded drafts left out.

    Its plan, decision, outline and report, and its working sessions' biên bản.
    """
    found = drafts.list_letters(factory, actor, source_kind=SESSION_LETTER, source_id=session_id)
    for held in working_sessions(factory, actor, session_id):
        found += drafts.list_letters(factory, actor, source_kind=MINUTES_LETTER, source_id=held.id)
    kept = [
        letter for letter in found if letter.state is not LetterState.CANCELLED or letter.symbol
    ]
    return sorted(kept, key=lambda letter: letter.id, reverse=True)


def on_issue(actor: Actor) -> Callable[[Session, LetterRecord], None]:
    """What issuing a supervision letter does in the issuing's transaction.

    A session's plan, decision or report moves the session to its step on the day issued,
    when its form's steps allow that move from where it is; anything else does nothing.
    """

    def then(session: Session, letter: LetterRecord) -> None:
        step = STEP_ON_ISSUE.get(letter.form)
        if letter.source_kind != SESSION_LETTER or step is None or letter.source_id is None:
            return
        row = session.get(SupervisionSession, letter.source_id, with_for_update=True)
        if row is None:
            return
        day = letter.issue_date or clock.today()
        note = f"{FORM_TYPE_NAMES[letter.form].capitalize()} số {letter.symbol}".strip()
        move_if_allowed(session, actor, row, step, day, note if letter.symbol else "")

    return then
