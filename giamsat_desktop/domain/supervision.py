"""Supervision (giám sát): its forms, the steps of a session, and the legal lead times.

Luật MTTQ 2015 Điều 27 names four forms of supervision; a session is led by the Front
(chủ trì) or joined by it (phối hợp). Each form and role goes through its own steps
(``STEPS``): a session of form (2) that the Front leads has every step, from the plan to
the follow-up of its recommendations; the others skip what does not apply to them. The
moves allowed are defined here once (``can_move``) and enforced by the service; a move
made by mistake is undone with a reason, which is a step back in the history, not a move.

The two lead times of NQLT 403 are warnings, never blocks: the plan and the decision
should reach the supervised body and its direct superior at least 15 days before the first
working session, and the delegation should report within 15 days after the last one.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from giamsat_desktop.domain.deadlines import DaysOff, deadline_after, latest_before


class SupervisionForm(StrEnum):
    """The four forms of Luật MTTQ Điều 27; stored by value."""

    DOCUMENTS = "nghien_cuu_van_ban"
    """(1) Nghiên cứu, xem xét văn bản."""
    DELEGATION = "doan_giam_sat"
    """(2) Tổ chức đoàn giám sát."""
    BOARDS = "qua_ban_ttnd_gsdtcd"
    """(3) Thông qua Ban Thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng."""
    WITH_STATE = "tham_gia_co_quan_nha_nuoc"
    """(4) Tham gia giám sát với cơ quan nhà nước có thẩm quyền."""

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class SupervisionRole(StrEnum):
    """Whether the Front leads the session or joins another body's."""

    LEAD = "chu_tri"
    JOIN = "phoi_hop"

    @property
    def label(self) -> str:
        """The Vietnamese word shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class SessionStep(StrEnum):
    """Where a session is; stored by value."""

    PLANNED = "du_kien"
    PLAN_ISSUED = "da_ban_hanh_ke_hoach"
    DECISION_ISSUED = "da_thanh_lap_doan"
    NOTIFIED = "da_thong_bao"
    WORKING = "dang_lam_viec"
    REPORTED = "da_bao_cao"
    RECOMMENDED = "da_gui_kien_nghi"
    FOLLOWING_UP = "dang_theo_doi"
    CLOSED = "ket_thuc"
    CANCELLED = "da_huy"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)

    @property
    def is_open(self) -> bool:
        """Not closed and not cancelled."""
        return self not in (SessionStep.CLOSED, SessionStep.CANCELLED)


S = SessionStep
_FULL = (
    S.PLANNED,
    S.PLAN_ISSUED,
    S.DECISION_ISSUED,
    S.NOTIFIED,
    S.WORKING,
    S.REPORTED,
    S.RECOMMENDED,
    S.FOLLOWING_UP,
    S.CLOSED,
)
STEPS: dict[tuple[SupervisionForm, SupervisionRole], tuple[SessionStep, ...]] = {
    # (2) led: the plan, the decision setting up the delegation, the notice with the
    # report outline, the working sessions, the report, its recommendations, follow-up.
    (SupervisionForm.DELEGATION, SupervisionRole.LEAD): _FULL,
    # (1) led: no delegation and no working session; the body is asked for its documents
    # and report (the notice), which the Front studies and reports on.
    (SupervisionForm.DOCUMENTS, SupervisionRole.LEAD): (
        S.PLANNED,
        S.PLAN_ISSUED,
        S.NOTIFIED,
        S.REPORTED,
        S.RECOMMENDED,
        S.FOLLOWING_UP,
        S.CLOSED,
    ),
    # (3) led: the Front's plan, then the board (Ban TTND / Ban GSĐTCĐ) works and reports;
    # the Front sends what it recommends from the board's report.
    (SupervisionForm.BOARDS, SupervisionRole.LEAD): (
        S.PLANNED,
        S.PLAN_ISSUED,
        S.WORKING,
        S.REPORTED,
        S.RECOMMENDED,
        S.FOLLOWING_UP,
        S.CLOSED,
    ),
    # (4) led by the Front in a state body's supervision does not occur: the state body
    # leads; the Front takes part. Kept for completeness as the joined steps.
    (SupervisionForm.WITH_STATE, SupervisionRole.LEAD): (
        S.PLANNED,
        S.WORKING,
        S.REPORTED,
        S.CLOSED,
    ),
}
_JOINED = (S.PLANNED, S.WORKING, S.REPORTED, S.CLOSED)
"""A session the Front joins (phối hợp), any form: it takes part and reports to its Board;
the plan, the decision and the recommendations are the leading body's."""
for _form in SupervisionForm:
    STEPS[(_form, SupervisionRole.JOIN)] = _JOINED


def steps_of(form: SupervisionForm, role: SupervisionRole) -> tuple[SessionStep, ...]:
    """The steps a session of ``form`` and ``role`` goes through, in order, closed last."""
    return STEPS[(form, role)]


def next_steps(
    form: SupervisionForm, role: SupervisionRole, step: SessionStep
) -> frozenset[SessionStep]:
    """Where a session may go from ``step``: the next step of its form, and more.

    Reported → closed when there is nothing to recommend; any open step → cancelled
    (with a reason). Closed and cancelled are final.
    """
    order = steps_of(form, role)
    if not step.is_open or step not in order:
        return frozenset()  # final, or a step this form does not have
    found = {SessionStep.CANCELLED, order[order.index(step) + 1]}
    if step is SessionStep.REPORTED:
        found.add(SessionStep.CLOSED)
    return frozenset(found)


def can_move(
    form: SupervisionForm, role: SupervisionRole, old: SessionStep, new: SessionStep
) -> bool:
    """Whether the steps of ``form`` and ``role`` allow going from ``old`` to ``new``."""
    return new in next_steps(form, role, old)


REASON_NEEDED = frozenset({SessionStep.CANCELLED})
"""Moves that the clerk must give a reason for."""

PLAN_LEAD_DAYS = 15
"""The plan and the decision reach the supervised body at least this many days before."""
REPORT_WITHIN_DAYS = 15
"""The delegation reports within this many days after the last working session."""


def notice_due(first_working: dt.date, lead_days: int = PLAN_LEAD_DAYS) -> dt.date:
    """The last day the plan and the decision may reach the body: D − N, never moved."""
    return latest_before(first_working, lead_days)


def notice_late(
    sent_on: dt.date | None, first_working: dt.date | None, lead_days: int = PLAN_LEAD_DAYS
) -> bool:
    """Whether the plan and decision were sent less than ``lead_days`` days before.

    Without a sending day or a first working session there is nothing to warn of yet.
    """
    if first_working is None or sent_on is None:
        return False
    return sent_on > notice_due(first_working, lead_days)


def report_due(
    last_working: dt.date, days_off: DaysOff, within: int = REPORT_WITHIN_DAYS
) -> dt.date:
    """The day the delegation's report is due: N days after, moved off a day off."""
    return deadline_after(last_working, within, days_off)


def report_late(
    reported_on: dt.date | None,
    last_working: dt.date | None,
    today: dt.date,
    days_off: DaysOff,
    within: int = REPORT_WITHIN_DAYS,
) -> bool:
    """Whether the report came (or, not yet come, is) later than its due day on ``today``."""
    if last_working is None:
        return False
    due = report_due(last_working, days_off, within)
    return (reported_on or today) > due
