"""How a criticism session reads on screen: its answers, its deadline, the list's counts.

Overdue is judged on the day the list or the dialog was read (``clock.today()``): a sent
criticism whose answers' deadline has passed with a point still unanswered reads in red.
The 15-day warning of Luật MTTQ Điều 36 is said from the two days the clerk gave.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from giamsat_desktop.domain.criticism import (
    DRAFT_LEAD_DAYS,
    CriticismForm,
    CriticismPurpose,
    CriticismStep,
    draft_late,
)
from giamsat_desktop.domain.criticism_records import CriticismCounts, CriticismRecord
from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.services.common.history_walk import latest_move
from giamsat_desktop.services.criticism.history import CriticismHistoryStep
from giamsat_desktop.ui.common.labels import label

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

OVERDUE_COLOUR = QColor("#b00020")
FINISHED_COLOUR = QColor("#777777")
LATE_STYLE = "color: #b00020;"


def one_line(text: str) -> str:
    """``text`` on one line, its spaces single."""
    return " ".join(text.split())


def answers_text(record: CriticismRecord) -> str:
    """"2/3 nội dung": the points answered of those sent; empty before the letter."""
    if record.sent_on is None or not record.points:
        return ""
    answered = len(record.points) - record.unanswered
    return translate("CriticismPage", "{answered}/{total} nội dung").format(
        answered=format_number(answered), total=format_number(len(record.points))
    )


def overdue_note(record: CriticismRecord, today: dt.date) -> str:
    """One sentence on overdue answers: the deadline, the days past it, the points waiting."""
    if not record.overdue_points(today) or record.answer_due is None:
        return ""
    return translate(
        "CriticismPage",
        "Hạn trả lời {due}, đã quá {days} ngày mà còn {count} nội dung chưa được trả lời.",
    ).format(
        due=format_date(record.answer_due),
        days=format_number((today - record.answer_due).days),
        count=format_number(record.unanswered),
    )


def late_draft_note(received_on: dt.date | None, submit_on: dt.date | None) -> str:
    """The warning of a draft that reached the Front less than 15 days before its submission."""
    if not draft_late(received_on, submit_on) or received_on is None or submit_on is None:
        return ""
    return translate(
        "CriticismDialog",
        "Dự thảo đến ngày {received}, chỉ {days} ngày trước ngày trình {submit}: Luật MTTQ "
        "Điều 36 đòi gửi dự thảo ít nhất {lead} ngày trước khi trình.",
    ).format(
        received=format_date(received_on),
        days=format_number((submit_on - received_on).days),
        submit=format_date(submit_on),
        lead=DRAFT_LEAD_DAYS,
    )


def form_text(record: CriticismRecord) -> str:
    """The list's Hình thức: the form, or a QĐ 218 feedback's conference or round."""
    if record.purpose is not CriticismPurpose.CONTRIBUTION:
        return label(record.form)
    if record.form is CriticismForm.CONFERENCE:
        return translate("CriticismPage", "Hội nghị góp ý (QĐ 218)")
    return translate("CriticismPage", "Gửi dự thảo góp ý (QĐ 218)")


def step_text(record: CriticismRecord) -> str:
    """The step's words; a QĐ 218 feedback's letter is its summary, not a criticism."""
    if record.purpose is CriticismPurpose.CONTRIBUTION and record.step is CriticismStep.SENT:
        return translate("CriticismPage", "Đã gửi văn bản góp ý")
    return label(record.step)


def letter_button_text(record: CriticismRecord | None) -> str:
    """The letter button's words: the criticism letter, or a QĐ 218 feedback's summary."""
    if record is not None and record.purpose is CriticismPurpose.CONTRIBUTION:
        return translate("CriticismDialog", "Văn bản tổng hợp góp ý…")
    return translate("CriticismDialog", "Văn bản phản biện…")


def counts_text(counts: CriticismCounts) -> str:
    """The count line: "11 cuộc (2 góp ý QĐ 218) · 24 nội dung, 10 được tiếp thu · 2 quá …"."""
    contribution = counts.by_purpose.get(CriticismPurpose.CONTRIBUTION, 0)
    among = (  # said only when the list mixes the two
        translate("CriticismPage", " ({count} góp ý QĐ 218)").format(
            count=format_number(contribution)
        )
        if 0 < contribution < counts.total
        else ""
    )
    return translate(
        "CriticismPage",
        "{total} cuộc{among} · {points} nội dung, {accepted} được tiếp thu · {overdue} quá hạn "
        "trả lời",
    ).format(
        total=format_number(counts.total),
        among=among,
        points=format_number(counts.points),
        accepted=format_number(counts.accepted),
        overdue=format_number(counts.overdue),
    )


def forms_text(counts: CriticismCounts) -> str:
    """The count line's tooltip: "Theo hình thức: 5 hội nghị, 4 gửi dự thảo, 2 đối thoại"."""
    forms = counts.by_form
    return translate(
        "CriticismPage",
        "Theo hình thức: {conference} hội nghị, {round} gửi dự thảo, {dialogue} đối thoại",
    ).format(
        conference=format_number(forms.get(CriticismForm.CONFERENCE, 0)),
        round=format_number(forms.get(CriticismForm.DRAFT_ROUND, 0)),
        dialogue=format_number(forms.get(CriticismForm.DIALOGUE, 0)),
    )


