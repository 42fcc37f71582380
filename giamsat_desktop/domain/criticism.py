"""Social criticism (phản biện xã hội): its forms, the steps of a session, its deadlines.

Luật MTTQ 2015 Điều 33–36 and NQLT 403 Điều 14–19: the Front criticises a draft (a
policy, a plan, a project) that a body (the drafting body, cơ quan soạn thảo) sends it, in
one of three forms: a conference (hội nghị phản biện), sending the draft round for opinions
(gửi dự thảo lấy ý kiến), or a direct dialogue (đối thoại trực tiếp). A conference goes as
NQLT 403 Điều 17 sets it: the Front chairs → the drafting body presents the draft → the
focus is set → discussion → the drafting body explains → the chair concludes → the văn
bản phản biện xã hội is sent. The drafting body then answers each point in writing
(tiếp thu, giải trình, không tiếp thu).

The moves allowed are defined here once (``can_move``) and enforced by the service; a move
made by mistake is undone with a reason (a step back in the history, not a move).

Deadlines are warnings and follow-ups, never blocks: the draft should reach the Front at
least 15 days before it is submitted to the body that decides (Luật MTTQ Điều 36); each
point must be answered before the draft is submitted (by default) or, when that day is not
known, within 30 days of the criticism letter — both office-wide settings.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from giamsat_desktop.domain.deadlines import DaysOff, deadline_after


class CriticismPurpose(StrEnum):
    """What the session is for; stored by value. Both go the same way, step by step.

    A feedback on Party and government building (góp ý xây dựng Đảng, xây dựng chính
    quyền, Quyết định 218-QĐ/TW) is given on a draft the Party committee or the government
    sends, at a conference or by sending the draft round, then summed up in a letter the
    drafting body answers point by point: the same record as a social criticism, counted
    apart in the periodic report.
    """

    CRITICISM = "phan_bien"
    """Phản biện xã hội (Luật MTTQ Điều 33–36)."""
    CONTRIBUTION = "gop_y"
    """Góp ý xây dựng Đảng, xây dựng chính quyền (QĐ 218)."""

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class CriticismForm(StrEnum):
    """The three forms of Luật MTTQ Điều 35; stored by value."""

    CONFERENCE = "hoi_nghi"
    """Tổ chức hội nghị phản biện xã hội."""
    DRAFT_ROUND = "gui_du_thao"
    """Gửi dự thảo văn bản được phản biện đến các tổ chức, cá nhân lấy ý kiến."""
    DIALOGUE = "doi_thoai"
    """Tổ chức đối thoại trực tiếp giữa Mặt trận và cơ quan soạn thảo."""

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class CriticismStep(StrEnum):
    """Where a criticism session is; stored by value."""

    PLANNED = "du_kien"
    PLAN_ISSUED = "da_ban_hanh_ke_hoach"
    DRAFT_SENT_ROUND = "da_gui_lay_y_kien"
    OPINIONS_GATHERED = "da_tong_hop_y_kien"
    OPENED = "khai_mac"
    PRESENTED = "da_trinh_bay_du_thao"
    FOCUSED = "da_xac_dinh_trong_tam"
    DISCUSSED = "da_thao_luan"
    EXPLAINED = "da_giai_trinh"
    CONCLUDED = "da_ket_luan"
    SENT = "da_gui_van_ban_phan_bien"
    ANSWERED = "da_nhan_tra_loi"
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
        return self not in (CriticismStep.CLOSED, CriticismStep.CANCELLED)


C = CriticismStep
STEPS: dict[CriticismForm, tuple[CriticismStep, ...]] = {
    # NQLT 403 Điều 17: the conference's own order, between the plan and the letter.
    CriticismForm.CONFERENCE: (
        C.PLANNED,
        C.PLAN_ISSUED,
        C.OPENED,
        C.PRESENTED,
        C.FOCUSED,
        C.DISCUSSED,
        C.EXPLAINED,
        C.CONCLUDED,
        C.SENT,
        C.ANSWERED,
        C.CLOSED,
    ),
    # Điều 18: the draft goes round the organisations and experts; their opinions are
    # gathered and summed up in the letter.
    CriticismForm.DRAFT_ROUND: (
        C.PLANNED,
        C.PLAN_ISSUED,
        C.DRAFT_SENT_ROUND,
        C.OPINIONS_GATHERED,
        C.SENT,
        C.ANSWERED,
        C.CLOSED,
    ),
    # Điều 19: the drafting body presents and answers face to face; no focus is set apart.
    CriticismForm.DIALOGUE: (
        C.PLANNED,
        C.PLAN_ISSUED,
        C.OPENED,
        C.PRESENTED,
        C.DISCUSSED,
        C.EXPLAINED,
        C.CONCLUDED,
        C.SENT,
        C.ANSWERED,
        C.CLOSED,
    ),
}

REASON_NEEDED = frozenset({CriticismStep.CANCELLED})
"""Moves that the clerk must give a reason for."""

LETTER_STEP = CriticismStep.SENT
"""The step that issuing the criticism letter takes a session to."""


def steps_of(form: CriticismForm) -> tuple[CriticismStep, ...]:
    """The steps a session of ``form`` goes through, in order, closed last."""
    return STEPS[form]


def next_steps(form: CriticismForm, step: CriticismStep) -> frozenset[CriticismStep]:
    """Where a session may go from ``step``: the next step of its form, or cancelled.

    Sent → closed too, when the drafting body's reply is not awaited (its draft was
    withdrawn, say). Closed and cancelled are final.
    """
    order = steps_of(form)
    if not step.is_open or step not in order:
        return frozenset()
    found = {CriticismStep.CANCELLED, order[order.index(step) + 1]}
    if step is CriticismStep.SENT:
        found.add(CriticismStep.CLOSED)
    return frozenset(found)


def can_move(form: CriticismForm, old: CriticismStep, new: CriticismStep) -> bool:
    """Whether the steps of ``form`` allow going from ``old`` to ``new``."""
    return new in next_steps(form, old)


class PointAnswer(StrEnum):
    """What the drafting body's reply says of one point; stored by value.

    The values are those of a recommendation's reply of the same meaning, so that the
    statistics count both alike.
    """

    ACCEPTED = "tiep_thu"
    EXPLAINED = "giai_trinh"
    REFUSED = "khong_tiep_thu"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


DRAFT_LEAD_DAYS = 15
"""The draft reaches the Front at least this many days before it is submitted (Điều 36)."""
ANSWER_DAYS = 30
"""Days the drafting body has to answer after the letter, when no submission day is known."""


def draft_late(
    received_on: dt.date | None, submit_on: dt.date | None, lead_days: int = DRAFT_LEAD_DAYS
) -> bool:
    """Whether the draft arrived less than ``lead_days`` days before its submission.

    Without both days there is nothing to warn of.
    """
    if received_on is None or submit_on is None:
        return False
    return (submit_on - received_on).days < lead_days


def answer_due(
    sent_on: dt.date | None,
    submit_on: dt.date | None,
    days_off: DaysOff,
    *,
    by_submission: bool = True,
    days: int = ANSWER_DAYS,
) -> dt.date | None:
    """The last day for the drafting body's answer to the points of a sent letter.

    The draft's submission day when the office counts by it and it is known (the answer
    must come before the draft goes to the body that decides); else ``days`` after the
    letter, moved off a day off. None before the letter is sent.
    """
    if sent_on is None:
        return None
    if by_submission and submit_on is not None:
        return submit_on
    return deadline_after(sent_on, days, days_off)


def point_overdue(
    answered: bool, due: dt.date | None, as_of: dt.date, *, open_session: bool = True
) -> bool:
    """A point is overdue on ``as_of``: sent, not answered, its deadline passed.

    A point of a closed or cancelled session is followed no longer.
    """
    return open_session and not answered and due is not None and as_of > due
