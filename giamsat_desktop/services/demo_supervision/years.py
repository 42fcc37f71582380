"""The demo office's years of supervision: which sessions, when, led or joined by whom.

Each line names its topic (``texts.TOPICS``), its form and role, its month or quarter, who
leads it and who takes part; the current year has a fuller programme than the year before.
The names of the bodies whose supervision the Front joins, and of who heads them, are the
commune's; the notes are what the history keeps beside each move.
"""

from __future__ import annotations

from dataclasses import dataclass

from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.services.demo_supervision.texts import (
    BOARDS,
    DELEGATION,
    DOCUMENTS,
    JOIN,
    LEAD,
    UBND,
    WITH_STATE,
)


@dataclass(frozen=True, slots=True)
class Line:
    """A session the demo office had in a year: a line of its programme, or one it joined.

    Attributes:
        topic: The key of its topic.
        form: The form of supervision.
        role: Led by the Front (or a member organisation) or joined.
        month: The month planned (or None with a quarter).
        quarter: The quarter planned when no month is.
        lead: The code of the member organisation leading it; empty: the Front.
        taking_part: The codes of the organisations taking part.
        lead_body: Who leads a session the Front joins.
        fate: ``postponed`` or ``cancelled`` (the line), ``called_off`` (the session).
        reason: Why.
        programme: Whether it is a line of the programme (else only a session).
        letters: Whether the Front issues its plan and decision through the program.
        late: Whether its report came late (a red warning in the list).
    """

    topic: str
    form: SupervisionForm
    role: SupervisionRole
    month: int | None = None
    quarter: int | None = None
    lead: str = ""
    taking_part: tuple[str, ...] = ()
    lead_body: str = ""
    fate: str = ""
    reason: str = ""
    programme: bool = True
    letters: bool = False
    late: bool = False


HDND = "Thường trực Hội đồng nhân dân {locality}"
HDND_LAW = "Ban Pháp chế Hội đồng nhân dân {locality}"
HDND_BUDGET = "Ban Kinh tế - Ngân sách Hội đồng nhân dân {locality}"
UP_FRONT = "Ban Thường trực {higher}"

THIS_YEAR = (
    Line("attp_tet", WITH_STATE, JOIN, month=1, lead_body=UBND, programme=False),
    Line("bhyt", DELEGATION, LEAD, month=3, taking_part=("LHPN", "CCB"), letters=True),
    Line("tiep_dan", DOCUMENTS, LEAD, quarter=2),
    Line("attp_truong", DELEGATION, LEAD, month=4, lead="LHPN", taking_part=("DTN",)),
    Line("dat_dai", WITH_STATE, JOIN, month=5, lead_body=HDND),
    Line("moi_truong", DELEGATION, LEAD, month=6, lead="HND", taking_part=("DTN", "CCB")),
    Line("bhxh", DELEGATION, JOIN, month=6, lead_body=UP_FRONT, programme=False),
    Line("quy_che_dan_chu", BOARDS, LEAD, month=7, lead="TTND"),
    Line("duong_gtnt", BOARDS, LEAD, quarter=3, lead="GSDTCD", taking_part=("HND",)),
    Line("van_ban_ubnd", DOCUMENTS, JOIN, month=8, lead_body=HDND_LAW),
    Line("ntm", DELEGATION, LEAD, month=9, taking_part=("HND", "LHPN"), letters=True),
    Line(
        "cu_tri",
        WITH_STATE,
        JOIN,
        month=9,
        lead_body=HDND,
        programme=False,
        fate="called_off",
        reason="Thường trực Hội đồng nhân dân {level} điều chỉnh chương trình, không tổ chức "
        "đợt giám sát này.",
    ),
    Line(
        "nguoi_co_cong",
        DELEGATION,
        LEAD,
        month=10,
        lead="CCB",
        fate="postponed",
        reason="Hoãn sang năm sau: trùng thời gian kiểm tra của Sở Nội vụ.",
    ),
    Line("ban_ttnd", BOARDS, JOIN, month=10, lead_body=UP_FRONT, programme=False),
    Line(
        "ho_ngheo",
        DELEGATION,
        LEAD,
        month=11,
        taking_part=("LHPN", "HND", "CCB"),
        letters=True,
    ),
    Line(
        "dau_tu_cong",
        WITH_STATE,
        JOIN,
        month=11,
        lead_body=HDND_BUDGET,
        programme=False,
    ),
    Line(
        "quy_vi_nguoi_ngheo",
        DOCUMENTS,
        LEAD,
        quarter=4,
        fate="cancelled",
        reason="Ban Thường trực cấp trên đã kiểm tra nội dung này trong năm.",
    ),
    Line("nha_o", DELEGATION, LEAD, month=12, taking_part=("HND", "DTN"), letters=True),
)
"""The current year: a programme of thirteen lines agreed in January, six sessions joined."""

