"""The supervision forms written from a session: what each says, in the office's words.

Each function here takes what the services read — the session, its delegation, its working
sessions, the plan and decision issued for it, the documents it cites — and the office's
standard parts of the form (Cài đặt → Mẫu văn bản, placeholders filled, by part name), and
gives the draft's content. The record fills what it knows (the body supervised, the scope,
the content items, the dates, the delegation, the issued plan's number); "…" stays where
only the delegation can write (its findings, the time a meeting began). The "Căn cứ" lines,
the closing words, "Nơi nhận" and a biên bản's signature lines are the office's wording,
with the supervised bodies put in the place of their generic names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from giamsat_desktop.domain.letter_wording import (
    ATTACHED,
    CLOSING,
    COPIES,
    COUNTERSIGNATURE,
    GROUNDS,
    SIGNATURE,
)
from giamsat_desktop.domain.letters import LetterContent
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import (
    DelegationMemberRecord,
    SessionRecord,
    WorkingSessionRecord,
)
from giamsat_desktop.domain.supervision_wording import (
    BLANK,
    capital,
    date_text,
    ground_lines,
    in_sentence,
    items_of,
    lines_of,
    matter_of,
    part_lines,
    supervision_of,
)
from giamsat_desktop.domain.text import fold

SESSION_LETTER = "supervision_session"
"""The ``source_kind`` of a session's plan, decision, outline and report: ``source_id``, the
session."""
OUTLINE_LEAD_DAYS = 5
"""The body's report is asked this many days before the first working session."""

_FORM_SENTENCES = {
    SupervisionForm.DOCUMENTS: "Nghiên cứu, xem xét văn bản do cơ quan được giám sát ban hành "
    "và báo cáo của cơ quan được giám sát.",
    SupervisionForm.DELEGATION: "Tổ chức đoàn giám sát; Đoàn giám sát làm việc trực tiếp với "
    "cơ quan được giám sát.",
    SupervisionForm.BOARDS: "Giám sát thông qua hoạt động của Ban Thanh tra nhân dân, Ban giám "
    "sát đầu tư của cộng đồng.",
    SupervisionForm.WITH_STATE: "Tham gia giám sát với cơ quan nhà nước có thẩm quyền.",
}
"""How each form is said in a plan's "Hình thức giám sát"."""


@dataclass(frozen=True, slots=True)
class IssuedRef:
    """A letter issued for the session, as another one cites it."""

    type_name: str
    """``Kế hoạch``, ``Quyết định``."""
    symbol: str
    issued_on: dt.date

    def cited(self, office: str) -> str:
        """``Kế hoạch số 12/KH-MTTQ-BTT ngày 02/03/2026 của Ban Thường trực …``."""
        when = date_text(self.issued_on)
        return f"{self.type_name} số {self.symbol} ngày {when} của Ban Thường trực {office}"


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """What a session's forms are written from.

    Attributes:
        office: The office's name (``Ủy ban MTTQ Việt Nam xã Tân Hưng``).
        session: The session.
        parts: The form's standard parts in the office's wording, by part name.
        cited: The incoming documents it cites, each as a "Căn cứ" names it.
        working: Its working sessions, the earliest first.
        plan: Its issued plan, if any.
        decision: Its issued decision, if any.
    """

    office: str
    session: SessionRecord
    parts: Mapping[str, str]
    cited: tuple[str, ...] = ()
    working: tuple[WorkingSessionRecord, ...] = ()
    plan: IssuedRef | None = None
    decision: IssuedRef | None = None


def _bodies_in(lines: tuple[str, ...], session: SessionRecord) -> tuple[str, ...]:
    """The office's "Nơi nhận" with the supervised bodies named in their generic lines."""
    named = {
        "co quan duoc giam sat": session.supervised_body,
        "co quan cap tren truc tiep cua co quan duoc giam sat": session.superior_body,
    }
    out: list[str] = []
    for line in lines:
        key = fold(line.rstrip(";.,").strip())
        if key in named:
            if named[key]:
                out.append(f"{named[key]};")
            continue
        out.append(line)
    return tuple(out)


def period_text(session: SessionRecord, working: tuple[WorkingSessionRecord, ...] = ()) -> str:
    """When the session works: its working days, else its planned days, else "…"."""
    days = sorted({held.held_on for held in working})
    start = days[0] if days else session.planned_start
    end = days[-1] if days else session.planned_end
    if start is None and end is None:
        return BLANK
    if start is None or end is None or start == end:
        day = start or end
        assert day is not None
        return f"ngày {date_text(day)}"
    return f"từ ngày {date_text(start)} đến ngày {date_text(end)}"


