"""The recommendations' letters: the recommendation letter, the chase and the escalation.

All three are công văn of the letters' model (drafted, previewed, printed, issued there):

- Văn bản kiến nghị sau giám sát: "V/v kiến nghị sau giám sát …", to one body, its session's
  unsent recommendations to that body numbered, a written reply asked within the period;
  Nơi nhận the same-level Party committee and government "(b/c)".
- The chase: one overdue recommendation, the letter that sent it and its deadline, a reply
  asked within five days (moved off the days off).
- The escalation: to the Front one level up, which recommends to the body's direct superior.

Issuing them moves the recommendations (``sending``) in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Letter, Recommendation, SupervisionSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.deadlines import deadline_after
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.letter_wording import NQLT_403
from giamsat_desktop.domain.letters import LetterContent, LetterForm, LetterRecord, LetterState
from giamsat_desktop.domain.office import FRONT_NAME
from giamsat_desktop.domain.recommendations import RecommendationState, body_code
from giamsat_desktop.domain.supervision_letters import SESSION_LETTER
from giamsat_desktop.domain.supervision_wording import supervision_of
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.recommendations.records import load
from giamsat_desktop.services.recommendations.sending import (
    CHASE_LETTER as CHASE_LETTER,
)
from giamsat_desktop.services.recommendations.sending import (
    ESCALATION_LETTER as ESCALATION_LETTER,
)
from giamsat_desktop.services.recommendations.sending import (
    RECOMMENDATION_LETTER as RECOMMENDATION_LETTER,
)
from giamsat_desktop.services.recommendations.sending import (
    fellows,
    first_of,
    same_body,
)

FORM = LetterForm.CONG_VAN
CHASE_WITHIN = 5
"""A chase asks for the reply within this many days (moved off a day off)."""


def _date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _office(session: Session) -> tuple[str, str, str]:
    """The office's name, the Front one level up, and the same-level People's Committee."""
    office = office_in(session)
    if office is None:
        return "", "", ""
    government = ""
    if office.name.startswith(FRONT_NAME):
        government = "Ủy ban nhân dân" + office.name[len(FRONT_NAME) :]
    return office.name, office.higher_body, government


def _session_row(session: Session, session_id: int | None) -> SupervisionSession:
    row = session.get(SupervisionSession, session_id) if session_id is not None else None
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="supervision_session", id=session_id)
    return row


def _issued_plan(session: Session, session_id: int) -> str:
    """``Kế hoạch số 12/KH-MTTQ-BTT ngày 02/03/2026`` of the session's issued plan, or ""."""
    row = session.execute(
        select(Letter.symbol, Letter.issue_date)
        .where(
            Letter.source_kind == SESSION_LETTER,
            Letter.source_id == session_id,
            Letter.form == LetterForm.PLAN.value,
            Letter.state == LetterState.ISSUED.value,
        )
        .order_by(Letter.id.desc())
    ).first()
    if row is None or row.issue_date is None:
        return ""
    return f"Kế hoạch số {row.symbol} ngày {_date(row.issue_date)}"


def _informed(higher: str, body: str, government: str) -> tuple[str, ...]:
    """Those informed "(b/c)": the same-level People's Committee only when not the addressee."""
    same = bool(government) and fold(" ".join(body.split())) == fold(government)
    councils = "Thường trực HĐND (b/c);" if same else "Thường trực HĐND, UBND (b/c);"
    lines = ["Thường trực Đảng ủy (b/c);", councils]
    if higher:
        lines.insert(0, f"Ban Thường trực {higher} (b/c);")
    return tuple(lines)


def bodies(factory: SessionFactory, session_id: int) -> list[tuple[str, str]]:
    """The bodies a session recommends to: (code, name), in the order first written."""
    with factory() as session:
        _session_row(session, session_id)
        rows = session.scalars(
            select(Recommendation)
            .where(Recommendation.session_id == session_id)
            .order_by(Recommendation.id)
        )
        found: dict[str, tuple[str, str]] = {}
        for row in rows:
            found.setdefault(
                same_body(row.addressed_body), (body_code(row.addressed_body), row.addressed_body)
            )
    return list(found.values())


