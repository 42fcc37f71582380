"""The program's own wording of each form's standard parts, as an MTTQ commune office writes them.

Plain text by form (``LetterForm``'s stored value) and part: ``domain.letters`` makes them its
``StandardText`` values; the office may change each one (Cài đặt → Mẫu văn bản). A part's
text may hold ``{office}``, ``{place}``, ``{higher}`` and ``{year}``, filled when a draft is
made; "…" marks where the clerk (or the record the letter is made from) writes.

The parts (a key is ``<form>.<part>``): ``grounds`` the "Căn cứ" lines, ``body`` the body's
outline (its headings I., 1., a) and, for a decision, its articles), ``closing`` the words
after the body, ``copies_to`` the "Nơi nhận" lines, ``attached_to`` what an outline goes with,
``signature`` and ``countersignature`` the two sides' signature lines of a biên bản.
"""

from __future__ import annotations

GROUNDS, BODY, CLOSING, COPIES = "grounds", "body", "closing", "copies_to"
ATTACHED, SIGNATURE, COUNTERSIGNATURE = "attached_to", "signature", "countersignature"

PART_NAMES = {
    GROUNDS: "Căn cứ (mỗi dòng một căn cứ)",
    BODY: "Bố cục nội dung",
    CLOSING: "Câu kết",
    COPIES: "Nơi nhận (mỗi dòng một nơi)",
    ATTACHED: "Kèm theo",
    SIGNATURE: "Chữ ký bên Đoàn giám sát",
    COUNTERSIGNATURE: "Chữ ký bên được giám sát",
}
"""Each part's name in Cài đặt → Mẫu văn bản."""

NQLT_403 = (
    "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy "
    "định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam"
)
"""The joint resolution on supervision and social criticism, cited in full."""

_LAW = (
    "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025);\n"
    "Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám "
    "sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội;\n"
    f"Căn cứ {NQLT_403};"
)
"""The legal basis every supervision document cites first."""

_INFORMED = "Ban Thường trực {higher} (b/c);\nThường trực Đảng ủy (b/c);"