def _planned_period(session: SessionRecord, working: tuple[WorkingSessionRecord, ...]) -> str:
    """When a plan or a decision says the session works: its planned days, else those held."""
    if session.planned_start is not None or session.planned_end is not None:
        return period_text(session)
    return period_text(session, working)


def first_day(session: SessionRecord, working: tuple[WorkingSessionRecord, ...]) -> dt.date | None:
    """The first working day held, else the planned start."""
    days = sorted(held.held_on for held in working)
    return days[0] if days else session.planned_start or session.planned_end


def _report_by(first: dt.date | None) -> str:
    """The day the body's report is asked for: the first working day less the lead days."""
    if first is None:
        return BLANK
    return date_text(first - dt.timedelta(days=OUTLINE_LEAD_DAYS))


def member_line(member: DelegationMemberRecord, last: bool) -> str:
    """``- Đồng chí Nguyễn Văn An, Phó Chủ tịch Ủy ban MTTQ xã – Trưởng đoàn;``."""
    where = ", ".join(part for part in (member.position, member.organization) if part)
    who = f"Đồng chí {member.full_name}" + (f", {where}" if where else "")
    return f"- {who} – {member.role.label}{'.' if last else ';'}"


def _members(session: SessionRecord) -> list[str]:
    count = len(session.delegation)
    return [
        member_line(member, number == count)
        for number, member in enumerate(session.delegation, start=1)
    ]


def _lead(session: SessionRecord, office: str) -> str:
    return session.lead_name or f"Ban Thường trực {office}"


def _plan_named(facts: SessionFacts) -> str:
    if facts.plan is not None:
        return facts.plan.cited(facts.office)
    return (
        f"Kế hoạch giám sát số {BLANK}/KH-MTTQ-BTT ngày {BLANK} của Ban Thường trực {facts.office}"
    )


def _closing(facts: SessionFacts) -> list[str]:
    text = facts.parts.get(CLOSING, "")
    return lines_of(text.replace(f"giám sát {BLANK}", supervision_of(facts.session.subject)))


def plan_content(facts: SessionFacts) -> LetterContent:
    """A Kế hoạch giám sát: Căn cứ; I. Mục đích, yêu cầu … V. Tổ chức thực hiện."""
    session, office = facts.session, facts.office
    what = supervision_of(session.subject)
    grounds = ground_lines(
        [*lines_of(facts.parts.get(GROUNDS, "")), *lines_of(session.legal_basis), *facts.cited], ","
    )
    contents = items_of(session.content_items) or [f"- {BLANK}"]
    first = first_day(session, facts.working)
    report_by = (
        date_text(first - dt.timedelta(days=OUTLINE_LEAD_DAYS)) if first is not None else BLANK
    )
    invited = [*session.participants]
    if session.superior_body:
        invited.append(session.superior_body)
    composition = (
        ["Đoàn giám sát do Ban Thường trực quyết định thành lập, gồm:", *_members(session)]
        if session.delegation
        else [
            f"Ban Thường trực {office} quyết định thành lập Đoàn giám sát, do một đồng chí "
            "trong Ban Thường trực làm Trưởng đoàn; thành viên là đại diện các tổ chức thành "
            "viên và chuyên gia (nếu có)."
        ]
    )
    if invited:
        composition.append(f"Mời tham gia: {', '.join(invited)}.")
    if session.role is SupervisionRole.JOIN and session.lead_body:
        composition.insert(0, f"Tham gia giám sát do {session.lead_body} chủ trì.")
    body = [
        f"Ban Thường trực {office} xây dựng Kế hoạch {what} như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        f"Nắm tình hình, đánh giá đúng kết quả {matter_of(session.subject)}; phát hiện những "
        "ưu điểm, hạn chế, nguyên nhân để kiến nghị cơ quan có thẩm quyền xem xét, giải quyết; "
        "góp phần bảo vệ quyền, lợi ích hợp pháp, chính đáng của Nhân dân.",
        "2. Yêu cầu",
        "Giám sát đúng quy định của pháp luật và Nghị quyết liên tịch số 403/2017; bảo đảm dân "
        "chủ, công khai, khách quan; không làm cản trở hoạt động bình thường của cơ quan được "
        "giám sát.",
        "II. ĐỐI TƯỢNG, PHẠM VI GIÁM SÁT",
        "1. Đối tượng giám sát",
        f"{capital(session.supervised_body or BLANK).rstrip('.')}.",
        "2. Phạm vi giám sát",
        *(lines_of(session.scope) or [BLANK]),
        "III. NỘI DUNG, THỜI GIAN GIÁM SÁT",
        "1. Nội dung giám sát",
        *contents,
        "2. Thời gian giám sát",
        f"{capital(_planned_period(session, facts.working))}.",
        "IV. HÌNH THỨC, THÀNH PHẦN",
        "1. Hình thức giám sát",
        _FORM_SENTENCES[session.form],
        "2. Thành phần",
        *composition,
        "V. TỔ CHỨC THỰC HIỆN",
        f"- {capital(_lead(session, office))} chủ trì, xây dựng đề cương báo cáo, chuẩn bị "
        "nội dung và điều kiện để Đoàn giám sát hoạt động.",
        f"- Đề nghị {session.supervised_body or 'cơ quan được giám sát'} xây dựng báo cáo theo "
        f"đề cương gửi kèm, gửi về Ban Thường trực {office} trước ngày {report_by}; bố trí thành "
        "phần làm việc với Đoàn giám sát.",
        "- Các tổ chức thành viên được mời cử cán bộ tham gia theo thành phần nêu trên.",
        *_closing(facts),
    ]
    return LetterContent(
        subject=capital(what),
        body="\n".join(body),
        copies_to=_bodies_in(part_lines(facts.parts, COPIES), session),
        grounds=grounds,
    )


