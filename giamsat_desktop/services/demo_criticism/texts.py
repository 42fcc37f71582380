"""The drafts a commune's Front is asked to criticise, and what it says of them.

Each draft of the small office is one a commune's People's Council or Committee writes in a
year (a resolution, a plan, a project, a rule), with the points the Front made on it and
the drafting body's answer to each. The large office draws its drafts from the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, PointAnswer

A, E, R = PointAnswer.ACCEPTED, PointAnswer.EXPLAINED, PointAnswer.REFUSED


@dataclass(frozen=True, slots=True)
class Point:
    """A point the Front made, and the drafting body's answer with its words."""

    content: str
    opinion: str
    proposal: str
    answer: PointAnswer
    explanation: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft criticised: its title, who drafted it, the form, its points."""

    title: str
    body: str
    form: CriticismForm
    points: tuple[Point, ...]
    participants: str = ""
    experts: str = ""
    purpose: CriticismPurpose = CriticismPurpose.CRITICISM


COMMITTEE = "Ủy ban nhân dân xã {place}"
COUNCIL = "Thường trực Hội đồng nhân dân xã {place}"
MEMBERS = (
    "Đại diện Hội Liên hiệp Phụ nữ xã\nĐại diện Hội Nông dân xã\nĐại diện Hội Cựu chiến binh xã"
)
ELDERS = "Trưởng ban công tác Mặt trận các ấp\nĐại diện Chi hội Người cao tuổi"

DRAFTS = (
    Draft(
        "Dự thảo Nghị quyết về Chương trình xây dựng nông thôn mới nâng cao giai đoạn 2026–2030",
        COUNCIL,
        CriticismForm.CONFERENCE,
        (
            Point(
                "Mục tiêu về thu nhập bình quân đầu người",
                "Chỉ tiêu 85 triệu đồng vào năm 2030 cao so với mức tăng của ba năm qua",
                "Đặt lộ trình từng năm, rà lại cách tính",
                A,
                "Đã điều chỉnh lộ trình theo từng năm",
            ),
            Point(
                "Nguồn vốn đối ứng của Nhân dân",
                "Mức đóng góp làm đường giao thông nông thôn 30% là nặng với hộ nghèo",
                "Miễn cho hộ nghèo, giảm cho hộ cận nghèo",
                A,
                "Bổ sung miễn, giảm cho hộ nghèo, cận nghèo",
            ),
            Point(
                "Tiêu chí môi trường",
                "Chưa nói rõ việc thu gom rác ở các ấp xa",
                "Giao tổ tự quản thu gom, có kinh phí hỗ trợ",
                E,
                "Sẽ quy định trong kế hoạch hằng năm",
            ),
        ),
        MEMBERS,
        "Kỹ sư nông nghiệp Lê Văn Thành",
    ),
    Draft(
        "Dự thảo Quy hoạch sử dụng đất xã đến năm 2030",
        COMMITTEE,
        CriticismForm.DRAFT_ROUND,
        (
            Point(
                "Khu tái định cư ấp Bàu Sen",
                "Vị trí trũng, ngập vào mùa mưa",
                "Chọn vị trí cao hơn hoặc nâng nền trước khi giao đất",
                A,
                "Đã chuyển sang khu đất gò",
            ),
            Point(
                "Đất công trình công cộng",
                "Thiếu đất cho sân chơi trẻ em ở các ấp",
                "Dành mỗi ấp một điểm sân chơi",
                E,
                "Bố trí trong đất nhà văn hóa ấp",
            ),
        ),
        MEMBERS,
    ),
    Draft(
        "Dự thảo Đề án sắp xếp lại chợ trung tâm xã",
        COMMITTEE,
        CriticismForm.DIALOGUE,
        (
            Point(
                "Việc di dời tiểu thương",
                "Tiểu thương lo mất chỗ bán quen",
                "Ưu tiên bốc thăm cho người đang kinh doanh",
                A,
                "Giữ thứ tự ưu tiên cho người đang bán",
            ),
            Point(
                "Giá thuê sạp",
                "Giá thuê sau sắp xếp tăng gấp đôi",
                "Giữ giá trong hai năm đầu",
                R,
                "Giá theo quy định của tỉnh, không thể giữ nguyên",
            ),
        ),
        "Đại diện tiểu thương chợ trung tâm\n" + ELDERS,
    ),
    Draft(
        "Dự thảo Nghị quyết quy định mức hỗ trợ người có công trên địa bàn xã",
        COUNCIL,
        CriticismForm.CONFERENCE,
        (
            Point(
                "Đối tượng hỗ trợ",
                "Chưa gồm thân nhân liệt sĩ không còn ai thờ cúng",
                "Bổ sung đối tượng này",
                A,
                "Đã bổ sung",
            ),
            Point(
                "Mức hỗ trợ",
                "Mức 500.000 đồng một lần thấp so với giá cả",
                "Nâng lên 800.000 đồng",
                E,
                "Ngân sách xã chỉ bảo đảm 600.000 đồng",
            ),
            Point(
                "Thủ tục",
                "Hồ sơ đòi bản sao chứng thực nhiều giấy tờ",
                "Bỏ bản sao chứng thực, đối chiếu bản chính",
                A,
                "Đã bỏ yêu cầu chứng thực",
            ),
        ),
        MEMBERS,
        "Luật sư Trần Văn Bình",
    ),
    Draft(
        "Dự thảo Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}",
        COMMITTEE,
        CriticismForm.CONFERENCE,
        (
            Point(
                "Điểm sơ tán dân",
                "Trường tiểu học ấp Bình Hòa nằm trong vùng ngập",
                "Thêm điểm sơ tán ở nhà văn hóa ấp Tân Phú",
                A,
                "Đã thêm",
            ),
            Point(
                "Lực lượng xung kích",
                "Chưa có danh sách theo từng ấp",
                "Lập danh sách, diễn tập trước mùa mưa",
                A,
                "Giao Ban chỉ huy quân sự xã lập",
            ),
            Point(
                "Quỹ phòng, chống thiên tai",
                "Chưa công khai việc thu, chi",
                "Công khai hằng năm tại nhà văn hóa ấp",
                A,
                "",
            ),
        ),
        MEMBERS,
    ),
    Draft(
        "Dự thảo Quy chế thực hiện dân chủ ở cơ sở của xã",
        COMMITTEE,
        CriticismForm.DRAFT_ROUND,
        (
            Point(
                "Việc lấy ý kiến Nhân dân",
                "Chỉ lấy ý kiến qua loa phát thanh",
                "Thêm hình thức hội nghị ở ấp và hòm thư góp ý",
                A,
                "",
            ),
            Point(
                "Công khai tài chính",
                "Thời hạn niêm yết 15 ngày là ngắn",
                "Niêm yết ít nhất 30 ngày",
                A,
                "",
            ),
        ),
        ELDERS,
    ),
    Draft(
        "Dự thảo Đề án phát triển du lịch sinh thái ven sông",
        COMMITTEE,
        CriticismForm.CONFERENCE,
        (
            Point(
                "Bảo vệ môi trường ven sông",
                "Chưa có biện pháp xử lý rác của khách",
                "Quy định trách nhiệm của hộ kinh doanh",
                A,
                "",
            ),
            Point(
                "Quyền lợi người dân có đất",
                "Chưa rõ cách góp vốn bằng đất",
                "Có mẫu hợp đồng góp vốn, tư vấn pháp lý miễn phí",
                E,
                "",
            ),
        ),
        MEMBERS,
        "Thạc sĩ quản lý tài nguyên Phạm Thị Hoa",
    ),
    Draft(
        "Dự thảo Quy định về quản lý trật tự đô thị tại trung tâm xã",
        COMMITTEE,
        CriticismForm.DIALOGUE,
        (
            Point(
                "Lấn chiếm vỉa hè",
                "Xử phạt ngay làm khó người buôn bán nhỏ",
                "Nhắc nhở, bố trí điểm bán tạm trước khi xử phạt",
                A,
                "",
            ),
        ),
        "Đại diện hộ kinh doanh trục đường chính\n" + ELDERS,
    ),
    Draft(
        "Dự thảo Kế hoạch chuyển đổi số của xã giai đoạn 2026–2030",
        COMMITTEE,
        CriticismForm.DRAFT_ROUND,
        (
            Point(
                "Người cao tuổi dùng dịch vụ công trực tuyến",
                "Nhiều người không dùng được điện thoại thông minh",
                "Tổ công nghệ số cộng đồng hướng dẫn tại nhà",
                A,
                "",
            ),
        ),
        MEMBERS,
    ),
    Draft(
        "Dự thảo Báo cáo chính trị trình Đại hội Đảng bộ xã {place} nhiệm kỳ 2025–2030",
        "Ban Thường vụ Đảng ủy xã {place}",
        CriticismForm.CONFERENCE,
        (
            Point(
                "Phần đánh giá kết quả nhiệm kỳ",
                "Chưa nêu rõ hạn chế trong giải quyết đơn thư, khiếu nại về đất đai",
                "Bổ sung hạn chế và nguyên nhân",
                A,
                "Đã bổ sung vào phần hạn chế, khuyết điểm",
            ),
            Point(
                "Chỉ tiêu tỷ lệ hộ nghèo đến năm 2030",
                "Giảm còn dưới 1% chưa sát với số hộ nghèo do bệnh tật, không có sức lao động",
                "Đặt chỉ tiêu dưới 1,5%",
                E,
                "Chỉ tiêu theo định hướng của cấp trên; giữ nguyên, bổ sung giải pháp",
            ),
            Point(
                "Phương hướng xây dựng Đảng",
                "Chưa có giải pháp tạo nguồn đảng viên trong đoàn viên thanh niên",
                "Bổ sung giải pháp phát triển đảng viên trẻ",
                A,
                "",
            ),
        ),
        MEMBERS + "\n" + ELDERS,
        purpose=CriticismPurpose.CONTRIBUTION,
    ),
    Draft(
        "Dự thảo Quy chế tiếp công dân, tiếp nhận và xử lý phản ánh, kiến nghị của Ủy ban nhân "
        "dân xã {place}",
        COMMITTEE,
        CriticismForm.DRAFT_ROUND,
        (
            Point(
                "Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã",
                "Mỗi tháng một ngày là ít so với số việc người dân cần gặp",
                "Tiếp định kỳ hai ngày mỗi tháng, công khai lịch tại các ấp",
                A,
                "",
            ),
            Point(
                "Thời hạn trả lời phản ánh, kiến nghị",
                "15 ngày làm việc là dài với những việc đơn giản",
                "Việc đơn giản trả lời trong 7 ngày",
                E,
                "Giữ thời hạn theo Luật Tiếp công dân, khuyến khích trả lời sớm hơn",
            ),
        ),
        MEMBERS,
        purpose=CriticismPurpose.CONTRIBUTION,
    ),
)
"""The drafts, in the order the small office lives them (see ``small.LIVES``); the last two
are QĐ 218 feedback on the Party committee's and the government's drafts."""
