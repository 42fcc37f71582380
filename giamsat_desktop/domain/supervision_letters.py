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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from giamsat_desktop.domain.letter_wording import (
    ATTACHED,
    CLOSING,
    COPIES,
    COUNTERSIGNATURE,
    GROUNDS,
    SIGNATURE,
)
from giamsat_desktop.domain.letters import LetterContent, table_line
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import (
    ProgrammeItemRecord,
    ProgrammeItemState,
    ProgrammeRecord,
)
from giamsat_desktop.domain.supervision_records import (
    DelegationMemberRecord,
    SessionRecord,
    WorkingSessionRecord,
)
from giamsat_desktop.domain.text import fold

SESSION_LETTER = "supervision_session"
"""The ``source_kind`` of a session's plan, decision, outline and report: ``source_id``, the
session."""
BLANK = "…"
"""Where the delegation writes what no record holds."""
OUTLINE_LEAD_DAYS = 5
"""The body's report is asked this many days before the first working session."""

_LOWER_STARTS = frozenset(
    fold(word)
    for word in (
        "việc", "công", "tác", "tình", "kết", "hoạt", "thực", "trách", "quá", "chất", "đầu",
        "dự", "chính", "quản", "các", "những", "kết", "chương", "phong", "an", "giải",
        "tiếp", "cải", "xây", "bảo", "chi", "thu", "sử", "triển", "đảm", "vệ",
    )
)  # fmt: skip
"""First words of a subject that are common words, lowered after "giám sát" in a sentence."""

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

PROGRAMME_HEADER = (
    "TT",
    "Nội dung giám sát",
    "Đối tượng giám sát",
    "Thời gian",
    "Chủ trì",
    "Phối hợp",
)
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True, slots=True)
class IssuedRef:
    """A letter issued for the session, as another one cites it."""

    type_name: str
    """``Kế hoạch``, ``Quyết định``."""
    symbol: str
    issued_on: dt.date

    def cited(self, office: str) -> str:
        """``Kế hoạch số 12/KH-MTTQ-BTT ngày 02/03/2026 của Ban Thường trực …``."""
        when = _date(self.issued_on)
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


def _date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _part_lines(parts: Mapping[str, str], name: str) -> tuple[str, ...]:
    return tuple(_lines(parts.get(name, "")))


def in_sentence(subject: str) -> str:
    """A subject as it reads inside a sentence: a common first word lowered.

    ``Việc thực hiện …`` → ``việc thực hiện …``; a name (``Ủy ban nhân dân …``) stays.
    """
    text = " ".join(subject.split()).rstrip(".")
    first = text.split(" ", 1)[0] if text else ""
    if first and fold(first) in _LOWER_STARTS:
        return text[0].lower() + text[1:]
    return text


def matter_of(subject: str) -> str:
    """What is supervised, inside a sentence: ``việc thực hiện …`` without "giám sát"."""
    text = in_sentence(subject)
    if fold(text).startswith("giam sat "):
        return in_sentence(text[len("giám sát ") :])
    return text


def supervision_of(subject: str) -> str:
    """``giám sát việc …``: a subject that does not start with "giám sát" gets it."""
    text = in_sentence(subject)
    if fold(text).startswith("giam sat"):
        return "giám sát" + text[len("giám sát") :]
    return f"giám sát {text}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _items(text: str, last: str = ".") -> list[str]:
    """``- `` lines, each ending ``;`` and the last ``last``."""
    found = [line.lstrip("-–•+* ").rstrip(";.,") for line in _lines(text)]
    found = [line for line in found if line]
    return [
        f"- {_capital(line)}{last if number == len(found) else ';'}"
        for number, line in enumerate(found, start=1)
    ]


def ground_lines(lines: Iterable[str], last: str) -> tuple[str, ...]:
    """The "Căn cứ" lines, each ending ``;`` and the last ``last``.

    A line that repeats another, or is the start of another (``Căn cứ Luật … năm 2015``
    beside ``Căn cứ Luật … năm 2015 (sửa đổi …)``), is kept once, the longer.
    """
    kept: list[str] = []
    for line in lines:
        text = " ".join(line.split()).rstrip(";.,")
        if not text:
            continue
        if not fold(text).startswith(("can cu", "xet ", "thuc hien")):
            text = f"Căn cứ {text}"
        folded = fold(text)
        if any(fold(other).startswith(folded) for other in kept):
            continue
        kept = [other for other in kept if not folded.startswith(fold(other))] + [text]
    return tuple(
        f"{text}{last if number == len(kept) else ';'}" for number, text in enumerate(kept, start=1)
    )


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
        return f"ngày {_date(day)}"
    return f"từ ngày {_date(start)} đến ngày {_date(end)}"


def _planned_period(session: SessionRecord, working: tuple[WorkingSessionRecord, ...]) -> str:
    """When a plan or a decision says the session works: its planned days, else those held."""
    if session.planned_start is not None or session.planned_end is not None:
        return period_text(session)
    return period_text(session, working)