def decision_content(facts: SessionFacts) -> LetterContent:
    """A Quyết định thành lập Đoàn giám sát: Căn cứ; Điều 1 the members; Điều 2 its tasks."""
    session, office = facts.session, facts.office
    what = supervision_of(session.subject)
    plan = _plan_named(facts)
    wording = [
        line
        for line in lines_of(facts.parts.get(GROUNDS, ""))
        if "Kế hoạch số" not in line  # the wording's blank plan: the session's plan instead
    ]
    grounds = ground_lines([*wording, f"Căn cứ {plan} về {what}"], ".")
    members = _members(session) or [f"- Đồng chí {BLANK} – {BLANK} – Trưởng đoàn."]
    scope = " ".join(lines_of(session.scope))
    contents = "; ".join(
        in_sentence(line[2:].rstrip(";.")) for line in items_of(session.content_items)
    )
    tasks = [
        f"- Đối tượng giám sát: {session.supervised_body or BLANK}.",
        f"- Phạm vi giám sát: {scope.rstrip('.') or BLANK}.",
        f"- Nội dung giám sát: {contents or BLANK}.",
        f"- Thời gian giám sát: {_planned_period(session, facts.working)}.",
    ]
    closing = [
        line.replace("Các ông, bà có tên", "Các đồng chí có tên")
        for line in lines_of(facts.parts.get(CLOSING, ""))
    ]
    body = [
        f"Điều 1. Thành lập Đoàn {what}, gồm các đồng chí có tên sau:",
        *members,
        f"Điều 2. Đoàn giám sát có nhiệm vụ tổ chức giám sát theo {plan}, cụ thể:",
        *tasks,
        f"Đoàn giám sát báo cáo kết quả giám sát với Ban Thường trực {office}; Trưởng đoàn "
        "phân công nhiệm vụ cho các thành viên. Đoàn giám sát tự giải thể sau khi hoàn thành "
        "nhiệm vụ.",
        *closing,
    ]
    return LetterContent(
        subject=f"Về việc thành lập Đoàn {what}",
        body="\n".join(body),
        copies_to=_bodies_in(part_lines(facts.parts, COPIES), session),
        grounds=grounds,
    )


def outline_content(facts: SessionFacts) -> LetterContent:
    """The Đề cương báo cáo the body is asked to report by, sent with the plan."""
    session, office = facts.session, facts.office
    items = [line[2:].rstrip(";.") for line in items_of(session.content_items)]
    letters = "abcdefghiklmnopqrstuvxy"
    contents = [
        f"{letters[number % len(letters)]}) {item}: kết quả, số liệu cụ thể."
        for number, item in enumerate(items)
    ] or ["Kết quả, số liệu cụ thể theo từng nội dung giám sát."]
    scope = " ".join(lines_of(session.scope)).rstrip(".")
    first = first_day(session, facts.working)
    report_by = (
        date_text(first - dt.timedelta(days=OUTLINE_LEAD_DAYS)) if first is not None else BLANK
    )
    body = [
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Khái quát đặc điểm, tình hình của cơ quan, đơn vị liên quan đến nội dung giám sát"
        + (f" ({scope})." if scope else "."),
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện",
        "Việc ban hành văn bản, kế hoạch triển khai; công tác tuyên truyền, phổ biến; việc kiểm "
        "tra, đôn đốc thực hiện.",
        "2. Kết quả thực hiện các nội dung được giám sát",
        *contents,
        "III. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        "2. Hạn chế, nguyên nhân",
        "IV. ĐỀ XUẤT, KIẾN NGHỊ",
        "Đề xuất, kiến nghị với cơ quan, tổ chức có thẩm quyền (nếu có).",
    ]
    closing = facts.parts.get(CLOSING, "").replace(f"trước ngày {BLANK}", f"trước ngày {report_by}")
    attached = facts.plan.cited(office) if facts.plan is not None else facts.parts.get(ATTACHED, "")
    return LetterContent(
        subject=f"Phục vụ {supervision_of(session.subject)}",
        body="\n".join([*body, *lines_of(closing)]),
        attached_to=" ".join(attached.split()),
    )


