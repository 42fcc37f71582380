"""A corpus of documents in the Nghị định 30 layout, varied as offices' documents are.

Issuers of both styles (a Front's standing board, people's committees and their departments,
Party committees and their boards), every usual type, long and short subjects broken at
odd places, both header orders, symbols broken over two lines, one to three pages. The
same seed gives the same corpus; each letter carries the fields a register reads in it.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap

from tests.services.pdf_intake.letterheads import Letter

# above (plain), body (bold), Party, as a register writes it, symbol suffix, place
ISSUERS = (
    (("ỦY BAN MTTQ VIỆT NAM", "TỈNH BẾN TRE"), ("BAN THƯỜNG TRỰC",), False,
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre", "MTTQ-BTT", "Bến Tre"),
    ((), ("ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG"), False, "Ủy ban nhân dân xã Tân Hưng", "UBND",
     "Tân Hưng"),
    (("UBND TỈNH TÂY NINH",), ("SỞ Y TẾ",), False, "Sở Y tế tỉnh Tây Ninh", "SYT", "Tây Ninh"),
    (("UBND TỈNH TÂY NINH",), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO",), False,
     "Sở Giáo dục và Đào tạo tỉnh Tây Ninh", "SGDĐT", "Tây Ninh"),
    (("UBND THÀNH PHỐ CẦN THƠ",), ("SỞ TÀI CHÍNH",), False, "Sở Tài chính thành phố Cần Thơ",
     "STC", "Cần Thơ"),
    ((), ("BẢO HIỂM XÃ HỘI TỈNH TÂY NINH",), False, "Bảo hiểm xã hội tỉnh Tây Ninh", "BHXH-QLT",
     "Tây Ninh"),
    (("ỦY BAN TRUNG ƯƠNG", "MTTQ VIỆT NAM"), ("BAN THƯỜNG TRỰC",), False,
     "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "MTTW-BTT", "Hà Nội"),
    (("HỘI NÔNG DÂN TỈNH TÂY NINH",), ("HỘI NÔNG DÂN XÃ TÂN HƯNG",), False,
     "Hội Nông dân xã Tân Hưng", "HND", "Tân Hưng"),
    (("ĐẢNG BỘ TỈNH BẾN TRE",), ("ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH",), True,
     "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "ĐUK", "Bến Tre"),
    (("ĐẢNG BỘ TỈNH TÂY NINH",), ("ĐẢNG ỦY XÃ TÂN HƯNG",), True, "Đảng ủy xã Tân Hưng", "ĐU",
     "Tân Hưng"),
    ((), ("TỈNH ỦY TÂY NINH",), True, "Tỉnh ủy Tây Ninh", "TU", "Tây Ninh"),
    (("TỈNH ỦY TÂY NINH",), ("BAN TUYÊN GIÁO VÀ DÂN VẬN",), True,
     "Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Ninh", "BTGDVTU", "Tây Ninh"),
)  # fmt: skip

TYPES = (
    ("BÁO CÁO", "BC"), ("KẾ HOẠCH", "KH"), ("QUYẾT ĐỊNH", "QĐ"), ("HƯỚNG DẪN", "HD"),
    ("THÔNG BÁO", "TB"), ("CHỈ THỊ", "CT"), ("NGHỊ QUYẾT", "NQ"), ("TỜ TRÌNH", "TTr"),
    ("", "CV"), ("", "CV"), ("", "CV"),
)  # fmt: skip

TOPICS = (
    "kết quả công tác giám sát và phản biện xã hội 6 tháng đầu năm",
    "tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế đối với người cao tuổi",
    "triển khai cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "tăng cường công tác dân vận trong tình hình mới",
    "lấy ý kiến góp ý dự thảo Nghị quyết về chính sách hỗ trợ hộ nghèo, hộ cận nghèo",
    "phòng, chống dịch bệnh mùa mưa",
    "đôn đốc thực hiện kiến nghị sau giám sát an toàn thực phẩm tại các chợ và bếp ăn tập thể",
    "thành lập Đoàn giám sát việc quản lý, sử dụng đất công trên địa bàn xã",
    "công tác giải quyết đơn thư khiếu nại, tố cáo của công dân",
    "tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2026",
    "tiếp xúc cử tri",
    "thực hiện Quy chế dân chủ ở cơ sở",
)

PEOPLE = (
    "Nguyễn Văn Minh", "Trần Thị Thu Hà", "Lê Hoàng Phúc", "Phạm Thị Hồng Nhung",
    "Võ Văn Lâm", "Huỳnh Tấn Phát", "Đặng Thị Mai",
)  # fmt: skip


def _wrap(text: str, rng: random.Random) -> tuple[str, ...]:
    return tuple(textwrap.wrap(text, rng.randint(28, 62)))


def corpus(count: int = 48, seed: int = 30) -> list[Letter]:
    """``count`` documents drawn from the tables above, the same for the same seed."""
    rng = random.Random(seed)
    letters = []
    for index in range(count):
        above, body, party, issuer, suffix, place = ISSUERS[index % len(ISSUERS)]
        type_name, code = rng.choice(TYPES)
        number = rng.randint(1, 1999)
        if party:
            symbol = f"{number}-{code}/{suffix}"
            printed = f"Số {symbol}"
        else:
            symbol = f"{number}/{suffix}" if code == "CV" else f"{number}/{code}-{suffix}"
            printed = f"Số: {symbol}" if rng.random() < 0.8 else f"Số {symbol}"
        topic = rng.choice(TOPICS)
        if type_name:
            subject = topic[:1].upper() + topic[1:]
            lines = _wrap(subject, rng)
        else:
            subject = f"V/v {topic}"
            lines = tuple(textwrap.wrap(subject, rng.randint(24, 40)))
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
        cuts = [n + 1 for n, char in enumerate(symbol) if char in "-/"]
        split = rng.choice(cuts) if cuts and rng.random() < 0.25 else 0
        letters.append(
            Letter(
                above=above,
                body=body,
                party=party,
                number=printed,
                place_date=f"{place}, ngày {day.day:02d} tháng {day.month} năm {day.year}",
                subject_lines=lines,
                issuer=issuer,
                symbol=symbol,
                doc_date=day,
                type_code=code,
                subject=subject,
                type_name=type_name,
                signer=rng.choice(PEOPLE),
                position=rng.choice(
                    (("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                     ("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), ("GIÁM ĐỐC",))
                ),  # fmt: skip
                pages=rng.randint(1, 3),
                order=rng.choice(("left-first", "right-first", "rows")),
                split_symbol=split,
            )
        )
    return letters
