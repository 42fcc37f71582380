"""What the demo office recommends after its supervisions, and what the bodies answer.

Each topic a session led by the Front takes up (``texts.TOPICS``) has the recommendations
its report made to the supervised body, and for some to the body's direct superior. Each
recommendation holds how the body first answered it (tiếp thu, giải trình, or done at once:
đã giải quyết), the gist of that answer, the commitment a tiếp thu carries and the result
once done; some hold why a body would not accept it (không tiếp thu). The placeholders are
the office's own (``{locality}``, ``{level}``, ``{place}``, ``{province}``).
"""

from __future__ import annotations

from dataclasses import dataclass

from giamsat_desktop.domain.recommendations import ReplyKind

ACCEPTED, EXPLAINED, DONE = ReplyKind.ACCEPTED, ReplyKind.EXPLAINED, ReplyKind.RESOLVED


@dataclass(frozen=True, slots=True)
class Advice:
    """One recommendation and how it went.

    Attributes:
        content: What the Front recommends.
        answer: What the body's first written reply says (``ReplyKind``).
        reply: The gist of that reply, kept with it.
        result: What was done in the end: the result reported, or found on a check.
        commitment: What a body accepting it commits to do.
        refused: Why a body would not accept it (for the one the demo leaves refused).
    """

    content: str
    answer: ReplyKind
    reply: str
    result: str
    commitment: str = ""
    refused: str = ""


@dataclass(frozen=True, slots=True)
class Advices:
    """A topic's recommendations: to the supervised body, and to its direct superior."""

    body: tuple[Advice, ...]
    superior: tuple[Advice, ...] = ()