def first_day(session: SessionRecord, working: tuple[WorkingSessionRecord, ...]) -> dt.date | None:
    """The first working day held, else the planned start."""
    days = sorted(held.held_on for held in working)
    return days[0] if days else session.planned_start or session.planned_end


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
    return _lines(text.replace(f"giám sát {BLANK}", supervision_of(facts.session.subject)))


def plan_content(facts: SessionFacts) -> LetterContent:
    """A Kế hoạch giám sát: Căn cứ; I. Mục đích, yêu cầu … V. Tổ chức thực hiện."""
    session, office = facts.session, facts.office
    what = supervision_of(session.subject)
    grounds = ground_lines(
        [*_lines(facts.parts.get(GROUNDS, "")), *_lines(session.legal_basis), *facts.cited], ","
    )
    contents = _items(session.content_items) or [f"- {BLANK}"]
    first = first_day(session, facts.working)
    report_by = _date(first - dt.timedelta(days=OUTLINE_LEAD_DAYS)) if first is not None else BLANK
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
        f"{_capital(session.supervised_body or BLANK).rstrip('.')}.",
        "2. Phạm vi giám sát",
        *(_lines(session.scope) or [BLANK]),
        "III. NỘI DUNG, THỜI GIAN GIÁM SÁT",
        "1. Nội dung giám sát",
        *contents,
        "2. Thời gian giám sát",
        f"{_capital(_planned_period(session, facts.working))}.",
        "IV. HÌNH THỨC, THÀNH PHẦN",
        "1. Hình thức giám sát",
        _FORM_SENTENCES[session.form],
        "2. Thành phần",
        *composition,
        "V. TỔ CHỨC THỰC HIỆN",
        f"- {_capital(_lead(session, office))} chủ trì, xây dựng đề cương báo cáo, chuẩn bị "
        "nội dung và điều kiện để Đoàn giám sát hoạt động.",
        f"- Đề nghị {session.supervised_body or 'cơ quan được giám sát'} xây dựng báo cáo theo "
        f"đề cương gửi kèm, gửi về Ban Thường trực {office} trước ngày {report_by}; bố trí thành "
        "phần làm việc với Đoàn giám sát.",
        "- Các tổ chức thành viên được mời cử cán bộ tham gia theo thành phần nêu trên.",
        *_closing(facts),
    ]
    return LetterContent(
        subject=_capital(what),
        body="\n".join(body),
        copies_to=_bodies_in(_part_lines(facts.parts, COPIES), session),
        grounds=grounds,
    )


def decision_content(facts: SessionFacts) -> LetterContent:
    """A Quyết định thành lập Đoàn giám sát: Căn cứ; Điều 1 the members; Điều 2 its tasks."""
    session, office = facts.session, facts.office
    what = supervision_of(session.subject)
    plan = _plan_named(facts)
    wording = [
        line
        for line in _lines(facts.parts.get(GROUNDS, ""))
        if "Kế hoạch số" not in line  # the wording's blank plan: the session's plan instead
    ]
    grounds = ground_lines([*wording, f"Căn cứ {plan} về {what}"], ".")
    members = _members(session) or [f"- Đồng chí {BLANK} – {BLANK} – Trưởng đoàn."]
    scope = " ".join(_lines(session.scope))
    contents = "; ".join(
        in_sentence(line[2:].rstrip(";.")) for line in _items(session.content_items)
    )
    tasks = [
        f"- Đối tượng giám sát: {session.supervised_body or BLANK}.",
        f"- Phạm vi giám sát: {scope.rstrip('.') or BLANK}.",
        f"- Nội dung giám sát: {contents or BLANK}.",
        f"- Thời gian giám sát: {_planned_period(session, facts.working)}.",
    ]
    closing = [
        line.replace("Các ông, bà có tên", "Các đồng chí có tên")
        for line in _lines(facts.parts.get(CLOSING, ""))
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
        copies_to=_bodies_in(_part_lines(facts.parts, COPIES), session),
        grounds=grounds,
    )


def outline_content(facts: SessionFacts) -> LetterContent:
    """The Đề cương báo cáo the body is asked to report by, sent with the plan."""
    session, office = facts.session, facts.office
    items = [line[2:].rstrip(";.") for line in _items(session.content_items)]
    letters = "abcdefghiklmnopqrstuvxy"
    contents = [
        f"{letters[number % len(letters)]}) {item}: kết quả, số liệu cụ thể."
        for number, item in enumerate(items)
    ] or ["Kết quả, số liệu cụ thể theo từng nội dung giám sát."]
    scope = " ".join(_lines(session.scope)).rstrip(".")
    first = first_day(session, facts.working)
    report_by = _date(first - dt.timedelta(days=OUTLINE_LEAD_DAYS)) if first is not None else BLANK
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
        body="\n".join([*body, *_lines(closing)]),
        attached_to=" ".join(attached.split()),
    )


