"""The list of records behind a figure of the statistics tables, as a list filter says it.

Each figure asks another page for its list (an :class:`Action` and its filter). Where the
list's filter says the figure's set exactly, the list shows as many lines as the cell;
where it cannot (a list judged on today, a year where the period is a half), the nearest
filter is asked and its words say so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.domain.deadlines import Timeliness
from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.domain.recommendations import RecommendationFilter, RecommendationState
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionFilter
from giamsat_desktop.domain.tasks import TaskFilter, TaskState
from giamsat_desktop.ui.common.page_registry import Action

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ListBehind:
    """What to ask for a figure: the action, its arguments, whether the list is the figure's."""

    action: Action
    args: tuple[object, ...]
    exact: bool


@dataclass(frozen=True)
class Cell:
    """A figure clicked: its table, column, row and the period it counts."""

    table: str
    column: str
    organization_id: int | None
    period: Period
    as_of: dt.date
    today: dt.date


_SESSION_FORMS = {
    "documents": SupervisionForm.DOCUMENTS,
    "delegation": SupervisionForm.DELEGATION,
    "boards": SupervisionForm.BOARDS,
    "with_state": SupervisionForm.WITH_STATE,
}
_CRITICISM_FORMS = {
    "conferences": CriticismForm.CONFERENCE,
    "drafts": CriticismForm.DRAFT_ROUND,
    "dialogues": CriticismForm.DIALOGUE,
}
_REPLIED = {
    "sent": frozenset(RecommendationState) - {RecommendationState.DRAFTED},
    "accepted": frozenset({RecommendationState.ANSWERED, RecommendationState.RESOLVED}),
    "explained": frozenset({RecommendationState.ANSWERED}),
    "refused": frozenset({RecommendationState.ANSWERED}),
    "awaiting": frozenset({RecommendationState.SENT}),
    "escalated": frozenset({RecommendationState.ESCALATED}),
}


def _one_year(period: Period) -> int | None:
    """The calendar year the period lies in, if it lies in one."""
    return period.start.year if period.start.year == period.end.year else None


def _whole_year(period: Period) -> bool:
    """Whether the period is exactly a calendar year (a list's year filter says it)."""
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (
        1,
        1,
        12,
        31,
    ) and period.start.year == period.end.year


def _nearest(period: Period) -> str:
    """The words saying that a list is the nearest one, not the figure's exact set."""
    year = _one_year(period)
    if year is None:
        return translate(
            "ReportsPage", "gần đúng: danh sách không lọc được theo kỳ {period}"
        ).format(period=period.title)
    return translate("ReportsPage", "gần đúng: cả năm {year}, trạng thái tính đến hôm nay").format(
        year=year
    )


def _tasks(cell: Cell) -> ListBehind:
    """Nhiệm vụ: given in the period, led by the row's organisation, states as of the day."""
    base = TaskFilter(
        organization_id=cell.organization_id,
        year=_one_year(cell.period),
        assigned_from=cell.period.start,
        assigned_to=cell.period.end,
    )
    judged_today = cell.as_of == cell.today
    if cell.column == "assigned":
        states = frozenset(TaskState) - {TaskState.CANCELLED}
        return ListBehind(Action.SHOW_TASKS, (replace(base, states=states),), True)
    if cell.column in ("done_on_time", "rate"):
        found = replace(base, timeliness=Timeliness.ON_TIME, done_to=cell.as_of)
        return ListBehind(Action.SHOW_TASKS, (found,), cell.column != "rate")
    if cell.column == "done_late":
        found = replace(base, timeliness=Timeliness.LATE, done_to=cell.as_of)
        return ListBehind(Action.SHOW_TASKS, (found,), True)
    if cell.column == "overdue":
        found = replace(base, timeliness=Timeliness.OVERDUE)
        return ListBehind(Action.SHOW_TASKS, (found,), judged_today)
    found = replace(base, timeliness=Timeliness.OPEN)
    return ListBehind(Action.SHOW_TASKS, (found,), judged_today)


def _recommendations(cell: Cell) -> ListBehind:
    """Kiến nghị: the year's, in the states nearest to the column (the reply's kind is not one)."""
    year = _one_year(cell.period)
    if cell.column == "overdue":
        wanted = RecommendationFilter(year=year, overdue_on=cell.as_of)
    else:
        wanted = RecommendationFilter(year=year, states=_REPLIED.get(cell.column, frozenset()))
    # The list's words say the filter; the session's lead (the row) is not one of its fields.
    return ListBehind(Action.SHOW_RECOMMENDATIONS, (wanted, ""), False)


def _sessions(cell: Cell) -> ListBehind:
    """Giám sát: the year's sessions of the form, led by the row's organisation for chủ trì."""
    steps = frozenset(SessionStep) - {SessionStep.CANCELLED}
    wanted = SessionFilter(
        year=_one_year(cell.period),
        form=_SESSION_FORMS.get(cell.column),
        role=SupervisionRole.LEAD if cell.column == "led" else None,
        organization_id=cell.organization_id if cell.column != "joined" else None,
        steps=steps,
    )
    return ListBehind(Action.SHOW_SESSIONS, (wanted,), False)


def _criticisms(cell: Cell, purpose: CriticismPurpose) -> ListBehind:
    """Phản biện / QĐ 218 góp ý: the year's sessions of the purpose and form, not cancelled."""
    form = _CRITICISM_FORMS.get(cell.column)
    steps = frozenset(CriticismStep) - {CriticismStep.CANCELLED}
    wanted = CriticismFilter(
        year=_one_year(cell.period),
        forms=frozenset({form}) if form is not None else frozenset(),
        steps=steps,
        purpose=purpose,
    )
    what = (
        translate("ReportsPage", "phản biện xã hội {period}")
        if purpose is CriticismPurpose.CRITICISM
        else translate("ReportsPage", "góp ý xây dựng Đảng, chính quyền {period}")
    ).format(period=cell.period.title)
    exact = _whole_year(cell.period) and cell.column in ("total", *_CRITICISM_FORMS)
    words = what if exact else f"{what} ({_nearest(cell.period)})"
    return ListBehind(Action.SHOW_CRITICISMS, (wanted, words), False)


_DIALOGUE_COLUMNS = ("dialogues", "issues", "commitments", "commitments_done")
_CONDUCT_REPORTS = ("reports", "forwarded", "handled")


def list_behind(cell: Cell) -> ListBehind | None:
    """The list a figure opens, or None where no list's filter comes near it."""
    if cell.table == "nhiem_vu":
        return _tasks(cell)
    if cell.table == "kien_nghi":
        return _recommendations(cell)
    if cell.table == "giam_sat":
        return _sessions(cell)
    if cell.table == "phan_bien":
        return _criticisms(cell, CriticismPurpose.CRITICISM)
    if cell.table == "qd_218":
        if cell.column in _DIALOGUE_COLUMNS:
            words = translate("ReportsPage", "đối thoại trực tiếp {period}").format(
                period=cell.period.title
            )
            if not _whole_year(cell.period) or cell.column != "dialogues":
                words = f"{words} ({_nearest(cell.period)})"
            wanted = DialogueFilter(year=_one_year(cell.period))
            return ListBehind(Action.SHOW_DIALOGUES, (wanted, words), False)
        return _criticisms(cell, CriticismPurpose.CONTRIBUTION)
    if cell.table == "qd_124" and cell.column in _CONDUCT_REPORTS:
        year = _one_year(cell.period)
        if year is not None:
            return ListBehind(Action.SHOW_CITIZEN_REPORTS, (year,), False)
    return None
