"""The name of an issuing body as a register writes it, from the capitals of a letterhead.

A Nghị định 30 letterhead prints the body in capitals, often over two or three lines, under
the body it belongs to: "ỦY BAN MTTQ VIỆT NAM / TỈNH BẾN TRE / BAN THƯỜNG TRỰC". A register
writes it once, in the capitals of the decree's Phụ lục II: "Ban Thường trực Ủy ban MTTQ Việt
Nam tỉnh Bến Tre". Known words and phrases keep their own capitals (``_PHRASES``); after a word
naming a kind of body (Sở, Ban, Hội …) the first syllable of its field, and the first after
"và" or a dash, takes a capital ("Sở Giáo dục và Đào tạo", "Khối Cơ quan - Doanh nghiệp");
after a level word (tỉnh, xã …) every syllable of the place takes one ("tỉnh Bến Tre");
abbreviations stay in capitals ("MTTQ", "UBND").
"""

from __future__ import annotations

import re
import unicodedata

from giamsat_desktop.domain.text import fold

__all__ = ["SUB_UNITS", "official_case", "body_name_candidates"]

_PHRASES = (
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam",
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ban Thường trực", "Ban Thường vụ",
    "Ban Chấp hành", "Thường trực", "Đảng ủy", "Đảng bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
    "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức",
    "Ban Kiểm tra", "Ủy ban Kiểm tra", "Văn phòng", "Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân", "Hội Cựu chiến binh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Liên đoàn Lao động", "Công đoàn", "Công an", "Ban Chỉ huy Quân sự", "Bộ Chỉ huy Quân sự",
    "Trung ương", "Việt Nam", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư",
    "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng", "Hội Người cao tuổi",
    "Hội Chữ thập đỏ", "Kho bạc Nhà nước", "Ngân hàng Chính sách xã hội", "Tòa án nhân dân",
    "Viện Kiểm sát nhân dân", "Ban Chỉ đạo", "Ban Quản lý", "Ban Đại diện",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam",
    "Đảng ủy Khối", "Ủy ban",
)  # fmt: skip
"""Phrases whose capitals are fixed, longest first when they overlap."""

_KINDS = frozenset(
    fold(word) for word in (
        "Sở", "Bộ", "Ban", "Hội", "Phòng", "Cục", "Chi cục", "Trung tâm", "Viện", "Trường",
        "Khối", "Vụ", "Ủy ban", "Hội đồng", "Đoàn", "Liên đoàn", "Tổng cục", "Tổ",
    )
)  # fmt: skip
"""Words naming a kind of body: the field after them takes a capital."""

_LEVELS = (
    "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường",
    "ấp", "khu phố", "thôn",
)  # fmt: skip
"""Words naming a level: the place after them takes capitals."""

SUB_UNITS = tuple(
    fold(word) for word in (
        "Ban", "Văn phòng", "Thường trực", "Ủy ban Kiểm tra", "Phòng", "Sở", "Chi cục", "Cục",
        "Trung tâm", "Hội đồng", "Đảng ủy", "Chi bộ", "Công đoàn",
    )
)  # fmt: skip
"""Folded starts of a body named under the body it belongs to (its full name adds that one)."""

_ABBREVIATION = re.compile(r"^[A-ZĐ]{2,}(?:-[A-ZĐ]+)*$")
_KEEP_UPPER = frozenset({"MTTQ", "UBND", "HĐND", "TNCS", "HCM", "CCB", "LHPN", "BHXH", "VN"})


def _syllables(text: str) -> list[str]:
    """The words of ``text`` with dashes and commas as words of their own."""
    spaced = re.sub(r"\s*([-–,])\s*", r" \1 ", unicodedata.normalize("NFC", text))
    return spaced.split()


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _is_abbreviation(word: str) -> bool:
    """"MTTQ", "UBND": known abbreviations, or capitals with no vowel (no Vietnamese syllable)."""
    if word.upper() in _KEEP_UPPER:
        return True
    if not _ABBREVIATION.match(word) or len(word) > 8:
        return False
    return not any(char in "aeiouy" for char in fold(word))


