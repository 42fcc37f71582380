import unicodedata

import pytest

from giamsat_desktop.domain.document_types import CONG_VAN, by_code
from giamsat_desktop.domain.symbols import (
    ParsedSymbol,
    SymbolStyle,
    format_state_symbol,
    parse_symbol,
)

STATE = SymbolStyle.STATE
PARTY = SymbolStyle.PARTY


@pytest.mark.parametrize(
    ("text", "number", "year", "type_code", "issuer_code", "style"),
    [
        ("15/BC-MTTQ-BTT", "15", None, "BC", "MTTQ-BTT", STATE),
        ("123/MTTQ-BTT", "123", None, None, "MTTQ-BTT", STATE),
        ("Số: 15/BC-MTTQ-BTT", "15", None, "BC", "MTTQ-BTT", STATE),
        ("125a/UBND-VP", "125a", None, None, "UBND-VP", STATE),
        ("05/KH-MTTQ-BTT", "05", None, "KH", "MTTQ-BTT", STATE),
        ("01/QĐ-MTTQ-BTT", "01", None, "QĐ", "MTTQ-BTT", STATE),
        ("30/2020/NĐ-CP", "30", 2020, "NĐ", "CP", STATE),
        ("97/2025/QH15", "97", 2025, None, "QH15", STATE),
        (
            "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN",
            "403",
            2017,
            "NQLT",
            "UBTVQH14-CP-ĐCTUBTWMTTQVN",
            STATE,
        ),
        ("01/2024/TT-BNV", "01", 2024, "TT", "BNV", STATE),
        ("12/CTr-MTTQ-BTT", "12", None, "CTr", "MTTQ-BTT", STATE),
        ("45/UBND", "45", None, None, "UBND", STATE),
        ("558-CV/ĐUK", "558", None, "CV", "ĐUK", PARTY),
        ("217-QĐ/TW", "217", None, "QĐ", "TW", PARTY),
        ("Số 217-QĐ/TW", "217", None, "QĐ", "TW", PARTY),
        ("1889-CV/TU", "1889", None, "CV", "TU", PARTY),
        ("62-KL/TW", "62", None, "KL", "TW", PARTY),
        ("35-HD/BTGTW", "35", None, "HD", "BTGTW", PARTY),
        ("124-QĐ/TW", "124", None, "QĐ", "TW", PARTY),
        ("12-XYZ/TU", "12", None, "XYZ", "TU", PARTY),
        ("05-NQ/ĐU-MTTQ", "05", None, "NQ", "ĐU-MTTQ", PARTY),
    ],
)
def test_parse_symbol_splits_real_symbols(
    text: str,
    number: str,
    year: int | None,
    type_code: str | None,
    issuer_code: str,
    style: SymbolStyle,
) -> None:
    assert parse_symbol(text) == ParsedSymbol(
        text.removeprefix("Số: ").removeprefix("Số "),
        number,
        year,
        type_code,
        issuer_code,
        style,
    )


@pytest.mark.parametrize(
    "text",
    ["558 - CV / ĐUK", "558 – CV/ĐUK", "558-cv/ĐUK", "số 558-CV/ĐUK", "558-CV/ĐUK."],
)
def test_parse_symbol_tolerates_how_clerks_type_party_symbols(text: str) -> None:
    parsed = parse_symbol(text)
    assert (parsed.number, parsed.type_code, parsed.issuer_code, parsed.style) == (
        "558",
        "CV",
        "ĐUK",
        PARTY,
    )


@pytest.mark.parametrize(
    "text",
    ["15 / BC - MTTQ - BTT", "15/bc-MTTQ-BTT", "Số:15/BC-MTTQ-BTT", "  SỐ :  15/BC-MTTQ-BTT\n"],
)
def test_parse_symbol_tolerates_how_clerks_type_state_symbols(text: str) -> None:
    parsed = parse_symbol(text)
    assert (parsed.number, parsed.type_code, parsed.issuer_code, parsed.style) == (
        "15",
        "BC",
        "MTTQ-BTT",
        STATE,
    )


def test_parse_symbol_reads_decomposed_input_and_returns_composed_parts() -> None:
    parsed = parse_symbol(unicodedata.normalize("NFD", "Số: 05/qđ-ĐCT-MTTQ"))
    assert parsed == ParsedSymbol("05/qđ-ĐCT-MTTQ", "05", None, "QĐ", "ĐCT-MTTQ", STATE)


