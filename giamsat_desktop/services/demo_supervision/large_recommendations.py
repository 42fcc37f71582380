"""The large demo office's recommendations: 60,000 over its sessions, by bulk inserts.

Every session of the large office that recommends gets its share (one to a dozen, about
seven on average): its topic's recommendations first, then those any supervision may end
with, now and then one to the body's direct superior. Each is told as the small office's
are, without letters: written with the report (chưa gửi while the letter waits), sent on
the day its session sends them, answered one to four weeks later (some late, a few never),
escalated now and then when overdue, and settled: resolved by the body's report or the
Board's check, or closed with a reason. A closed session's are all settled by the day it
closed; a session still followed keeps at least one open. The rows, their replies and their
history go in through the driver's executemany, the search index built at the end.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Recommendation, RecommendationEvent, RecommendationReply
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.recommendations import (
    REPLY_DAYS,
    RecommendationState,
    ReplyKind,
    reply_deadline,
    state_after_reply,
)
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.demo_supervision.bulk import (
    Writer,
    follow_sequences,
    moment,
    next_id,
)
from giamsat_desktop.services.demo_supervision.cast import Cast
from giamsat_desktop.services.demo_supervision.lives import Days
from giamsat_desktop.services.demo_supervision.recommendation_texts import (
    ADVICES,
    CHECKED,
    CLOSE_REASON,
    GENERAL,
    Advice,
)
from giamsat_desktop.services.demo_supervision.recommendations import Sending

R = RecommendationState
SILENT = 0.06
"""The share of recommendations a body never answers."""
ESCALATED = 0.4
"""The share of those left without reply past their deadline that are escalated."""
REFUSED = 0.25
"""The share of refusable recommendations the body refuses."""
UPWARD = 0.15
"""The share of sessions that also recommend to the body's direct superior."""
NO_REPLY_REASON = (
    "Không nhận được văn bản trả lời; đã kiến nghị Ban Thường trực cấp trên. Ban Thường trực "
    "kết thúc theo dõi, tổng hợp vào báo cáo năm."
)
_BATCH = 5000

_RECOMMENDATION_COLUMNS = (
    "id", "session_id", "content", "addressed_body", "state", "reply_days", "sent_on",
    "reply_due", "sent_letter_id", "escalated_on", "escalation_letter_id", "commitment",
    "commitment_due", "close_reason", "year", "sort_order", "search_text", "created_at",
    "updated_at", "version",
)  # fmt: skip
_REPLY_COLUMNS = (
    "id", "recommendation_id", "replied_on", "kind", "incoming_id", "notes", "user_name", "at",
)  # fmt: skip
_EVENT_COLUMNS = (
    "id", "recommendation_id", "kind", "on", "from_state", "to_state", "note", "reply_id",
    "user_name", "at",
)  # fmt: skip


@dataclass(slots=True)
class _Story:
    """One recommendation's life: its moves (day, new state, note, its reply) and replies."""

    state: RecommendationState = R.SENT
    moves: list[tuple[dt.date, RecommendationState, str, int | None]] = field(default_factory=list)
    replies: list[tuple[dt.date, ReplyKind, str]] = field(default_factory=list)
    escalated_on: dt.date | None = None
    commitment: str = ""
    commitment_due: dt.date | None = None
    close_reason: str = ""

    def move(self, on: dt.date, new: RecommendationState, note: str = "") -> None:
        self.moves.append((on, new, note, None))
        self.state = new

    def reply(self, on: dt.date, kind: ReplyKind, notes: str) -> None:
        self.replies.append((on, kind, notes))
        new = state_after_reply(self.state, kind)
        if new is not self.state:
            self.moves.append((on, new, kind.label, len(self.replies) - 1))
            self.state = new

    @property
    def settled(self) -> bool:
        return not self.state.is_open


def spread(rng: random.Random, caps: list[int], total: int) -> list[int]:
    """``total`` shared among sessions, each at least one and at most its cap, about seven."""
    counts = [min(cap, rng.randint(3, 10)) for cap in caps]
    total = max(len(caps), min(total, sum(caps)))
    gap = total - sum(counts)
    step = 1 if gap > 0 else -1
    while gap:
        key = rng.randrange(len(counts))
        new = counts[key] + step
        if 1 <= new <= caps[key]:
            counts[key] = new
            gap -= step
    return counts


