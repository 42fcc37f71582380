"""The year's Chương trình giám sát written from the programme: its lines in a table."""

from __future__ import annotations

from collections.abc import Mapping

from giamsat_desktop.domain.letter_wording import CLOSING, COPIES, GROUNDS
from giamsat_desktop.domain.letters import LetterContent, table_line
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import (
    ProgrammeItemRecord,
    ProgrammeItemState,
    ProgrammeRecord,
)
from giamsat_desktop.domain.supervision_wording import (
    BLANK,
    capital,
    ground_lines,
    lines_of,
    part_lines,
    supervision_of,
)

PROGRAMME_HEADER = (
    "TT",
    "Nội dung giám sát",
    "Đối tượng giám sát",
    "Thời gian",
    "Chủ trì",
    "Phối hợp",
)
_ROMAN = ("I", "II", "III", "IV")


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
                capital(supervision_of(item.subject)),
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
        *(lines_of(programme.notes)),
        *lines_of(parts.get(CLOSING, "")),
    ]
    return LetterContent(
        subject=f"Giám sát năm {year}",
        body="\n".join(body),
        copies_to=part_lines(parts, COPIES),
        grounds=ground_lines(lines_of(parts.get(GROUNDS, "")), ","),
    )
