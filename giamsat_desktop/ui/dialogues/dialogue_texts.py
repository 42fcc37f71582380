"""How a direct dialogue reads on screen: its commitments, the overdue mark, the counts.

Overdue is judged on the day the list or the dialog was read (``clock.today()``): a
commitment past its day and not done reads in red, "quá hạn".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from giamsat_desktop.domain.dialogue_records import DialogueCounts, DialogueRecord
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.formatting import format_number

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

OVERDUE_COLOUR = QColor("#b00020")
DONE_COLOUR = QColor("#2e6b2e")
LATE_STYLE = "color: #b00020;"


def one_line(text: str) -> str:
    """``text`` on one line, its spaces single."""
    return " ".join(text.split())


def commitments_text(record: DialogueRecord, today: dt.date) -> str:
    """"1/2 · quá hạn 1": the commitments done of those made; empty without any."""
    if not record.commitments:
        return ""
    text = translate("DialoguesPage", "{done}/{total}").format(
        done=format_number(record.commitments_done), total=format_number(record.commitments)
    )
    overdue = record.overdue_commitments(today)
    if overdue:
        text += " · " + translate("DialoguesPage", "quá hạn {count}").format(
            count=format_number(overdue)
        )
    return text


def overdue_note(record: DialogueRecord, today: dt.date) -> str:
    """One sentence on the overdue commitments, each with its day."""
    late = [
        line.issue for line in record.issues if line.issue.overdue(today) and line.issue.due_on
    ]
    if not late:
        return ""
    days = ", ".join(f"{issue.due_on:%d/%m/%Y}" for issue in late if issue.due_on)
    return translate(
        "DialoguesPage", "{count} cam kết quá hạn chưa thực hiện (hạn {days})."
    ).format(count=format_number(len(late)), days=days)


def counts_text(counts: DialogueCounts) -> str:
    """"3 cuộc (cấp ủy 1, chính quyền 2) · 6 vấn đề · cam kết 1/3 xong, 1 quá hạn"."""
    text = translate(
        "DialoguesPage", "{total} cuộc (cấp ủy {party}, chính quyền {government}) · {issues} vấn đề"
    ).format(
        total=format_number(counts.dialogues),
        party=format_number(counts.by_body.get(LeaderBody.PARTY, 0)),
        government=format_number(counts.by_body.get(LeaderBody.GOVERNMENT, 0)),
        issues=format_number(counts.issues),
    )
    if counts.commitments:
        text += " · " + translate("DialoguesPage", "cam kết {done}/{total} xong").format(
            done=format_number(counts.done), total=format_number(counts.commitments)
        )
    if counts.overdue:
        text += ", " + translate("DialoguesPage", "{count} quá hạn").format(
            count=format_number(counts.overdue)
        )
    return text