def add_large_recommendations(
    session: Session,
    cast: Cast,
    days: Days,
    sending: list[Sending],
    *,
    seed: int,
    today: dt.date,
    total: int,
    report: Callable[[int], None] | None = None,
) -> int:
    """Write ``total`` recommendations over the sessions of ``sending``; how many went in."""
    if not sending:
        return 0
    rng = random.Random(f"demo-recommendations-large-{seed}")
    caps = [len(ADVICES[story.topic].body) + len(GENERAL) for story in sending]
    writer = _Bulk(session, cast, days, rng, today)
    with indexed_at_the_end(session, Recommendation.__tablename__):
        for story, count in zip(sending, spread(rng, caps, total), strict=True):
            writer.session(story, count)
            if writer.pending >= _BATCH:
                done = writer.flush()
                if report is not None:
                    report(done)
        done = writer.flush()
        if report is not None:
            report(done)
    follow_sequences(session, (Recommendation, RecommendationReply, RecommendationEvent))
    return writer.made


class _Bulk:
    """Tells and writes the recommendations, a session at a time."""

    def __init__(
        self, session: Session, cast: Cast, days: Days, rng: random.Random, today: dt.date
    ) -> None:
        self.cast, self.days, self.rng, self.today = cast, days, rng, today
        self.ids = {
            "recommendation": next_id(session, Recommendation),
            "reply": next_id(session, RecommendationReply),
            "event": next_id(session, RecommendationEvent),
        }
        self.writers = {
            "recommendation": Writer(session, Recommendation.__table__, _RECOMMENDATION_COLUMNS),
            "reply": Writer(session, RecommendationReply.__table__, _REPLY_COLUMNS),
            "event": Writer(session, RecommendationEvent.__table__, _EVENT_COLUMNS),
        }
        self.words: dict[str, tuple[str, str]] = {}
        self.made = self.pending = 0

    def take(self, name: str) -> int:
        key = self.ids[name]
        self.ids[name] = key + 1
        return key

    def flush(self) -> int:
        """Write the rows kept; how many recommendations they were."""
        for writer in self.writers.values():
            writer.write()
        done, self.pending = self.pending, 0
        return done

    def text(self, template: str) -> tuple[str, str]:
        """``template`` in the office's words, and folded."""
        found = self.words.get(template)
        if found is None:
            words = self.cast.text(template)
            found = self.words[template] = (words, fold(words))
        return found

    def session(self, sending: Sending, count: int) -> None:
        """Write ``count`` recommendations of the session, told up to today."""
        rng, days, life = self.rng, self.days, sending.life
        reported = life.day_of(SessionStep.REPORTED)
        sent_on = life.day_of(SessionStep.RECOMMENDED)
        closed_on = life.day_of(SessionStep.CLOSED)
        assert reported is not None and sent_on is not None
        topic = ADVICES[sending.topic]
        general = rng.sample(GENERAL, max(0, count - len(topic.body)))
        advices = [(a, sending.body) for a in (*topic.body[:count], *general)]
        if count > 1 and sending.superior != sending.body and rng.random() < UPWARD:
            upward = topic.superior[0] if topic.superior else GENERAL[-1]
            advices[-1] = (upward, sending.superior)
        sent = sent_on <= self.today
        closed = closed_on if sent and closed_on is not None and closed_on <= self.today else None
        due = reply_deadline(sent_on, days.days_off, REPLY_DAYS)
        stories = [self._story(a, sent_on, due, closed) if sent else None for a, _b in advices]
        if sent and closed is None and all(s is not None and s.settled for s in stories):
            stories[-1] = self._story(advices[-1][0], sent_on, due, None, keep_open=True)
        subject = fold(sending.subject)
        for order, ((advice, body), story) in enumerate(zip(advices, stories, strict=True), 1):
            self._write(sending.session_id, advice, body, subject, order, reported, story, due)

    def _story(
        self,
        advice: Advice,
        sent_on: dt.date,
        due: dt.date,
        closed: dt.date | None,
        *,
        keep_open: bool = False,
    ) -> _Story:
        """How one sent recommendation went, up to today (all settled by ``closed``)."""
        rng, days = self.rng, self.days
        story = _Story()
        story.move(sent_on, R.SENT)
        end = closed or self.today
        first = days.after(sent_on, rng.randint(5, 30))
        silent = rng.random() < SILENT
        if closed is not None:
            first = min(first, closed)
        escalate = days.after(due, rng.randint(5, 12))
        escalating = rng.random() < ESCALATED or (silent and closed is not None)
        if (silent or first > escalate) and escalate <= end and escalating:
            story.escalated_on = escalate
            story.move(escalate, R.ESCALATED)
        if keep_open:
            return story  # no reply yet
        if silent or first > end:
            if silent and closed is not None:
                story.close_reason = NO_REPLY_REASON
                story.move(closed, R.CLOSED, NO_REPLY_REASON)
            return story
        kind = advice.answer
        if advice.refused and rng.random() < REFUSED:
            kind = ReplyKind.REFUSED
        reply = advice.refused if kind is ReplyKind.REFUSED else advice.reply
        story.reply(first, kind, self.text(reply)[0])
        if story.settled:
            return story
        if kind is ReplyKind.ACCEPTED:
            story.commitment = self.text(advice.commitment)[0]
            story.commitment_due = days.after(first, rng.randint(20, 60))
        settle = days.after(first, rng.randint(15, 90))
        if closed is not None:
            settle = min(settle, closed)
        if settle > end:
            return story
        result = self.text(advice.result)[0]
        if kind is ReplyKind.REFUSED or (kind is ReplyKind.EXPLAINED and rng.random() < 0.2):
            story.close_reason = self.cast.text(CLOSE_REASON, body="Cơ quan được giám sát")
            story.move(settle, R.CLOSED, story.close_reason)
        elif rng.random() < 0.5:
            story.reply(settle, ReplyKind.RESOLVED, result)
        else:
            story.move(settle, R.RESOLVED, CHECKED.format(day=f"{settle:%d/%m/%Y}", result=result))
        return story

    def _write(
        self,
        session_id: int,
        advice: Advice,
        body: str,
        subject: str,
        order: int,
        written: dt.date,
        story: _Story | None,
        due: dt.date,
    ) -> None:
        """The recommendation's row, its replies and its history."""
        key = self.take("recommendation")
        content, folded = self.text(advice.content)
        commitment = story.commitment if story else ""
        parts = (folded, self.text(body)[1], fold(commitment) if commitment else "", subject)
        moves = story.moves if story else []
        last = moves[-1][0] if moves else written
        row: list[Any] = [
            key,
            session_id,
            content,
            body,
            (story.state if story else R.DRAFTED).value,
            REPLY_DAYS,
            moves[0][0] if story else None,
            due if story else None,
            None,
            story.escalated_on if story else None,
            None,
            commitment,
            story.commitment_due if story else None,
            story.close_reason if story else "",
            (moves[0][0] if story else written).year,
            order,
            " ".join(part for part in parts if part),
            moment(written, 0),
            moment(last, len(moves)),
            1 + len(moves) + (1 if commitment else 0),
        ]
        self.writers["recommendation"].add(row)
        user = SYSTEM.user_name
        events = self.writers["event"]
        events.add(
            [self.take("event"), key, "create", written, "", R.DRAFTED.value, "", None, user,
             moment(written, 0)]
        )  # fmt: skip
        replies: list[int] = []
        for on, kind, notes in story.replies if story else ():
            reply = self.take("reply")
            replies.append(reply)
            self.writers["reply"].add(
                [reply, key, on, kind.value, None, notes, user, moment(on, 0)]
            )
        before = R.DRAFTED
        for second, (on, new, note, reply_index) in enumerate(moves, start=1):
            made_by = replies[reply_index] if reply_index is not None else None
            events.add(
                [self.take("event"), key, "move", on, before.value, new.value, note, made_by, user,
                 moment(on, second)]
            )  # fmt: skip
            before = new
        self.made += 1
        self.pending += 1
