"""The social criticism forms written from a session: its plan, its letter, its minutes.

A session of QĐ 218 feedback (góp ý xây dựng Đảng, xây dựng chính quyền) gets the same
forms in its own words: its plan and minutes say "góp ý", its letter is the summary of the
opinions (công văn "V/v tổng hợp ý kiến góp ý đối với …") that the drafting body answers
point by point, and the grounds cite Quyết định 218-QĐ/TW.

Each function takes the session as the services read it and the office's facts, and gives
the draft's content, in the words of NQLT 403 Điều 14–19 and of the offices' own documents:
the plan (Kế hoạch phản biện xã hội) says why, on what, how, when and who; the criticism
letter (a công văn "V/v phản biện xã hội đối với …" to the drafting body) sets out each
point — the content criticised, the opinion, the proposal — and asks for a written answer
on each by the deadline; the minutes (Biên bản hội nghị phản biện xã hội) follow the
conference's order (Điều 17). The record fills what it knows; "…" stays where only the
meeting can write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose
from giamsat_desktop.domain.criticism_records import CriticismRecord, PointRecord
from giamsat_desktop.domain.letter_wording import NQLT_403
from giamsat_desktop.domain.letters import LetterContent

BLANK = "…"

GROUNDS = (
    "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025);",
    "Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám "
    "sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội;",
    f"Căn cứ {NQLT_403};",
)
"""The legal basis every criticism form cites first."""

CONTRIBUTION_GROUNDS = (
    "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025);",
    "Căn cứ Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy định về "
    "việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia "
    "góp ý xây dựng Đảng, xây dựng chính quyền;",
)
"""The legal basis of a QĐ 218 feedback's forms."""


@dataclass(frozen=True, slots=True)
class _Words:
    """How a form names the work: social criticism or QĐ 218 feedback."""

    noun: str
    """"phản biện xã hội" or "góp ý"."""
    conference: str
    opinion: str
    proposal: str
    asked: str
    """What the drafting body sent the draft for."""


_WORDS = {
    CriticismPurpose.CRITICISM: _Words(
        "phản biện xã hội",
        "hội nghị phản biện xã hội",
        "Ý kiến phản biện",
        "Kiến nghị, đề xuất",
        "lấy ý kiến phản biện xã hội",
    ),
    CriticismPurpose.CONTRIBUTION: _Words(
        "góp ý",
        "hội nghị góp ý",
        "Ý kiến góp ý",
        "Đề xuất",
        "lấy ý kiến góp ý",
    ),
}

_HOW = {
    CriticismForm.CONFERENCE: "Tổ chức hội nghị phản biện xã hội",
    CriticismForm.DRAFT_ROUND: "Gửi dự thảo đến các tổ chức, cá nhân có liên quan để lấy ý kiến "
    "phản biện",
    CriticismForm.DIALOGUE: "Tổ chức đối thoại trực tiếp giữa Mặt trận Tổ quốc và cơ quan soạn "
    "thảo",
}


@dataclass(frozen=True, slots=True)
class CriticismFacts:
    """What the forms need besides the session.

    Attributes:
        session: The session, with its points.
        office: The office's full name ("Ủy ban MTTQ Việt Nam xã Tân Hưng").
        higher: The Front one level up, informed "(b/c)"; empty when not set.
        plan: The issued plan's "Kế hoạch số 12/KH-MTTQ-BTT ngày 02/06/2026", or "".
        answer_days: The days the drafting body has when no submission day is known.
        by_submission: Whether the answers are due by the submission day when it is known
            (the office's setting); else always ``answer_days`` after the letter.
    """

    session: CriticismRecord
    office: str
    higher: str = ""
    plan: str = ""
    answer_days: int = 30
    by_submission: bool = True