LAST_YEAR = (
    Line("attp_tet", WITH_STATE, JOIN, month=1, lead_body=UBND, programme=False),
    Line("tiep_dan", DOCUMENTS, LEAD, quarter=2, taking_part=("CCB",)),
    Line("attp_cho", DELEGATION, LEAD, month=5, lead="LHPN", taking_part=("HND",)),
    Line("ma_tuy", DELEGATION, LEAD, month=7, lead="DTN", taking_part=("CD",), late=True),
    Line("nha_van_hoa", BOARDS, LEAD, month=8, lead="GSDTCD"),
    Line("dat_dai", WITH_STATE, JOIN, month=9, lead_body=HDND),
    Line("ho_ngheo", DELEGATION, LEAD, month=10, taking_part=("LHPN", "HND"), letters=True),
    Line("bhxh", DELEGATION, JOIN, month=11, lead_body=UP_FRONT, programme=False),
)
"""The year before, lighter: six lines, two sessions joined."""

OUTSIDE_HEADS = {
    UBND: ("Lê Văn Thành", "Phó Chủ tịch Ủy ban nhân dân {level}"),
    HDND: ("Đoàn Văn Hậu", "Phó Chủ tịch Hội đồng nhân dân {level}"),
    UP_FRONT: ("Nguyễn Thanh Lợi", "Phó Chủ tịch {higher}"),
    HDND_LAW: ("Mai Văn Sang", "Trưởng Ban Pháp chế Hội đồng nhân dân {level}"),
    HDND_BUDGET: (
        "Lưu Thị Bích",
        "Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân {level}",
    ),
}
"""Who heads the delegation of a body whose supervision the Front joins."""

BOARD_MEMBERS = {
    "TTND": (("Trần Văn Út", "Thành viên Ban Thanh tra nhân dân"),),
    "GSDTCD": (("Lê Hoàng Phong", "Thành viên Ban giám sát đầu tư của cộng đồng"),),
}
"""Members of the two boards besides their heads (form 3)."""

NOTES = {
    "notified": "Gửi kế hoạch, quyết định và đề cương báo cáo đến cơ quan được giám sát",
    "asked": "Gửi kế hoạch và đề nghị cơ quan được giám sát báo cáo, cung cấp văn bản",
    "board_plan": "Kế hoạch giám sát gửi cơ quan được giám sát",
    "org_plan": "{org} ban hành kế hoạch giám sát",
    "org_decision": "{org} ban hành quyết định thành lập đoàn giám sát",
    "reported": "Báo cáo kết quả giám sát gửi Đảng ủy, Ủy ban nhân dân {level}",
    "joined_report": "Báo cáo Ban Thường trực kết quả tham gia giám sát",
    "recommended": "Gửi văn bản kiến nghị sau giám sát",
    "following": "Theo dõi việc trả lời, thực hiện kiến nghị",
    "closed_after": "Các kiến nghị đã được tiếp thu, giải quyết",
    "closed_nothing": "Không có nội dung cần kiến nghị",
    "closed_joined": "Kết thúc",
}
"""The notes the history keeps beside the moves."""

SCOPE = "Từ ngày 01/01/{year} đến thời điểm giám sát, trên địa bàn {locality}."
"""The period and place a session covers."""

HAMLETS = ("Tân Lợi", "Tân Phú", "Bình Hòa", "Rạch Tràm", "Phước Long", "Trà Võ", "Cầu Xe")
"""The hamlets (ấp) the large office's sessions visit."""
