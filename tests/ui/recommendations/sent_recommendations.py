"""What the Kiến nghị page's tests start from, made through the services as another clerk
would: a session reported, its recommendations sent by their letter today, and the body's
reply registered in Văn bản đến."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.domain.recommendations import RecommendationDraft, RecommendationRecord
from giamsat_desktop.domain.registers import IncomingDraft, IncomingRecord
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_records import SessionRecord
from giamsat_desktop.services import issuing
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import editing, letters, records
from giamsat_desktop.services.registers import incoming
from tests.services.supervision.office_sessions import CLERK, make, walk
from tests.session_day import TODAY

BODY = "Ủy ban nhân dân xã Tân Hưng"
TO_REPORTED = [
    SessionStep.PLAN_ISSUED,
    SessionStep.DECISION_ISSUED,
    SessionStep.NOTIFIED,
    SessionStep.WORKING,
    SessionStep.REPORTED,
]


@dataclass(frozen=True)
class Sent:
    """A session whose recommendations went out today by ``letter``."""

    session: SessionRecord
    recommendations: list[RecommendationRecord]
    letter: LetterRecord

    @property
    def due(self) -> dt.date:
        """Their reply deadline."""
        found = self.recommendations[0].reply_due
        assert found is not None
        return found


def sent_today(context: ServiceContext, subject: str, contents: list[str]) -> Sent:
    """A session of ``subject`` reported, ``contents`` recommended to ``BODY``, sent today."""
    held = walk(context, make(context, subject=subject), TO_REPORTED, TODAY)
    made = [
        editing.add_recommendation(
            context.factory, CLERK, RecommendationDraft(text, BODY, session_id=held.id)
        )[0]
        for text in contents
    ]
    key = letters.letter_key(context.factory, held.id, None)
    draft, _ = letters.letter_of(context.factory, CLERK, letters.RECOMMENDATION_LETTER, key)
    letter, _ = issuing.issue_letter(
        context.factory, CLERK, context.data_folder, draft.id, draft.version, issue_date=TODAY
    )
    sent = [records.get_recommendation(context.factory, CLERK, r.id) for r in made]
    return Sent(held, sent, letter)


def reply_document(context: ServiceContext, symbol: str, subject: str) -> IncomingRecord:
    """The body's written reply, registered in Văn bản đến today."""
    document, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(TODAY, BODY, subject, symbol=symbol, doc_date=TODAY),
    )
    return document