def letter_key(factory: SessionFactory, session_id: int, code: str | None) -> int:
    """The key of a session's recommendation letter to the body ``code`` (None: its only body).

    Raises:
        ConflictError: several bodies and no code (``RECOMMENDATION_BODIES``, their codes),
            or no recommendation at all (``NO_RECOMMENDATIONS``).
        NotFoundError: no body of that code (``RECOMMENDATION_BODY_UNKNOWN``).
    """
    found = bodies(factory, session_id)
    codes = [found_code for found_code, _name in found]
    if not found:
        raise ConflictError(ErrorCode.NO_RECOMMENDATIONS, body="cơ quan nào")
    if code is None:
        if len(found) > 1:
            raise ConflictError(ErrorCode.RECOMMENDATION_BODIES, codes=codes)
        name = found[0][1]
    else:
        named = [name for found_code, name in found if found_code == code.strip().upper()]
        if not named:
            raise NotFoundError(ErrorCode.RECOMMENDATION_BODY_UNKNOWN, code=code, codes=codes)
        name = named[0]
    with factory() as session:
        first = first_of(session, session_id, name)
        assert first is not None
        return first.id


def recommendation_content(factory: SessionFactory, actor: Actor, key: int) -> LetterContent:
    """The letter sending the unsent recommendations of ``key``'s session to its body.

    Raises:
        NotFoundError: no such recommendation.
        ConflictError: none unsent to that body (``NO_RECOMMENDATIONS``).
    """
    with factory() as session:
        first = load(session, key)
        held = _session_row(session, first.session_id)
        unsent = [
            row for row in fellows(session, first) if row.state == RecommendationState.DRAFTED.value
        ]
        if not unsent:
            raise ConflictError(ErrorCode.NO_RECOMMENDATIONS, body=first.addressed_body)
        office, higher, government = _office(session)
        plan = _issued_plan(session, held.id)
        body, days = first.addressed_body, max(row.reply_days for row in unsent)
    what = supervision_of(held.subject)
    done = f"Thực hiện {plan} về {what}, " if plan else ""
    opening = (
        f"{done}Ban Thường trực {office} đã tổ chức {what} tại {held.supervised_body or body}. "
        f"Trên cơ sở kết quả giám sát, Ban Thường trực kiến nghị {body} một số nội dung sau:"
    )
    items = [f"- {row.content.strip()}" for row in unsent]
    closing = (
        f"Đề nghị {body} quan tâm xem xét, giải quyết và trả lời bằng văn bản về Ban Thường "
        f"trực {office} trong thời hạn {days} ngày kể từ ngày ký văn bản này./."
    )
    return LetterContent(
        subject=f"kiến nghị sau {what}",
        recipients=(body,),
        body="\n".join([opening, *items, closing]),
        copies_to=("Như trên;", *_informed(higher, body, government)),
    )


def _overdue(row: Recommendation, today: dt.date) -> None:
    replied = row.state not in (
        RecommendationState.SENT.value,
        RecommendationState.ESCALATED.value,
    )
    if replied or row.reply_due is None or today <= row.reply_due:
        due = _date(row.reply_due) if row.reply_due else "—"
        raise ConflictError(ErrorCode.RECOMMENDATION_NOT_OVERDUE, due=due)


def _sent_by(session: Session, row: Recommendation) -> str:
    symbol = session.scalar(select(Letter.symbol).where(Letter.id == row.sent_letter_id))
    sent = f" ngày {_date(row.sent_on)}" if row.sent_on else ""
    return f"Văn bản số {symbol}{sent}" if symbol else f"văn bản{sent}"


def chase_content(factory: SessionFactory, actor: Actor, key: int, today: dt.date) -> LetterContent:
    """The letter chasing the overdue reply to the recommendation ``key``.

    Raises:
        NotFoundError: no such recommendation.
        ConflictError: not overdue on ``today`` (``RECOMMENDATION_NOT_OVERDUE``).
    """
    with factory() as session:
        row = load(session, key)
        _overdue(row, today)
        held = _session_row(session, row.session_id)
        office, higher, government = _office(session)
        sent_by = _sent_by(session, row)
        reply_by = deadline_after(today, CHASE_WITHIN, days_off_in(session))
    assert row.reply_due is not None
    what = supervision_of(held.subject)
    text = [
        f"Ban Thường trực {office} có {sent_by} kiến nghị {row.addressed_body} sau {what}, "
        "với nội dung:",
        f"- {row.content.strip()}",
        f"Đến nay đã quá thời hạn trả lời (ngày {_date(row.reply_due)}) nhưng Ban Thường trực "
        f"chưa nhận được văn bản trả lời của {row.addressed_body}.",
        f"Ban Thường trực {office} đề nghị {row.addressed_body} khẩn trương xem xét, giải quyết "
        f"và trả lời bằng văn bản trước ngày {_date(reply_by)}./.",
    ]
    return LetterContent(
        subject=f"đôn đốc trả lời kiến nghị sau {what}",
        recipients=(row.addressed_body,),
        body="\n".join(text),
        copies_to=("Như trên;", *_informed(higher, row.addressed_body, government)),
    )


