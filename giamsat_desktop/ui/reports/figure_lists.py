"""The list of records behind a figure of the statistics tables.

The statistics service finds the records a figure counted (``records_behind``); the list
that holds them is asked for exactly those, and says in words which figure they are:
"5 cuộc giám sát được tính ở ô «Chủ trì», dòng Hội LHPN, năm 2026". A figure counting
parts of records (opinions, lượt, the % on time) opens the records holding them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics_behind import Figure, RecordKind, RecordsBehind
from giamsat_desktop.domain.supervision_records import SessionFilter
from giamsat_desktop.domain.tasks import TaskFilter
from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.ui.common.page_registry import Action

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ListBehind:
    """What to ask for a figure: the action and its arguments."""

    action: Action
    args: tuple[object, ...]


@dataclass(frozen=True)
class Cell:
    """A figure clicked: which it is, its column's and row's words, the period it counts."""

    figure: Figure
    column_label: str
    row_label: str
    period: Period
    as_of: dt.date


def _noun(kind: RecordKind, table: str) -> str:
    if kind is RecordKind.SESSIONS:
        return translate("ReportsPage", "cuộc giám sát")
    if kind is RecordKind.RECOMMENDATIONS:
        return translate("ReportsPage", "kiến nghị")
    if kind is RecordKind.CRITICISMS and table == "qd_218":
        return translate("ReportsPage", "cuộc góp ý")
    if kind is RecordKind.CRITICISMS:
        return translate("ReportsPage", "cuộc phản biện xã hội")
    if kind is RecordKind.DIALOGUES:
        return translate("ReportsPage", "cuộc đối thoại")
    if kind is RecordKind.CONDUCT_SESSIONS:
        return translate("ReportsPage", "cuộc giám sát theo QĐ 124")
    if kind is RecordKind.CITIZEN_REPORTS:
        return translate("ReportsPage", "phản ánh")
    return translate("ReportsPage", "nhiệm vụ")


def _which(cell: Cell, behind: RecordsBehind) -> str:
    """"được tính ở ô «Chủ trì», dòng Hội LHPN, năm 2026" (and the day judged)."""
    if behind.exact:
        words = translate("ReportsPage", "được tính ở ô «{column}», dòng {row}, {period}")
    else:
        words = translate("ReportsPage", "góp vào ô «{column}», dòng {row}, {period}")
    found = words.format(column=cell.column_label, row=cell.row_label, period=cell.period.title)
    if cell.as_of != cell.period.end:
        found += translate("ReportsPage", " (tính đến ngày {day})").format(
            day=format_date(cell.as_of)
        )
    return found


def list_of(cell: Cell, behind: RecordsBehind) -> ListBehind:
    """The list showing the records ``behind`` the figure of ``cell``, and its words."""
    keys, kind = behind.keys, behind.kind
    which = _which(cell, behind)
    if kind is RecordKind.TASKS:
        return ListBehind(Action.SHOW_TASKS, (TaskFilter(keys=keys), which))
    words = f"{format_number(len(keys))} {_noun(kind, cell.figure.table)} {which}"
    if kind is RecordKind.SESSIONS:
        return ListBehind(Action.SHOW_SESSIONS, (SessionFilter(keys=keys), words))
    if kind is RecordKind.RECOMMENDATIONS:
        wanted = RecommendationFilter(keys=keys)
        return ListBehind(Action.SHOW_RECOMMENDATIONS, (wanted, "", words))
    if kind is RecordKind.CRITICISMS:
        return ListBehind(Action.SHOW_CRITICISMS, (CriticismFilter(keys=keys), words))
    if kind is RecordKind.DIALOGUES:
        return ListBehind(Action.SHOW_DIALOGUES, (DialogueFilter(keys=keys), words))
    reports = kind is RecordKind.CITIZEN_REPORTS
    return ListBehind(Action.SHOW_CONDUCT_RECORDS, (reports, keys, words))