def minutes_content(facts: SessionFacts, held: WorkingSessionRecord) -> LetterContent:
    """A Biên bản làm việc of one working session: who came, what was said."""
    session, office = facts.session, facts.office
    day = held.held_on
    where = held.place.strip() or session.supervised_body or BLANK
    body_people = _items(held.attendees) or [f"- {BLANK}"]
    said = _lines(held.minutes) or [
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
        f"2. {_capital(session.supervised_body or 'Cơ quan được giám sát')}",
        *body_people,
        *invited,
        "II. NỘI DUNG LÀM VIỆC",
        *said,
        *_lines(facts.parts.get(CLOSING, "")),
    ]
    body_name = session.supervised_body.upper() if session.supervised_body else ""
    countersignature = _part_lines(facts.parts, COUNTERSIGNATURE)
    if (
        body_name
        and countersignature
        and fold(countersignature[0]) == fold("ĐẠI DIỆN CƠ QUAN ĐƯỢC GIÁM SÁT")
    ):
        countersignature = (f"ĐẠI DIỆN {body_name}", *countersignature[1:])
    return LetterContent(
        subject=f"Làm việc với {session.supervised_body or BLANK}",
        body="\n".join(body),
        signature=_part_lines(facts.parts, SIGNATURE),
        countersignature=countersignature,
    )


def report_content(facts: SessionFacts) -> LetterContent:
    """A Báo cáo kết quả giám sát: per content item the results, strengths, limits, causes."""
    session = facts.session
    what = supervision_of(session.subject)
    items = [line[2:].rstrip(";.") for line in _items(session.content_items)] or [BLANK]
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
            f"{number}. {_capital(item)}",
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
        copies_to=_bodies_in(_part_lines(facts.parts, COPIES), session),
    )


def _when(month: int | None, quarter: int | None) -> str:
    if month is not None:
        return f"Tháng {month}"
    if quarter is not None:
        return f"Quý {_ROMAN[quarter - 1]}"
    return "Trong năm"


def _who(item: ProgrammeItemRecord) -> tuple[str, str]:
    """A line's Chủ trì and Phối hợp columns.

    The Front (or the organisation it asked) and who joins; a session the Front joins is
    led by another body, the Front among those who join.
    """
    if item.role is SupervisionRole.JOIN:
        lead = (
            "Cơ quan nhà nước có thẩm quyền"
            if item.form is SupervisionForm.WITH_STATE
            else "Cơ quan, tổ chức chủ trì"
        )
        return lead, ", ".join(part for part in ("Ban Thường trực", item.participants) if part)
    return item.lead_name or "Ban Thường trực", item.participants


def programme_content(
    office: str, programme: ProgrammeRecord, parts: Mapping[str, str]
) -> LetterContent:
    """The year's Chương trình giám sát: its lines in a table, the cancelled left out."""
    lines = [item for item in programme.items if item.state is not ProgrammeItemState.CANCELLED]
    rows = [
        table_line(
            (
                str(number),
                _capital(supervision_of(item.subject)),
                item.supervised_body,
                _when(item.planned_month, item.planned_quarter),
                *_who(item),
            )
        )
        for number, item in enumerate(lines, start=1)
    ] or [table_line(("1", BLANK, BLANK, BLANK, BLANK, BLANK))]
    year = programme.year
    body = [
        f"Ban Thường trực {office} xây dựng Chương trình giám sát năm {year} như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội "
        "trong giám sát việc thực hiện chủ trương, chính sách, pháp luật tại địa phương; kịp "
        "thời kiến nghị khắc phục hạn chế, bảo vệ quyền, lợi ích hợp pháp của Nhân dân.",
        "2. Yêu cầu",
        "Giám sát có trọng tâm, trọng điểm, đúng quy định; phối hợp chặt chẽ giữa Ủy ban Mặt "
        "trận Tổ quốc và các tổ chức thành viên; không chồng chéo với hoạt động thanh tra, "
        "kiểm tra.",
        "II. NỘI DUNG GIÁM SÁT",
        table_line(PROGRAMME_HEADER),
        *rows,
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "- Ban Thường trực chủ trì giám sát các nội dung nêu trên; xây dựng kế hoạch cụ thể "
        "cho từng cuộc giám sát.",
        "- Các tổ chức thành viên được giao chủ trì xây dựng kế hoạch, tổ chức giám sát và báo "
        "cáo kết quả về Ban Thường trực; các tổ chức phối hợp cử cán bộ tham gia.",
        *(_lines(programme.notes)),
        *_lines(parts.get(CLOSING, "")),
    ]
    return LetterContent(
        subject=f"Giám sát năm {year}",
        body="\n".join(body),
        copies_to=_part_lines(parts, COPIES),
        grounds=ground_lines(_lines(parts.get(GROUNDS, "")), ","),
    )