ADVICES: dict[str, Advices] = {
    "bhyt": Advices(
        (
            Advice(
                "Chỉ đạo rà soát, cấp bổ sung thẻ bảo hiểm y tế cho 37 người cao tuổi từ đủ 75 "
                "tuổi trở lên ở ấp Tân Phú và ấp Rạch Tràm chưa được cấp thẻ.",
                ACCEPTED,
                "Tiếp thu; giao công chức Văn hóa - Xã hội phối hợp Bảo hiểm xã hội rà soát, "
                "lập danh sách đề nghị cấp thẻ.",
                "Đã cấp bổ sung 37 thẻ bảo hiểm y tế cho người cao tuổi ở hai ấp.",
                "Rà soát, hoàn thành cấp bổ sung thẻ bảo hiểm y tế cho người cao tuổi.",
            ),
            Advice(
                "Bố trí bàn tiếp đón, ưu tiên khám bệnh cho người cao tuổi tại Trạm Y tế {level}.",
                DONE,
                "Trạm Y tế {level} đã bố trí bàn tiếp đón và niêm yết lịch ưu tiên khám bệnh "
                "cho người cao tuổi.",
                "Đã bố trí bàn tiếp đón người cao tuổi.",
            ),
            Advice(
                "Tăng cường tuyên truyền, vận động người từ 60 đến dưới 75 tuổi tham gia bảo "
                "hiểm y tế hộ gia đình; phối hợp Hội Người cao tuổi đối thoại về quyền lợi khi "
                "khám, chữa bệnh.",
                ACCEPTED,
                "Tiếp thu; giao các ấp phối hợp Hội Người cao tuổi tổ chức tuyên truyền.",
                "Đã tổ chức 7 buổi tuyên truyền ở các ấp, 126 người dự; 41 người đăng ký tham "
                "gia bảo hiểm y tế hộ gia đình.",
                "Tổ chức tuyên truyền, đối thoại ở 7 ấp trong quý.",
                "Không tiếp thu việc tổ chức đối thoại: Hội Người cao tuổi {level} đã đối thoại "
                "về nội dung này trong năm.",
            ),
        ),
        (
            Advice(
                "Chỉ đạo Sở Y tế bảo đảm đủ thuốc trong danh mục bảo hiểm y tế tại Trạm Y tế "
                "{level}, nhất là thuốc điều trị bệnh mạn tính cho người cao tuổi.",
                EXPLAINED,
                "Giải trình: thuốc được cung ứng theo kết quả đấu thầu tập trung của tỉnh; đã "
                "giao Sở Y tế điều chuyển thuốc giữa các trạm y tế trong khi chờ đấu thầu bổ "
                "sung.",
                "Sở Y tế đã điều chuyển bổ sung thuốc điều trị tăng huyết áp, đái tháo đường "
                "cho Trạm Y tế {level}.",
            ),
        ),
    ),
    "ntm": Advices(
        (
            Advice(
                "Công khai các khoản Nhân dân đóng góp xây dựng đường giao thông nông thôn tại "
                "nhà văn hóa các ấp và trên loa truyền thanh {level}.",
                ACCEPTED,
                "Tiếp thu; giao các Ban phát triển ấp niêm yết công khai thu, chi.",
                "Đã niêm yết công khai thu, chi ở nhà văn hóa 7 ấp và đọc trên loa truyền thanh.",
                "Niêm yết công khai thu, chi các khoản đóng góp ở nhà văn hóa 7 ấp.",
            ),
            Advice(
                "Đưa đoạn đường ấp Tân Phú dài khoảng 200 m bị xuống cấp vào kế hoạch duy tu, "
                "sửa chữa.",
                EXPLAINED,
                "Giải trình: vốn duy tu năm nay đã phân bổ hết; đoạn đường được đưa vào kế "
                "hoạch duy tu năm sau.",
                "Đoạn đường ấp Tân Phú đã được sửa chữa, thông xe.",
            ),
            Advice(
                "Có giải pháp nâng thu nhập bình quân đầu người, hỗ trợ các hộ chuyển đổi sang "
                "mô hình lúa - tôm, bảo đảm tiêu chí thu nhập nông thôn mới nâng cao.",
                ACCEPTED,
                "Tiếp thu; xây dựng kế hoạch chuyển đổi cây trồng, vật nuôi.",
                "Đã chuyển đổi 20 ha sang mô hình lúa - tôm, hỗ trợ giống cho 34 hộ.",
                "Chuyển đổi 20 ha sang mô hình lúa - tôm.",
            ),
            Advice(
                "Xử lý dứt điểm bãi tập kết rác tự phát gần chợ {place}.",
                ACCEPTED,
                "Tiếp thu; giao Tổ thu gom rác dọn dẹp, đặt biển cấm đổ rác.",
                "Đã dọn dẹp bãi rác, đặt biển cấm và camera giám sát.",
                "Dọn dẹp bãi rác tự phát, đặt biển cấm đổ rác.",
            ),
        ),
        (
            Advice(
                "Xem xét hỗ trợ vốn để {locality} nâng cấp tuyến đường liên ấp Tân Phú - Bình "
                "Hòa, hoàn thành tiêu chí giao thông nông thôn mới nâng cao.",
                EXPLAINED,
                "Giải trình: tuyến đường đã có trong danh mục đầu tư công trung hạn của tỉnh.",
                "Tỉnh đã bố trí vốn nâng cấp tuyến đường liên ấp Tân Phú - Bình Hòa.",
            ),
        ),
    ),
    "ho_ngheo": Advices(
        (
            Advice(
                "Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo dự kiến tại nhà văn hóa các "
                "ấp đủ 07 ngày làm việc trước khi trình phê duyệt.",
                DONE,
                "Đã niêm yết lại danh sách tại nhà văn hóa 7 ấp đủ 07 ngày làm việc.",
                "Đã niêm yết đủ thời gian.",
            ),
            Advice(
                "Phúc tra, trả lời bằng văn bản hai hộ ở ấp Tân Lợi có thắc mắc về kết quả "
                "bình xét.",
                ACCEPTED,
                "Tiếp thu; giao Tổ rà soát ấp Tân Lợi phúc tra.",
                "Đã phúc tra, trả lời hai hộ; một hộ được bổ sung vào danh sách hộ cận nghèo.",
                "Phúc tra, trả lời bằng văn bản hai hộ.",
                "Không tiếp thu: hai hộ đã được phúc tra trước khi họp dân, kết quả bình xét "
                "đúng quy trình.",
            ),
            Advice(
                "Bổ sung thông tin thu nhập còn thiếu trên phiếu rà soát của các hộ ở ấp Bình Hòa.",
                DONE,
                "Tổ rà soát ấp Bình Hòa đã bổ sung đầy đủ phiếu rà soát.",
                "Đã bổ sung phiếu rà soát.",
            ),
        ),
        (
            Advice(
                "Bố trí kinh phí hỗ trợ mua thẻ bảo hiểm y tế cho người thuộc hộ mới thoát nghèo.",
                ACCEPTED,
                "Tiếp thu; đưa vào dự toán ngân sách {level}.",
                "Đã hỗ trợ mua thẻ bảo hiểm y tế cho 23 người thuộc hộ mới thoát nghèo.",
                "Bố trí kinh phí trong dự toán ngân sách {level}.",
            ),
        ),
    ),
    "tiep_dan": Advices(
        (
            Advice(
                "Thực hiện đúng lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân "
                "{level}; niêm yết lịch tại trụ sở.",
                ACCEPTED,
                "Tiếp thu; niêm yết lịch tiếp công dân tại trụ sở và nhà văn hóa các ấp.",
                "Chủ tịch Ủy ban nhân dân {level} tiếp công dân đúng lịch các tháng sau giám sát.",
                "Tiếp công dân định kỳ đúng lịch đã niêm yết.",
            ),
            Advice(
                "Giải quyết dứt điểm 3 đơn kiến nghị về tranh chấp ranh đất đã quá thời hạn "
                "trả lời.",
                ACCEPTED,
                "Tiếp thu; giao công chức Địa chính - Xây dựng phối hợp Tổ hòa giải các ấp.",
                "Đã hòa giải thành 2 vụ; 1 vụ hướng dẫn công dân khởi kiện tại Tòa án.",
                "Hòa giải, trả lời 3 đơn.",
                "Không tiếp thu: 3 đơn đã có văn bản trả lời, công dân tiếp tục gửi đơn trùng "
                "nội dung.",
            ),
            Advice(
                "Cập nhật đầy đủ sổ tiếp công dân, ghi rõ kết quả xử lý từng đơn.",
                DONE,
                "Đã cập nhật sổ tiếp công dân và sổ theo dõi xử lý đơn.",
                "Đã cập nhật sổ tiếp công dân.",
            ),
        ),
    ),
    "moi_truong": Advices(
        (
            Advice(
                "Bố trí thêm bể chứa vỏ bao bì thuốc bảo vệ thực vật ở các cánh đồng ấp Rạch Tràm.",
                EXPLAINED,
                "Giải trình: kinh phí xây bể được bố trí từ nguồn sự nghiệp môi trường quý IV.",
                "Đã xây 6 bể chứa vỏ bao bì ở cánh đồng ấp Rạch Tràm.",
            ),
            Advice(
                "Xử lý ba điểm rác tự phát ven kênh, xử phạt trường hợp đổ rác không đúng nơi "
                "quy định.",
                ACCEPTED,
                "Tiếp thu; giao công chức Nông nghiệp - Môi trường kiểm tra, xử lý.",
                "Đã dọn ba điểm rác, lập biên bản nhắc nhở 4 hộ.",
                "Dọn ba điểm rác tự phát ven kênh.",
                "Không tiếp thu việc xử phạt: chưa xác định được người đổ rác.",
            ),
            Advice(
                "Công khai mức giá dịch vụ thu gom rác và lịch thu gom ở từng ấp.",
                DONE,
                "Đã niêm yết giá và lịch thu gom rác ở nhà văn hóa các ấp.",
                "Đã niêm yết giá, lịch thu gom.",
            ),
        ),
    ),
    "attp_truong": Advices(
        (
            Advice(
                "Bổ sung hợp đồng với cơ sở cung cấp rau, có giấy chứng nhận nguồn gốc.",
                DONE,
                "Hai trường đã ký hợp đồng với hợp tác xã rau an toàn.",
                "Đã bổ sung hợp đồng.",
            ),
            Advice(
                "Công khai thu, chi tiền ăn bán trú hằng tháng trên bảng tin của trường.",
                ACCEPTED,
                "Tiếp thu; công khai từ tháng sau.",
                "Hai trường công khai thu, chi tiền ăn hằng tháng.",
                "Công khai thu, chi tiền ăn hằng tháng.",
            ),
        ),
    ),
    "attp_cho": Advices(
        (
            Advice(
                "Chỉ đạo Ban Quản lý chợ {place} kiểm tra giấy kiểm dịch thịt gia súc, gia cầm "
                "hằng tuần.",
                ACCEPTED,
                "Tiếp thu; giao Ban Quản lý chợ kiểm tra hằng tuần, có sổ theo dõi.",
                "Ban Quản lý chợ kiểm tra hằng tuần; các quầy đều có giấy kiểm dịch.",
                "Kiểm tra giấy kiểm dịch hằng tuần.",
            ),
            Advice(
                "Hướng dẫn các cơ sở kinh doanh ăn uống lập hồ sơ cấp giấy chứng nhận đủ điều "
                "kiện an toàn thực phẩm.",
                EXPLAINED,
                "Giải trình: việc cấp giấy thuộc thẩm quyền cấp tỉnh; {level} đã hướng dẫn 15 "
                "cơ sở lập hồ sơ.",
                "12 cơ sở đã được cấp giấy chứng nhận.",
            ),
        ),
    ),
    "ma_tuy": Advices(
        (
            Advice(
                "Phối hợp Đoàn Thanh niên tuyên truyền phòng, chống ma túy ở các quán cà phê, "
                "điểm trò chơi điện tử.",
                ACCEPTED,
                "Tiếp thu; phối hợp Đoàn Thanh niên {level} xây dựng kế hoạch.",
                "Đã tổ chức 5 đợt tuyên truyền, ký cam kết với 18 chủ cơ sở.",
                "Tổ chức tuyên truyền ở các điểm kinh doanh.",
            ),
            Advice(
                "Cập nhật, quản lý chặt chẽ danh sách người sử dụng trái phép chất ma túy trên "
                "địa bàn.",
                DONE,
                "Đã rà soát, cập nhật danh sách, giao công an viên các ấp theo dõi.",
                "Đã cập nhật danh sách.",
            ),
        ),
    ),
    "quy_che_dan_chu": Advices(
        (
            Advice(
                "Đăng tải dự toán, quyết toán ngân sách {level} trên trang thông tin điện tử "
                "của {level}.",
                DONE,
                "Đã đăng tải dự toán, quyết toán trên trang thông tin điện tử.",
                "Đã đăng tải.",
            ),
            Advice(
                "Lấy ý kiến Nhân dân trước khi quyết định mức đóng góp xây dựng công trình ở ấp.",
                ACCEPTED,
                "Tiếp thu; tổ chức họp dân ở ấp trước khi quyết định.",
                "Đã họp dân ở 3 ấp có công trình, biên bản thống nhất mức đóng góp.",
                "Họp dân lấy ý kiến trước khi quyết định mức đóng góp.",
            ),
        ),
    ),
    "duong_gtnt": Advices(
        (
            Advice(
                "Yêu cầu đơn vị thi công tưới nước giảm bụi, đặt biển báo ở hai đầu tuyến.",
                DONE,
                "Đơn vị thi công đã đặt biển báo, tưới nước hai lần mỗi ngày.",
                "Đã đặt biển báo, tưới nước giảm bụi.",
            ),
            Advice(
                "Công khai bảng thông tin dự án tại nơi thi công (quy mô, vốn, thời gian, đơn "
                "vị thi công).",
                DONE,
                "Đã dựng bảng thông tin dự án ở đầu tuyến.",
                "Đã dựng bảng thông tin.",
            ),
            Advice(
                "Hoàn trả mặt bằng, khơi thông cống thoát nước hai bên đường sau khi thi công.",
                ACCEPTED,
                "Tiếp thu; yêu cầu đơn vị thi công hoàn trả mặt bằng khi nghiệm thu.",
                "Đã hoàn trả mặt bằng, khơi thông cống thoát nước.",
                "Hoàn trả mặt bằng trước khi nghiệm thu.",
                "Không tiếp thu: khơi thông cống thoát nước hai bên đường không thuộc hạng mục "
                "của công trình.",
            ),
        ),
    ),
    "nha_van_hoa": Advices(
        (
            Advice(
                "Công khai dự toán và phần kinh phí Nhân dân đóng góp tại công trình.",
                DONE,
                "Đã niêm yết dự toán và danh sách đóng góp tại công trình.",
                "Đã niêm yết.",
            ),
            Advice(
                "Nghiệm thu từng hạng mục có đại diện Ban giám sát đầu tư của cộng đồng.",
                ACCEPTED,
                "Tiếp thu; mời Ban giám sát đầu tư của cộng đồng dự các buổi nghiệm thu.",
                "Ban giám sát đầu tư của cộng đồng đã dự nghiệm thu các hạng mục.",
                "Mời Ban giám sát đầu tư của cộng đồng dự nghiệm thu.",
            ),
        ),
    ),
    "nha_o": Advices(
        (
            Advice(
                "Bàn giao 3 căn nhà đang xây cho hộ nghèo trước Tết Nguyên đán.",
                ACCEPTED,
                "Tiếp thu; đôn đốc đơn vị thi công hoàn thành.",
                "Đã bàn giao 3 căn nhà trước Tết.",
                "Bàn giao 3 căn nhà trước Tết Nguyên đán.",
            ),
            Advice(
                "Công khai danh sách hộ được hỗ trợ và mức hỗ trợ tại nhà văn hóa các ấp.",
                DONE,
                "Đã niêm yết danh sách và mức hỗ trợ ở nhà văn hóa các ấp.",
                "Đã niêm yết.",
            ),
            Advice(
                "Kiểm tra chất lượng nhà sau bàn giao, sửa chữa căn bị thấm dột ở ấp Cầu Xe.",
                ACCEPTED,
                "Tiếp thu; giao công chức Địa chính - Xây dựng kiểm tra.",
                "Đã sửa chữa mái căn nhà ở ấp Cầu Xe.",
                "Kiểm tra, sửa chữa nhà bị thấm dột.",
            ),
        ),
    ),
}
"""The recommendations of each topic a led session takes up."""

