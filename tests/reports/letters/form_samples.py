"""One filled-in letter of each form of a supervision, and the document each prints as.

The letters are the Standing Board of xã Tân Hưng's, about one supervision (a plan, the
decision setting up its delegation, the outline sent with the plan, the working session's
biên bản, the report); each prints through the letters' service as a clerk's would.
"""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.domain.board import BoardPosition, signature_block
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.letters import LetterContent, LetterForm, LetterRecord, LetterState
from giamsat_desktop.domain.official_document import OfficialDocument
from giamsat_desktop.services.letters.issue import official_document
from tests.reports.samples import OFFICE

CHAIR = "Nguyễn Thị Thu Hà"
VICE_CHAIR = "Lê Văn Tâm"
ISSUED_ON = dt.date(2026, 9, 5)

LAW = (
    "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025);",
    "Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát "
    "và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội;",
    "Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy "
    "định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;",
)
TOPIC = (
    "việc thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận nghèo trên địa "
    "bàn xã năm 2026"
)
INFORMED = (
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh (b/c);",
    "Thường trực Đảng ủy (b/c);",
)

CONTENTS: dict[LetterForm, LetterContent] = {
    LetterForm.PROGRAMME: LetterContent(
        subject="Giám sát năm 2027",
        grounds=(*LAW, "Căn cứ tình hình thực tế của địa phương,"),
        body=(
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hưng xây dựng Chương trình giám sát "
            "năm 2027 như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n"
            "Phát huy vai trò giám sát của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, "
            "góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của xã.\n"
            "II. NỘI DUNG GIÁM SÁT\n"
            "| TT | Nội dung giám sát | Đối tượng giám sát | Thời gian | Chủ trì |\n"
            "| 1 | Chính sách bảo hiểm y tế cho hộ nghèo, hộ cận nghèo | UBND xã | Quý II | "
            "Ban Thường trực |\n"
            "| 2 | Công tác giải quyết đơn thư của công dân | UBND xã | Quý III | Hội Nông dân |\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "Các tổ chức thành viên xây dựng kế hoạch giám sát cụ thể, báo cáo kết quả về Ban "
            "Thường trực trước ngày 15/12/2027.\n"
            "Trên đây là Chương trình giám sát năm 2027 của Ban Thường trực Ủy ban MTTQ Việt Nam "
            "xã Tân Hưng./."
        ),
        copies_to=(*INFORMED, "Thường trực HĐND, UBND (p/h);", "Các tổ chức thành viên;"),
    ),
    LetterForm.PLAN: LetterContent(
        subject=f"Giám sát {TOPIC}",
        grounds=(
            *LAW,
            "Căn cứ Chương trình giám sát năm 2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã "
            "Tân Hưng,",
        ),
        body=(
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hưng xây dựng Kế hoạch giám sát như "
            "sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
            "Nắm tình hình thực hiện chính sách; phát hiện bất cập và kiến nghị giải quyết.\n"
            "2. Yêu cầu\nGiám sát đúng nguyên tắc dân chủ, công khai, khách quan.\n"
            "II. ĐỐI TƯỢNG, PHẠM VI GIÁM SÁT\n"
            "- Đối tượng: Ủy ban nhân dân xã Tân Hưng;\n"
            "- Phạm vi: từ ngày 01/01/2026 đến ngày 30/6/2026.\n"
            "III. NỘI DUNG, THỜI GIAN GIÁM SÁT\n"
            "Việc lập danh sách, cấp thẻ bảo hiểm y tế; làm việc trực tiếp ngày 22/9/2026.\n"
            "IV. HÌNH THỨC, THÀNH PHẦN\n"
            "Thành lập Đoàn giám sát do Chủ tịch Ủy ban MTTQ Việt Nam xã làm Trưởng đoàn.\n"
            "V. TỔ CHỨC THỰC HIỆN\n"
            "Ủy ban nhân dân xã báo cáo bằng văn bản theo đề cương gửi kèm.\n"
            "Trên đây là Kế hoạch giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân "
            "Hưng; đề nghị các cơ quan, đơn vị có liên quan phối hợp thực hiện./."
        ),
        copies_to=(*INFORMED, "UBND xã Tân Hưng;", "Thành viên Đoàn giám sát;"),
    ),
    LetterForm.DECISION: LetterContent(
        subject=f"thành lập Đoàn giám sát {TOPIC}",
        grounds=(
            *LAW,
            "Căn cứ Kế hoạch số 15/KH-MTTQ-BTT ngày 05/9/2026 của Ban Thường trực Ủy ban MTTQ "
            "Việt Nam xã Tân Hưng.",
        ),
        body=(
            "Điều 1. Thành lập Đoàn giám sát gồm các ông, bà có tên sau:\n"
            "- Bà Nguyễn Thị Thu Hà – Chủ tịch Ủy ban MTTQ Việt Nam xã – Trưởng đoàn;\n"
            "- Ông Lê Văn Tâm – Phó Chủ tịch, Chủ tịch Hội Nông dân xã – Phó Trưởng đoàn;\n"
            "- Bà Trần Thị Mai – Chủ tịch Hội Liên hiệp Phụ nữ xã – Thành viên;\n"
            "- Ông Phạm Minh Đức – Cán bộ Ủy ban MTTQ Việt Nam xã – Thư ký.\n"
            "Điều 2. Đoàn giám sát có nhiệm vụ giám sát Ủy ban nhân dân xã về "
            f"{TOPIC}, từ ngày 15/9/2026 đến ngày 30/9/2026; báo cáo kết quả với Ban Thường "
            "trực. Đoàn giám sát tự giải thể sau khi hoàn thành nhiệm vụ.\n"
            "Điều 3. Các ông, bà có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu "
            "trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký./."
        ),
        copies_to=("Như Điều 3 (th/h);", *INFORMED, "UBND xã Tân Hưng;"),
    ),
    LetterForm.OUTLINE: LetterContent(
        subject="Kết quả thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận "
        "nghèo năm 2026",
        attached_to="Kế hoạch số 15/KH-MTTQ-BTT ngày 05/9/2026 của Ban Thường trực Ủy ban MTTQ "
        "Việt Nam xã Tân Hưng",
        body=(
            "I. ĐẶC ĐIỂM TÌNH HÌNH\nSố hộ nghèo, hộ cận nghèo; số người được cấp thẻ.\n"
            "II. KẾT QUẢ THỰC HIỆN\n1. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện\n"
            "2. Kết quả thực hiện các nội dung được giám sát\n"
            "III. ĐÁNH GIÁ CHUNG\n1. Ưu điểm\n2. Hạn chế, nguyên nhân\n"
            "IV. ĐỀ XUẤT, KIẾN NGHỊ\n"
            "Báo cáo bằng văn bản gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hưng "
            "trước ngày 18/9/2026."
        ),
    ),
    LetterForm.MINUTES: LetterContent(
        subject="Làm việc của Đoàn giám sát với Ủy ban nhân dân xã Tân Hưng",
        body=(
            "Vào lúc 8 giờ 00 phút, ngày 22 tháng 9 năm 2026, tại Hội trường Ủy ban nhân dân xã "
            f"Tân Hưng, Đoàn giám sát làm việc với Ủy ban nhân dân xã về {TOPIC}.\n"
            "I. THÀNH PHẦN\n1. Đoàn giám sát\n"
            "- Bà Nguyễn Thị Thu Hà – Chủ tịch Ủy ban MTTQ Việt Nam xã – Trưởng đoàn;\n"
            "- Ông Phạm Minh Đức – Cán bộ Ủy ban MTTQ Việt Nam xã – Thư ký.\n"
            "2. Cơ quan được giám sát\n- Ông Võ Thanh Sơn – Phó Chủ tịch Ủy ban nhân dân xã.\n"
            "II. NỘI DUNG LÀM VIỆC\n"
            "Ủy ban nhân dân xã báo cáo kết quả; các thành viên Đoàn nêu ý kiến; Trưởng đoàn "
            "kết luận.\n"
            "Buổi làm việc kết thúc vào lúc 11 giờ 00 phút cùng ngày; biên bản lập thành 02 bản "
            "có giá trị như nhau, mỗi bên giữ 01 bản./."
        ),
        signature=("ĐẠI DIỆN ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN"),
        countersignature=("ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ", "PHÓ CHỦ TỊCH"),
        countersigner="Võ Thanh Sơn",
    ),
    LetterForm.REPORT: LetterContent(
        subject=f"Kết quả giám sát {TOPIC}",
        body=(
            "Thực hiện Kế hoạch số 15/KH-MTTQ-BTT ngày 05/9/2026 của Ban Thường trực Ủy ban "
            "MTTQ Việt Nam xã Tân Hưng, ngày 22/9/2026 Đoàn giám sát đã làm việc với Ủy ban "
            "nhân dân xã. Kết quả như sau:\n"
            "I. KẾT QUẢ GIÁM SÁT\n1. Việc lập danh sách, cấp thẻ\n"
            "a) Kết quả đạt được\n412 người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ.\n"
            "b) Hạn chế, nguyên nhân\nMột số thẻ cấp chậm do danh sách rà soát chậm.\n"
            "II. KIẾN NGHỊ\n"
            "- Ủy ban nhân dân xã chỉ đạo rà soát, cấp thẻ kịp thời cho người mới thoát nghèo.\n"
            "Trên đây là báo cáo kết quả giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam xã "
            "Tân Hưng./."
        ),
        copies_to=(*INFORMED, "Thường trực HĐND, UBND;", "UBND xã Tân Hưng;"),
    ),
    LetterForm.INVITATION: LetterContent(
        subject="Dự hội nghị phản biện xã hội đối với dự thảo Nghị quyết về chính sách hỗ trợ "
        "người có công trên địa bàn xã",
        body=(
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hưng trân trọng kính mời:\n"
            "- Đại diện lãnh đạo Ủy ban nhân dân xã (cơ quan soạn thảo);\n"
            "- Đại diện Hội Cựu chiến binh, Hội Nông dân xã;\n"
            "- Luật sư Trần Văn Bình.\n"
            "Đến dự hội nghị phản biện xã hội đối với dự thảo Nghị quyết về chính sách hỗ trợ "
            "người có công trên địa bàn xã.\n"
            "- Thời gian: 08 giờ 00 phút, ngày 10/9/2026.\n"
            "- Địa điểm: Hội trường Ủy ban MTTQ Việt Nam xã.\n"
            "Rất mong quý vị đến dự đúng thời gian./."
        ),
        copies_to=("Như thành phần mời;",),
    ),
}
"""A realistic letter of each form besides the công văn: one supervision, one invitation."""

SIGNERS = {LetterForm.DECISION: BoardPosition.VICE_CHAIR}
"""The vice-chair signs the decision in the chair's stead; the chair signs the others."""


def letter(form: LetterForm, *, issued: bool = True) -> LetterRecord:
    """The form's letter as stored: issued (numbered 15 if it takes a number), or a draft."""
    position = SIGNERS.get(form, BoardPosition.CHAIR)
    numbered = form.shape.numbered
    return LetterRecord(
        id=7,
        form=form,
        state=LetterState.ISSUED if issued else LetterState.DRAFT,
        content=CONTENTS[form],
        signer_id=1,
        signer_name=VICE_CHAIR if position is BoardPosition.VICE_CHAIR else CHAIR,
        signature=signature_block(position),
        secrecy=Secrecy.NORMAL,
        version=1,
        number=15 if issued and numbered else None,
        issue_date=ISSUED_ON if issued else None,
    )


def document(form: LetterForm, *, issued: bool = True) -> OfficialDocument:
    """The official document the form's letter prints as."""
    record = letter(form, issued=issued)
    return official_document(
        OFFICE,
        record,
        number=record.number,
        date=record.issue_date if issued else None,
    )
