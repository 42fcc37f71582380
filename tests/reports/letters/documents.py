"""Sample official documents of the Standing Board of xã Tân Hưng: a công văn and a plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from giamsat_desktop.domain.board import BoardPosition, signature_block
from giamsat_desktop.domain.official_document import (
    Article,
    Heading,
    Items,
    OfficialDocument,
    Paragraph,
    Signer,
    Table,
)
from tests.reports.samples import OFFICE

CHAIR = Signer(signature_block(BoardPosition.CHAIR), "Nguyễn Thị Thu Hà")
VICE_CHAIR = Signer(signature_block(BoardPosition.VICE_CHAIR), "Lê Văn Tâm")
ISSUED_ON = dt.date(2026, 2, 5)

LETTER = OfficialDocument(
    office=OFFICE,
    type_code="",
    type_name="",
    subject="đề nghị báo cáo kết quả thực hiện kiến nghị sau giám sát năm 2025",
    signer=CHAIR,
    year=2026,
    recipients=("Ủy ban nhân dân xã Tân Hưng", "Hội Nông dân xã Tân Hưng"),
    body=(
        Paragraph(
            "Thực hiện Chương trình giám sát năm 2026 của Ban Thường trực Ủy ban MTTQ Việt Nam "
            "xã Tân Hưng, ngày 12 tháng 11 năm 2025 Đoàn giám sát đã làm việc với Ủy ban nhân "
            "dân xã về việc thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận "
            "nghèo và đã gửi Báo cáo số 15/BC-MTTQ-BTT kèm các kiến nghị."
        ),
        Paragraph(
            "Để tổng hợp báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh, Ban Thường "
            "trực Ủy ban MTTQ Việt Nam xã đề nghị các cơ quan, đơn vị báo cáo bằng văn bản kết "
            "quả tiếp thu, giải quyết các kiến nghị nêu trên, gửi về Ban Thường trực trước ngày "
            "20 tháng 02 năm 2026."
        ),
        Paragraph("Trân trọng./."),
    ),
    copies_to=("Như trên;", "Ban Thường trực Ủy ban MTTQ tỉnh (b/c);", "Đảng ủy xã (b/c);"),
)
"""A draft công văn: no number, two recipients listed after "Kính gửi:"."""

ISSUED_LETTER = replace(LETTER, number=16, date=ISSUED_ON)

_LONG = (
    "Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp chặt chẽ với Ủy ban nhân dân xã, các tổ "
    "chức chính trị - xã hội và Ban công tác Mặt trận các ấp trong quá trình giám sát, bảo đảm "
    "đúng nguyên tắc dân chủ, công khai, khách quan, không làm cản trở hoạt động bình thường của "
    "cơ quan, tổ chức, cá nhân chịu sự giám sát; kịp thời phát hiện những hạn chế, vướng mắc "
    "để kiến nghị cơ quan có thẩm quyền xem xét, giải quyết theo quy định của pháp luật."
)

PLAN = OfficialDocument(
    office=OFFICE,
    type_code="KH",
    type_name="Kế hoạch",
    subject="Giám sát việc thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, "
    "hộ cận nghèo trên địa bàn xã năm 2026",
    signer=CHAIR,
    number=15,
    date=dt.date(2026, 9, 5),
    grounds=(
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015, được sửa đổi, bổ sung năm 2025;",
        "Căn cứ Quyết định số 217-QĐ/TW ngày 12 tháng 12 năm 2013 của Bộ Chính trị ban hành "
        "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể "
        "chính trị - xã hội;",
        "Căn cứ Chương trình giám sát năm 2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
    ),
    body=(
        Paragraph(
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hưng xây dựng Kế hoạch giám sát như sau:"
        ),
        Heading("I.", "MỤC ĐÍCH, YÊU CẦU"),
        Heading("1.", "Mục đích", level=2),
        Paragraph(
            "Nắm tình hình thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận "
            "nghèo; phát hiện những bất cập trong tổ chức thực hiện và kiến nghị giải quyết."
        ),
        Heading("2.", "Yêu cầu", level=2),
        Paragraph(_LONG),
        Heading("II.", "NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT"),
        Heading("1.", "Nội dung giám sát", level=2),
        Heading("a)", "Việc lập danh sách, cấp thẻ bảo hiểm y tế", level=3),
        Items(
            (
                "Việc rà soát, lập danh sách người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ;",
                "Việc cấp, phát thẻ bảo hiểm y tế kịp thời, đúng đối tượng;",
                "Việc tuyên truyền, hướng dẫn người dân sử dụng thẻ khi đi khám, chữa bệnh.",
            )
        ),
        Heading("b)", "Việc bảo đảm quyền lợi khám, chữa bệnh", level=3),
        Paragraph(_LONG),
        Heading("2.", "Đối tượng và thời gian giám sát", level=2),
        Table(
            header=("TT", "Đối tượng giám sát", "Thời gian", "Ghi chú"),
            rows=(
                ("1", "Ủy ban nhân dân xã Tân Hưng", "Ngày 15/9/2026", "Làm việc trực tiếp"),
                ("2", "Trạm Y tế xã Tân Hưng", "Ngày 17/9/2026", "Làm việc trực tiếp"),
                ("3", "Bảo hiểm xã hội khu vực", "Ngày 22/9/2026", "Nghiên cứu báo cáo"),
            ),
            widths=(0.08, 0.44, 0.24, 0.24),
        ),
        Heading("III.", "TỔ CHỨC THỰC HIỆN"),
        Paragraph(_LONG),
        Paragraph(
            "Giao Văn phòng Ủy ban MTTQ Việt Nam xã chuẩn bị các điều kiện phục vụ Đoàn giám "
            "sát; tổng hợp, dự thảo báo cáo kết quả giám sát trình Ban Thường trực."
        ),
        Paragraph(_LONG),
    ),
    copies_to=(
        "Ban Thường trực Ủy ban MTTQ tỉnh (b/c);",
        "Đảng ủy xã (b/c);",
        "UBND xã Tân Hưng;",
        "Trạm Y tế xã Tân Hưng;",
        "Thành viên Đoàn giám sát;",
    ),
)
"""An issued plan of two pages: headings of three levels, a list, a table."""

DECISION = OfficialDocument(
    office=OFFICE,
    type_code="QĐ",
    type_name="Quyết định",
    subject="Về việc thành lập Đoàn giám sát",
    signer=VICE_CHAIR,
    year=2026,
    grounds=("Căn cứ Kế hoạch số 15/KH-MTTQ-BTT ngày 05/9/2026 của Ban Thường trực.",),
    body=(
        Article(1, "Thành lập Đoàn giám sát việc thực hiện chính sách bảo hiểm y tế."),
        Article(2, "Đoàn giám sát có trách nhiệm thực hiện theo Kế hoạch số 15/KH-MTTQ-BTT."),
        Article(3, "Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
    ),
    copies_to=("Như Điều 3;",),
)
"""A draft decision with articles, signed by a vice-chair (KT. CHỦ TỊCH)."""