WORDING: dict[str, dict[str, str]] = {
    "cong_van": {
        CLOSING: "Ban Thường trực {office} đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực "
        "hiện./.",
        COPIES: "Như trên;\n" + _INFORMED,
    },
    "chuong_trinh": {
        GROUNDS: _LAW + "\nCăn cứ tình hình thực tế của địa phương,",
        BODY: "Ban Thường trực {office} xây dựng Chương trình giám sát năm {year} như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n…\n2. Yêu cầu\n…\n"
        "II. NỘI DUNG GIÁM SÁT\n"
        "| TT | Nội dung giám sát | Đối tượng giám sát | Thời gian | Chủ trì | Phối hợp |\n"
        "| 1 | … | … | Quý … | … | … |\n"
        "III. TỔ CHỨC THỰC HIỆN\n…",
        CLOSING: "Trên đây là Chương trình giám sát năm {year} của Ban Thường trực {office}; đề "
        "nghị các tổ chức thành viên, các cơ quan, đơn vị có liên quan phối hợp thực hiện./.",
        COPIES: _INFORMED + "\nThường trực HĐND, UBND (p/h);\nCác tổ chức thành viên;",
    },
    "ke_hoach": {
        GROUNDS: _LAW + "\nCăn cứ Chương trình giám sát năm {year} của Ban Thường trực {office},",
        BODY: "Ban Thường trực {office} xây dựng Kế hoạch giám sát như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n…\n2. Yêu cầu\n…\n"
        "II. ĐỐI TƯỢNG, PHẠM VI GIÁM SÁT\n1. Đối tượng giám sát\n…\n2. Phạm vi giám sát\n…\n"
        "III. NỘI DUNG, THỜI GIAN GIÁM SÁT\n1. Nội dung giám sát\n…\n2. Thời gian giám sát\n…\n"
        "IV. HÌNH THỨC, THÀNH PHẦN\n1. Hình thức giám sát\n…\n2. Thành phần Đoàn giám sát\n…\n"
        "V. TỔ CHỨC THỰC HIỆN\n…",
        CLOSING: "Trên đây là Kế hoạch giám sát của Ban Thường trực {office}; đề nghị các cơ "
        "quan, đơn vị có liên quan phối hợp thực hiện./.",
        COPIES: _INFORMED + "\nCơ quan được giám sát;\nCơ quan cấp trên trực tiếp của cơ quan "
        "được giám sát;\nThành viên Đoàn giám sát;",
    },
    "quyet_dinh": {
        GROUNDS: _LAW + "\nCăn cứ Kế hoạch số …/KH-MTTQ-BTT ngày … của Ban Thường trực {office}.",
        BODY: "Điều 1. Thành lập Đoàn giám sát … gồm các ông, bà có tên sau:\n"
        "- Ông (bà) … – … – Trưởng đoàn;\n"
        "- Ông (bà) … – … – Phó Trưởng đoàn;\n"
        "- Ông (bà) … – … – Thành viên;\n"
        "- Ông (bà) … – … – Thư ký.\n"
        "Điều 2. Đoàn giám sát có nhiệm vụ giám sát … (đối tượng, phạm vi, nội dung, thời gian) "
        "theo Kế hoạch số …/KH-MTTQ-BTT ngày … của Ban Thường trực; báo cáo kết quả giám sát "
        "với Ban Thường trực {office}. Đoàn giám sát tự giải thể sau khi hoàn thành nhiệm vụ.",
        CLOSING: "Điều 3. Các ông, bà có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu "
        "trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký./.",
        COPIES: "Như Điều 3 (th/h);\n" + _INFORMED + "\nCơ quan được giám sát;",
    },
    "de_cuong": {
        ATTACHED: "Kế hoạch số …/KH-MTTQ-BTT ngày … của Ban Thường trực {office}",
        BODY: "I. ĐẶC ĐIỂM TÌNH HÌNH\n…\n"
        "II. KẾT QUẢ THỰC HIỆN\n1. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện\n…\n"
        "2. Kết quả thực hiện các nội dung được giám sát\n…\n"
        "III. ĐÁNH GIÁ CHUNG\n1. Ưu điểm\n…\n2. Hạn chế, nguyên nhân\n…\n"
        "IV. ĐỀ XUẤT, KIẾN NGHỊ\n…",
        CLOSING: "Báo cáo bằng văn bản, kèm theo số liệu và tài liệu có liên quan, gửi về Ban "
        "Thường trực {office} trước ngày … để Đoàn giám sát nghiên cứu.",
    },
    "bien_ban": {
        BODY: "Vào lúc … giờ … phút, ngày … tháng … năm {year}, tại …, Đoàn giám sát của Ban "
        "Thường trực {office} làm việc với … về việc …\n"
        "I. THÀNH PHẦN\n1. Đoàn giám sát\n- Ông (bà) … – … – Trưởng đoàn;\n"
        "- Ông (bà) … – … – Thành viên;\n- Ông (bà) … – … – Thư ký.\n"
        "2. Cơ quan được giám sát\n- Ông (bà) … – …\n"
        "II. NỘI DUNG LÀM VIỆC\n1. Cơ quan được giám sát báo cáo\n…\n"
        "2. Ý kiến của các thành viên Đoàn giám sát\n…\n"
        "3. Ý kiến giải trình của cơ quan được giám sát\n…\n"
        "4. Kết luận của Trưởng đoàn\n…",
        CLOSING: "Buổi làm việc kết thúc vào lúc … giờ … phút cùng ngày. Biên bản đã được đọc "
        "lại cho những người dự cùng nghe, thống nhất và ký tên; biên bản lập thành 02 bản có "
        "giá trị như nhau, Đoàn giám sát giữ 01 bản, cơ quan được giám sát giữ 01 bản./.",
        SIGNATURE: "ĐẠI DIỆN ĐOÀN GIÁM SÁT\nTRƯỞNG ĐOÀN",
        COUNTERSIGNATURE: "ĐẠI DIỆN CƠ QUAN ĐƯỢC GIÁM SÁT",
    },
    "bao_cao": {
        BODY: "Thực hiện Kế hoạch số …/KH-MTTQ-BTT ngày … của Ban Thường trực {office} về giám "
        "sát …, từ ngày … đến ngày …, Đoàn giám sát đã … Kết quả như sau:\n"
        "I. KẾT QUẢ GIÁM SÁT\n1. …\na) Kết quả đạt được\n…\nb) Hạn chế, nguyên nhân\n…\n"
        "II. ĐÁNH GIÁ CHUNG\n1. Ưu điểm\n…\n2. Hạn chế, nguyên nhân\n…\n"
        "III. KIẾN NGHỊ\n…",
        CLOSING: "Trên đây là báo cáo kết quả giám sát … của Ban Thường trực {office}./.",
        COPIES: _INFORMED + "\nThường trực HĐND, UBND;\nCơ quan được giám sát;\nThành viên Đoàn "
        "giám sát;",
    },
    "giay_moi": {
        BODY: "Ban Thường trực {office} trân trọng kính mời:\n- …\n"
        "Đến dự …\n- Thời gian: … giờ … phút, ngày … tháng … năm {year}.\n- Địa điểm: …",
        CLOSING: "Rất mong quý vị đến dự đúng thời gian./.",
        COPIES: "Như thành phần mời;",
    },
}
"""Each form's parts and the program's wording of them, in the order the dialog shows them."""