GENERAL: tuple[Advice, ...] = (
    Advice(
        "Tăng cường tuyên truyền, phổ biến chính sách, pháp luật liên quan đến nội dung giám "
        "sát đến Nhân dân ở các ấp.",
        ACCEPTED,
        "Tiếp thu; đưa vào nội dung sinh hoạt ở các ấp.",
        "Đã tuyên truyền ở các ấp qua loa truyền thanh và sinh hoạt tổ dân cư.",
        "Tuyên truyền ở các ấp trong quý.",
    ),
    Advice(
        "Công khai kết quả thực hiện tại trụ sở và nhà văn hóa các ấp để Nhân dân biết, giám sát.",
        DONE,
        "Đã niêm yết công khai kết quả tại trụ sở và nhà văn hóa các ấp.",
        "Đã niêm yết công khai.",
    ),
    Advice(
        "Phân công cán bộ, công chức theo dõi, đôn đốc; định kỳ 6 tháng báo cáo kết quả thực "
        "hiện về Ban Thường trực Ủy ban MTTQ Việt Nam {locality}.",
        ACCEPTED,
        "Tiếp thu; phân công công chức theo dõi, báo cáo định kỳ.",
        "Đã có báo cáo 6 tháng về kết quả thực hiện.",
        "Báo cáo kết quả thực hiện định kỳ 6 tháng.",
    ),
    Advice(
        "Rà soát quy trình tiếp nhận, giải quyết phản ánh của Nhân dân, bảo đảm trả lời đúng "
        "thời hạn.",
        ACCEPTED,
        "Tiếp thu; giao bộ phận Một cửa rà soát quy trình.",
        "Đã ban hành quy trình tiếp nhận, trả lời phản ánh; các phản ánh được trả lời đúng hạn.",
        "Ban hành quy trình tiếp nhận, trả lời phản ánh.",
    ),
    Advice(
        "Kiểm điểm, làm rõ trách nhiệm của tập thể, cá nhân để xảy ra hạn chế, thiếu sót nêu "
        "trong báo cáo kết quả giám sát.",
        EXPLAINED,
        "Giải trình: các hạn chế đã được khắc phục ngay trong quá trình giám sát.",
        "Đã tổ chức kiểm điểm, rút kinh nghiệm tại cuộc họp cơ quan.",
        refused="Không tiếp thu: hạn chế đã được khắc phục, chưa đến mức kiểm điểm trách nhiệm.",
    ),
    Advice(
        "Lưu trữ đầy đủ hồ sơ, sổ sách theo quy định, phục vụ công tác kiểm tra, giám sát.",
        DONE,
        "Đã sắp xếp, lập danh mục hồ sơ lưu trữ.",
        "Đã lưu trữ hồ sơ đầy đủ.",
    ),
    Advice(
        "Phối hợp với Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội {level} vận động "
        "Nhân dân cùng thực hiện.",
        ACCEPTED,
        "Tiếp thu; xây dựng kế hoạch phối hợp.",
        "Đã ký kế hoạch phối hợp và tổ chức vận động ở các ấp.",
        "Xây dựng kế hoạch phối hợp vận động Nhân dân.",
    ),
    Advice(
        "Bố trí kinh phí bảo đảm thực hiện các nội dung kiến nghị trong dự toán năm sau.",
        EXPLAINED,
        "Giải trình: dự toán năm nay đã giao; sẽ đề xuất bố trí trong dự toán năm sau.",
        "Đã bố trí kinh phí trong dự toán được giao.",
    ),
)
"""Recommendations any supervision may end with (the large office's sessions draw on them)."""

