"""Supervision sessions as the services take and give them: drafts, records, lead times.

A session is not secret itself: it is shown to every account. What it cites ("Căn cứ") may
be a secret incoming document, which a viewer does not see among its cited documents, as
in the registers.

The two lead times of NQLT 403 (``domain.supervision``) are computed from a session's
dates, never stored:

- the notice (the plan and the decision reaching the supervised body and its superior)
  is due ``notice_days`` before the first working session — the earliest working session
  held, else the planned start — never moved off a day off. It applies to the sessions
  whose steps have a notice (``notice_step``): form (2) and (1) led by the Front notify
  at ``NOTIFIED``; form (3) led has no such step, so its plan sent to the body
  (``PLAN_ISSUED``) is the notice. A session the Front joins, or form (4), has no notice
  of the Front's to send.
- the report is due ``report_days`` after the last working session — the latest held,
  else the planned end, else the planned start — moved off days off. Every form reports.

Either is late when done after its day, or, not done yet, when its day has passed; a
cancelled session has no lead times.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.supervision import (
    PLAN_LEAD_DAYS,
    REPORT_WITHIN_DAYS,
    SessionStep,
    SupervisionForm,
    SupervisionRole,
    next_steps,
    notice_due,
    report_due,
    steps_of,
)


class DelegationRole(StrEnum):
    """A member's place in the delegation; stored by value."""

    HEAD = "truong_doan"
    DEPUTY = "pho_truong_doan"
    MEMBER = "thanh_vien"
    SECRETARY = "thu_ky"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


def notice_step(form: SupervisionForm, role: SupervisionRole) -> SessionStep | None:
    """The step at which the plan and decision are sent to the body; None without a notice.

    ``NOTIFIED`` where the form has it, else ``PLAN_ISSUED`` (form (3) led: the plan is
    what the body receives), else None (joined sessions, form (4)).
    """
    if role is not SupervisionRole.LEAD:
        return None
    order = steps_of(form, role)
    for step in (SessionStep.NOTIFIED, SessionStep.PLAN_ISSUED):
        if step in order:
            return step
    return None


def delegation_required(form: SupervisionForm, role: SupervisionRole) -> bool:
    """Whether the session's delegation needs a head from the Standing Board: form (2) led."""
    return form is SupervisionForm.DELEGATION and role is SupervisionRole.LEAD


@dataclass(frozen=True, slots=True)
class LeadDays:
    """The office's two lead times, in days (settings, NQLT 403 defaults)."""

    notice: int = PLAN_LEAD_DAYS
    report: int = REPORT_WITHIN_DAYS


@dataclass(frozen=True, slots=True)
class LeadTimes:
    """A session's two lead times on the day they were read.

    Attributes:
        first_working: The first working session (or the planned start); None if neither.
        last_working: The last working session (or the planned end, or start).
        notice_due: The last day to send the plan and the decision; None: no notice.
        notice_late: Sent after that day, or not sent and the day has passed.
        report_due: The day the report is due; None without a last working day.
        report_late: Reported after that day, or not reported and the day has passed.
    """

    first_working: dt.date | None = None
    last_working: dt.date | None = None
    notice_due: dt.date | None = None
    notice_late: bool = False
    report_due: dt.date | None = None
    report_late: bool = False


@dataclass(frozen=True, slots=True)
class SessionDates:
    """The days a session's lead times are counted from."""

    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    first_held: dt.date | None = None
    last_held: dt.date | None = None
    notice_sent_on: dt.date | None = None
    reported_on: dt.date | None = None


def lead_times(
    form: SupervisionForm,
    role: SupervisionRole,
    step: SessionStep,
    dates: SessionDates,
    today: dt.date,
    days_off: DaysOff,
    days: LeadDays = LeadDays(),
) -> LeadTimes:
    """The two warnings of a session on ``today`` (see the module's words for the rules)."""
    first = dates.first_held or dates.planned_start or dates.planned_end
    last = dates.last_held or dates.planned_end or dates.planned_start
    if step is SessionStep.CANCELLED:
        return LeadTimes(first, last)
    notice = None
    if notice_step(form, role) is not None and first is not None:
        notice = notice_due(first, days.notice)
    due = report_due(last, days_off, days.report) if last is not None else None
    return LeadTimes(
        first_working=first,
        last_working=last,
        notice_due=notice,
        notice_late=notice is not None and (dates.notice_sent_on or today) > notice,
        report_due=due,
        report_late=due is not None and (dates.reported_on or today) > due,
    )


def last_working_between(
    first_due: dt.date | None, last_due: dt.date | None, days_off: DaysOff, within: int
) -> tuple[dt.date | None, dt.date | None] | None:
    """The last working days whose report falls due from ``first_due`` to ``last_due``.

    A report is due ``within`` days after, moved to the next working day, so the due day
    never goes back as the last working day goes on: the days sought make one range,
    open on a side whose bound is None. A due day is never a day off, and a working day
    after a run of days off is the due day of every last working day whose period ends
    in that run. None when no day has its report due in the range.
    """
    guard = 400  # a run of days off longer than a year does not occur
    one = dt.timedelta(days=1)

    def due(last: dt.date) -> dt.date:
        return report_due(last, days_off, within)

    high = None
    if last_due is not None:
        high = last_due - dt.timedelta(days=within)
        for _ in range(guard):
            if due(high) <= last_due:
                break
            high -= one
    low = None
    if first_due is not None:
        low = first_due - dt.timedelta(days=within)
        for _ in range(guard):
            if due(low - one) < first_due:
                break
            low -= one
    if low is not None and high is not None and low > high:
        return None
    return low, high