def _date(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else BLANK


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _sentence(text: str) -> str:
    """One line of a point, its spaces single, its first letter a capital."""
    words = " ".join(text.split())
    return words[:1].upper() + words[1:]


def _informed(higher: str) -> tuple[str, ...]:
    lines = ["Thường trực Đảng ủy (b/c);"]
    if higher:
        lines.insert(0, f"Ban Thường trực {higher} (b/c);")
    return tuple(lines)


def _about(session: CriticismRecord) -> str:
    """``dự thảo Nghị quyết về …`` as it stands in a sentence."""
    title = " ".join(session.title.split())
    return title[:1].lower() + title[1:] if title[:7].lower() == "dự thảo" else title


def _grounds(session: CriticismRecord) -> tuple[str, ...]:
    if session.purpose is CriticismPurpose.CONTRIBUTION:
        return CONTRIBUTION_GROUNDS
    return GROUNDS


def _contribution_purpose(about: str) -> list[str]:
    """Section I of a QĐ 218 feedback's plan."""
    return [
        "1. Mục đích",
        "Phát huy quyền làm chủ của Nhân dân, tập hợp trí tuệ của các tổ chức thành viên, "
        f"các tầng lớp Nhân dân góp ý đối với {about}, góp phần xây dựng Đảng, xây dựng chính "
        "quyền trong sạch, vững mạnh; giúp cấp ủy, chính quyền hoàn thiện dự thảo.",
        "2. Yêu cầu",
        "Việc góp ý bảo đảm dân chủ, công khai, khách quan, mang tính xây dựng; ý kiến góp ý "
        "được tổng hợp đầy đủ, trung thực và gửi đến cơ quan có thẩm quyền đúng thời gian.",
    ]


def plan_content(facts: CriticismFacts) -> LetterContent:
    """Kế hoạch phản biện xã hội (or tổ chức góp ý) đối với the session's draft."""
    session, office = facts.session, facts.office
    about = _about(session)
    words = _WORDS[session.purpose]
    contribution = session.purpose is CriticismPurpose.CONTRIBUTION
    planned = "tổ chức góp ý" if contribution else words.noun
    points = [f"- {_sentence(point.content)};" for point in session.points]
    if points:
        points[-1] = points[-1][:-1] + "."
    when = f"Ngày {_date(session.held_on)}" if session.held_on else f"Dự kiến trước ngày {BLANK}"
    submit = (
        f" (trước ngày {_date(session.submit_on)}, ngày trình dự thảo)" if session.submit_on else ""
    )
    who = [f"- Chủ trì: {session.chair or 'Ban Thường trực ' + office};"]
    who += [f"- {line};" for line in _lines(session.participants)]
    who += [f"- Chuyên gia, nhà khoa học: {line};" for line in _lines(session.experts)]
    who.append(f"- Đại diện {session.drafting_body}.")
    body = [
        f"Ban Thường trực {office} xây dựng Kế hoạch {planned} đối với {about} như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        *(
            _contribution_purpose(about)
            if contribution
            else [
                "1. Mục đích",
                f"Phát hiện những nội dung chưa đúng, chưa phù hợp, chưa sát thực tế của {about}; "
                "góp ý kiến, kiến nghị, đề xuất giải pháp để cơ quan soạn thảo hoàn thiện dự "
                "thảo, bảo đảm tính đúng đắn, khả thi và hiệu quả; phát huy quyền làm chủ của "
                "Nhân dân.",
                "2. Yêu cầu",
                "Phản biện xã hội bảo đảm dân chủ, công khai, khách quan, khoa học, mang tính xây "
                "dựng; tôn trọng các ý kiến khác nhau, không làm cản trở hoạt động của cơ quan "
                "soạn thảo.",
            ]
        ),
        f"II. NỘI DUNG {words.noun.upper()}",
        "Sự cần thiết, tính đúng đắn, phù hợp với chủ trương của Đảng, chính sách, pháp luật của "
        "Nhà nước; tính khả thi, hiệu quả và tác động của dự thảo đối với quyền, lợi ích hợp "
        "pháp của Nhân dân" + (", tập trung vào các nội dung:" if points else "."),
        *points,
        "III. HÌNH THỨC, THỜI GIAN, ĐỊA ĐIỂM",
        f"1. Hình thức: {_how(session)}.",
        f"2. Thời gian: {when}{submit}.",
        f"3. Địa điểm: {session.place or BLANK}.",
        "IV. THÀNH PHẦN",
        *who,
        "V. TỔ CHỨC THỰC HIỆN",
        f"- Ban Thường trực {office} chủ trì, chuẩn bị nội dung, mời thành phần, tổng hợp ý "
        + (
            "kiến góp ý và dự thảo văn bản tổng hợp gửi cơ quan soạn thảo."
            if contribution
            else "kiến và dự thảo văn bản phản biện xã hội gửi cơ quan soạn thảo."
        ),
        f"- Đề nghị {session.drafting_body} cung cấp hồ sơ dự thảo, cử đại diện trình bày, giải "
        f"trình; nghiên cứu, tiếp thu và trả lời bằng văn bản về từng nội dung {words.noun}.",
    ]
    grounds = _grounds(session)
    return LetterContent(
        subject=(
            f"Tổ chức góp ý đối với {about}"
            if contribution
            else f"Phản biện xã hội đối với {about}"
        ),
        body="\n".join(body),
        grounds=(*grounds[:-1], grounds[-1].rstrip(";") + ","),
        copies_to=(
            *_informed(facts.higher),
            f"{session.drafting_body};",
            "Các tổ chức thành viên;",
        ),
    )


