"""The words of the demo tasks: contents tied to the directive's subject, notes and reasons."""

from __future__ import annotations

WORDING = {
    "LHPN": ("hội viên phụ nữ", "chi hội phụ nữ"),
    "HND": ("hội viên nông dân", "chi hội nông dân"),
    "CCB": ("hội viên cựu chiến binh", "chi hội cựu chiến binh"),
    "DTN": ("đoàn viên thanh niên", "chi đoàn"),
    "CD": ("đoàn viên công đoàn", "công đoàn cơ sở"),
}
"""Who an organisation reaches and its grassroots unit, by its usual code."""
_ANYONE = ("hội viên, đoàn viên và nhân dân", "các chi hội")


def wording_of(code: str) -> tuple[str, str]:
    """Who an organisation reaches ("hội viên nông dân") and its grassroots unit."""
    return WORDING.get(code, _ANYONE)


_MEMBER_TASKS = (
    "Tuyên truyền, vận động {members} tham gia thực hiện {ref}",
    "Tuyên truyền, phổ biến đến {members} về {topic}",
    "Tổ chức giám sát {topic} trên địa bàn",
    "Phối hợp khảo sát, nắm tình hình {topic} tại các ấp",
    "Tổng hợp ý kiến, kiến nghị của {members} về {topic}",
    "Báo cáo kết quả thực hiện {ref} về Ban Thường trực",
    "Xây dựng kế hoạch triển khai {ref} đến các {unit}",
    "Cử cán bộ tham gia đoàn giám sát {topic}",
    "Lồng ghép nội dung về {topic} vào sinh hoạt định kỳ của {unit}",
)
_BOARD_TASKS = (
    "Giám sát {topic} theo chức năng, nhiệm vụ của Ban",
    "Tiếp nhận, tổng hợp phản ánh của nhân dân về {topic}",
    "Báo cáo kết quả giám sát {topic} về Ban Thường trực",
    "Tham gia đoàn giám sát {topic} theo {ref}",
)
_STANDING_TASKS = (
    "Thường xuyên tuyên truyền, vận động {members} về {topic}",
    "Theo dõi, nắm tình hình {topic}, báo cáo định kỳ",
    "Duy trì giám sát {topic} trên địa bàn",
    "Thực hiện {ref}, báo cáo định kỳ về Ban Thường trực",
)
_BOARD_STANDING_TASKS = (
    "Theo dõi, nắm tình hình {topic}, báo cáo định kỳ",
    "Duy trì giám sát {topic} trên địa bàn",
    "Tiếp nhận, tổng hợp kiến nghị của nhân dân về {topic}, báo cáo định kỳ",
)
_PROGRAMME_TASKS = (
    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm {year}",
    "Vận động {members} ủng hộ Quỹ Vì người nghèo năm {year}",
    "Tổng hợp ý kiến, kiến nghị của cử tri và nhân dân trước kỳ họp Hội đồng nhân dân",
    "Báo cáo kết quả thực hiện chương trình giám sát năm {year}",
    "Rà soát, giới thiệu hộ nghèo được hỗ trợ xây nhà Đại đoàn kết năm {year}",
    "Góp ý xây dựng Đảng, xây dựng chính quyền theo Quyết định 218-QĐ/TW năm {year}",
    "Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với {members}",
)


def _pick(choices: tuple[str, ...], roll: float) -> str:
    return choices[min(len(choices) - 1, int(roll * len(choices)))]


def content_for(roll: float, board: bool, members: str, unit: str, topic: str, ref: str) -> str:
    """A task with a deadline on a directive's subject, worded for its lead organisation."""
    template = _pick(_BOARD_TASKS if board else _MEMBER_TASKS, roll)
    return template.format(members=members, unit=unit, topic=topic, ref=ref)


def standing_content(roll: float, board: bool, members: str, topic: str, ref: str) -> str:
    """A standing task (thường xuyên) on a directive's subject."""
    template = _pick(_BOARD_STANDING_TASKS if board else _STANDING_TASKS, roll)
    return template.format(members=members, topic=topic, ref=ref)


def programme_content(roll: float, members: str, year: int) -> str:
    """A task of the office's own programme, given without a document."""
    return _pick(_PROGRAMME_TASKS, roll).format(members=members, year=year)


PROGRESS_NOTES = (
    "Đã xây dựng kế hoạch, phân công cán bộ phụ trách",
    "Đã tổ chức {n} buổi tuyên truyền tại các ấp",
    "Đã triển khai đến {n} chi hội",
    "Đang tổng hợp ý kiến của {members}",
    "Đã làm việc với Ủy ban nhân dân xã về nội dung được giao",
    "Đang hoàn chỉnh dự thảo báo cáo",
    "Đã khảo sát {n} hộ, đang tổng hợp kết quả",
)
EXTEND_REASONS = (
    "Đơn vị đề nghị gia hạn do trùng lịch tổ chức đại hội",
    "Chờ số liệu của Ủy ban nhân dân xã",
    "Mưa lũ kéo dài, chưa tổ chức được tại các ấp",
    "Cấp trên điều chỉnh thời gian thực hiện",
)
PAUSE_REASONS = (
    "Tạm dừng chờ ý kiến chỉ đạo của cấp trên",
    "Chờ bố trí kinh phí thực hiện",
    "Dự án điều chỉnh phạm vi, tạm dừng giám sát",
    "Cán bộ phụ trách đi học tập trung",
)
CANCEL_REASONS = (
    "Cấp trên đã điều chỉnh kế hoạch, không tiếp tục thực hiện",
    "Nội dung đã được lồng ghép vào nhiệm vụ khác",
    "Văn bản chỉ đạo đã được thay thế",
    "Giao trùng, đơn vị khác đã chủ trì thực hiện",
)
LATE_CANCEL_REASON = "Không tiếp tục thực hiện sau thời gian tạm dừng"
RESUME_NOTE = "Tiếp tục thực hiện theo chỉ đạo của Thường trực"
DONE_NOTE = "Đơn vị đã báo cáo kết quả bằng văn bản"
STANDING_DONE_NOTE = "Kết thúc giai đoạn thực hiện theo văn bản chỉ đạo"
FILED_NOTES = (
    "Văn bản để biết, lưu hồ sơ",
    "Đã nghiên cứu, không phát sinh nhiệm vụ",
    "Lưu, theo dõi chung",
)
REPORT_FILED_NOTE = "Báo cáo kết quả thực hiện nhiệm vụ, lưu hồ sơ"
GIVING_WORDS = ("Giao", "Chuyển")
"""How a leader's instruction (bút phê) that gives tasks begins."""
FILING_INSTRUCTION = "Lưu, theo dõi"
"""The instruction of a document kept with no task to give."""