def minutes_content(facts: SessionFacts, held: WorkingSessionRecord) -> LetterContent:
    """A Biên bản làm việc of one working session: who came, what was said."""
    session, office = facts.session, facts.office
    day = held.held_on
    where = held.place.strip() or session.supervised_body or BLANK
    body_people = items_of(held.attendees) or [f"- {BLANK}"]
    said = lines_of(held.minutes) or [
        "1. Cơ quan được giám sát báo cáo",
        BLANK,
        "2. Ý kiến của các thành viên Đoàn giám sát",
        BLANK,
        "3. Ý kiến giải trình của cơ quan được giám sát",
        BLANK,
        "4. Kết luận của Trưởng đoàn",
        BLANK,
    ]
    invited = (
        ["3. Đại biểu mời", f"- Đại diện {', '.join(session.participants)}."]
        if session.participants and not session.delegation
        else []
    )
    body = [
        f"Vào lúc {BLANK} giờ {BLANK} phút, ngày {day.day:02d} tháng {day.month:02d} năm "
        f"{day.year}, tại {where}, Đoàn giám sát của Ban Thường trực {office} làm việc với "
        f"{session.supervised_body or BLANK} về {matter_of(session.subject)}.",
        "I. THÀNH PHẦN",
        "1. Đoàn giám sát",
        *(_members(session) or [f"- {BLANK}"]),
        f"2. {capital(session.supervised_body or 'Cơ quan được giám sát')}",
        *body_people,
        *invited,
        "II. NỘI DUNG LÀM VIỆC",
        *said,
        *lines_of(facts.parts.get(CLOSING, "")),
    ]
    body_name = session.supervised_body.upper() if session.supervised_body else ""
    countersignature = part_lines(facts.parts, COUNTERSIGNATURE)
    if (
        body_name
        and countersignature
        and fold(countersignature[0]) == fold("ĐẠI DIỆN CƠ QUAN ĐƯỢC GIÁM SÁT")
    ):
        countersignature = (f"ĐẠI DIỆN {body_name}", *countersignature[1:])
    return LetterContent(
        subject=f"Làm việc với {session.supervised_body or BLANK}",
        body="\n".join(body),
        signature=part_lines(facts.parts, SIGNATURE),
        countersignature=countersignature,
    )


def report_content(facts: SessionFacts) -> LetterContent:
    """A Báo cáo kết quả giám sát: per content item the results, strengths, limits, causes."""
    session = facts.session
    what = supervision_of(session.subject)
    items = [line[2:].rstrip(";.") for line in items_of(session.content_items)] or [BLANK]
    worked = len(facts.working)
    how = (
        f"Đoàn giám sát đã làm việc {worked} buổi với {session.supervised_body or BLANK}"
        if worked
        else f"Đoàn giám sát đã nghiên cứu báo cáo, văn bản của {session.supervised_body or BLANK}"
    )
    opening = (
        f"Thực hiện {_plan_named(facts)} về {what}, {period_text(session, facts.working)}, "
        f"{how}. Kết quả như sau:"
    )
    results: list[str] = ["I. KẾT QUẢ GIÁM SÁT"]
    for number, item in enumerate(items, start=1):
        results += [
            f"{number}. {capital(item)}",
            "a) Kết quả đạt được",
            BLANK,
            "b) Ưu điểm",
            BLANK,
            "c) Hạn chế, nguyên nhân",
            BLANK,
        ]
    recommended = [
        "III. KIẾN NGHỊ",
        f"1. Đối với {session.supervised_body or 'cơ quan được giám sát'}",
        BLANK,
    ]
    if session.superior_body:
        recommended += [f"2. Đối với {session.superior_body}", BLANK]
    body = [
        opening,
        *results,
        "II. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        BLANK,
        "2. Hạn chế, nguyên nhân",
        BLANK,
        *recommended,
        *_closing(facts),
    ]
    return LetterContent(
        subject=f"Kết quả {what}",
        body="\n".join(body),
        copies_to=_bodies_in(part_lines(facts.parts, COPIES), session),
    )
