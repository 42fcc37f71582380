"""What the demo office supervises: the subjects a commune Front really takes up, in its words.

Each topic holds a session's subject, the body supervised and its direct superior, the
contents, the law it rests on, where the delegation works, who attends for the body and the
gist of each biên bản. The placeholders are the office's own: ``{locality}`` (xã Tân Hưng),
``{level}`` (xã), ``{place}`` (Tân Hưng), ``{province}`` (tỉnh Tây Ninh), ``{year}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole

DOCUMENTS, DELEGATION, BOARDS, WITH_STATE = (
    SupervisionForm.DOCUMENTS,
    SupervisionForm.DELEGATION,
    SupervisionForm.BOARDS,
    SupervisionForm.WITH_STATE,
)
LEAD, JOIN = SupervisionRole.LEAD, SupervisionRole.JOIN

UBND = "Ủy ban nhân dân {locality}"
UBND_UP = "Ủy ban nhân dân {province}"
HALL = "Hội trường Ủy ban nhân dân {locality}"
VICE_UBND = "Ông Lê Văn Thành – Phó Chủ tịch Ủy ban nhân dân {level}"
LAND_OFFICER = "Ông Phan Minh Luân – công chức Địa chính - Xây dựng"


@dataclass(frozen=True, slots=True)
class Topic:
    """A subject of supervision with everything its session needs written."""

    subject: str
    body: str
    superior: str
    contents: tuple[str, ...]
    law: str
    place: str = HALL
    attendees: tuple[str, ...] = (VICE_UBND,)
    minutes: tuple[str, ...] = ()


TOPICS: dict[str, Topic] = {
    "bhyt": Topic(
        "Việc thực hiện chính sách bảo hiểm y tế đối với người cao tuổi",
        UBND,
        UBND_UP,
        (
            "Việc lập danh sách, cấp thẻ bảo hiểm y tế cho người cao tuổi",
            "Công tác tuyên truyền, vận động người cao tuổi tham gia bảo hiểm y tế",
            "Việc khám, chữa bệnh bảo hiểm y tế cho người cao tuổi tại Trạm Y tế {level}",
        ),
        "Căn cứ Luật Bảo hiểm y tế và Luật Người cao tuổi;",
        attendees=(
            VICE_UBND,
            "Bà Trần Thị Mai – Trạm trưởng Trạm Y tế {level}",
            "Ông Nguyễn Hữu Nghĩa – công chức Văn hóa - Xã hội",
        ),
        minutes=(
            "Đoàn nghe Ủy ban nhân dân {level} báo cáo: 96% người cao tuổi trên địa bàn đã có "
            "thẻ bảo hiểm y tế. Thành viên Đoàn hỏi về việc cấp thẻ chậm ở hai ấp; Ủy ban nhân "
            "dân {level} tiếp thu, cam kết rà soát, cấp bổ sung trong tháng.",
            "Đoàn làm việc tại Trạm Y tế {level}, kiểm tra sổ khám bệnh và danh mục thuốc bảo "
            "hiểm y tế; đề nghị bố trí bàn tiếp đón riêng cho người cao tuổi.",
        ),
    ),
    "ntm": Topic(
        "Việc thực hiện các tiêu chí xây dựng nông thôn mới nâng cao",
        UBND,
        UBND_UP,
        (
            "Việc huy động, quản lý và sử dụng các nguồn lực xây dựng nông thôn mới",
            "Việc công khai, dân chủ trong lựa chọn công trình và đóng góp của Nhân dân",
            "Kết quả thực hiện các tiêu chí giao thông, môi trường, thu nhập",
        ),
        "Căn cứ Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”;",
        attendees=(
            VICE_UBND,
            LAND_OFFICER,
            "Bà Huỳnh Thị Hoa – công chức Tài chính - Kế toán",
        ),
        minutes=(
            "Đoàn nghe báo cáo: {level} đạt 15/19 tiêu chí nông thôn mới nâng cao. Đoàn đề nghị "
            "công khai thu, chi các khoản Nhân dân đóng góp làm đường tại nhà văn hóa các ấp.",
            "Đoàn khảo sát tuyến đường ấp Tân Phú và bãi tập kết rác; ghi nhận mặt đường đã "
            "xuống cấp một đoạn 200 m, đề nghị đưa vào kế hoạch duy tu năm sau.",
        ),
    ),
    "ho_ngheo": Topic(
        "Việc rà soát, bình xét hộ nghèo, hộ cận nghèo năm {year}",
        "Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo {locality}",
        UBND,
        (
            "Việc thành lập Tổ rà soát và tập huấn nghiệp vụ ở các ấp",
            "Việc họp dân bình xét, niêm yết công khai danh sách",
            "Việc giải quyết ý kiến thắc mắc của người dân về kết quả rà soát",
        ),
        "Căn cứ Nghị định số 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều;",
        place="Nhà văn hóa ấp Tân Lợi",
        attendees=(
            VICE_UBND + ", Trưởng Ban Chỉ đạo",
            "Ông Trương Văn Bé – Trưởng ấp Tân Lợi",
            "Bà Lâm Thị Ngọc – công chức Văn hóa - Xã hội",
        ),
        minutes=(
            "Đoàn dự họp dân bình xét ở ấp Tân Lợi: việc bình xét dân chủ, công khai. Đoàn đề "
            "nghị niêm yết danh sách đủ 7 ngày làm việc và trả lời bằng văn bản hai hộ có thắc "
            "mắc.",
            "Đoàn kiểm tra hồ sơ rà soát của ấp Bình Hòa; phiếu điều tra ghi thiếu thu nhập của "
            "ba hộ, Tổ rà soát tiếp thu, bổ sung ngay.",
        ),
    ),
    "tiep_dan": Topic(
        "Việc tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của công dân",
        UBND,
        UBND_UP,
        (
            "Sổ tiếp công dân và lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân {level}",
            "Hồ sơ giải quyết đơn thư, thời hạn trả lời công dân",
            "Việc thực hiện các quyết định giải quyết khiếu nại đã có hiệu lực",
        ),
        "Căn cứ Luật Tiếp công dân, Luật Khiếu nại và Luật Tố cáo;",
    ),
    "dat_dai": Topic(
        "Việc quản lý, sử dụng đất công và cấp giấy chứng nhận quyền sử dụng đất",
        UBND,
        UBND_UP,
        (
            "Việc lập, quản lý hồ sơ đất công do {level} quản lý",
            "Việc cho thuê, giao khoán quỹ đất công ích",
            "Việc giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        ),
        "Căn cứ Luật Đất đai năm 2024;",
        place="Phòng họp Hội đồng nhân dân {locality}",
        attendees=(VICE_UBND, LAND_OFFICER),
        minutes=(
            "Đại diện Ủy ban MTTQ tham gia Đoàn giám sát; Đoàn đề nghị thu hồi 0,8 ha đất công "
            "bị lấn chiếm ở ấp Rạch Tràm và giải quyết dứt điểm 12 hồ sơ cấp giấy quá hạn.",
        ),
    ),
    "attp_truong": Topic(
        "Việc bảo đảm an toàn thực phẩm tại bếp ăn bán trú các trường mầm non, tiểu học",
        "Trường Mầm non {place} và Trường Tiểu học {place}",
        UBND,
        (
            "Hồ sơ nguồn gốc thực phẩm, hợp đồng cung cấp thực phẩm",
            "Việc lưu mẫu thức ăn, vệ sinh bếp ăn, khám sức khỏe người chế biến",
            "Việc thu, chi tiền ăn bán trú của phụ huynh",
        ),
        "Căn cứ Luật An toàn thực phẩm;",
        place="Trường Mầm non {place}",
        attendees=(
            "Bà Nguyễn Thị Kim Loan – Hiệu trưởng Trường Mầm non {place}",
            "Ông Võ Thanh Tâm – Hiệu trưởng Trường Tiểu học {place}",
            "Bà Đỗ Thị Hạnh – nhân viên y tế trường học",
        ),
        minutes=(
            "Đoàn kiểm tra bếp ăn, sổ lưu mẫu 24 giờ và hồ sơ nguồn gốc thực phẩm: bếp một chiều, "
            "sạch sẽ. Đoàn đề nghị bổ sung hợp đồng với nơi cung cấp rau và công khai thu, chi "
            "tiền ăn hằng tháng.",
        ),
    ),
    "attp_cho": Topic(
        "Việc bảo đảm an toàn thực phẩm tại chợ {place} và các cơ sở kinh doanh ăn uống",
        UBND,
        UBND_UP,
        (
            "Việc cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            "Việc kiểm tra nguồn gốc thịt gia súc, gia cầm bày bán tại chợ",
            "Việc xử lý vi phạm về an toàn thực phẩm",
        ),
        "Căn cứ Luật An toàn thực phẩm;",
        place="Ban Quản lý chợ {place}",
        attendees=(VICE_UBND, "Ông Tạ Văn Hiền – Trưởng Ban Quản lý chợ {place}"),
        minutes=(
            "Đoàn kiểm tra ngẫu nhiên 12 quầy thực phẩm tươi sống; 2 quầy không có giấy kiểm "
            "dịch. Đoàn đề nghị Ban Quản lý chợ nhắc nhở và kiểm tra hằng tuần.",
        ),
    ),
    "moi_truong": Topic(
        "Việc thu gom, xử lý rác thải sinh hoạt và bảo vệ môi trường ở khu dân cư",
        UBND,
        UBND_UP,
        (
            "Việc tổ chức thu gom, vận chuyển rác thải sinh hoạt và mức giá dịch vụ",
            "Việc thu gom vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng",
            "Việc xử lý các điểm tồn đọng rác thải tự phát",
        ),
        "Căn cứ Luật Bảo vệ môi trường năm 2020;",
        attendees=(
            VICE_UBND,
            "Bà Cao Thị Tuyết – công chức Nông nghiệp - Môi trường",
            "Ông Hồ Văn Lực – Tổ trưởng Tổ thu gom rác",
        ),
        minutes=(
            "Đoàn nghe báo cáo và khảo sát ba điểm rác tự phát ven kênh; đề nghị bố trí thêm "
            "bể chứa vỏ bao bì thuốc bảo vệ thực vật ở các cánh đồng ấp Rạch Tràm.",
        ),
    ),
    "quy_che_dan_chu": Topic(
        "Việc thực hiện dân chủ ở cơ sở và công khai tài chính tại Ủy ban nhân dân {level}",
        UBND,
        UBND_UP,
        (
            "Việc công khai những nội dung Nhân dân được biết",
            "Việc công khai dự toán, quyết toán ngân sách {level}",
            "Việc lấy ý kiến Nhân dân trước khi quyết định những việc Nhân dân bàn",
        ),
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;",
        place="Văn phòng Ủy ban nhân dân {locality}",
        attendees=(VICE_UBND, "Bà Huỳnh Thị Hoa – công chức Tài chính - Kế toán"),
        minutes=(
            "Ban Thanh tra nhân dân đối chiếu bảng niêm yết với dự toán đã giao; việc công khai "
            "đúng hạn. Ban đề nghị đăng thêm trên trang thông tin điện tử của {level}.",
        ),
    ),
    "duong_gtnt": Topic(
        "Việc thi công công trình nâng cấp đường giao thông nông thôn ấp Tân Phú",
        UBND + " (chủ đầu tư)",
        UBND_UP,
        (
            "Việc công khai thông tin dự án tại nơi thi công",
            "Khối lượng, chất lượng vật liệu và tiến độ thi công so với thiết kế",
            "Việc hoàn trả mặt bằng, bảo đảm an toàn giao thông khi thi công",
        ),
        "Căn cứ Luật Đầu tư công năm 2024;",
        place="Công trình đường giao thông ấp Tân Phú",
        attendees=(
            LAND_OFFICER + ", đại diện chủ đầu tư",
            "Ông Đinh Văn Khải – Chỉ huy trưởng công trình",
            "Ông Nguyễn Văn Mười – Trưởng ấp Tân Phú",
        ),
        minutes=(
            "Ban giám sát đầu tư của cộng đồng kiểm tra hiện trường, đo lớp cấp phối tại ba "
            "điểm, đạt thiết kế; đề nghị tưới nước giảm bụi và đặt biển báo ở hai đầu tuyến.",
            "Ban kiểm tra lần hai khi thảm nhựa; đơn vị thi công đã khắc phục các ý kiến trước.",
        ),
    ),
    "nha_van_hoa": Topic(
        "Việc thi công công trình nhà văn hóa ấp Bình Hòa",
        UBND + " (chủ đầu tư)",
        UBND_UP,
        (
            "Việc công khai dự toán và nguồn vốn, kể cả phần Nhân dân đóng góp",
            "Chất lượng vật liệu, tiến độ thi công",
        ),
        "Căn cứ Luật Đầu tư công năm 2024;",
        place="Công trình nhà văn hóa ấp Bình Hòa",
        attendees=(LAND_OFFICER, "Ông Đinh Văn Khải – Chỉ huy trưởng công trình"),
        minutes=(
            "Ban giám sát đầu tư của cộng đồng kiểm tra móng và cốt thép trước khi đổ bê tông; "
            "đúng thiết kế, có nhật ký thi công.",
        ),
    ),
    "ma_tuy": Topic(
        "Việc thực hiện công tác phòng, chống ma túy trong thanh, thiếu niên",
        "Công an {locality}",
        UBND,
        (
            "Việc lập danh sách, quản lý người sử dụng trái phép chất ma túy",
            "Việc tuyên truyền phòng, chống ma túy trong trường học",
        ),
        "Căn cứ Luật Phòng, chống ma túy năm 2021;",
        place="Trụ sở Công an {locality}",
        attendees=("Ông Trần Quốc Toàn – Phó Trưởng Công an {level}",),
        minutes=(
            "Đoàn nghe Công an {level} báo cáo, đề nghị phối hợp với Đoàn Thanh niên tổ chức "
            "tuyên truyền ở các điểm quán cà phê, trò chơi điện tử.",
        ),
    ),
    "nguoi_co_cong": Topic(
        "Việc thực hiện chính sách đối với người có công với cách mạng",
        UBND,
        UBND_UP,
        ("Việc chi trả trợ cấp hằng tháng", "Việc hỗ trợ sửa chữa nhà ở cho người có công"),
        "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng;",
    ),
    "quy_vi_nguoi_ngheo": Topic(
        "Việc quản lý, sử dụng Quỹ “Vì người nghèo” {locality}",
        "Ban Vận động Quỹ “Vì người nghèo” {locality}",
        UBND,
        ("Việc vận động, tiếp nhận và phân bổ Quỹ",),
        "Căn cứ Nghị định số 93/2021/NĐ-CP về vận động, tiếp nhận, phân phối các nguồn đóng góp;",
    ),
    "nha_o": Topic(
        "Việc hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
        UBND,
        UBND_UP,
        (
            "Việc lập danh sách hộ được hỗ trợ và mức hỗ trợ",
            "Việc cấp phát kinh phí và tiến độ xây dựng, sửa chữa nhà",
            "Chất lượng nhà ở sau khi hoàn thành",
        ),
        "Căn cứ phong trào “Cả nước chung tay xóa nhà tạm, nhà dột nát”;",
        attendees=(VICE_UBND, "Bà Lâm Thị Ngọc – công chức Văn hóa - Xã hội"),
        minutes=(
            "Đoàn nghe báo cáo: 14 căn đã bàn giao, 3 căn đang xây; Đoàn đề nghị bàn giao trước "
            "Tết Nguyên đán và công khai danh sách hộ được hỗ trợ.",
        ),
    ),
    "bhxh": Topic(
        "Việc thực hiện chính sách bảo hiểm xã hội tự nguyện",
        UBND,
        UBND_UP,
        ("Việc tuyên truyền, phát triển người tham gia", "Việc hỗ trợ mức đóng cho người tham gia"),
        "Căn cứ Luật Bảo hiểm xã hội năm 2024;",
        attendees=(VICE_UBND, "Bà Nguyễn Thị Thắm – nhân viên Bưu điện văn hóa {level}"),
        minutes=(
            "Đoàn giám sát của Ban Thường trực cấp trên nghe {level} báo cáo; đại diện Ủy ban "
            "MTTQ {level} báo cáo việc vận động người dân tham gia.",
        ),
    ),
    "van_ban_ubnd": Topic(
        "Việc ban hành văn bản quy phạm pháp luật của Ủy ban nhân dân {level}",
        UBND,
        UBND_UP,
        ("Thẩm quyền, thể thức và trình tự ban hành văn bản", "Việc lấy ý kiến Nhân dân"),
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025;",
    ),
    "ban_ttnd": Topic(
        "Hoạt động của Ban Thanh tra nhân dân {locality}",
        "Ban Thanh tra nhân dân {locality}",
        "Ủy ban MTTQ Việt Nam {locality}",
        ("Việc xây dựng chương trình công tác", "Việc tiếp nhận, xử lý kiến nghị của Nhân dân"),
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;",
        place="Văn phòng Ủy ban MTTQ Việt Nam {locality}",
        attendees=("Ông Ngô Văn Tư – Trưởng Ban Thanh tra nhân dân",),
        minutes=(
            "Đoàn nghe Ban Thanh tra nhân dân báo cáo 6 tháng; đề nghị ghi sổ theo dõi kiến "
            "nghị đầy đủ ngày nhận, ngày trả lời.",
        ),
    ),
    "dau_tu_cong": Topic(
        "Việc thực hiện kế hoạch đầu tư công năm {year}",
        UBND,
        UBND_UP,
        ("Tiến độ giải ngân vốn đầu tư công", "Việc quyết toán các công trình đã hoàn thành"),
        "Căn cứ Luật Đầu tư công năm 2024;",
        place="Phòng họp Hội đồng nhân dân {locality}",
        attendees=(VICE_UBND, "Bà Huỳnh Thị Hoa – công chức Tài chính - Kế toán"),
        minutes=(
            "Đại diện Ủy ban MTTQ tham gia Đoàn; tỷ lệ giải ngân đạt 68%, Đoàn đề nghị đẩy "
            "nhanh quyết toán hai công trình hoàn thành từ năm trước.",
        ),
    ),
    "attp_tet": Topic(
        "Việc bảo đảm an toàn thực phẩm dịp Tết Nguyên đán",
        "Các cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn {locality}",
        UBND,
        ("Nguồn gốc, hạn sử dụng thực phẩm", "Điều kiện vệ sinh cơ sở"),
        "Căn cứ Luật An toàn thực phẩm;",
        place="Các cơ sở kinh doanh thực phẩm ở chợ {place}",
        attendees=("Bà Cao Thị Tuyết – công chức Nông nghiệp - Môi trường",),
        minutes=(
            "Đoàn liên ngành kiểm tra 9 cơ sở, nhắc nhở 2 cơ sở bày bán bánh kẹo không rõ "
            "nguồn gốc; đại diện Ủy ban MTTQ tham gia, ghi nhận ý kiến người tiêu dùng.",
        ),
    ),
    "cu_tri": Topic(
        "Việc giải quyết ý kiến, kiến nghị của cử tri",
        UBND,
        UBND_UP,
        ("Việc trả lời kiến nghị của cử tri tại các kỳ tiếp xúc",),
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
    ),
}
