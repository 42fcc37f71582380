import unicodedata

import pytest

from giamsat_desktop.domain.issuer_names import issuer_key, other_spellings, suggested_spelling

DANG_UY_DASH = "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh"
DANG_UY_VA = "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"
UY_BAN = "Ủy ban nhân dân xã Tân Hưng"
UBND = "UBND xã Tân Hưng"


@pytest.mark.parametrize(
    "spelling",
    [
        DANG_UY_DASH,
        DANG_UY_VA,
        "Đảng ủy Khối Cơ quan – Doanh nghiệp tỉnh",  # en dash
        "Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh",
        "Đảng ủy Khối Cơ quan & Doanh nghiệp tỉnh",
        "Đảng ủy Khối Cơ quan, Doanh nghiệp tỉnh.",
        "Đảng ủy Khối (Cơ quan/Doanh nghiệp) tỉnh",
        "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
        "dang uy khoi co quan va doanh nghiep tinh",
        "Đảng uỷ  Khối Cơ quan\u00a0và Doanh nghiệp\ntỉnh",  # old tone place, odd spaces
        unicodedata.normalize("NFD", DANG_UY_VA),
    ],
)
def test_spellings_differing_in_marks_case_punctuation_and_va_share_a_key(spelling: str) -> None:
    assert issuer_key(spelling) == "dang uy khoi co quan doanh nghiep tinh"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (UY_BAN, UBND),  # an abbreviation is the clerk's call
        ("Đảng ủy xã Tân Hưng", "Đảng ủy xã Tân Hòa"),
        ("Hội Nông dân xã Tân Hưng", "Hội Nông dân tỉnh"),
        ("Sở Tư pháp", "Sở Tư pháp tỉnh"),
    ],
)
def test_different_words_are_different_issuers(one: str, other: str) -> None:
    assert issuer_key(one) != issuer_key(other)


def test_a_name_without_letters_has_an_empty_key() -> None:
    assert issuer_key(" - / . ") == ""


def test_the_other_spelling_is_found_among_the_known_issuers() -> None:
    known = ["Ủy ban MTTQ Việt Nam tỉnh", DANG_UY_VA, UY_BAN]

    assert other_spellings(DANG_UY_DASH, known) == [DANG_UY_VA]


def test_the_typed_spelling_itself_is_not_offered() -> None:
    known = [DANG_UY_VA, DANG_UY_DASH]

    assert other_spellings(DANG_UY_VA, known) == [DANG_UY_DASH]
    assert other_spellings(f"  {unicodedata.normalize('NFD', DANG_UY_VA)} ", [DANG_UY_VA]) == []


def test_an_abbreviation_is_not_offered_for_the_full_name() -> None:
    assert other_spellings(UY_BAN, [UBND, "Ủy ban MTTQ xã Tân Hưng"]) == []
    assert other_spellings(UBND, [UY_BAN]) == []


def test_several_other_spellings_keep_the_known_order() -> None:
    lower = "đảng ủy khối cơ quan và doanh nghiệp tỉnh"
    known = [DANG_UY_VA, UY_BAN, lower, DANG_UY_VA]

    assert other_spellings(DANG_UY_DASH, known) == [DANG_UY_VA, lower]


def test_nothing_is_offered_for_an_empty_name() -> None:
    assert other_spellings("  ", [DANG_UY_VA]) == []
    assert suggested_spelling("", [DANG_UY_VA]) is None


def test_the_most_used_other_spelling_is_suggested() -> None:
    lower = "đảng ủy khối cơ quan và doanh nghiệp tỉnh"

    assert suggested_spelling(DANG_UY_DASH, [UY_BAN, DANG_UY_VA, lower]) == DANG_UY_VA
    assert suggested_spelling(DANG_UY_DASH, [UY_BAN, lower, DANG_UY_VA]) == lower


def test_a_known_spelling_used_less_often_is_offered_the_more_used_one() -> None:
    assert suggested_spelling(DANG_UY_DASH, [DANG_UY_VA, DANG_UY_DASH]) == DANG_UY_VA


def test_the_most_used_spelling_is_left_alone() -> None:
    assert suggested_spelling(DANG_UY_VA, [DANG_UY_VA, DANG_UY_DASH]) is None


def test_a_name_with_no_other_spelling_gets_no_suggestion() -> None:
    assert suggested_spelling(UY_BAN, [UBND, DANG_UY_VA]) is None
    assert suggested_spelling("Hội Cựu chiến binh xã", [DANG_UY_VA]) is None