def _match(words: list[str], start: int, phrases: list[tuple[list[str], list[str]]]) -> int:
    """How many words from ``start`` a fixed phrase covers (copied into ``words``), else 0."""
    folded = [fold(word) for word in words]
    for keys, spelled in phrases:
        end = start + len(keys)
        if folded[start:end] == keys:
            words[start:end] = spelled
            return len(keys)
    return 0


def official_case(text: str) -> str:
    """``text`` (in capitals or not) with the capitals of an official name."""
    words = _syllables(text)
    phrases = sorted(
        ((fold(p).split(), p.split()) for p in _PHRASES), key=lambda pair: -len(pair[0])
    )
    # Levels by their marks: "quận" is a level, the "quan" of "Cơ quan" is not.
    levels = sorted((level.split() for level in _LEVELS), key=lambda keys: -len(keys))
    result: list[str] = []
    index = 0
    place = False  # after a level word: every syllable of the place takes a capital
    field = False  # after a kind of body: the next syllable takes a capital
    while index < len(words):
        if _is_abbreviation(words[index]):
            result.append(words[index].upper())
            index += 1
            field = place = False
            continue
        covered = _match(words, index, phrases)
        if covered:
            result += words[index : index + covered]
            last = fold(result[-1])
            index += covered
            # "Đảng ủy Khối Cơ quan", "Tỉnh ủy Tây Ninh": a field, or a place, follows.
            field, place = last == "khoi", last == "uy" and fold(result[-2]) != "dang"
            continue
        lowered = [word.lower() for word in words[index:]]
        level = next((keys for keys in levels if lowered[: len(keys)] == keys), None)
        if level is not None and index + len(level) < len(words) and not field:
            result += [word.lower() for word in words[index : index + len(level)]]
            index += len(level)
            place, field = True, False
            continue
        word = words[index]
        folded_word = fold(word)
        if word in "-–,":
            result.append(word)
            field = field or word in "-–"
        elif place or field or not result:
            result.append(_capital(word))
            field = False
        elif folded_word == "va":
            result.append("và")
            field = True
        else:
            result.append(word.lower())
        if folded_word in _KINDS:
            field = True
        index += 1
    return re.sub(r"\s+([,])", r"\1", " ".join(result))


def body_name_candidates(lines: list[tuple[str, bool]]) -> list[str]:
    """The names a letterhead's lines may be written as, the likeliest first.

    ``lines`` are the letterhead's lines above "Số", top first, each with whether it is bold.
    The body is the bold lines (the decree prints the issuing body bold, the body above it
    plain); without bold, the last line when it names a part of a body (Ban, Văn phòng …),
    else every line. A part of a body is named with the body above it ("Ban Thường trực Ủy
    ban MTTQ Việt Nam tỉnh Bến Tre"); a Party header's "Đảng bộ …" line is never joined.
    """
    texts = [" ".join(text.split()) for text, _ in lines if text.strip()]
    if not texts:
        return []
    bold = [n for n, (text, strong) in enumerate(lines) if strong and text.strip()]
    if bold and len(bold) < len(texts):
        start = bold[0]
    elif len(texts) > 1 and fold(texts[-1]).startswith(SUB_UNITS):
        start = len(texts) - 1
    else:
        start = 0
    body = official_case(" ".join(texts[start:]))
    above = [text for text in texts[:start] if not fold(text).startswith("dang bo")]
    found: list[str] = []
    if above:
        parent = official_case(" ".join(above))
        place = _place_of(parent)
        if fold(parent).startswith(_PEOPLES_COMMITTEE) and place:
            found.append(f"{body} {place}")  # "Sở Y tế" of "UBND tỉnh Tây Ninh"
        if fold(body).startswith(SUB_UNITS):
            found.append(f"{body} {parent}")
    found.append(body)
    return list(dict.fromkeys(found))


_PEOPLES_COMMITTEE = ("ubnd", "uy ban nhan dan")


def _place_of(name: str) -> str:
    """The level and place that end a name ("tỉnh Tây Ninh"), or ""."""
    words = name.split()
    lowered = [word.lower() for word in words]
    for index in range(len(words)):
        for level in _LEVELS:
            keys = level.split()
            if lowered[index : index + len(keys)] == keys and index + len(keys) < len(words):
                return " ".join(words[index:])
    return ""
