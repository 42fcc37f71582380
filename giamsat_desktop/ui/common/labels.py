"""The window's words for a value of the office's vocabulary: its domain label, translated.

``domain.labels`` holds each value's Vietnamese label, which the prints and the Excel files
write as it is; here the same words go through ``QCoreApplication.translate`` in one
context, so the window, its choices and the change log say the same in every language.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from giamsat_desktop.domain import labels

CONTEXT = "Labels"

MARKED = (
    QT_TRANSLATE_NOOP("Labels", "Thường"),
    QT_TRANSLATE_NOOP("Labels", "Khẩn"),
    QT_TRANSLATE_NOOP("Labels", "Thượng khẩn"),
    QT_TRANSLATE_NOOP("Labels", "Hỏa tốc"),
    QT_TRANSLATE_NOOP("Labels", "Mật"),
    QT_TRANSLATE_NOOP("Labels", "Tối mật"),
    QT_TRANSLATE_NOOP("Labels", "Tuyệt mật"),
    QT_TRANSLATE_NOOP("Labels", "Chưa xử lý"),
    QT_TRANSLATE_NOOP("Labels", "Đang xử lý"),
    QT_TRANSLATE_NOOP("Labels", "Đã xử lý"),
    QT_TRANSLATE_NOOP("Labels", "Đã hủy"),
    QT_TRANSLATE_NOOP("Labels", "Quá hạn"),
    QT_TRANSLATE_NOOP("Labels", "Chưa hủy"),
    QT_TRANSLATE_NOOP("Labels", "Chưa xử lý xong"),
    QT_TRANSLATE_NOOP("Labels", "Tổ chức thành viên"),
    QT_TRANSLATE_NOOP("Labels", "Ban trực thuộc"),
    QT_TRANSLATE_NOOP("Labels", "Cơ quan Đảng"),
    QT_TRANSLATE_NOOP("Labels", "Cơ quan nhà nước"),
    QT_TRANSLATE_NOOP("Labels", "Khác"),
    QT_TRANSLATE_NOOP("Labels", "Chủ tịch"),
    QT_TRANSLATE_NOOP("Labels", "Phó Chủ tịch"),
    QT_TRANSLATE_NOOP("Labels", "Ủy viên Thường trực"),
    QT_TRANSLATE_NOOP("Labels", "Quản trị"),
    QT_TRANSLATE_NOOP("Labels", "Văn thư"),
    QT_TRANSLATE_NOOP("Labels", "Chỉ xem"),
    QT_TRANSLATE_NOOP("Labels", "Tỉnh"),
    QT_TRANSLATE_NOOP("Labels", "Thành phố"),
    QT_TRANSLATE_NOOP("Labels", "Xã"),
    QT_TRANSLATE_NOOP("Labels", "Phường"),
    QT_TRANSLATE_NOOP("Labels", "Đặc khu"),
    QT_TRANSLATE_NOOP("Labels", "Huyện (hồ sơ trước năm 2025)"),
    QT_TRANSLATE_NOOP("Labels", "Chưa thực hiện"),
    QT_TRANSLATE_NOOP("Labels", "Đang thực hiện"),
    QT_TRANSLATE_NOOP("Labels", "Hoàn thành"),
    QT_TRANSLATE_NOOP("Labels", "Tạm dừng"),
    QT_TRANSLATE_NOOP("Labels", "Công văn"),
    QT_TRANSLATE_NOOP("Labels", "Chương trình"),
    QT_TRANSLATE_NOOP("Labels", "Kế hoạch"),
    QT_TRANSLATE_NOOP("Labels", "Quyết định"),
    QT_TRANSLATE_NOOP("Labels", "Đề cương báo cáo"),
    QT_TRANSLATE_NOOP("Labels", "Biên bản"),
    QT_TRANSLATE_NOOP("Labels", "Báo cáo"),
    QT_TRANSLATE_NOOP("Labels", "Dự thảo"),
    QT_TRANSLATE_NOOP("Labels", "Đã phát hành"),
    QT_TRANSLATE_NOOP("Labels", "Hằng tháng"),
    QT_TRANSLATE_NOOP("Labels", "Hằng quý"),
    QT_TRANSLATE_NOOP("Labels", "6 tháng"),
    QT_TRANSLATE_NOOP("Labels", "Hằng năm"),
    QT_TRANSLATE_NOOP("Labels", "Đúng hạn"),
    QT_TRANSLATE_NOOP("Labels", "Hoàn thành quá hạn"),
    QT_TRANSLATE_NOOP("Labels", "Đang trong hạn"),
    QT_TRANSLATE_NOOP("Labels", "Không có hạn"),
    QT_TRANSLATE_NOOP("Labels", "Nghiên cứu, xem xét văn bản"),
    QT_TRANSLATE_NOOP("Labels", "Tổ chức đoàn giám sát"),
    QT_TRANSLATE_NOOP("Labels", "Thông qua Ban TTND, Ban GSĐTCĐ"),
    QT_TRANSLATE_NOOP("Labels", "Tham gia với cơ quan nhà nước"),
    QT_TRANSLATE_NOOP("Labels", "Chủ trì"),
    QT_TRANSLATE_NOOP("Labels", "Phối hợp"),
    QT_TRANSLATE_NOOP("Labels", "Dự kiến"),
    QT_TRANSLATE_NOOP("Labels", "Đã ban hành kế hoạch"),
    QT_TRANSLATE_NOOP("Labels", "Đã thành lập đoàn"),
    QT_TRANSLATE_NOOP("Labels", "Đã thông báo"),
    QT_TRANSLATE_NOOP("Labels", "Đang làm việc"),
    QT_TRANSLATE_NOOP("Labels", "Đã báo cáo"),
    QT_TRANSLATE_NOOP("Labels", "Đã gửi kiến nghị"),
    QT_TRANSLATE_NOOP("Labels", "Đang theo dõi"),
    QT_TRANSLATE_NOOP("Labels", "Kết thúc"),
    QT_TRANSLATE_NOOP("Labels", "Trưởng đoàn"),
    QT_TRANSLATE_NOOP("Labels", "Phó Trưởng đoàn"),
    QT_TRANSLATE_NOOP("Labels", "Thành viên"),
    QT_TRANSLATE_NOOP("Labels", "Thư ký"),
    QT_TRANSLATE_NOOP("Labels", "Hoãn"),
    QT_TRANSLATE_NOOP("Labels", "Chưa gửi"),
    QT_TRANSLATE_NOOP("Labels", "Đã gửi, chờ trả lời"),
    QT_TRANSLATE_NOOP("Labels", "Đã trả lời"),
    QT_TRANSLATE_NOOP("Labels", "Đã giải quyết"),
    QT_TRANSLATE_NOOP("Labels", "Đã kiến nghị cấp trên"),
    QT_TRANSLATE_NOOP("Labels", "Đã đóng"),
    QT_TRANSLATE_NOOP("Labels", "Tiếp thu"),
    QT_TRANSLATE_NOOP("Labels", "Giải trình"),
    QT_TRANSLATE_NOOP("Labels", "Không tiếp thu"),
    QT_TRANSLATE_NOOP("Labels", "Giấy mời"),
    QT_TRANSLATE_NOOP("Labels", "Hội nghị phản biện"),
    QT_TRANSLATE_NOOP("Labels", "Gửi dự thảo lấy ý kiến"),
    QT_TRANSLATE_NOOP("Labels", "Đối thoại trực tiếp"),
    QT_TRANSLATE_NOOP("Labels", "Đã gửi dự thảo lấy ý kiến"),
    QT_TRANSLATE_NOOP("Labels", "Đã tổng hợp ý kiến"),
    QT_TRANSLATE_NOOP("Labels", "Khai mạc, Mặt trận chủ trì"),
    QT_TRANSLATE_NOOP("Labels", "Cơ quan soạn thảo đã trình bày"),
    QT_TRANSLATE_NOOP("Labels", "Đã xác định trọng tâm"),
    QT_TRANSLATE_NOOP("Labels", "Đã thảo luận"),
    QT_TRANSLATE_NOOP("Labels", "Cơ quan soạn thảo đã giải trình"),
    QT_TRANSLATE_NOOP("Labels", "Đã kết luận"),
    QT_TRANSLATE_NOOP("Labels", "Đã gửi văn bản phản biện"),
    QT_TRANSLATE_NOOP("Labels", "Đã nhận văn bản trả lời"),
)
"""Every label of ``domain.labels``, written out for lupdate (a test keeps both the same)."""


def label(value: Enum) -> str:
    """A value's label in the window's language: ``label(Urgency.FLASH)`` is ``Flash``."""
    return QCoreApplication.translate(CONTEXT, labels.label(value))
