"""The bodies' commitments to fix, noted on ``recommendations_due``'s June recommendations.

Each commitment is noted through the services, as the recommendation's dialog saves it;
two recommendations are then resolved by the clerk, one by a reply saying so:

====  ============  ==========  ===================================  ================
name  state         commitment  then                                 read on Tue 23/6
====  ============  ==========  ===================================  ================
a1    sent          Fri 26/6                                         due soon (last)
a2    answered      Fri 19/6                                         overdue 4 days
a3    escalated     Mon 22/6                                         overdue 1 day
a4    sent          Fri 12/6    resolved by the clerk on 10/6        done on time
a5    answered      Wed 24/6                                         due soon
a6    closed        Fri 19/6    (closed on 16/6)                     not shown
b1    sent          Fri 12/6    resolved by the clerk on 18/6        done late
b2    answered      Tue 30/6                                         further off
b3    sent          Fri 19/6    a reply "đã giải quyết" dated 22/6   done late
d     drafted       Thu 25/6    written for another session          due soon
====  ============  ==========  ===================================  ================
"""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.domain.recommendations import RecommendationState, ReplyDraft, ReplyKind
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import editing, moves, replies
from tests.services.calendar.recommendations_due import get, make_june
from tests.services.supervision.office_sessions import CLERK

D = dt.date
COMMITTED = {
    "a1": D(2026, 6, 26),
    "a2": D(2026, 6, 19),
    "a3": D(2026, 6, 22),
    "a4": D(2026, 6, 12),
    "a5": D(2026, 6, 24),
    "a6": D(2026, 6, 19),
    "b1": D(2026, 6, 12),
    "b2": D(2026, 6, 30),
    "b3": D(2026, 6, 19),
    "d": D(2026, 6, 25),
}


def commit(context: ServiceContext, key: int, day: dt.date | None) -> None:
    """Note the body's commitment to fix by ``day``, as the dialog's Lưu does."""
    record = get(context, key)
    editing.set_commitment(context.factory, CLERK, key, record.version, "Khắc phục xong", day)


def resolve(context: ServiceContext, key: int, day: dt.date) -> None:
    """Đã giải quyết, clicked by the clerk with the day ``day``."""
    record = get(context, key)
    moves.move_recommendation(
        context.factory, CLERK, key, record.version, RecommendationState.RESOLVED, day
    )


def make_commitments(context: ServiceContext) -> dict[str, int]:
    """The table above; the recommendations' ids by name."""
    ids = make_june(context)
    for name, day in COMMITTED.items():
        commit(context, ids[name], day)
    resolve(context, ids["a4"], D(2026, 6, 10))
    resolve(context, ids["b1"], D(2026, 6, 18))
    record = get(context, ids["b3"])
    draft = ReplyDraft(D(2026, 6, 22), ReplyKind.RESOLVED)
    replies.add_reply(context.factory, CLERK, record.id, record.version, draft)
    return ids