CLOSE_REASON = (
    "{body} không tiếp thu; nội dung đã được giải trình tại văn bản trả lời. Ban Thường trực "
    "thống nhất kết thúc theo dõi, tổng hợp vào báo cáo gửi Đảng ủy {level}."
)
"""Why the Board closes the recommendation a body would not accept."""
CHECKED = "Kiểm tra thực tế ngày {day}: {result}"
"""The note of a recommendation the Board resolves after checking it on the spot."""
MEETING = "Báo cáo tại Hội nghị giao ban của Thường trực Đảng ủy {level} ngày {day}: {result}"
"""The note of a result the body reported at a meeting instead of in writing."""
REPLY_SUBJECT = "V/v trả lời Văn bản số {symbol} ngày {day} của Ban Thường trực {office}"
"""The subject of a body's written reply to a recommendation letter or a chase."""
RESULT_SUBJECT = "Báo cáo kết quả thực hiện kiến nghị sau {topic}"
"""The subject of a body's report that recommendations are done."""
INSTRUCTION = "Lưu hồ sơ giám sát, theo dõi việc thực hiện kiến nghị"
"""The leader's instruction on a reply as it arrives: no task to give."""
FILED = "Trả lời kiến nghị sau giám sát, đã cập nhật vào Kiến nghị"
"""Why the reply is filed without tasks (lưu, không giao việc)."""

SIGNERS = {
    "uy ban nhan dan tinh": ("Nguyễn Thanh Ngọc", "UBND-VX"),
    "uy ban nhan dan": ("Lê Văn Thành", "UBND"),
    "ban chi dao": ("Lê Văn Thành", "BCĐ"),
    "cong an": ("Trần Quốc Toàn", "CAX"),
    "truong mam non": ("Nguyễn Thị Kim Loan", "MN"),
}
"""Who signs a body's reply and its symbol's suffix, by the start of the body's folded name."""
