"""The words of the demo office's QĐ 124 records: units, people, findings, reports."""

from __future__ import annotations

from giamsat_desktop.domain.conduct import ConductPlace

UNITS: dict[ConductPlace, tuple[str, ...]] = {
    ConductPlace.WORKPLACE: (
        "Ủy ban nhân dân xã",
        "Trạm Y tế xã",
        "Trường Tiểu học Tân Hưng",
        "Trường Trung học cơ sở Tân Hưng",
        "Công an xã",
        "Hợp tác xã nông nghiệp Tân Hưng",
    ),
    ConductPlace.RESIDENCE: (
        "Khu dân cư thôn Đông Hòa",
        "Khu dân cư thôn Bàu Sen",
        "Khu dân cư thôn Phú Lộc",
        "Khu dân cư ấp Bàu Tràm",
        "Khu dân cư thôn Trung Hậu",
    ),
}
LEADS: dict[ConductPlace, tuple[str, ...]] = {
    ConductPlace.WORKPLACE: (
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
        "Ban Thường trực phối hợp Ban Thanh tra nhân dân",
    ),
    ConductPlace.RESIDENCE: (
        "Ban công tác Mặt trận thôn",
        "Ban công tác Mặt trận phối hợp Chi hội Cựu chiến binh",
    ),
}
CONTENTS: dict[ConductPlace, str] = {
    ConductPlace.WORKPLACE: (
        "Giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống, thực hiện trách nhiệm nêu gương "
        "của người đứng đầu, cán bộ, đảng viên tại nơi công tác theo Quy định 124-QĐ/TW"
    ),
    ConductPlace.RESIDENCE: (
        "Giám sát việc giữ gìn phẩm chất đạo đức, lối sống và thực hiện nghĩa vụ công dân "
        "của cán bộ, đảng viên tại nơi cư trú theo Quy định 124-QĐ/TW"
    ),
}
PEOPLE: tuple[tuple[str, str], ...] = (
    ("Lê Văn Khánh", "Trưởng thôn Đông Hòa"),
    ("Phạm Thị Duyên", "Phó Chủ tịch UBND xã"),
    ("Đỗ Quang Vinh", "Công chức địa chính - xây dựng"),
    ("Nguyễn Hữu Phước", "Trưởng Công an xã"),
    ("Trần Thị Bích Ngọc", "Trạm trưởng Trạm Y tế xã"),
    ("Võ Minh Tâm", "Hiệu trưởng Trường Tiểu học"),
    ("Huỳnh Văn Lợi", "Bí thư Chi bộ thôn Bàu Sen"),
    ("Lương Thị Hoa", "Công chức tư pháp - hộ tịch"),
    ("Đặng Văn Sơn", "Giám đốc Hợp tác xã nông nghiệp"),
    ("Bùi Thị Thanh", "Công chức văn hóa - xã hội"),
    ("Phan Văn Hùng", "Phó Bí thư Đảng ủy xã"),
    ("Châu Minh Đức", "Trưởng thôn Phú Lộc"),
)
FINDINGS: tuple[str, ...] = (
    "Gương mẫu, gần gũi nhân dân, chấp hành tốt quy định nơi cư trú",
    "Thực hiện tốt trách nhiệm nêu gương; giải quyết công việc đúng hẹn",
    "Có lúc giải quyết hồ sơ chậm so với hẹn; đã được nhắc nhở, cam kết khắc phục",
    "Chấp hành tốt chủ trương, pháp luật; gia đình gương mẫu",
    "Còn chưa thường xuyên sinh hoạt tại khu dân cư; đề nghị tham gia đầy đủ hơn",
)
CONCLUSIONS: tuple[str, ...] = (
    "Các đồng chí được giám sát giữ gìn phẩm chất đạo đức, lối sống; không phát hiện vi phạm",
    "Cơ bản thực hiện tốt; đề nghị khắc phục hạn chế đã nêu và báo cáo kết quả",
)
REPORT_CONTENTS: tuple[str, ...] = (
    "Phản ánh việc hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất chậm trễ",
    "Phản ánh thái độ thiếu tôn trọng khi tiếp công dân tại bộ phận một cửa",
    "Phản ánh việc thu các khoản đóng góp xây nhà văn hóa thôn không công khai",
    "Phản ánh việc sử dụng xe công vào việc riêng ngày nghỉ",
    "Phản ánh việc tổ chức đám cưới con linh đình, mời nhiều khách",
    "Phản ánh việc xây dựng công trình trên đất nông nghiệp không phép",
    "Phản ánh việc uống rượu bia trong giờ làm việc",
    "Phản ánh việc xét hộ nghèo chưa đúng đối tượng",
)
FORWARDED_TO: tuple[str, ...] = (
    "Ủy ban nhân dân xã",
    "Ủy ban Kiểm tra Đảng ủy xã",
    "Đảng ủy xã",
    "Chi bộ thôn",
)
RESULTS: tuple[str, ...] = (
    "Đã kiểm tra, xác minh: phản ánh đúng một phần; cán bộ đã được nhắc nhở, rút kinh nghiệm",
    "Đã xác minh: phản ánh không có cơ sở; đã thông tin lại cho người phản ánh",
    "Đã yêu cầu công khai các khoản thu, hoàn trả khoản thu sai",
    "Đã kiểm điểm cán bộ trước chi bộ; xếp loại không hoàn thành nhiệm vụ quý",
)
FILED_NOTES: tuple[str, ...] = (
    "Nội dung đã được giải quyết trước đó; lưu để theo dõi",
    "Đơn không rõ nội dung, không có thông tin xác minh; lưu",
)
REPORTERS: tuple[tuple[str, str], ...] = (
    ("Hoàng Thị Mận", "0912 345 678"),
    ("Ngô Văn Tỵ", "xóm 3, thôn Bàu Sen"),
    ("Lâm Thị Kim Chi", "0983 222 114"),
    ("Tạ Văn Cường", "thôn Trung Hậu"),
    ("", ""),
)
"""Who reported; some reports come without a name (the suggestion box)."""