def step_words(record: CriticismRecord) -> str:
    """"Bước: Đã gửi văn bản phản biện — gửi ngày … (văn bản số …) — hạn trả lời …"."""
    words = [translate("CriticismDialog", "Bước: {step}").format(step=step_text(record))]
    if record.sent_on is not None:
        if record.letter_symbol:
            words.append(
                translate("CriticismDialog", "gửi bằng văn bản số {symbol} ngày {day}").format(
                    symbol=record.letter_symbol, day=format_date(record.sent_on)
                )
            )
        else:
            words.append(
                translate("CriticismDialog", "gửi ngày {day}").format(
                    day=format_date(record.sent_on)
                )
            )
    if record.answer_due is not None:
        words.append(
            translate("CriticismDialog", "hạn trả lời {day}").format(
                day=format_date(record.answer_due)
            )
        )
    if record.replied_on is not None:
        reply = translate("CriticismDialog", "trả lời ngày {day}").format(
            day=format_date(record.replied_on)
        )
        if record.reply_symbol:
            reply = translate(
                "CriticismDialog", "trả lời bằng văn bản số {symbol} ngày {day}"
            ).format(symbol=record.reply_symbol, day=format_date(record.replied_on))
        words.append(reply)
    if record.cancel_reason:
        words.append(
            translate("CriticismDialog", "lý do hủy: {reason}").format(reason=record.cancel_reason)
        )
    return " — ".join(words)


def history_line(step: CriticismHistoryStep) -> list[str]:
    """A history line: day, what happened, the reason or note, who."""
    to = label(step.to_step) if step.to_step is not None else ""
    if step.kind == "create":
        what = translate("CriticismDialog", "Ghi cuộc phản biện")
    elif step.kind == "undo":
        what = translate("CriticismDialog", "Hoàn lại về “{step}”").format(step=to)
    elif step.kind == "reply":
        what = translate("CriticismDialog", "Ghi nhận thêm trả lời")
    elif step.kind == "move":
        what = translate("CriticismDialog", "Chuyển sang “{step}”").format(step=to)
    else:
        what = step.kind
    return [format_date(step.on), what, one_line(step.note), step.user_name]


def undo_note(steps: Sequence[CriticismHistoryStep]) -> str:
    """What "Hoàn lại bước…" will take back: the last move, and what it kept."""
    last = latest_move(reversed(steps))
    if last is None or last.from_step is None or last.to_step is None:
        return ""
    note = translate("CriticismDialog", "Bước hoàn lại: từ “{new}” trở về “{old}”.").format(
        new=label(last.to_step), old=label(last.from_step)
    )
    if last.to_step is CriticismStep.SENT:
        note += " " + translate("CriticismDialog", "Ngày gửi và hạn trả lời được bỏ cùng.")
    elif last.to_step is CriticismStep.ANSWERED:
        note += " " + translate(
            "CriticismDialog", "Văn bản trả lời và các câu trả lời từng nội dung được bỏ cùng."
        )
    return note