def _how(session: CriticismRecord) -> str:
    """The plan's "Hình thức" in the session's own words."""
    if session.purpose is CriticismPurpose.CONTRIBUTION:
        if session.form is CriticismForm.CONFERENCE:
            return "Tổ chức hội nghị góp ý"
        return "Gửi dự thảo đến các tổ chức thành viên, cá nhân tiêu biểu để lấy ý kiến góp ý"
    return _HOW[session.form]


def _held(facts: CriticismFacts) -> str:
    """What the Front did: the conference, the round of the draft, the dialogue, and when."""
    session = facts.session
    opinions = f" với {session.opinions} ý kiến" if session.opinions else ""
    day = f" ngày {_date(session.held_on)}" if session.held_on else ""
    if session.form is CriticismForm.DRAFT_ROUND:
        return f"đã gửi dự thảo đến các tổ chức, cá nhân có liên quan lấy ý kiến{opinions}"
    what = (
        _WORDS[session.purpose].conference
        if session.form is CriticismForm.CONFERENCE
        else (f"đối thoại trực tiếp với {session.drafting_body}")
    )
    return f"đã tổ chức {what}{day}{opinions}"


def _point_lines(number: int, point: PointRecord, words: _Words) -> list[str]:
    lines = [f"{number}. {_sentence(point.content)}"]
    if point.opinion.strip():
        lines.append(f"- {words.opinion}: {' '.join(point.opinion.split())}")
    if point.proposal.strip():
        lines.append(f"- {words.proposal}: {' '.join(point.proposal.split())}")
    return lines


def letter_content(facts: CriticismFacts) -> LetterContent:
    """Văn bản phản biện xã hội, or the QĐ 218 summary: a công văn, point by point."""
    session, office = facts.session, facts.office
    about = _about(session)
    words = _WORDS[session.purpose]
    received = (
        f"Ngày {_date(session.received_on)}, Ban Thường trực {office} nhận được {about} do "
        f"{session.drafting_body} gửi {words.asked}."
        if session.received_on
        else f"Ban Thường trực {office} nhận được {about} do {session.drafting_body} gửi "
        f"{words.asked}."
    )
    done = f"Thực hiện {facts.plan}, " if facts.plan else ""
    said = (
        "tổng hợp ý kiến góp ý như sau:"
        if session.purpose is CriticismPurpose.CONTRIBUTION
        else "có ý kiến phản biện xã hội như sau:"
    )
    opening = (
        f"{received} {done}Ban Thường trực {_held(facts)}. Trên cơ sở tổng hợp ý kiến, Ban "
        f"Thường trực {office} {said}"
    )
    points = [line for n, p in enumerate(session.points, 1) for line in _point_lines(n, p, words)]
    by = (
        f"trước ngày {_date(session.submit_on)} (trước khi trình dự thảo)"
        if session.submit_on and facts.by_submission
        else f"trong thời hạn {facts.answer_days} ngày kể từ ngày ký văn bản này"
    )
    closing = (
        f"Đề nghị {session.drafting_body} nghiên cứu, tiếp thu và trả lời bằng văn bản về việc "
        f"tiếp thu, giải trình đối với từng nội dung {words.noun} nêu trên gửi về Ban Thường "
        f"trực {office} {by}./."
    )
    return LetterContent(
        subject=(
            f"tổng hợp ý kiến góp ý đối với {about}"
            if session.purpose is CriticismPurpose.CONTRIBUTION
            else f"phản biện xã hội đối với {about}"
        ),
        recipients=(session.drafting_body,),
        body="\n".join([opening, *(points or [BLANK]), closing]),
        copies_to=("Như trên;", *_informed(facts.higher)),
    )


