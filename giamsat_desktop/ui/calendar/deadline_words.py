"""How the calendar and Việc cần làm say and colour a deadline, and which list a line opens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from giamsat_desktop.domain.criticism import CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.domain.supervision_records import SessionFilter
from giamsat_desktop.domain.tasks import TaskFilter
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.calendar.deadlines import DeadlineEntry, DeadlineKind, DeadlineState
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.page_registry import Action, Request

CONTEXT = "Calendar"

OVERDUE_COLOUR = QColor("#b00020")
"""Overdue: red, as the Nhiệm vụ list shows it."""
OVERDUE_BACKGROUND = QColor("#fde8eb")
DUE_SOON_COLOUR = QColor("#9a5b00")
"""Due within the reminder window: amber."""
DUE_SOON_BACKGROUND = QColor("#fff3cd")
OPEN_COLOUR = QColor("#1a4f8b")
DONE_COLOUR = QColor("#4d6b4d")
TODAY_COLOUR = QColor("#1a4f8b")
DAY_OFF_BACKGROUND = QColor("#efebe5")

STATE_COLOURS = {
    DeadlineState.OVERDUE: OVERDUE_COLOUR,
    DeadlineState.DUE_SOON: DUE_SOON_COLOUR,
    DeadlineState.OPEN: OPEN_COLOUR,
    DeadlineState.DONE: DONE_COLOUR,
}

DAY_NAMES = (
    str(QT_TRANSLATE_NOOP("Calendar", "Thứ Hai")),
    str(QT_TRANSLATE_NOOP("Calendar", "Thứ Ba")),
    str(QT_TRANSLATE_NOOP("Calendar", "Thứ Tư")),
    str(QT_TRANSLATE_NOOP("Calendar", "Thứ Năm")),
    str(QT_TRANSLATE_NOOP("Calendar", "Thứ Sáu")),
    str(QT_TRANSLATE_NOOP("Calendar", "Thứ Bảy")),
    str(QT_TRANSLATE_NOOP("Calendar", "Chủ nhật")),
)
"""Monday first, as the office's calendars are printed."""
SHORT_DAY_NAMES = (
    str(QT_TRANSLATE_NOOP("Calendar", "T2")),
    str(QT_TRANSLATE_NOOP("Calendar", "T3")),
    str(QT_TRANSLATE_NOOP("Calendar", "T4")),
    str(QT_TRANSLATE_NOOP("Calendar", "T5")),
    str(QT_TRANSLATE_NOOP("Calendar", "T6")),
    str(QT_TRANSLATE_NOOP("Calendar", "T7")),
    str(QT_TRANSLATE_NOOP("Calendar", "CN")),
)


def day_name(day: dt.date, *, short: bool = False) -> str:
    """``Thứ Hai`` … ``Chủ nhật`` (``T2`` … ``CN``)."""
    names = SHORT_DAY_NAMES if short else DAY_NAMES
    return QCoreApplication.translate(CONTEXT, names[day.weekday()])


def month_title(year: int, month: int) -> str:
    """``Tháng 3 năm 2031``."""
    text = QCoreApplication.translate("Calendar", "Tháng {month} năm {year}")
    return text.format(month=month, year=year)


KIND_WORDS = {
    DeadlineKind.TASK: str(QT_TRANSLATE_NOOP("Calendar", "Hạn nhiệm vụ")),
    DeadlineKind.SUPERVISION_NOTICE: str(
        QT_TRANSLATE_NOOP("Calendar", "Hạn gửi kế hoạch, quyết định giám sát")
    ),
    DeadlineKind.SUPERVISION_REPORT: str(
        QT_TRANSLATE_NOOP("Calendar", "Hạn báo cáo kết quả giám sát")
    ),
    DeadlineKind.RECOMMENDATION_REPLY: str(QT_TRANSLATE_NOOP("Calendar", "Hạn trả lời kiến nghị")),
    DeadlineKind.RECOMMENDATION_COMMITMENT: str(
        QT_TRANSLATE_NOOP("Calendar", "Hạn khắc phục theo cam kết")
    ),
    DeadlineKind.CRITICISM_ANSWER: str(
        QT_TRANSLATE_NOOP("Calendar", "Hạn trả lời ý kiến phản biện xã hội")
    ),
    DeadlineKind.DIALOGUE_COMMITMENT: str(
        QT_TRANSLATE_NOOP("Calendar", "Hạn thực hiện cam kết tại đối thoại trực tiếp")
    ),
}
"""What each kind of deadline is, as a line's tooltip says it."""


def kind_words(kind: DeadlineKind) -> str:
    """``Hạn trả lời kiến nghị`` …: what a deadline of ``kind`` is."""
    return QCoreApplication.translate(CONTEXT, KIND_WORDS[kind])