def _chased_by(session: Session, row: Recommendation) -> str:
    """The latest issued chase as "Văn bản số 12/MTTQ-BTT ngày 25/06/2026", or ""."""
    letter = session.execute(
        select(Letter.symbol, Letter.issue_date)
        .where(
            Letter.source_kind == CHASE_LETTER,
            Letter.source_id == row.id,
            Letter.state == LetterState.ISSUED.value,
        )
        .order_by(Letter.id.desc())
    ).first()
    if letter is None or letter.issue_date is None:
        return ""
    return f"Văn bản số {letter.symbol} ngày {_date(letter.issue_date)}"


def escalation_content(
    factory: SessionFactory, actor: Actor, key: int, today: dt.date
) -> LetterContent:
    """The letter asking the Front one level up to recommend to the body's direct superior.

    Raises:
        NotFoundError: no such recommendation.
        ConflictError: not overdue on ``today`` (``RECOMMENDATION_NOT_OVERDUE``).
    """
    with factory() as session:
        row = load(session, key)
        _overdue(row, today)
        held = _session_row(session, row.session_id)
        office, higher, government = _office(session)
        sent_by = _sent_by(session, row)
        chased_by = _chased_by(session, row)
    assert row.reply_due is not None
    what = supervision_of(held.subject)
    superior = held.superior_body or "cơ quan cấp trên trực tiếp"
    chased = f", dù đã được đôn đốc bằng {chased_by}" if chased_by else ""
    text = [
        f"Ban Thường trực {office} có {sent_by} kiến nghị {row.addressed_body} sau {what}, "
        "với nội dung:",
        f"- {row.content.strip()}",
        f"Thời hạn trả lời là ngày {_date(row.reply_due)}; đến ngày {_date(today)}, "
        f"{row.addressed_body} chưa có văn bản trả lời{chased}.",
        f"Căn cứ {NQLT_403}, Ban Thường trực {office} kính đề nghị "
        f"Ban Thường trực {higher or 'Ủy ban MTTQ Việt Nam cấp trên'} xem xét, kiến nghị "
        f"{superior} chỉ đạo {row.addressed_body} giải quyết và trả lời "
        "kiến nghị nêu trên./.",
    ]
    addressee = (
        f"Ban Thường trực {higher}" if higher else "Ban Thường trực Ủy ban MTTQ Việt Nam cấp trên"
    )
    return LetterContent(
        subject=f"kiến nghị chưa được trả lời sau {what}",
        recipients=(addressee,),
        body="\n".join(text),
        copies_to=("Như trên;", "Thường trực Đảng ủy (b/c);", f"{row.addressed_body};"),
    )


def recommendation(factory: SessionFactory, actor: Actor, key: int) -> None:
    """Check the recommendation ``key`` exists.

    Raises:
        NotFoundError: no such recommendation.
    """
    with factory() as session:
        load(session, key)


def content_maker(
    factory: SessionFactory, actor: Actor, source_kind: str, source_id: int
) -> Callable[[], LetterContent] | None:
    """How a new letter of a recommendation starts; None for a kind not of recommendations."""
    today = clock.today()
    if source_kind == RECOMMENDATION_LETTER:
        return lambda: recommendation_content(factory, actor, source_id)
    if source_kind == CHASE_LETTER:
        return lambda: chase_content(factory, actor, source_id, today)
    if source_kind == ESCALATION_LETTER:
        return lambda: escalation_content(factory, actor, source_id, today)
    return None


def letter_of(
    factory: SessionFactory, actor: Actor, source_kind: str, key: int, *, new: bool = False
) -> tuple[LetterRecord, Changes]:
    """A recommendation's letter of ``source_kind`` to print.

    Its open draft, else its last issued one, else a new draft (``new``: a new draft in
    any case).
    """
    make = content_maker(factory, actor, source_kind, key)
    if make is None:
        raise ValueError(source_kind)
    with factory() as session:
        load(session, key)  # NotFoundError before anything is made
    return drafts.draft_for_record(factory, actor, FORM, source_kind, key, new=new, content=make)
