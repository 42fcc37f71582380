"""The periodic report (báo cáo 6 tháng, năm) of supervision and social criticism, as a letter.

A Báo cáo (BC) of the letters model: its sections follow DOMAIN.md "Periodic report" —
I. Đặc điểm tình hình · II. Kết quả (1. lãnh đạo, chỉ đạo; 2. giám sát; 3. phản biện xã
hội; 4. góp ý xây dựng Đảng, chính quyền; 5. giám sát theo Quy định 124; 6. Ban TTND, Ban
GSĐTCĐ) · III. Đánh giá chung · IV. Phương hướng, nhiệm vụ · V. Kiến nghị, đề xuất · Phụ
lục (the statistics tables). The result sections are sentences made from the period's
figures; the parts only the clerk can write (``NarrativeTexts``) stand in their places,
"…" where nothing was written. The tables are printed as they are laid out once in
``statistics_tables`` (the screen and the Excel book read the same layout).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from giamsat_desktop.domain.letters import LetterContent, table_line
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.reporting_period import Period, PeriodKind
from giamsat_desktop.domain.statistics import Statistics
from giamsat_desktop.domain.statistics_tables import Column, Table

BLANK = "…"


@dataclass(frozen=True, slots=True)
class NarrativeTexts:
    """What the clerk writes for a period's report; each text may hold several lines.

    Attributes:
        situation: I. Đặc điểm tình hình.
        leadership: II.1 Công tác lãnh đạo, chỉ đạo.
        boards: II.6 Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.
        strengths: III.1 Ưu điểm.
        weaknesses: III.2 Hạn chế.
        causes: III.3 Nguyên nhân.
        directions: IV. Phương hướng, nhiệm vụ.
        proposals: V. Kiến nghị, đề xuất.
    """

    situation: str = ""
    leadership: str = ""
    boards: str = ""
    strengths: str = ""
    weaknesses: str = ""
    causes: str = ""
    directions: str = ""
    proposals: str = ""

    @property
    def empty(self) -> bool:
        """Whether the clerk has written nothing at all."""
        return not any(getattr(self, part.name).strip() for part in fields(self))


NARRATIVE_PARTS: tuple[str, ...] = tuple(part.name for part in fields(NarrativeTexts))
"""The narrative texts in the order the report prints them."""


@dataclass(frozen=True, slots=True)
class Narrative:
    """A period's narrative as the services read it.

    Attributes:
        period: The period it is for.
        texts: The texts (the period's own, or offered from ``offered_from``).
        id: Its row, None when nothing is saved for this period yet.
        version: The row's version counter to save against (None: a new row).
        offered_from: The earlier period whose texts are offered again, or None.
        updated_at: When the period's own texts were last saved.
    """

    period: Period
    texts: NarrativeTexts
    id: int | None = None
    version: int | None = None
    offered_from: Period | None = None
    updated_at: dt.datetime | None = None


def subject(period: Period) -> str:
    """The report's subject under "BÁO CÁO"."""
    return f"Kết quả công tác giám sát, phản biện xã hội {period.title}"


def number(value: int) -> str:
    """A count with Vietnamese grouping: ``1.234``."""
    return f"{value:,}".replace(",", ".")


def during(period: Period) -> str:
    """How a sentence opens on the period: "Trong 6 tháng đầu năm 2026", "Từ ngày … đến …"."""
    if period.kind is PeriodKind.RANGE:
        return f"Từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y}"
    return f"Trong {period.title}"


def next_period(period: Period) -> str:
    """What section IV looks ahead to: the next half, the next year, or "thời gian tới"."""
    if period.kind is PeriodKind.FIRST_HALF:
        return f"6 tháng cuối năm {period.year}"
    if period.kind in (PeriodKind.SECOND_HALF, PeriodKind.YEAR):
        return f"năm {period.year + 1}"
    return "thời gian tới"


def _texts(text: str) -> list[str]:
    """The clerk's lines as written, "…" when there are none."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return lines or [BLANK]


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}".replace(".", ",").replace(",0", "") + "%"


def _cell(value: int | float | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return _percent(value)
    return number(value)


LISTED = 30
"""The most sessions or recommendations a section lists by name; the rest are counted."""


def _listed(items: list[str], what: str) -> list[str]:
    """``items`` as "- " lines, the last one closed with a full stop, at most ``LISTED``."""
    shown = [f"- {item};" for item in items[:LISTED]]
    if len(items) > LISTED:
        shown.append(f"- Và {number(len(items) - LISTED)} {what} khác.")
    elif shown:
        shown[-1] = shown[-1][:-1] + "."
    return shown


def held_session_lines(statistics: Statistics) -> list[str]:
    """The sessions held in the period, by their day: what, which body, led or joined."""
    sessions = statistics.supervision.sessions
    if not sessions:
        return []
    items = [
        f"{held.subject}{f' ({held.supervised_body})' if held.supervised_body else ''}, "
        f"{'chủ trì' if held.led else 'phối hợp'}, ngày {held.day:%d/%m/%Y}"
        for held in sessions
    ]
    return ["Các cuộc giám sát đã thực hiện trong kỳ:", *_listed(items, "cuộc")]


def overdue_recommendation_lines(statistics: Statistics) -> list[str]:
    """The recommendations overdue on the day judged: what, to whom, sent and due."""
    overdue = statistics.overdue_recommendations
    if not overdue:
        return []
    items = [
        f"{' '.join(item.content.split())} (gửi {item.addressed_body} ngày "
        f"{item.sent_on:%d/%m/%Y}, hạn trả lời "
        f"{item.reply_due:%d/%m/%Y})"
        for item in overdue
    ]
    return ["Các kiến nghị quá hạn chưa được trả lời:", *_listed(items, "kiến nghị")]


def supervision_lines(statistics: Statistics, office: str) -> list[str]:
    """II.2: sessions led and joined, by form, by organisation, not held; recommendations."""
    s = statistics.supervision
    if not s.held and not s.not_held:
        lines = [f"{during(statistics.period)}, {office} chưa tổ chức cuộc giám sát nào."]
    else:
        lines = [
            f"{during(statistics.period)}, {office} chủ trì {number(s.led)} cuộc giám sát, "
            f"phối hợp {number(s.joined)} cuộc (tổng số {number(s.held)} cuộc), trong đó:",
            f"- Nghiên cứu, xem xét văn bản: {number(s.documents)} cuộc;",
            f"- Tổ chức đoàn giám sát: {number(s.delegation)} cuộc;",
            f"- Thông qua Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng: "
            f"{number(s.boards)} cuộc;",
            f"- Tham gia giám sát với cơ quan nhà nước có thẩm quyền: "
            f"{number(s.with_state)} cuộc.",
        ]
        if s.not_held:
            lines.append(
                f"Còn {number(s.not_held)} cuộc giám sát theo chương trình chưa thực hiện."
            )
    organisations = [
        line for line in s.lines if line.organization_id is not None and line.total
    ]
    if organisations:
        lines.append("Các tổ chức thành viên tham gia giám sát:")
        lines += [
            f"- {line.name}: chủ trì {number(line.led)} cuộc, phối hợp {number(line.joined)} lượt;"
            for line in organisations
        ]
        lines[-1] = lines[-1][:-1] + "."
    lines += held_session_lines(statistics)
    return lines + recommendation_lines(statistics)


def recommendation_lines(statistics: Statistics) -> list[str]:
    """The recommendations sent in the period and their replies as of the day judged."""
    rows = statistics.recommendations

    def total(name: str) -> int:
        return sum(int(getattr(row, name)) for row in rows)

    sent = total("sent")
    if not sent:
        return ["Trong kỳ chưa có kiến nghị sau giám sát được gửi."]
    judged = f"{statistics.as_of:%d/%m/%Y}"
    lines = [
        f"Qua giám sát, đã gửi {number(sent)} kiến nghị đến các cơ quan, tổ chức có thẩm "
        f"quyền; đến ngày {judged}:",
        f"- Được tiếp thu, giải quyết: {number(total('accepted'))} kiến nghị;",
        f"- Được giải trình: {number(total('explained'))} kiến nghị;",
        f"- Không tiếp thu: {number(total('refused'))} kiến nghị;",
        f"- Chưa trả lời: {number(total('awaiting') + total('overdue'))} kiến nghị, trong đó "
        f"{number(total('overdue'))} kiến nghị đã quá hạn trả lời.",
    ]
    escalated = total("escalated")
    if escalated:
        lines.append(
            f"Ban Thường trực đã kiến nghị Ủy ban MTTQ Việt Nam cấp trên đối với "
            f"{number(escalated)} kiến nghị quá hạn chưa được trả lời."
        )
    return lines + overdue_recommendation_lines(statistics)


def criticism_lines(statistics: Statistics, office: str) -> list[str]:
    """II.3: criticism sessions by form, opinions and points accepted."""
    c = statistics.criticism
    if not c.total:
        return [f"{during(statistics.period)}, {office} chưa tổ chức phản biện xã hội."]
    return [
        f"{during(statistics.period)}, {office} tổ chức {number(c.total)} cuộc phản biện xã "
        f"hội, trong đó: {number(c.conferences)} hội nghị phản biện, {number(c.drafts)} cuộc "
        f"gửi dự thảo lấy ý kiến, {number(c.dialogues)} cuộc đối thoại trực tiếp; với "
        f"{number(c.opinions)} ý kiến tham gia.",
        f"Ban Thường trực đã gửi {number(c.points)} nội dung phản biện đến cơ quan soạn thảo; "
        f"đến ngày {statistics.as_of:%d/%m/%Y}, {number(c.points_accepted)} nội dung được "
        "tiếp thu.",
    ]


def contribution_lines(statistics: Statistics) -> list[str]:
    """II.4: QĐ 218 feedback and the direct dialogues."""
    c = statistics.contributions
    lines = [
        "Thực hiện Quyết định số 218-QĐ/TW của Bộ Chính trị, Ban Thường trực tổ chức "
        f"{number(c.conferences)} hội nghị góp ý, góp ý {number(c.drafts)} dự thảo văn bản "
        f"với {number(c.opinions)} ý kiến; đã gửi {number(c.summaries_sent)} văn bản tổng hợp "
        "ý kiến góp ý đến cấp ủy, chính quyền."
    ]
    if c.dialogues:
        lines.append(
            f"Phối hợp tổ chức {number(c.dialogues)} cuộc đối thoại trực tiếp giữa người đứng "
            f"đầu cấp ủy, chính quyền với Nhân dân; {number(c.issues)} vấn đề được Nhân dân "
            f"nêu, {number(c.commitments)} nội dung được cam kết giải quyết, đến ngày "
            f"{statistics.as_of:%d/%m/%Y} đã thực hiện {number(c.commitments_done)} nội dung."
        )
    else:
        lines.append("Trong kỳ chưa tổ chức đối thoại trực tiếp.")
    return lines


def conduct_lines(statistics: Statistics) -> list[str]:
    """II.5: supervision of conduct (QĐ 124) and the people's reports."""
    c = statistics.conduct
    return [
        f"Tổ chức {number(c.sessions)} cuộc giám sát đạo đức, lối sống của người đứng đầu, "
        f"cán bộ, đảng viên ({number(c.at_work)} cuộc tại nơi công tác, {number(c.at_home)} "
        f"cuộc tại nơi cư trú) đối với {number(c.people)} người.",
        f"Tiếp nhận {number(c.reports)} phản ánh của Nhân dân; đã chuyển cơ quan có thẩm "
        f"quyền {number(c.forwarded)} phản ánh, {number(c.handled)} phản ánh đã được xử lý.",
    ]


def task_lines(statistics: Statistics) -> list[str]:
    """II.1's figures: the tasks given to the member organisations and how they were done."""
    rows = statistics.tasks
    assigned = sum(row.assigned for row in rows)
    if not assigned:
        return []
    on_time = sum(row.done_on_time for row in rows)
    late = sum(row.done_late for row in rows)
    overdue = sum(row.overdue for row in rows)
    going = sum(row.in_progress for row in rows)
    judged = on_time + late + overdue
    rate = f"; tỷ lệ hoàn thành đúng hạn {_percent(on_time / judged)}" if judged else ""
    return [
        f"Ban Thường trực giao {number(assigned)} nhiệm vụ cho các tổ chức thành viên; đến "
        f"ngày {statistics.as_of:%d/%m/%Y}: hoàn thành đúng hạn {number(on_time)}, hoàn thành "
        f"quá hạn {number(late)}, quá hạn chưa hoàn thành {number(overdue)}, đang thực hiện "
        f"{number(going)}{rate}."
    ]


PART_COLUMNS = 4
"""The most figure columns a printed table has beside its label (a portrait page's width)."""


def _parts(columns: tuple[Column, ...]) -> list[list[int]]:
    """The columns' indexes in parts of at most ``PART_COLUMNS``, a group never split."""
    runs: list[list[int]] = []
    for index, column in enumerate(columns):
        if runs and column.group and columns[runs[-1][0]].group == column.group:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts: list[list[int]] = []
    for run in runs:
        if parts and len(parts[-1]) + len(run) <= PART_COLUMNS:
            parts[-1] += run
        else:
            parts.append(list(run))
    return parts


def _heading(column: Column) -> str:
    return f"{column.group}: {column.title}" if column.group else column.title


def table_lines(table: Table) -> list[str]:
    """A statistics table as body rows: a header, the rows, the total row.

    A table of one row (the office's own) is printed down the page, a figure a line; a
    wider one in parts of at most ``PART_COLUMNS`` figures beside the units, each part's
    groups named on a line above it (their columns' headings under them).
    """
    if len(table.rows) == 1:
        row = table.rows[0]
        lines = [table_line(["TT", "Chỉ tiêu", "Số liệu"])]
        for index, (column, value) in enumerate(zip(table.columns, row.values, strict=True), 1):
            lines.append(table_line([str(index), _heading(column), _cell(value)]))
        return lines
    lines = []
    for part in _parts(table.columns):
        columns = [table.columns[index] for index in part]
        groups = dict.fromkeys(column.group for column in columns if column.group)
        for group in groups:
            titles = "; ".join(column.title for column in columns if column.group == group)
            lines.append(f"{group}: {titles}.")
        lines.append(table_line(["TT", table.row_heading, *(c.title for c in columns)]))
        for number_, row in enumerate(table.rows, start=1):
            values = (_cell(row.values[index]) for index in part)
            lines.append(table_line([str(number_), row.label, *values]))
        totals = (_cell(table.total(column.key)) for column in columns)
        lines.append(table_line(["", table.total_label, *totals]))
        lines.append("")
    return lines


def appendix_lines(tables: tuple[Table, ...]) -> list[str]:
    """The Phụ lục: each table under its number and title, its notes, its rows."""
    lines = ["PHỤ LỤC: CÁC BIỂU SỐ LIỆU THỐNG KÊ"]
    for index, table in enumerate(tables, start=1):
        lines.append(f"{index}. {table.title}")
        lines += [" ".join(note.split()) for note in table.notes]
        lines += table_lines(table)
        lines.append("")  # a table ends before the next title
    return lines


def informed(higher: str) -> tuple[str, ...]:
    """Nơi nhận: the higher body and the Party committee's standing board, informed."""
    lines = ["Thường trực Đảng ủy (b/c);"]
    if higher:
        lines.insert(0, f"Ban Thường trực {higher} (b/c);")
    return tuple(lines)


def report_content(
    statistics: Statistics,
    tables: tuple[Table, ...],
    narrative: NarrativeTexts,
    office: OfficeInfo | None,
) -> LetterContent:
    """The periodic report of ``statistics``' period, as a Báo cáo's content.

    ``tables`` are the period's statistics tables (the Phụ lục), ``narrative`` the clerk's
    texts, ``office`` the office (its name in the sentences, the body above in Nơi nhận).
    """
    period = statistics.period
    name = office.name if office is not None and office.name else statistics.office_name
    higher = office.higher_body if office is not None else ""
    body = [
        "Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế "
        "giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - "
        f"xã hội, Ban Thường trực {name} báo cáo kết quả công tác giám sát, phản biện xã hội "
        f"{period.title} như sau:",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        *_texts(narrative.situation),
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Công tác lãnh đạo, chỉ đạo",
        *_texts(narrative.leadership),
        *task_lines(statistics),
        "2. Công tác giám sát",
        *supervision_lines(statistics, name),
        "3. Công tác phản biện xã hội",
        *criticism_lines(statistics, name),
        "4. Góp ý xây dựng Đảng, xây dựng chính quyền",
        *contribution_lines(statistics),
        "5. Giám sát theo Quy định số 124-QĐ/TW",
        *conduct_lines(statistics),
        "6. Hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
        f"Thông qua Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng, đã tiến hành "
        f"{number(statistics.supervision.boards)} cuộc giám sát.",
        *_texts(narrative.boards),
        "III. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        *_texts(narrative.strengths),
        "2. Hạn chế",
        *_texts(narrative.weaknesses),
        "3. Nguyên nhân",
        *_texts(narrative.causes),
        f"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {next_period(period).upper()}",
        *_texts(narrative.directions),
        "V. KIẾN NGHỊ, ĐỀ XUẤT",
        *_texts(narrative.proposals),
        f"Trên đây là báo cáo kết quả công tác giám sát, phản biện xã hội {period.title} của "
        f"Ban Thường trực {name} (có phụ lục số liệu kèm theo)./.",
        "",
        *appendix_lines(tables),
    ]
    while body and not body[-1]:
        body.pop()
    return LetterContent(
        subject=subject(period), body="\n".join(body), copies_to=informed(higher)
    )