def test_parse_symbol_returns_canonical_code_for_lower_case_party_type() -> None:
    assert parse_symbol("3-qyđ/TW").type_code == "QyĐ"


def test_parse_symbol_keeps_raw_as_typed_apart_from_the_label() -> None:
    assert parse_symbol("  Số: 558 - CV / ĐUK ").raw == "558 - CV / ĐUK"


def test_parse_symbol_keeps_a_single_part_after_the_slash_as_issuer() -> None:
    parsed = parse_symbol("15/BC")
    assert (parsed.type_code, parsed.issuer_code) == (None, "BC")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "V/v góp ý",
        "/BC",
        "15/",
        "15/2020",
        "5/9/2022",
        "Số:",
        "BC-15/TW",
        "-CV/TU",
    ],
)
def test_parse_symbol_marks_what_it_cannot_read_as_unknown(text: str) -> None:
    parsed = parse_symbol(text)
    assert parsed == ParsedSymbol(parsed.raw, None, None, None, None, SymbolStyle.UNKNOWN)


def test_parse_symbol_keeps_unreadable_text_as_typed() -> None:
    assert parse_symbol(" V/v góp ý ").raw == "V/v góp ý"


def test_parse_symbol_keeps_a_word_starting_like_the_label() -> None:
    assert parse_symbol("Sốt xuất huyết").raw == "Sốt xuất huyết"


def test_document_type_of_a_party_cong_van_is_cong_van() -> None:
    assert parse_symbol("558-CV/ĐUK").document_type == CONG_VAN


def test_document_type_of_a_known_state_code_is_that_type() -> None:
    assert parse_symbol("15/BC-MTTQ-BTT").document_type == by_code("BC")


def test_document_type_of_an_unknown_party_code_is_none() -> None:
    assert parse_symbol("12-XYZ/TU").document_type is None


def test_document_type_of_a_state_cong_van_is_none() -> None:
    assert parse_symbol("123/MTTQ-BTT").document_type is None


def test_symbol_style_values_are_stable_strings() -> None:
    assert [style.value for style in SymbolStyle] == ["state", "party", "unknown"]


@pytest.mark.parametrize(
    ("number", "type_code", "suffix", "expected"),
    [
        (15, "BC", "MTTQ-BTT", "15/BC-MTTQ-BTT"),
        (16, None, "MTTQ-BTT", "16/MTTQ-BTT"),
        (1, "KH", "MTTQ-BTT", "01/KH-MTTQ-BTT"),
        (9, "QĐ", "MTTQ-BTT", "09/QĐ-MTTQ-BTT"),
        (10, "GM", "MTTQ-BTT", "10/GM-MTTQ-BTT"),
        (1234, "TB", "MTTQ-BTT", "1234/TB-MTTQ-BTT"),
        ("7", "BB", "MTTQ-BTT", "07/BB-MTTQ-BTT"),
        ("05", "BC", "MTTQ-BTT", "05/BC-MTTQ-BTT"),
        ("125a", None, "MTTQ-BTT", "125a/MTTQ-BTT"),
        (3, "", "MTTQ-BTT", "03/MTTQ-BTT"),
        (2, "ctr", "MTTQ-BTT", "02/CTr-MTTQ-BTT"),
    ],
)
def test_format_state_symbol_writes_as_offices_do(
    number: int | str, type_code: str | None, suffix: str, expected: str
) -> None:
    assert format_state_symbol(number, type_code, suffix) == expected


@pytest.mark.parametrize(
    ("number", "suffix"), [(0, "MTTQ-BTT"), (-1, "MTTQ-BTT"), ("", "X"), (1, " ")]
)
def test_format_state_symbol_refuses_a_symbol_that_cannot_be_registered(
    number: int | str, suffix: str
) -> None:
    with pytest.raises(ValueError):
        format_state_symbol(number, "BC", suffix)


@pytest.mark.parametrize(("number", "type_code"), [(15, "BC"), (16, None), (1, "KH"), (2, "QyĐ")])
def test_format_state_symbol_output_parses_back_to_its_parts(
    number: int, type_code: str | None
) -> None:
    parsed = parse_symbol(format_state_symbol(number, type_code, "MTTQ-BTT"))
    assert (int(parsed.number or 0), parsed.type_code, parsed.issuer_code) == (
        number,
        type_code,
        "MTTQ-BTT",
    )