@dataclass(frozen=True, slots=True)
class DelegationMemberDraft:
    """A member of the delegation as the clerk enters them.

    Attributes:
        full_name: The person's name.
        position: Their position (chức vụ), as printed in the decision.
        organization: Their organisation, as printed.
        role: Their place in the delegation.
        person_id: The person of the catalogue they were picked from, if any.
    """

    full_name: str
    position: str = ""
    organization: str = ""
    role: DelegationRole = DelegationRole.MEMBER
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class DelegationMemberRecord:
    """A stored member of a delegation, in the decision's order."""

    id: int
    full_name: str
    position: str
    organization: str
    role: DelegationRole
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class WorkingSessionDraft:
    """A working session with the supervised body, as the clerk enters it."""

    held_on: dt.date
    place: str = ""
    attendees: str = ""
    """Who attended for the body, one per line."""
    minutes: str = ""


@dataclass(frozen=True, slots=True)
class WorkingSessionRecord:
    """A stored working session and its minutes."""

    id: int
    session_id: int
    held_on: dt.date
    place: str
    attendees: str
    minutes: str
    version: int


@dataclass(frozen=True, slots=True)
class CitedDocument:
    """An incoming document a session cites ("Căn cứ")."""

    id: int
    arrival_number: str
    symbol: str
    doc_date: dt.date | None
    subject: str


@dataclass(frozen=True, slots=True)
class SessionDraft:
    """A session as the clerk fills it in.

    Attributes:
        form: One of the four forms.
        role: Led (chủ trì) or joined (phối hợp) by the Front.
        subject: What is supervised (the session's title).
        supervised_body: The body supervised (đối tượng giám sát).
        superior_body: Its direct superior, who also receives the plan and the decision.
        scope: The period and the matters supervised.
        content_items: The contents supervised, one per line.
        legal_basis: The "Căn cứ" lines, one per line.
        lead_id: A member organisation leading on the Front's request; None: the Front.
        lead_body: When the Front joins: the body that leads (required then).
        participant_ids: The member organisations taking part.
        cited_ids: The incoming documents the "Căn cứ" cite.
        planned_start: The first day planned.
        planned_end: The last day planned.
    """

    form: SupervisionForm
    role: SupervisionRole
    subject: str
    supervised_body: str = ""
    superior_body: str = ""
    scope: str = ""
    content_items: str = ""
    legal_basis: str = ""
    lead_id: int | None = None
    lead_body: str = ""
    participant_ids: tuple[int, ...] = ()
    cited_ids: tuple[int, ...] = ()
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A stored session as the window and the prints see it, its lead times read on a day.

    ``cited`` leaves out, for a viewer, the secret documents it cites.
    """

    id: int
    item_id: int | None
    form: SupervisionForm
    role: SupervisionRole
    lead_id: int | None
    lead_name: str
    lead_body: str
    subject: str
    supervised_body: str
    superior_body: str
    scope: str
    content_items: str
    legal_basis: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    notice_sent_on: dt.date | None
    reported_on: dt.date | None
    step: SessionStep
    cancel_reason: str
    year: int
    version: int
    participant_ids: tuple[int, ...]
    participants: tuple[str, ...]
    cited: tuple[CitedDocument, ...]
    delegation: tuple[DelegationMemberRecord, ...]
    working_sessions: int
    lead_times: LeadTimes

    @property
    def is_open(self) -> bool:
        """Neither closed nor cancelled."""
        return self.step.is_open

    @property
    def next_steps(self) -> frozenset[SessionStep]:
        """Where the session may move from its step."""
        return next_steps(self.form, self.role, self.step)

    @property
    def head(self) -> DelegationMemberRecord | None:
        """The head of the delegation (Trưởng đoàn), if it has one."""
        return next((m for m in self.delegation if m.role is DelegationRole.HEAD), None)

    @property
    def notice_late(self) -> bool:
        """The plan and the decision reach the body less than the lead time before."""
        return self.lead_times.notice_late

    @property
    def report_late(self) -> bool:
        """The report is (or would be, not done today) later than its due day."""
        return self.lead_times.report_late


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """Which sessions a list shows; every field left at its default lets all through.

    Attributes:
        year: Only the sessions of this year.
        form: Only this form.
        role: Only the sessions the Front leads, or only those it joins.
        steps: Only the sessions at these steps; empty for every step.
        open_only: Only the sessions neither closed nor cancelled.
        words: Folded words of the subject, the bodies, the scope, the organisations.
        organization_id: Only the sessions this member organisation leads.
        item_id: Only the sessions carrying out this line of the programme.
        notice_due_from: Notice due on or after this day (sessions with a notice).
        notice_due_to: Notice due on or before this day.
        report_due_from: Report due on or after this day.
        report_due_to: Report due on or before this day.
        keys: Only these records (those behind a figure of the Báo cáo page); None: no limit.
    """

    year: int | None = None
    form: SupervisionForm | None = None
    role: SupervisionRole | None = None
    steps: frozenset[SessionStep] = frozenset()
    open_only: bool = False
    words: str = ""
    organization_id: int | None = None
    item_id: int | None = None
    notice_due_from: dt.date | None = None
    notice_due_to: dt.date | None = None
    report_due_from: dt.date | None = None
    report_due_to: dt.date | None = None
    keys: frozenset[int] | None = None
