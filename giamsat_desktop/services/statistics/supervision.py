"""The supervision figures of a period: by row (chủ trì, phối hợp, by form) and distinct."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import SessionParticipant, SupervisionSession, WorkingSession
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import HeldSession, SupervisionFigures, SupervisionLine
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.services.statistics.rows import organization_rows

S = SupervisionSession
_FORM_FIELD = {
    SupervisionForm.DOCUMENTS: "documents",
    SupervisionForm.DELEGATION: "delegation",
    SupervisionForm.BOARDS: "boards",
    SupervisionForm.WITH_STATE: "with_state",
}


Counted = tuple[int | None, str, int]
"""One count a record adds: (row, column, the record's key); a row None is the office's."""


@dataclass(frozen=True, slots=True)
class _Judged:
    held: list[tuple[int, SupervisionForm, SupervisionRole, int | None]]
    listed: list[HeldSession]
    not_held: list[tuple[int, int | None]]
    participants: dict[int, list[int]]


def supervision_figures(
    session: Session, period: Period, as_of: dt.date, office_name: str
) -> SupervisionFigures:
    """Sessions held in the period, by row; planned ones not held counted apart.

    A session counts in the period of its first working session (a document study, form
    (1), by its report's date), held on or before the day judged; a session not cancelled,
    not held by then, whose planned start falls in the period is "chưa thực hiện" on its
    lead's row. Cancelled sessions never count. A session the Front or an organisation on
    its request leads counts once as "chủ trì" on its lead's row (the office's when the
    Front leads); one the Front joins counts as "phối hợp" on the office's row; each
    member organisation taking part counts one "phối hợp" (lượt) on its own row. The form
    columns count each row's sessions led or joined; the distinct sessions stand apart.
    """
    judged = _judge(session, period, as_of)
    counts: dict[int | None, Counter[str]] = {}
    for row, what, _key in _counts(judged):
        counts.setdefault(row, Counter())[what] += 1
    rows = [(None, office_name), *organization_rows(session, counts)]
    lines = tuple(
        SupervisionLine(key, name, **dict(counts.get(key, Counter()))) for key, name in rows
    )
    held = judged.held
    forms = Counter(form for _, form, _, _ in held)
    return SupervisionFigures(
        lines=lines,
        held=len(held),
        led=sum(1 for *_, role, _ in held if role is SupervisionRole.LEAD),
        joined=sum(1 for *_, role, _ in held if role is SupervisionRole.JOIN),
        not_held=len(judged.not_held),
        sessions=tuple(sorted(judged.listed, key=lambda held_session: held_session.day)),
        **{_FORM_FIELD[form]: n for form, n in forms.items()},
    )


def supervision_counts(session: Session, period: Period, as_of: dt.date) -> list[Counted]:
    """Every count the supervision table adds up, with the session behind it.

    The table's figures are these counted by row and column (``total``: led and joined),
    so the sessions behind a figure are exactly those it counted.
    """
    found = list(_counts(_judge(session, period, as_of)))
    found += [(row, "total", key) for row, what, key in found if what in ("led", "joined")]
    return found


def _counts(judged: _Judged) -> Iterator[Counted]:
    for key, form, role, lead in judged.held:
        yield lead, "led" if role is SupervisionRole.LEAD else "joined", key
        yield lead, _FORM_FIELD[form], key
        for org in judged.participants.get(key, ()):
            if org != lead:
                yield org, "joined", key
                yield org, _FORM_FIELD[form], key
    for key, lead in judged.not_held:
        yield lead, "not_held", key


def _judge(session: Session, period: Period, as_of: dt.date) -> _Judged:
    """Each session held in the period by ``as_of``, or planned in it and not held."""
    first = (
        select(WorkingSession.session_id, func.min(WorkingSession.held_on).label("held"))
        .group_by(WorkingSession.session_id)
        .subquery()
    )
    start, end = period.start, period.end
    query = (
        select(
            S.id, S.form, S.role, S.lead_id, S.reported_on, S.planned_start, first.c.held,
            S.subject, S.supervised_body, S.lead_body,
        )  # fmt: skip
        .outerjoin(first, first.c.session_id == S.id)
        .where(
            S.step != SessionStep.CANCELLED.value,
            or_(
                first.c.held.between(start, end),
                and_(
                    S.form == SupervisionForm.DOCUMENTS.value, S.reported_on.between(start, end)
                ),
                S.planned_start.between(start, end),
            ),
        )
    )
    judged = _Judged([], [], [], {})
    for (
        key, form, role, lead_id, reported_on, planned_start, first_held, subject, body, lead_body
    ) in session.execute(query).tuples():  # fmt: skip
        form = SupervisionForm(form)
        day = reported_on if form is SupervisionForm.DOCUMENTS else first_held
        role = SupervisionRole(role)
        lead = lead_id if role is SupervisionRole.LEAD else None
        if day is not None and period.contains(day) and day <= as_of:
            judged.held.append((key, form, role, lead))
            led = role is SupervisionRole.LEAD
            judged.listed.append(
                HeldSession(day, " ".join(subject.split()), body or lead_body, led)
            )
        elif (day is None or day > as_of) and period.contains(planned_start):
            judged.not_held.append((key, lead))
    keys = [key for key, *_ in judged.held]
    for chunk in range(0, len(keys), 900):
        for key, org in session.execute(
            select(SessionParticipant.session_id, SessionParticipant.organization_id).where(
                SessionParticipant.session_id.in_(keys[chunk : chunk + 900])
            )
        ).tuples():
            judged.participants.setdefault(key, []).append(org)
    return judged
