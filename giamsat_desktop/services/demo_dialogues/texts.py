"""The words of the demo office's dialogues: who answers, on what, what the people raise."""

from __future__ import annotations

from giamsat_desktop.domain.dialogues import LeaderBody

SECRETARY = "Đồng chí Lê Văn Quang, Bí thư Đảng ủy xã"
CHAIRMAN = "Đồng chí Võ Văn Lâm, Chủ tịch Ủy ban nhân dân xã"
FRONT_CHAIR = "Nguyễn Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam xã"
LEADERS = {LeaderBody.PARTY: SECRETARY, LeaderBody.GOVERNMENT: CHAIRMAN}

Issue = tuple[str, str, str, str, str]
"""What was raised, by whom, the answer, the commitment ("" for none), who carries it out."""

TOPICS: tuple[tuple[LeaderBody, str, str, tuple[Issue, ...]], ...] = (
    (
        LeaderBody.PARTY,
        "Bồi thường, giải phóng mặt bằng đường liên thôn 3 – thôn 5",
        "Nhà văn hóa thôn 3",
        (
            (
                "Tiền bồi thường đất nông nghiệp chậm chi trả",
                "Ông Phạm Văn Tư, thôn 3",
                "Phương án bồi thường đã trình Ủy ban nhân dân huyện phê duyệt",
                "Chi trả xong tiền bồi thường cho các hộ",
                "Ủy ban nhân dân xã",
            ),
            (
                "Mương thoát nước bị lấp khi thi công",
                "Bà Trần Thị Mai, thôn 5",
                "Nhà thầu có trách nhiệm khơi thông",
                "Khơi thông mương thoát nước dọc tuyến đường",
                "Ban quản lý dự án xã",
            ),
            (
                "Đề nghị công khai bản đồ giải phóng mặt bằng",
                "Cử tri thôn 3",
                "Bản đồ đã niêm yết tại nhà văn hóa thôn, sẽ niêm yết thêm tại trụ sở xã",
                "",
                "",
            ),
        ),
    ),
    (
        LeaderBody.GOVERNMENT,
        "Đường giao thông nông thôn và điện chiếu sáng",
        "Hội trường Ủy ban nhân dân xã",
        (
            (
                "Đường trục thôn 2 xuống cấp, ổ gà nhiều",
                "Ông Nguyễn Văn Hùng, thôn 2",
                "Xã đã đưa vào kế hoạch duy tu năm nay",
                "Vá ổ gà, dặm vá mặt đường trục thôn 2",
                "Ủy ban nhân dân xã",
            ),
            (
                "Tuyến đường ra đồng chưa có điện chiếu sáng",
                "Cử tri thôn 4",
                "Vận động Nhân dân cùng làm theo phương châm Nhà nước và Nhân dân cùng làm",
                "Lắp 20 bóng đèn chiếu sáng tuyến đường ra đồng thôn 4",
                "Đoàn Thanh niên xã, thôn 4",
            ),
        ),
    ),
    (
        LeaderBody.PARTY,
        "Bảo vệ môi trường, thu gom rác thải sinh hoạt",
        "Nhà văn hóa thôn 1",
        (
            (
                "Điểm tập kết rác gần trường học gây ô nhiễm",
                "Bà Lê Thị Hoa, thôn 1",
                "Sẽ di dời điểm tập kết rác",
                "Di dời điểm tập kết rác ra xa khu dân cư",
                "Ủy ban nhân dân xã, Hợp tác xã dịch vụ môi trường",
            ),
            (
                "Cơ sở chăn nuôi xả thải ra kênh",
                "Ông Đỗ Văn Thắng, thôn 1",
                "Giao công chức địa chính – môi trường kiểm tra, xử lý",
                "Kiểm tra, xử lý cơ sở chăn nuôi xả thải",
                "Công chức địa chính – xây dựng – môi trường",
            ),
            (
                "Đề nghị tăng số lần thu gom rác trong tuần",
                "Cử tri thôn 1",
                "Từ tháng sau thu gom 3 lần mỗi tuần",
                "",
                "",
            ),
        ),
    ),
    (
        LeaderBody.GOVERNMENT,
        "Thực hiện chính sách an sinh xã hội, bảo hiểm y tế",
        "Hội trường Ủy ban MTTQ xã",
        (
            (
                "Hộ cận nghèo chưa được cấp thẻ bảo hiểm y tế",
                "Bà Nguyễn Thị Lan, thôn 6",
                "Đã rà soát danh sách, còn 12 hộ chưa cấp",
                "Cấp đủ thẻ bảo hiểm y tế cho hộ cận nghèo",
                "Công chức văn hóa – xã hội",
            ),
            (
                "Trợ cấp người cao tuổi chi trả chậm",
                "Ông Trương Văn Bảy, thôn 6",
                "Nguyên nhân do chuyển đổi hình thức chi trả qua tài khoản",
                "",
                "",
            ),
        ),
    ),
    (
        LeaderBody.PARTY,
        "Cấp giấy chứng nhận quyền sử dụng đất, tranh chấp đất đai",
        "Nhà văn hóa thôn 4",
        (
            (
                "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất kéo dài",
                "Ông Bùi Văn Sáu, thôn 4",
                "Xã sẽ rà soát toàn bộ hồ sơ tồn đọng",
                "Rà soát, trả lời từng hồ sơ tồn đọng",
                "Công chức địa chính – xây dựng – môi trường",
            ),
            (
                "Tranh chấp lối đi chung giữa hai hộ",
                "Bà Phan Thị Thảo, thôn 4",
                "Giao Ban công tác Mặt trận thôn và tổ hòa giải vận động",
                "Hòa giải tranh chấp lối đi chung",
                "Tổ hòa giải thôn 4",
            ),
        ),
    ),
    (
        LeaderBody.GOVERNMENT,
        "Nước sạch nông thôn và phòng chống hạn mặn",
        "Nhà văn hóa thôn 5",
        (
            (
                "Thôn 5 chưa có nước sạch",
                "Cử tri thôn 5",
                "Đã đề xuất huyện đầu tư tuyến ống",
                "Hoàn thành hồ sơ đề nghị đầu tư tuyến ống nước sạch",
                "Ủy ban nhân dân xã",
            ),
            (
                "Cống ngăn mặn bị hỏng",
                "Ông Võ Văn Tám, thôn 5",
                "Xã sẽ sửa chữa trước mùa khô",
                "Sửa chữa cống ngăn mặn thôn 5",
                "Ban quản lý dự án xã",
            ),
        ),
    ),
)
"""The small office's dialogues: topics of a commune, each with the issues its people raised."""

PARTICIPANTS = (
    "Đại diện Thường trực Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã\n"
    "Đại diện các tổ chức chính trị - xã hội xã\n"
    "Bí thư chi bộ, trưởng thôn, Trưởng Ban công tác Mặt trận các thôn"
)
