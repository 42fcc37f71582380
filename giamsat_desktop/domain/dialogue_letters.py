"""The minutes of a direct dialogue (biên bản đối thoại trực tiếp), written from it.

The minutes follow the dialogue's order: who came (the Front's chair, the leader who
answered, the participants and how many people), then each issue the people raised with
the leader's answer and, where one was made, the commitment, who is to carry it out and by
when; the conclusion and the close are left for the meeting to write ("…"). They are signed
by the chair for the Front and by the secretary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.dialogue_records import DialogueRecord, IssueDraft
from giamsat_desktop.domain.letters import LetterContent

BLANK = "…"


@dataclass(frozen=True, slots=True)
class DialogueFacts:
    """What the minutes need besides the dialogue.

    Attributes:
        dialogue: The dialogue, with its issues.
        office: The office's full name ("Ủy ban MTTQ Việt Nam xã Tân Hưng").
    """

    dialogue: DialogueRecord
    office: str


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _lines(text: str) -> list[str]:
    return [_one_line(line) for line in text.splitlines() if line.strip()]


def _lower_first(text: str) -> str:
    words = _one_line(text)
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


def subject(dialogue: DialogueRecord) -> str:
    """"Đối thoại trực tiếp giữa <leader> với Nhân dân về <topic>"."""
    leader = _one_line(dialogue.leader) or BLANK
    return f"Đối thoại trực tiếp giữa {leader} với Nhân dân về {_lower_first(dialogue.topic)}"


def _day(day: dt.date | None) -> str:
    if day is None:
        return f"ngày {BLANK} tháng {BLANK} năm {BLANK}"
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def _issue_lines(number: int, issue: IssueDraft) -> list[str]:
    """One issue: the opinion raised, the answer, the commitment and its day."""
    who = f" ({_one_line(issue.raised_by)})" if issue.raised_by.strip() else ""
    lines = [
        f"Ý kiến thứ {number}{who}: {_one_line(issue.raised)}",
        f"- Trả lời: {_one_line(issue.answer) or BLANK}",
    ]
    if issue.has_commitment:
        commitment = f"- Cam kết: {_one_line(issue.commitment)}"
        if issue.responsible.strip():
            commitment += f"; cơ quan, người thực hiện: {_one_line(issue.responsible)}"
        due = f"{issue.due_on:%d/%m/%Y}" if issue.due_on else BLANK
        lines.append(f"{commitment}; hạn thực hiện: {due}.")
    return lines


def minutes_content(facts: DialogueFacts) -> LetterContent:
    """Biên bản đối thoại trực tiếp: who came, each issue answered and committed to."""
    dialogue, office = facts.dialogue, facts.office
    about = subject(dialogue)
    who = [f"- Chủ trì (đại diện Ủy ban MTTQ): {_one_line(dialogue.chair) or BLANK};"]
    who.append(
        f"- Người đối thoại: {_one_line(dialogue.leader) or BLANK} "
        f"({_lower_first(dialogue.leader_body.label)});"
    )
    who += [f"- {line};" for line in _lines(dialogue.participants)]
    if dialogue.attendance:
        who.append(f"- Số người dự: {dialogue.attendance} người;")
    who.append(f"- Thư ký: {BLANK}")
    issues = [
        line
        for number, record in enumerate(dialogue.issues, start=1)
        for line in _issue_lines(number, record.issue)
    ]
    body = [
        f"Vào lúc {BLANK} giờ {BLANK} phút, {_day(dialogue.held_on)}, tại "
        f"{_one_line(dialogue.place) or BLANK}, Ban Thường trực {office} phối hợp tổ chức "
        f"buổi đối thoại trực tiếp giữa {_one_line(dialogue.leader) or BLANK} với Nhân dân về "
        f"{_lower_first(dialogue.topic)}.",
        "I. THÀNH PHẦN",
        *who,
        "II. NỘI DUNG",
        "1. Chủ trì nêu mục đích, yêu cầu buổi đối thoại",
        BLANK,
        "2. Ý kiến của Nhân dân và trả lời của người đối thoại",
        *(issues or [BLANK]),
        "3. Kết luận của người đối thoại",
        BLANK,
        f"Buổi đối thoại kết thúc vào lúc {BLANK} giờ {BLANK} phút cùng ngày. Biên bản đã được "
        "đọc lại cho những người dự cùng nghe, thống nhất và ký tên./.",
    ]
    return LetterContent(
        subject=about,
        body="\n".join(body),
        signature=("CHỦ TRÌ",),
        countersignature=("THƯ KÝ",),
    )
