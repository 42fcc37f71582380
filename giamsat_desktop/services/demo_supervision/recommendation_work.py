"""The clerk's work on the demo office's recommendations, each piece done as the window does it.

A recommendation is written with its session's report (in that day's transaction, its
history and audit entry as ``editing.add_recommendation`` keeps them); it is sent by issuing
its letter (``services.issuing``), answered by a reply picked from the incoming register
where the body's document is entered and filed without tasks (``replies.add_reply``), its
commitment noted, chased and escalated by their letters, resolved or closed with a reason
(``moves``); its session is closed once none is open. Each piece is one call of the
services, on its day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Recommendation, SupervisionSession
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.domain.recommendations import RecommendationState, ReplyDraft, ReplyKind
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.symbols import format_state_symbol
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.demo_supervision.recommendation_texts import (
    FILED,
    INSTRUCTION,
    SIGNERS,
)
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.recommendations import editing, moves, replies
from giamsat_desktop.services.recommendations.history import add_event
from giamsat_desktop.services.recommendations.letters import (
    CHASE_LETTER,
    RECOMMENDATION_LETTER,
    chase_content,
    escalation_content,
    letter_of,
)
from giamsat_desktop.services.recommendations.records import (
    ENTITY,
    audit_fields,
    search_text,
)
from giamsat_desktop.services.recommendations.settings import reply_days_in
from giamsat_desktop.services.registers.incoming import register_incoming
from giamsat_desktop.services.supervision.moves import apply_move
from giamsat_desktop.services.tasks.document_status import file_without_tasks


@dataclass(slots=True)
class Written:
    """A recommendation of the demo: its key once written, the letters that concern it."""

    content: str
    body: str
    key: int = 0
    sent: LetterRecord | None = None
    chased: LetterRecord | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    """What one recommendation's reply says: its kind, its notes, a commitment and its day."""

    to: Written
    kind: ReplyKind
    notes: str
    commitment: str = ""
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """An incoming document carrying replies: who sent it, its number, type, date, subject."""

    issuer: str
    number: int
    type_code: str
    doc_date: dt.date
    subject: str
    """With ``{symbol}`` and ``{day}`` for the letter it answers, ``{office}`` for the Front."""


def issuer_of(body: str) -> tuple[str, str, str]:
    """The body that writes a reply, who signs for it and its symbol's suffix."""
    issuer = body.split(" và ")[0].removesuffix(" (chủ đầu tư)").strip()
    folded = fold(issuer)
    for start, (signer, suffix) in SIGNERS.items():
        if folded.startswith(start):
            return issuer, signer, suffix
    words = [word for word in folded.split() if word[:1].isalpha()]
    return issuer, "", "".join(word[0] for word in words).upper() or "VP"


@dataclass(slots=True)
class Desk:
    """The clerk's desk: the services each piece of work calls, and what was done."""

    factory: SessionFactory
    office: str = ""
    replies: int = 0
    written: list[Written] = field(default_factory=list)

    def version(self, key: int) -> int:
        """The recommendation's version as saved now."""
        with self.factory() as session:
            return int(
                session.scalar(select(Recommendation.version).where(Recommendation.id == key))
            )

    def write(self, session_id: int, recommendations: list[Written], on: dt.date) -> None:
        """Write a session's recommendations on ``on``, each last among its session's."""
        with unit_of_work(self.factory) as session:
            days = reply_days_in(session)
            last = session.scalar(
                select(func.max(Recommendation.sort_order)).where(
                    Recommendation.session_id == session_id
                )
            )
            for order, written in enumerate(recommendations, start=(last or 0) + 1):
                row = Recommendation(
                    session_id=session_id,
                    content=written.content,
                    addressed_body=written.body,
                    state=RecommendationState.DRAFTED.value,
                    reply_days=days,
                    commitment="",
                    year=on.year,
                    sort_order=order,
                )
                session.add(row)
                session.flush()
                row.search_text = search_text(session, row)
                add_event(session, SYSTEM, row, "create", on, to_state=RecommendationState.DRAFTED)
                session.flush()
                audit.record(session, SYSTEM, "create", ENTITY, row.id, None, audit_fields(row))
                written.key = row.id
                self.written.append(written)

    def recommendation_letter(self, first: Written) -> LetterRecord:
        """The letter sending a session's recommendations to ``first``'s body, drafted."""
        return letter_of(self.factory, SYSTEM, RECOMMENDATION_LETTER, first.key)[0]

    def overdue_letter(self, kind: str, written: Written, on: dt.date) -> LetterRecord:
        """The chase (``CHASE_LETTER``) or escalation letter of ``written``, dated ``on``."""
        make = chase_content if kind == CHASE_LETTER else escalation_content
        letter, _ = drafts.draft_for_record(
            self.factory,
            SYSTEM,
            LetterForm.CONG_VAN,
            kind,
            written.key,
            new=True,
            content=lambda: make(self.factory, SYSTEM, written.key, on),
        )
        return letter

    def answer(
        self, on: dt.date, answers: list[Answer], document: Document | None, answering: Written
    ) -> None:
        """The replies of ``answers`` on ``on``, carried by ``document`` if it is entered.

        ``answering``: the recommendation whose letter (its chase, if chased) the document
        answers.
        """
        incoming = None
        if document is not None:
            incoming = self._register(on, document, answering)
        for answer in answers:
            key = answer.to.key
            reply = ReplyDraft(on, answer.kind, incoming, answer.notes)
            replies.add_reply(self.factory, SYSTEM, key, self.version(key), reply)
            self.replies += 1
            if answer.commitment:
                editing.set_commitment(
                    self.factory, SYSTEM, key, self.version(key), answer.commitment, answer.due
                )

    def _register(self, on: dt.date, document: Document, answering: Written) -> int:
        """Enter the body's document in the incoming register; its id."""
        if not self.office:
            with self.factory() as session:
                office = office_in(session)
                self.office = office.name if office is not None else ""
        letter = answering.chased or answering.sent
        symbol, day = "", ""
        if letter is not None and letter.issue_date is not None:
            symbol, day = letter.symbol or "", f"{letter.issue_date:%d/%m/%Y}"
        issuer, signer, suffix = issuer_of(document.issuer)
        code = None if document.type_code == "CV" else document.type_code
        record, _ = register_incoming(
            self.factory,
            SYSTEM,
            IncomingDraft(
                arrival_date=on,
                issuer=issuer,
                subject=document.subject.format(symbol=symbol, day=day, office=self.office),
                symbol=format_state_symbol(document.number, code, suffix),
                doc_date=document.doc_date,
                type_code=document.type_code,
                signer=signer,
                page_count=2,
                recipients="Ban Thường trực",
                transfer_date=on,
                instruction=INSTRUCTION,
            ),
        )
        file_without_tasks(self.factory, SYSTEM, record.id, FILED)
        return record.id

    def settle(self, written: Written, state: RecommendationState, on: dt.date, note: str) -> None:
        """Resolve ``written`` or close it with the reason ``note``, on ``on``."""
        key = written.key
        moves.move_recommendation(self.factory, SYSTEM, key, self.version(key), state, on, note)

    def close_session(self, session_id: int, on: dt.date, note: str) -> None:
        """Close the session whose recommendations are all settled."""
        with unit_of_work(self.factory) as session:
            row = session.get(SupervisionSession, session_id)
            assert row is not None
            apply_move(session, SYSTEM, row, SessionStep.CLOSED, on, note)
