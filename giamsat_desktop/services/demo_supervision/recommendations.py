"""The small demo office's recommendations: written, sent, answered, chased, escalated, settled.

Every session that recommends writes one to four recommendations to its supervised body
(and, for some topics, to the body's direct superior) with its report, and sends them by
issuing one letter to each body on the day its life sends them: the letter moves the
session to "đã gửi kiến nghị" and "đang theo dõi". Each body replies in writing a week or
two later, a document entered in Văn bản đến whose reply (tiếp thu with a commitment, giải
trình, or đã giải quyết at once) the clerk records on each recommendation; what was
accepted is resolved later, by the body's report of the result (one session's at a meeting,
noted) or by the Board's check on the spot. A session is closed a few days after its last
recommendation is settled.

Two sessions tell what goes wrong. The latest whose letter went out five weeks or more
before today (``OPEN_AFTER``) is still followed: two of its recommendations are answered
and waiting for the commitment's day, one has no reply and is overdue, and one, left
without reply, was escalated to the Front one level up by its letter; its recommendations
to the superior are written and not sent yet. The one before it had a recommendation
chased by its letter, refused in the late reply and closed by the Board with the reason.
A session reported and not yet sending has its recommendations written (chưa gửi).
Everything is told up to today; the same seed and day tell the same.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from giamsat_desktop.domain.documents import BookKind
from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.domain.recommendations import (
    REPLY_DAYS,
    RecommendationState,
    ReplyKind,
    reply_deadline,
)
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_wording import supervision_of
from giamsat_desktop.services.demo_supervision.cast import Cast
from giamsat_desktop.services.demo_supervision.letters import (
    CHASE,
    CLOSE,
    ESCALATE,
    REPLY,
    SEND,
    SETTLE,
    WRITE,
    Schedule,
)
from giamsat_desktop.services.demo_supervision.lives import Days, Life
from giamsat_desktop.services.demo_supervision.recommendation_texts import (
    ADVICES,
    CHECKED,
    CLOSE_REASON,
    MEETING,
    REPLY_SUBJECT,
    RESULT_SUBJECT,
    Advice,
)
from giamsat_desktop.services.demo_supervision.recommendation_work import (
    Answer,
    Desk,
    Document,
    Written,
)
from giamsat_desktop.services.demo_supervision.years import NOTES
from giamsat_desktop.services.recommendations.sending import CHASE_LETTER, ESCALATION_LETTER

OPEN_AFTER = dt.timedelta(days=35)
"""The session still followed is the latest whose letter is at least this old today."""
S = SessionStep


@dataclass(frozen=True, slots=True)
class Sending:
    """A session that recommends: its key, topic, story, the bodies it writes to, its subject."""

    session_id: int
    topic: str
    life: Life
    body: str
    superior: str
    subject: str


@dataclass(frozen=True, slots=True)
class _Letter:
    """One body's recommendations of a session, and how the session's story goes."""

    sending: Sending
    items: list[tuple[Written, Advice]]
    sent_on: dt.date
    role: str = ""
    """``open`` (still followed, one escalated), ``chased`` (one chased and closed), or ""."""


def plan_recommendations(
    schedule: Schedule,
    cast: Cast,
    days: Days,
    sending: list[Sending],
    *,
    seed: int,
    today: dt.date,
) -> Desk:
    """Put every session's recommendations on ``schedule``; the desk that will do the work.

    Once the schedule has run, the desk holds what was written and how many replies.
    """
    planner = _Planner(schedule, cast, days, random.Random(f"demo-recommendations-{seed}"), today)
    stories = [s for s in sending if (s.life.day_of(S.REPORTED) or dt.date.max) <= today]
    sent = sorted(
        (s for s in stories if (s.life.day_of(S.RECOMMENDED) or dt.date.max) <= today),
        key=lambda s: (s.life.day_of(S.RECOMMENDED), s.session_id),
    )
    roles: dict[int, str] = {}
    aged = [s for s in sent if (s.life.day_of(S.RECOMMENDED) or today) <= today - OPEN_AFTER]
    if aged:
        roles[aged[-1].session_id] = "open"
        refusing = [s for s in aged[:-1] if any(a.refused for a in ADVICES[s.topic].body[:4])]
        if refusing:
            roles[refusing[-1].session_id] = "chased"
    for story in stories:
        planner.session(story, roles.get(story.session_id, ""))
    return planner.desk


class _Planner:
    """Tells each session's recommendations onto the schedule, day by day, up to today."""

    def __init__(
        self, schedule: Schedule, cast: Cast, days: Days, rng: random.Random, today: dt.date
    ) -> None:
        self.schedule, self.cast, self.days = schedule, cast, days
        self.rng, self.today = rng, today
        self.desk = Desk(schedule.factory)
        self.checked = 0
        self.met = False

    def at(
        self, on: dt.date, rank: int, action: Callable[[], object], register: BookKind | None = None
    ) -> None:
        """Do ``action`` on ``on`` if the day has come."""
        if on <= self.today:
            self.schedule.add(on, rank, action, register)

    def session(self, sending: Sending, role: str) -> None:
        """Write the session's recommendations with its report, send them and follow them."""
        life, advices, text = sending.life, ADVICES[sending.topic], self.cast.text
        reported, sent_on = life.day_of(S.REPORTED), life.day_of(S.RECOMMENDED)
        assert reported is not None and sent_on is not None
        mine = self._chosen(advices.body, all_of=bool(role))
        items = [(Written(text(a.content), sending.body), a) for a in mine]
        upward = []
        if advices.superior and role != "open" and sending.superior != sending.body:
            upward = [(Written(text(a.content), sending.superior), a) for a in advices.superior]
        written = [w for w, _a in items + upward]
        self.at(reported, WRITE, partial(self.desk.write, sending.session_id, written, reported))
        if sent_on > self.today:
            return  # reported, its letter not issued yet: the recommendations wait (chưa gửi)
        finishes = self._letter(_Letter(sending, items, sent_on, role))
        if upward:
            finishes += self._letter(_Letter(sending, upward, sent_on))
        if role == "open" and advices.superior:
            later = [(Written(text(a.content), sending.superior), a) for a in advices.superior]
            day = min(self.days.after(sent_on, self.rng.randint(22, 30)), self.today)
            self.at(
                day,
                WRITE,
                partial(self.desk.write, sending.session_id, [w for w, _a in later], day),
            )
            finishes.append(None)
        last = max((day or dt.date.max) for day in finishes)
        if last > self.today:
            return  # still followed
        closed = min(self.days.after(last, self.rng.randint(2, 6)), self.today)
        note = self.cast.text(NOTES["closed_after"])
        self.at(closed, CLOSE, partial(self.desk.close_session, sending.session_id, closed, note))

    def _chosen(self, advices: tuple[Advice, ...], *, all_of: bool) -> list[Advice]:
        """One to four of the topic's recommendations, in their order (all four: ``all_of``)."""
        most = min(4, len(advices))
        count = most if all_of else self.rng.randint(min(2, most), most)
        return [advices[i] for i in sorted(self.rng.sample(range(most), count))]

    def _letter(self, letter: _Letter) -> list[dt.date | None]:
        """Send ``letter`` and tell its replies; the day each recommendation is settled."""
        rng, days, text = self.rng, self.days, self.cast.text
        first = letter.items[0][0]

        def sent(issued: LetterRecord) -> None:
            for written, _advice in letter.items:
                written.sent = issued

        self.schedule.issue(
            letter.sent_on, SEND, partial(self.desk.recommendation_letter, first), sent
        )
        due = reply_deadline(letter.sent_on, days.days_off, REPLY_DAYS)
        answered = days.after(letter.sent_on, rng.randint(8, 16))
        reported = days.after(answered, rng.randint(25, 45))
        silent = escalated = refused = None
        if letter.role == "open":
            escalated = letter.items[-1][0]
            silent = letter.items[-2][0] if len(letter.items) > 2 else None
        if letter.role == "chased":
            refused = next(w for w, a in letter.items if a.refused)
        firsts: list[Answer] = []
        results: list[Answer] = []
        finishes: list[dt.date | None] = []
        for written, advice in letter.items:
            if written is escalated:
                self._overdue(ESCALATION_LETTER, written, days.after(due, rng.randint(6, 10)))
                finishes.append(None)
            elif written is silent:
                finishes.append(None)
            elif written is refused:
                finishes.append(self._refused(letter, written, advice, due))
            else:
                firsts.append(self._first(written, advice, answered))
                finishes.append(self._result(letter, written, advice, answered, reported, results))
        if firsts:
            document = self._document(letter, answered, "CV", REPLY_SUBJECT)
            self.at(
                answered,
                REPLY,
                partial(self.desk.answer, answered, firsts, document, first),
                BookKind.INCOMING,
            )
        if results and not self.met:
            self.met = True  # this body told its results at a meeting: noted, no document
            noted = [
                Answer(a.to, a.kind, text(MEETING, day=f"{reported:%d/%m/%Y}", result=a.notes))
                for a in results
            ]
            self.at(reported, REPLY, partial(self.desk.answer, reported, noted, None, first))
        elif results:
            what = supervision_of(letter.sending.subject)
            document = self._document(letter, reported, "BC", RESULT_SUBJECT.format(topic=what))
            self.at(
                reported,
                REPLY,
                partial(self.desk.answer, reported, results, document, first),
                BookKind.INCOMING,
            )
        return finishes

    def _first(self, written: Written, advice: Advice, on: dt.date) -> Answer:
        """The body's first written answer to ``written``."""
        text = self.cast.text
        if advice.answer is ReplyKind.ACCEPTED:
            due = self.days.after(on, self.rng.randint(20, 45))
            return Answer(written, advice.answer, text(advice.reply), text(advice.commitment), due)
        return Answer(written, advice.answer, text(advice.reply))

    def _result(
        self,
        letter: _Letter,
        written: Written,
        advice: Advice,
        answered: dt.date,
        reported: dt.date,
        results: list[Answer],
    ) -> dt.date | None:
        """How an answered recommendation is settled; the day, None while it is followed."""
        if advice.answer is ReplyKind.RESOLVED:
            return answered
        if letter.role == "open":
            return None  # answered, the body's commitment still running
        result = self.cast.text(advice.result)
        self.checked += 1
        if advice.answer is ReplyKind.ACCEPTED and self.checked % 2:
            day = self.days.after(answered, self.rng.randint(15, 35))
            note = CHECKED.format(day=f"{day:%d/%m/%Y}", result=result)
            self.at(
                day,
                SETTLE,
                partial(self.desk.settle, written, RecommendationState.RESOLVED, day, note),
            )
            return day
        results.append(Answer(written, ReplyKind.RESOLVED, result))
        return reported

    def _refused(self, letter: _Letter, written: Written, advice: Advice, due: dt.date) -> dt.date:
        """Chased after its deadline, refused in the late reply, closed by the Board."""
        rng, days = self.rng, self.days
        chased = days.after(due, rng.randint(2, 4))
        self._overdue(CHASE_LETTER, written, chased)
        late = days.after(chased, rng.randint(3, 6))
        answer = Answer(written, ReplyKind.REFUSED, self.cast.text(advice.refused))
        document = self._document(letter, late, "CV", REPLY_SUBJECT)
        self.at(
            late,
            REPLY,
            partial(self.desk.answer, late, [answer], document, written),
            BookKind.INCOMING,
        )
        closed = days.after(late, rng.randint(4, 8))
        reason = self.cast.text(CLOSE_REASON, body=written.body)
        self.at(
            closed,
            SETTLE,
            partial(self.desk.settle, written, RecommendationState.CLOSED, closed, reason),
        )
        return closed

    def _overdue(self, kind: str, written: Written, on: dt.date) -> None:
        """The chase or the escalation of ``written``, issued on ``on``."""

        def chased(issued: LetterRecord) -> None:
            if kind == CHASE_LETTER:
                written.chased = issued

        if on <= self.today:
            rank = CHASE if kind == CHASE_LETTER else ESCALATE
            self.schedule.issue(
                on, rank, partial(self.desk.overdue_letter, kind, written, on), chased
            )

    def _document(self, letter: _Letter, on: dt.date, type_code: str, subject: str) -> Document:
        """The body's document arriving on ``on``, numbered as its register would be."""
        body = letter.items[0][0].body
        year_day = on.timetuple().tm_yday
        fold_body = body.casefold()
        number = year_day * 3 // 2 if fold_body.startswith("ủy ban") else year_day // 8 + 1
        number += self.rng.randint(0, 4)
        written = self.days.before(on, self.rng.randint(1, 3))
        return Document(body, number, type_code, written, subject)
