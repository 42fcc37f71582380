"""The Vietnamese label of every value of the office's vocabulary: one table for all.

The prints, the Excel files and the headless commands write these words as they are; the
window shows them through ``ui.labels.label``, which translates these very words. An
enum's ``label`` property reads this table too, so a word is written once, here.

``OfficeLevel`` has, besides its label here (a choice on the office form and in the change
log), the lowercase word its ``label`` property gives for composing a name (``xã`` in
``Ủy ban MTTQ Việt Nam xã Tân Hưng``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType

# Keyed by the enum's name and the stored value, so that this module imports none of the
# enums' modules: their ``label`` properties read it, and imports run one way.
_TABLE: dict[str, dict[str, str]] = {
    "Urgency": {
        "thuong": "Thường",  # NORMAL
        "khan": "Khẩn",  # URGENT
        "thuong_khan": "Thượng khẩn",  # VERY_URGENT
        "hoa_toc": "Hỏa tốc",  # FLASH
    },
    "Secrecy": {
        "thuong": "Thường",  # NORMAL
        "mat": "Mật",  # CONFIDENTIAL
        "toi_mat": "Tối mật",  # SECRET
        "tuyet_mat": "Tuyệt mật",  # TOP_SECRET
    },
    "HandlingStatus": {
        "chua_xu_ly": "Chưa xử lý",  # PENDING
        "dang_xu_ly": "Đang xử lý",  # IN_PROGRESS
        "da_xu_ly": "Đã xử lý",  # DONE
    },
    "IncomingState": {
        "chua_xu_ly": "Chưa xử lý",  # PENDING
        "dang_xu_ly": "Đang xử lý",  # IN_PROGRESS
        "da_xu_ly": "Đã xử lý",  # DONE
        "da_huy": "Đã hủy",  # CANCELLED
        "qua_han": "Quá hạn",  # OVERDUE
    },
    "StateGroup": {
        "chua_huy": "Chưa hủy",  # NOT_CANCELLED
        "chua_xong": "Chưa xử lý xong",  # UNFINISHED
    },
    "OrganizationKind": {
        "member": "Tổ chức thành viên",  # MEMBER
        "board": "Ban trực thuộc",  # BOARD
        "party": "Cơ quan Đảng",  # PARTY
        "government": "Cơ quan nhà nước",  # GOVERNMENT
        "other": "Khác",  # OTHER
    },
    "BoardPosition": {
        "chu_tich": "Chủ tịch",  # CHAIR
        "pho_chu_tich": "Phó Chủ tịch",  # VICE_CHAIR
        "uy_vien_thuong_truc": "Ủy viên Thường trực",  # STANDING_MEMBER
    },
    "Role": {
        "admin": "Quản trị",  # ADMIN
        "clerk": "Văn thư",  # CLERK
        "viewer": "Chỉ xem",  # VIEWER
    },
    "OfficeLevel": {
        "tinh": "Tỉnh",  # PROVINCE
        "thanh_pho": "Thành phố",  # CITY
        "xa": "Xã",  # COMMUNE
        "phuong": "Phường",  # WARD
        "dac_khu": "Đặc khu",  # SPECIAL_ZONE
        "huyen": "Huyện (hồ sơ trước năm 2025)",  # DISTRICT
    },
    "SupervisionForm": {
        "nghien_cuu_van_ban": "Nghiên cứu, xem xét văn bản",  # DOCUMENTS
        "doan_giam_sat": "Tổ chức đoàn giám sát",  # DELEGATION
        "qua_ban_ttnd_gsdtcd": "Thông qua Ban TTND, Ban GSĐTCĐ",  # BOARDS
        "tham_gia_co_quan_nha_nuoc": "Tham gia với cơ quan nhà nước",  # WITH_STATE
    },
    "SupervisionRole": {
        "chu_tri": "Chủ trì",  # LEAD
        "phoi_hop": "Phối hợp",  # JOIN
    },
    "SessionStep": {
        "du_kien": "Dự kiến",  # PLANNED
        "da_ban_hanh_ke_hoach": "Đã ban hành kế hoạch",  # PLAN_ISSUED
        "da_thanh_lap_doan": "Đã thành lập đoàn",  # DECISION_ISSUED
        "da_thong_bao": "Đã thông báo",  # NOTIFIED
        "dang_lam_viec": "Đang làm việc",  # WORKING
        "da_bao_cao": "Đã báo cáo",  # REPORTED
        "da_gui_kien_nghi": "Đã gửi kiến nghị",  # RECOMMENDED
        "dang_theo_doi": "Đang theo dõi",  # FOLLOWING_UP
        "ket_thuc": "Kết thúc",  # CLOSED
        "da_huy": "Đã hủy",  # CANCELLED
    },
    "ProgrammeItemState": {
        "du_kien": "Dự kiến",  # PLANNED
        "hoan": "Hoãn",  # POSTPONED
        "huy": "Đã hủy",  # CANCELLED
    },
    "DelegationRole": {
        "truong_doan": "Trưởng đoàn",  # HEAD
        "pho_truong_doan": "Phó Trưởng đoàn",  # DEPUTY
        "thanh_vien": "Thành viên",  # MEMBER
        "thu_ky": "Thư ký",  # SECRETARY
    },
    "RecommendationState": {
        "chua_gui": "Chưa gửi",  # DRAFTED
        "da_gui": "Đã gửi, chờ trả lời",  # SENT
        "da_tra_loi": "Đã trả lời",  # ANSWERED
        "da_giai_quyet": "Đã giải quyết",  # RESOLVED
        "da_kien_nghi_cap_tren": "Đã kiến nghị cấp trên",  # ESCALATED
        "da_dong": "Đã đóng",  # CLOSED
    },
    "ReplyKind": {
        "tiep_thu": "Tiếp thu",  # ACCEPTED
        "giai_trinh": "Giải trình",  # EXPLAINED
        "da_giai_quyet": "Đã giải quyết",  # RESOLVED
        "khong_tiep_thu": "Không tiếp thu",  # REFUSED
    },
    "PeriodScheme": {
        "lich": "Theo năm dương lịch (1/1–30/6, 1/7–31/12)",  # CALENDAR
        "nghi_dinh_09": "Theo Nghị định 09/2019/NĐ-CP (15/12–14/6, 15/6–14/12)",  # DECREE_09
    },
    "BookKind": {
        "office": "Sổ của đơn vị",  # OFFICE
        "blank": "Sổ trắng tự điền",  # BLANK
        "consolidated": "Sổ tổng hợp",  # CONSOLIDATED
    },
    "CriticismPurpose": {
        "phan_bien": "Phản biện xã hội",  # CRITICISM
        "gop_y": "Góp ý xây dựng Đảng, chính quyền",  # CONTRIBUTION
    },
    "LeaderBody": {
        "cap_uy": "Cấp ủy Đảng",  # PARTY
        "chinh_quyen": "Chính quyền",  # GOVERNMENT
    },
    "ConductPlace": {
        "noi_cong_tac": "Nơi công tác",  # WORKPLACE
        "noi_cu_tru": "Nơi cư trú",  # RESIDENCE
    },
    "ReportChannel": {
        "hom_thu": "Hòm thư góp ý",  # MAILBOX
        "truc_tiep": "Trực tiếp",  # IN_PERSON
        "dien_thoai": "Điện thoại",  # PHONE
        "qua_doi_thoai": "Qua đối thoại",  # DIALOGUE
        "qua_to_chuc": "Qua tổ chức",  # ORGANISATION
    },
    "ReportState": {
        "moi_nhan": "Mới tiếp nhận",  # RECEIVED
        "da_chuyen": "Đã chuyển xử lý",  # FORWARDED
        "da_co_ket_qua": "Đã có kết quả",  # RESOLVED
        "luu": "Lưu, không chuyển",  # FILED
    },
    "CriticismForm": {
        "hoi_nghi": "Hội nghị phản biện",  # CONFERENCE
        "gui_du_thao": "Gửi dự thảo lấy ý kiến",  # DRAFT_ROUND
        "doi_thoai": "Đối thoại trực tiếp",  # DIALOGUE
    },
    "CriticismStep": {
        "du_kien": "Dự kiến",  # PLANNED
        "da_ban_hanh_ke_hoach": "Đã ban hành kế hoạch",  # PLAN_ISSUED
        "da_gui_lay_y_kien": "Đã gửi dự thảo lấy ý kiến",  # DRAFT_SENT_ROUND
        "da_tong_hop_y_kien": "Đã tổng hợp ý kiến",  # OPINIONS_GATHERED
        "khai_mac": "Khai mạc, Mặt trận chủ trì",  # OPENED
        "da_trinh_bay_du_thao": "Cơ quan soạn thảo đã trình bày",  # PRESENTED
        "da_xac_dinh_trong_tam": "Đã xác định trọng tâm",  # FOCUSED
        "da_thao_luan": "Đã thảo luận",  # DISCUSSED
        "da_giai_trinh": "Cơ quan soạn thảo đã giải trình",  # EXPLAINED
        "da_ket_luan": "Đã kết luận",  # CONCLUDED
        "da_gui_van_ban_phan_bien": "Đã gửi văn bản phản biện",  # SENT
        "da_nhan_tra_loi": "Đã nhận văn bản trả lời",  # ANSWERED
        "ket_thuc": "Kết thúc",  # CLOSED
        "da_huy": "Đã hủy",  # CANCELLED
    },
    "PointAnswer": {
        "tiep_thu": "Tiếp thu",  # ACCEPTED
        "giai_trinh": "Giải trình",  # EXPLAINED
        "khong_tiep_thu": "Không tiếp thu",  # REFUSED
    },
    "TaskState": {
        "chua_thuc_hien": "Chưa thực hiện",  # NOT_STARTED
        "dang_thuc_hien": "Đang thực hiện",  # IN_PROGRESS
        "hoan_thanh": "Hoàn thành",  # DONE
        "tam_dung": "Tạm dừng",  # PAUSED
        "da_huy": "Đã hủy",  # CANCELLED
    },
    "LetterForm": {
        "cong_van": "Công văn",  # CONG_VAN
        "chuong_trinh": "Chương trình",  # PROGRAMME
        "ke_hoach": "Kế hoạch",  # PLAN
        "quyet_dinh": "Quyết định",  # DECISION
        "de_cuong": "Đề cương báo cáo",  # OUTLINE
        "bien_ban": "Biên bản",  # MINUTES
        "bao_cao": "Báo cáo",  # REPORT
        "giay_moi": "Giấy mời",  # INVITATION
    },
    "LetterState": {
        "du_thao": "Dự thảo",  # DRAFT
        "da_phat_hanh": "Đã phát hành",  # ISSUED
        "da_huy": "Đã hủy",  # CANCELLED
    },
    "ReportPeriod": {
        "hang_thang": "Hằng tháng",  # MONTHLY
        "hang_quy": "Hằng quý",  # QUARTERLY
        "6_thang": "6 tháng",  # HALF_YEARLY
        "hang_nam": "Hằng năm",  # YEARLY
    },
    "Timeliness": {
        "dung_han": "Đúng hạn",  # ON_TIME
        "hoan_thanh_qua_han": "Hoàn thành quá hạn",  # LATE
        "qua_han": "Quá hạn",  # OVERDUE
        "trong_han": "Đang trong hạn",  # OPEN
        "khong_han": "Không có hạn",  # NO_DEADLINE
    },
}

LABELS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {kind: MappingProxyType(labels) for kind, labels in _TABLE.items()}
)
"""Each enum's stored values and their Vietnamese labels, by the enum's class name.

By enum, since values of two enums may be equal strings (``Urgency.NORMAL == Secrecy.NORMAL``).
A signer's position is stored and printed in these words.
"""


def label(value: Enum) -> str:
    """The Vietnamese label of a value, as printed: ``label(Urgency.FLASH)`` is ``Hỏa tốc``."""
    return LABELS[type(value).__name__][value.value]
