"""The small demo office's social criticism: last year's and this year's drafts, lived.

Nine drafts sent to the Front by the commune's People's Council and Committee, of the three
forms: last year's criticised, answered and closed; this year's at every step — answered,
answered in part and overdue on the point left, sent and waiting past its deadline, a
conference planned for a draft that came late (less than 15 days before its submission),
opinions gathered, a dialogue cancelled when its draft was withdrawn. Made as the services
make it, day by day (``demo_supervision.letters.Schedule``): each session written on the
day its draft came, its steps by hand on their days, its plan and criticism letter issued
through ``services.issuing`` (the outgoing register numbers them, the letter sends the
criticism), the drafting body's reply entered in Văn bản đến and its answers recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy import select

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import CriticismSession
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.criticism import CriticismForm, CriticismStep
from giamsat_desktop.domain.criticism_records import (
    CriticismDraft,
    PointAnswerDraft,
    PointDraft,
)
from giamsat_desktop.domain.documents import BookKind
from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.symbols import format_state_symbol
from giamsat_desktop.services.criticism import answers, moves
from giamsat_desktop.services.criticism.letters import criticism_letter
from giamsat_desktop.services.criticism.records import get_criticism
from giamsat_desktop.services.criticism.sessions import create_in
from giamsat_desktop.services.demo_criticism.texts import DRAFTS, Draft
from giamsat_desktop.services.demo_supervision.cast import Cast, read_cast
from giamsat_desktop.services.demo_supervision.letters import BY_HAND, SESSION_LETTER, Schedule
from giamsat_desktop.services.registers.incoming import register_incoming
from giamsat_desktop.services.tasks.document_status import file_without_tasks

S = CriticismStep
HELD = {
    CriticismForm.CONFERENCE: (S.OPENED, S.PRESENTED, S.FOCUSED, S.DISCUSSED, S.EXPLAINED),
    CriticismForm.DIALOGUE: (S.OPENED, S.PRESENTED, S.DISCUSSED, S.EXPLAINED),
    CriticismForm.DRAFT_ROUND: (),
}
"""The steps of the meeting itself, all on the day it is held."""
WITHDRAWN = "Ủy ban nhân dân xã rút dự thảo để sửa lại theo ý kiến của các ngành"
INSTRUCTION = "Lưu hồ sơ phản biện xã hội, theo dõi việc tiếp thu, giải trình"


@dataclass(frozen=True, slots=True)
class Life:
    """What happens to one draft, each day ``None`` when it does not (yet) happen.

    Attributes:
        received: The day the draft came.
        submit: Its submission day, when the drafting body gave one.
        held: The meeting's day (a round: the day opinions closed).
        plan: The day the plan was issued, when one was.
        sent: The day the criticism letter was issued.
        replied: The day the drafting body's reply came.
        answered: How many points the reply answered (from the first).
        closed: The day the session was closed.
        cancelled: The day it was cancelled (its draft withdrawn).
        until: The step reached by hand before its letter, when it was not sent yet.
    """

    received: dt.date
    submit: dt.date | None = None
    held: dt.date | None = None
    plan: dt.date | None = None
    sent: dt.date | None = None
    replied: dt.date | None = None
    answered: int = 0
    closed: dt.date | None = None
    cancelled: dt.date | None = None
    until: CriticismStep | None = None


def lives(today: dt.date) -> list[Life]:
    """Each draft's life, in the order of ``texts.DRAFTS``: last year's, then this year's."""
    last = today.year - 1

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    return [
        Life(dt.date(last, 3, 2), dt.date(last, 3, 30), dt.date(last, 3, 12), dt.date(last, 3, 5),
             dt.date(last, 3, 16), dt.date(last, 3, 26), 3, dt.date(last, 4, 2)),
        Life(dt.date(last, 6, 1), None, dt.date(last, 6, 20), None, dt.date(last, 6, 24),
             dt.date(last, 7, 15), 2, dt.date(last, 7, 20)),
        Life(dt.date(last, 9, 8), dt.date(last, 10, 15), dt.date(last, 9, 22), None,
             dt.date(last, 9, 26), dt.date(last, 10, 8), 2, dt.date(last, 10, 12)),
        Life(ago(130), ago(100), ago(120), ago(126), ago(116), ago(105), 3),
        Life(ago(75), ago(50), ago(68), ago(72), ago(64), ago(55), 2),  # one point overdue
        Life(ago(60), None, ago(45), None, ago(42)),  # 30 days after the letter: overdue
        Life(ago(5), today + dt.timedelta(days=5), plan=ago(3)),  # came 10 days before
        Life(ago(40), ago(10), cancelled=ago(30)),
        Life(ago(25), None, ago(8), until=S.OPINIONS_GATHERED),
        Life(dt.date(last, 5, 4), dt.date(last, 6, 10), dt.date(last, 5, 20), dt.date(last, 5, 8),
             dt.date(last, 5, 25), dt.date(last, 6, 5), 3, dt.date(last, 6, 12)),
        Life(ago(50), today + dt.timedelta(days=20), ago(35), None, ago(30)),  # awaited
    ]  # fmt: skip


@dataclass(slots=True)
class Made:
    """What the small office's criticism holds (its letters are the schedule's to count)."""

    sessions: int = 0
    keys: list[int] = field(default_factory=list)