def minutes_content(facts: CriticismFacts) -> LetterContent:
    """Biên bản hội nghị phản biện xã hội, in the conference's order (NQLT 403 Điều 17)."""
    session, office = facts.session, facts.office
    about = _about(session)
    day = (
        f"ngày {session.held_on.day:02d} tháng {session.held_on.month:02d} năm "
        f"{session.held_on.year}"
        if session.held_on
        else f"ngày {BLANK} tháng {BLANK} năm {BLANK}"
    )
    kind = (
        _WORDS[session.purpose].conference
        if session.form is CriticismForm.CONFERENCE
        else ("buổi đối thoại trực tiếp")
    )
    words = _WORDS[session.purpose]
    who = [f"- Chủ trì: {session.chair or BLANK};"]
    who.append(f"- Cơ quan soạn thảo: đại diện {session.drafting_body};")
    who += [f"- {line};" for line in _lines(session.participants)]
    who += [f"- Chuyên gia, nhà khoa học: {line};" for line in _lines(session.experts)]
    who.append(f"- Thư ký: {BLANK}")
    opinions = [
        f"- {_sentence(p.content)}: {' '.join(p.opinion.split()) or BLANK}" for p in session.points
    ]
    counted = f" ({session.opinions} ý kiến)" if session.opinions else ""
    body = [
        f"Vào lúc {BLANK} giờ {BLANK} phút, {day}, tại {session.place or BLANK}, Ban Thường "
        f"trực {office} tổ chức {kind} đối với {about}.",
        "I. THÀNH PHẦN",
        *who,
        "II. NỘI DUNG",
        f"1. Chủ trì nêu mục đích, yêu cầu; đại diện {session.drafting_body} trình bày dự thảo",
        BLANK,
        *(
            [f"2. Chủ trì nêu những nội dung trọng tâm cần {words.noun}", BLANK]
            if session.form is CriticismForm.CONFERENCE
            else []
        ),
        f"{3 if session.form is CriticismForm.CONFERENCE else 2}. {words.opinion}{counted}",
        *(opinions or [BLANK]),
        f"{4 if session.form is CriticismForm.CONFERENCE else 3}. Đại diện "
        f"{session.drafting_body} giải trình, tiếp thu",
        BLANK,
        f"{5 if session.form is CriticismForm.CONFERENCE else 4}. Kết luận của chủ trì",
        BLANK,
    ]
    closing = (
        f"Hội nghị kết thúc vào lúc {BLANK} giờ {BLANK} phút cùng ngày. Biên bản đã được đọc "
        "lại cho những người dự cùng nghe, thống nhất và ký tên./."
    )
    return LetterContent(
        subject=f"{kind[:1].upper()}{kind[1:]} đối với {about}",
        body="\n".join([*body, closing]),
        signature=("CHỦ TRÌ",),
        countersignature=("THƯ KÝ",),
    )


def invitation_content(facts: CriticismFacts) -> LetterContent:
    """Giấy mời to the conference (or the dialogue): who, to what, when and where."""
    session, office = facts.session, facts.office
    about = _about(session)
    kind = (
        _WORDS[session.purpose].conference
        if session.form is CriticismForm.CONFERENCE
        else ("buổi đối thoại trực tiếp")
    )
    invited = [f"- Đại diện lãnh đạo {session.drafting_body} (cơ quan soạn thảo);"]
    invited += [f"- {line};" for line in _lines(session.participants)]
    invited += [f"- {line};" for line in _lines(session.experts)]
    invited[-1] = invited[-1][:-1] + "."
    day = _date(session.held_on)
    body = [
        f"Ban Thường trực {office} trân trọng kính mời:",
        *invited,
        f"Đến dự {kind} đối với {about}.",
        f"- Thời gian: {BLANK} giờ {BLANK} phút, ngày {day}.",
        f"- Địa điểm: {session.place or BLANK}.",
        f"Đề nghị {session.drafting_body} chuẩn bị báo cáo tóm tắt nội dung dự thảo để trình "
        "bày tại hội nghị.",
        "Rất mong quý vị đến dự đúng thời gian./.",
    ]
    return LetterContent(
        subject=f"Dự {kind} đối với {about}",
        body="\n".join(body),
        copies_to=("Như thành phần mời;",),
    )
