"""How a recommendation reads on screen: its state (overdue as of a day), its last reply.

Overdue is judged on the day the list or the dialog was read (``clock.today()``): a sent
recommendation with no written reply past its deadline reads "Quá hạn trả lời", in red; an
escalated one keeps its state's words, in red while its reply is still missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from giamsat_desktop.domain.recommendations import (
    RecommendationCounts,
    RecommendationFilter,
    RecommendationRecord,
    RecommendationState,
    ReplyRecord,
)
from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.services.common.history_walk import latest_move
from giamsat_desktop.services.recommendations.history import RecommendationStep
from giamsat_desktop.ui.common.labels import label

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

CONTEXT = "RecommendationsPage"
OVERDUE_COLOUR = QColor("#b00020")
FINISHED_COLOUR = QColor("#777777")
LATE_STYLE = "color: #b00020;"


def state_text(record: RecommendationRecord, today: dt.date) -> str:
    """The state as the clerk reads it: "Quá hạn trả lời" for a sent one past its deadline."""
    if record.state is RecommendationState.SENT and record.is_overdue(today):
        return translate("RecommendationsPage", "Quá hạn trả lời")
    return label(record.state)


def last_reply(record: RecommendationRecord) -> ReplyRecord | None:
    """The latest written reply (by its date, then as recorded), if any."""
    if not record.replies:
        return None
    return max(record.replies, key=lambda reply: (reply.replied_on, reply.id))


def reply_text(record: RecommendationRecord) -> str:
    """The last reply's kind and date: "Tiếp thu, 12/06/2026"; empty without a reply."""
    reply = last_reply(record)
    if reply is None:
        return ""
    return f"{label(reply.kind)}, {format_date(reply.replied_on)}"


def sent_text(record: RecommendationRecord) -> str:
    """The day it was sent; empty while it is unsent."""
    if record.sent_on is None:
        return ""
    return format_date(record.sent_on)


def overdue_note(record: RecommendationRecord, today: dt.date) -> str:
    """One sentence on an overdue reply: the deadline and how many days past it."""
    if not record.is_overdue(today) or record.reply_due is None:
        return ""
    days = (today - record.reply_due).days
    return translate(
        "RecommendationsPage", "Hạn trả lời {due}, đã quá {days} ngày mà chưa có văn bản trả lời."
    ).format(due=format_date(record.reply_due), days=format_number(days))


def counts_text(counts: RecommendationCounts) -> str:
    """The count line: "12 kiến nghị · 8 đang theo dõi · 2 quá hạn trả lời"."""
    following = sum(n for state, n in counts.by_state.items() if state.is_open)
    return translate(
        "RecommendationsPage",
        "{total} kiến nghị · {open} đang theo dõi · {overdue} quá hạn trả lời",
    ).format(
        total=format_number(counts.total),
        open=format_number(following),
        overdue=format_number(counts.overdue),
    )


def filter_words(where: RecommendationFilter, session_subject: str = "") -> str:
    """What a filter asked for from elsewhere shows, in a few words.

    "quá hạn trả lời ngày 23/06/2026; cuộc giám sát: Việc thực hiện …".
    """
    parts = []
    if where.overdue_on is not None:
        parts.append(
            translate("RecommendationsPage", "quá hạn trả lời ngày {day}").format(
                day=format_date(where.overdue_on)
            )
        )
    if where.open_only:
        parts.append(translate("RecommendationsPage", "đang theo dõi"))
    if where.states:
        order = list(RecommendationState)
        parts.append(", ".join(label(s) for s in sorted(where.states, key=order.index)))
    if where.due_from is not None and where.due_from == where.due_to:
        parts.append(
            translate("RecommendationsPage", "hạn trả lời ngày {day}").format(
                day=format_date(where.due_from)
            )
        )
    elif where.due_from is not None or where.due_to is not None:
        start = format_date(where.due_from) if where.due_from else "…"
        end = format_date(where.due_to) if where.due_to else "…"
        parts.append(
            translate("RecommendationsPage", "hạn trả lời từ {start} đến {end}").format(
                start=start, end=end
            )
        )
    if where.commitment_from is not None and where.commitment_from == where.commitment_to:
        parts.append(
            translate("RecommendationsPage", "hạn khắc phục ngày {day}").format(
                day=format_date(where.commitment_from)
            )
        )
    elif where.commitment_from is not None or where.commitment_to is not None:
        start = format_date(where.commitment_from) if where.commitment_from else "…"
        end = format_date(where.commitment_to) if where.commitment_to else "…"
        parts.append(
            translate("RecommendationsPage", "hạn khắc phục từ {start} đến {end}").format(
                start=start, end=end
            )
        )
    if where.addressed_body.strip():
        parts.append(where.addressed_body.strip())
    if where.year is not None:
        parts.append(translate("RecommendationsPage", "năm {year}").format(year=where.year))
    if where.session_id is not None:
        subject = " ".join(session_subject.split())
        parts.append(
            translate("RecommendationsPage", "cuộc giám sát: {subject}").format(subject=subject)
            if subject
            else translate("RecommendationsPage", "cuộc giám sát mã số {id}").format(
                id=where.session_id
            )
        )
    if where.words.strip():
        parts.append(f"“{where.words.strip()}”")
    return "; ".join(parts) or translate("RecommendationsPage", "mọi kiến nghị")


def undo_note(record: RecommendationRecord, steps: Sequence[RecommendationStep]) -> str:
    """What "Hoàn lại bước…" will take back: the move, and the reply that made it, if any."""
    last = latest_move(reversed(steps))
    if last is None or last.from_state is None or last.to_state is None:
        return ""
    note = translate("RecommendationDialog", "Bước hoàn lại: từ “{new}” trở về “{old}”.").format(
        new=label(last.to_state), old=label(last.from_state)
    )
    reply = next((r for r in record.replies if r.id == last.reply_id), None)
    if reply is not None:
        note += " " + translate(
            "RecommendationDialog", "Trả lời “{kind}” ngày {day} đã làm nên bước này, bỏ cùng."
        ).format(kind=label(reply.kind), day=format_date(reply.replied_on))
    return note