def schedule_small(
    factory: SessionFactory, schedule: Schedule, *, today: dt.date, made: Made
) -> None:
    """Write the small office's sessions and put what followed them on ``schedule``.

    The supervision's schedule runs it with its own work, so that the registers are
    numbered once, in the order of every day's work.
    """
    with unit_of_work(factory) as session:
        cast = read_cast(session)
    chair = cast.board[0].name if cast.board else ""
    for number, (draft, life) in enumerate(zip(DRAFTS, lives(today), strict=True), start=1):
        if life.received <= today:
            _live(factory, schedule, cast, chair, draft, life, made, number)


def _version(factory: SessionFactory, key: int) -> int:
    with factory() as session:
        return int(
            session.scalar(select(CriticismSession.version).where(CriticismSession.id == key))
        )


def _move(
    factory: SessionFactory, key: int, step: CriticismStep, on: dt.date, note: str = ""
) -> None:
    moves.move_criticism(factory, SYSTEM, key, _version(factory, key), step, on, note)


def _live(
    factory: SessionFactory,
    schedule: Schedule,
    cast: Cast,
    chair: str,
    draft: Draft,
    life: Life,
    made: Made,
    number: int,
) -> None:
    """Write the session on the day its draft came and schedule what followed."""
    body = cast.text(draft.body)
    facts = CriticismDraft(
        title=cast.text(draft.title, year=life.received.year),
        drafting_body=body,
        form=draft.form,
        purpose=draft.purpose,
        received_on=life.received,
        submit_on=life.submit,
        held_on=life.held,
        place=cast.text("Hội trường Ủy ban MTTQ Việt Nam xã {place}")
        if draft.form is not CriticismForm.DRAFT_ROUND
        else "",
        chair=chair if draft.form is not CriticismForm.DRAFT_ROUND else "",
        participants=draft.participants,
        experts=draft.experts,
        opinions=4 * len(draft.points) + number,
    )
    points = [PointDraft(p.content, p.opinion, p.proposal) for p in draft.points]
    with unit_of_work(factory) as session:
        key = create_in(session, SYSTEM, facts, points, life.received).id
    made.sessions += 1
    made.keys.append(key)
    if life.cancelled is not None:
        schedule.add(life.cancelled, BY_HAND, _later(factory, key, S.CANCELLED, life.cancelled))
        return
    if life.plan is not None:
        schedule.issue(life.plan, SESSION_LETTER, _drafted(factory, key, LetterForm.PLAN))
    if life.sent is None and life.until is None:
        return  # planned only: the meeting is still to come
    held = life.held or life.received
    by_hand = [] if life.plan is not None else [(life.received, S.PLAN_ISSUED)]
    if draft.form is CriticismForm.DRAFT_ROUND:
        by_hand += [(life.received + dt.timedelta(days=3), S.DRAFT_SENT_ROUND)]
        by_hand += [(held, S.OPINIONS_GATHERED)]
    else:
        by_hand += [(held, step) for step in (*HELD[draft.form], S.CONCLUDED)]
    for on, step in by_hand:
        schedule.add(on, BY_HAND, _later(factory, key, step, on))
    if life.sent is None:
        return
    schedule.issue(life.sent, SESSION_LETTER, _drafted(factory, key, LetterForm.CONG_VAN))
    if life.replied is not None:
        replied, count = life.replied, life.answered
        reply = partial(_reply, factory, cast, key, draft, count, replied)
        schedule.add(replied, BY_HAND + 1, reply, BookKind.INCOMING)
    if life.closed is not None:
        schedule.add(life.closed, BY_HAND + 2, _later(factory, key, S.CLOSED, life.closed))


def _later(
    factory: SessionFactory, key: int, step: CriticismStep, on: dt.date
) -> Callable[[], None]:
    """The move of the session ``key`` to ``step`` on ``on``, to do on its day."""
    note = WITHDRAWN if step is S.CANCELLED else ""
    return lambda: _move(factory, key, step, on, note)


def _drafted(factory: SessionFactory, key: int, form: LetterForm) -> Callable[[], LetterRecord]:
    """The session's letter of ``form``, drafted from it on the day it is issued."""
    return lambda: criticism_letter(factory, SYSTEM, key, form)[0]


def _reply(
    factory: SessionFactory, cast: Cast, key: int, draft: Draft, answered: int, on: dt.date
) -> None:
    """Enter the drafting body's reply in Văn bản đến and record its answers."""
    record = get_criticism(factory, SYSTEM, key)
    letter = f" số {record.letter_symbol}" if record.letter_symbol else ""
    issuer = record.drafting_body.removeprefix("Thường trực ")
    incoming, _ = register_incoming(
        factory,
        SYSTEM,
        IncomingDraft(
            arrival_date=on,
            issuer=issuer,
            subject=f"Tiếp thu, giải trình ý kiến phản biện xã hội của Ban Thường trực "
            f"{cast.text('Ủy ban MTTQ Việt Nam xã {place}')} (Văn bản{letter}) đối với "
            f"{record.title[:1].lower()}{record.title[1:]}",
            symbol=format_state_symbol(40 + key, "BC" if "Hội đồng" in issuer else None, "UBND"),
            doc_date=on - dt.timedelta(days=2),
            type_code="BC" if "Hội đồng" in issuer else "CV",
            signer="",
            page_count=3,
            recipients="Ban Thường trực",
            transfer_date=on,
            instruction=INSTRUCTION,
        ),
    )
    file_without_tasks(factory, SYSTEM, incoming.id, "Lưu hồ sơ phản biện xã hội")
    drafts = [
        PointAnswerDraft(point.id, text.answer, text.explanation)
        for point, text in list(zip(record.points, draft.points, strict=True))[:answered]
    ]
    answers.record_reply(factory, SYSTEM, key, record.version, on, drafts, incoming.id)
