"""The supervision figures of a period: by row (chủ trì, phối hợp, by form) and distinct."""

from __future__ import annotations

import datetime as dt
from collections import Counter

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
    held: list[tuple[int, SupervisionForm, SupervisionRole, int | None]] = []
    listed: list[HeldSession] = []
    not_held: list[int | None] = []
    for (
        key, form, role, lead_id, reported_on, planned_start, first_held, subject, body, lead_body
    ) in session.execute(query).tuples():  # fmt: skip
        form = SupervisionForm(form)
        day = reported_on if form is SupervisionForm.DOCUMENTS else first_held
        role = SupervisionRole(role)
        lead = lead_id if role is SupervisionRole.LEAD else None
        if day is not None and period.contains(day) and day <= as_of:
            held.append((key, form, role, lead))
            led = role is SupervisionRole.LEAD
            listed.append(HeldSession(day, " ".join(subject.split()), body or lead_body, led))
        elif (day is None or day > as_of) and period.contains(planned_start):
            not_held.append(lead)
    participants: dict[int, list[int]] = {}
    keys = [key for key, *_ in held]
    for chunk in range(0, len(keys), 900):
        for key, org in session.execute(
            select(SessionParticipant.session_id, SessionParticipant.organization_id).where(
                SessionParticipant.session_id.in_(keys[chunk : chunk + 900])
            )
        ).tuples():
            participants.setdefault(key, []).append(org)
    counts: dict[int | None, Counter[str]] = {}

    def add(row: int | None, what: str) -> None:
        counts.setdefault(row, Counter())[what] += 1

    for key, form, role, lead in held:
        add(lead, "led" if role is SupervisionRole.LEAD else "joined")
        add(lead, _FORM_FIELD[form])
        for org in participants.get(key, ()):
            if org != lead:
                add(org, "joined")
                add(org, _FORM_FIELD[form])
    for lead in not_held:
        add(lead, "not_held")
    rows = [(None, office_name), *organization_rows(session, counts)]
    lines = tuple(
        SupervisionLine(key, name, **dict(counts.get(key, Counter()))) for key, name in rows
    )
    forms = Counter(form for _, form, _, _ in held)
    return SupervisionFigures(
        lines=lines,
        held=len(held),
        led=sum(1 for *_, role, _ in held if role is SupervisionRole.LEAD),
        joined=sum(1 for *_, role, _ in held if role is SupervisionRole.JOIN),
        not_held=len(not_held),
        sessions=tuple(sorted(listed, key=lambda held_session: held_session.day)),
        **{_FORM_FIELD[form]: n for form, n in forms.items()},
    )
