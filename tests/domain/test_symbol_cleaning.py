"""A symbol pasted or typed with line breaks, tabs and spaces is stored as it is printed."""

import unicodedata

import pytest

from giamsat_desktop.domain.symbols import clean_symbol, parse_symbol, tidy_typed_symbol


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("123-CV/\nĐUK", "123-CV/ĐUK"),
        ("123-CV/\r\nĐUK\n", "123-CV/ĐUK"),
        ("15 / BC - MTTQ - BTT", "15/BC-MTTQ-BTT"),
        ("15\t/\tBC-MTTQ-BTT", "15/BC-MTTQ-BTT"),
        ("15/BC\u00a0-\u00a0MTTQ-BTT", "15/BC-MTTQ-BTT"),
        ("15 – BC — MTTQ", "15-BC-MTTQ"),
        ("\u200b558-CV/ĐUK\ufeff", "558-CV/ĐUK"),
        ("  30 / 2020 / NĐ - CP  ", "30/2020/NĐ-CP"),
        ("Số 15/UBND   VP", "Số 15/UBND VP"),
        ("", ""),
        (" \n\t", ""),
    ],
)
def test_clean_symbol(text: str, clean: str) -> None:
    assert clean_symbol(text) == clean


def test_decomposed_vietnamese_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "558-CV/ĐUK - Đảng ủy")
    assert decomposed != "558-CV/ĐUK-Đảng ủy"
    cleaned = clean_symbol(decomposed)
    assert cleaned == "558-CV/ĐUK-Đảng ủy"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_a_cleaned_symbol_still_parses_the_same() -> None:
    assert parse_symbol(clean_symbol("123-CV/\nĐUK")) == parse_symbol("123-CV/ĐUK")


@pytest.mark.parametrize(
    ("text", "cursor", "tidy", "new_cursor"),
    [
        ("15 ", 3, "15 ", 3),  # a space typed at the end waits for what comes next
        ("15 /", 4, "15/", 3),
        ("15/ ", 4, "15/", 3),
        ("15 /BC", 3, "15/BC", 2),  # the cursor was between the space and "/"
        ("15/ BC", 4, "15/BC", 3),
        ("15/\nĐUK", 4, "15/ĐUK", 3),
        ("ab\n\ncd", 4, "ab cd", 3),
        ("15a\t/BC", 4, "15a/BC", 3),
        (unicodedata.normalize("NFD", "Đả/x"), 3, "Đả/x", 2),
    ],
)
def test_tidy_typed_symbol_keeps_the_cursor_after_the_same_characters(
    text: str, cursor: int, tidy: str, new_cursor: int
) -> None:
    assert tidy_typed_symbol(text, cursor) == (tidy, new_cursor)


def test_tidy_typed_symbol_puts_the_cursor_at_the_end_by_default() -> None:
    assert tidy_typed_symbol("123-CV/\nĐUK") == ("123-CV/ĐUK", 10)