def state_words(entry: DeadlineEntry, today: dt.date) -> str:
    """Where a deadline stands, in the agenda's words."""
    if entry.state is DeadlineState.OVERDUE:
        text = QCoreApplication.translate("Calendar", "Quá hạn {days} ngày")
        return text.format(days=(today - entry.day).days)
    if entry.state is DeadlineState.DUE_SOON:
        left = (entry.day - today).days
        if left == 0:
            return QCoreApplication.translate("Calendar", "Đến hạn hôm nay")
        return QCoreApplication.translate("Calendar", "Còn {days} ngày").format(days=left)
    reply = entry.kind in (DeadlineKind.RECOMMENDATION_REPLY, DeadlineKind.CRITICISM_ANSWER)
    commitment = entry.kind is DeadlineKind.RECOMMENDATION_COMMITMENT
    if entry.kind is DeadlineKind.DIALOGUE_COMMITMENT and entry.state is DeadlineState.DONE:
        if entry.late:
            return QCoreApplication.translate("Calendar", "Thực hiện quá hạn")
        return QCoreApplication.translate("Calendar", "Đã thực hiện")
    if entry.state is DeadlineState.DONE and entry.late:
        if reply:
            return QCoreApplication.translate("Calendar", "Trả lời quá hạn")
        if commitment:
            return QCoreApplication.translate("Calendar", "Giải quyết quá hạn")
        return QCoreApplication.translate("Calendar", "Hoàn thành quá hạn")
    if entry.state is DeadlineState.DONE:
        if reply:
            return QCoreApplication.translate("Calendar", "Đã trả lời")
        if commitment:
            return QCoreApplication.translate("Calendar", "Đã giải quyết")
        return QCoreApplication.translate("Calendar", "Đã hoàn thành")
    return QCoreApplication.translate("Calendar", "Còn hạn")


def criticism_words(where: CriticismFilter) -> str:
    """Which criticism sessions a day or a line opens, in a few words.

    "quá hạn trả lời ngày 23/06/2026; hạn trả lời ngày 19/06/2026".
    """
    parts = []
    if where.overdue_on is not None:
        parts.append(
            QCoreApplication.translate("Calendar", "quá hạn trả lời ngày {day}").format(
                day=format_date(where.overdue_on)
            )
        )
    if where.awaited_only:
        parts.append(QCoreApplication.translate("Calendar", "chờ trả lời"))
    if where.steps:
        order = list(CriticismStep)
        parts.append(", ".join(label(step) for step in sorted(where.steps, key=order.index)))
    if where.due_from is not None and where.due_from == where.due_to:
        parts.append(
            QCoreApplication.translate("Calendar", "hạn trả lời ngày {day}").format(
                day=format_date(where.due_from)
            )
        )
    elif where.due_from is not None or where.due_to is not None:
        parts.append(
            QCoreApplication.translate("Calendar", "hạn trả lời từ {start} đến {end}").format(
                start=format_date(where.due_from) if where.due_from else "…",
                end=format_date(where.due_to) if where.due_to else "…",
            )
        )
    return "; ".join(parts)


def dialogue_words(where: DialogueFilter) -> str:
    """Which dialogues a day or a line opens, in a few words.

    "cam kết quá hạn ngày 23/06/2026; hạn thực hiện ngày 19/06/2026".
    """
    parts = []
    if where.overdue_on is not None:
        parts.append(
            QCoreApplication.translate("Calendar", "cam kết quá hạn ngày {day}").format(
                day=format_date(where.overdue_on)
            )
        )
    if where.pending_only:
        parts.append(QCoreApplication.translate("Calendar", "cam kết chưa thực hiện"))
    if where.due_from is not None and where.due_from == where.due_to:
        parts.append(
            QCoreApplication.translate("Calendar", "hạn thực hiện ngày {day}").format(
                day=format_date(where.due_from)
            )
        )
    elif where.due_from is not None or where.due_to is not None:
        parts.append(
            QCoreApplication.translate("Calendar", "hạn thực hiện từ {start} đến {end}").format(
                start=format_date(where.due_from) if where.due_from else "…",
                end=format_date(where.due_to) if where.due_to else "…",
            )
        )
    return "; ".join(parts)


def open_list(request: Request, opens: object) -> object:
    """Show the list behind a line: the page that lists such records, filtered by ``opens``.

    Raises:
        TypeError: a filter no page lists yet.
    """
    if isinstance(opens, TaskFilter):
        return request(Action.SHOW_TASKS, opens)
    if isinstance(opens, SessionFilter):
        return request(Action.SHOW_SESSIONS, opens)
    if isinstance(opens, RecommendationFilter):
        return request(Action.SHOW_RECOMMENDATIONS, opens)
    if isinstance(opens, CriticismFilter):
        return request(Action.SHOW_CRITICISMS, opens, criticism_words(opens))
    if isinstance(opens, DialogueFilter):
        return request(Action.SHOW_DIALOGUES, opens, dialogue_words(opens))
    raise TypeError(f"no list shows {type(opens).__name__}")
