import unicodedata

import pytest

from giamsat_desktop.domain.text import fold, fold_words, normalize, normalize_line

NFD = "NFD"


def test_normalize_composes_decomposed_text() -> None:
    assert normalize(unicodedata.normalize(NFD, "Đảng ủy")) == "Đảng ủy"


def test_normalize_removes_control_characters() -> None:
    assert normalize("Báo\x00 cáo\x1b\x7f") == "Báo cáo"


def test_normalize_keeps_newlines_and_tabs_inside() -> None:
    assert normalize("dòng một\n\tdòng hai") == "dòng một\n\tdòng hai"


def test_normalize_turns_windows_line_ends_into_newlines() -> None:
    assert normalize("dòng một\r\ndòng hai") == "dòng một\ndòng hai"


def test_normalize_strips_surrounding_whitespace() -> None:
    assert normalize(" \n\u00a0Kế hoạch\t\n ") == "Kế hoạch"


def test_normalize_composes_a_mark_separated_from_its_letter_by_a_control() -> None:
    assert normalize("a\x00\u0301") == "á"


def test_normalize_line_collapses_newlines_and_nbsp_to_one_space() -> None:
    assert normalize_line("Nguyễn\u00a0\u00a0Văn\n\tAn ") == "Nguyễn Văn An"


def test_normalize_line_also_composes_and_drops_controls() -> None:
    assert normalize_line(unicodedata.normalize(NFD, "Tân\x07 Hưng")) == "Tân Hưng"


@pytest.mark.parametrize(
    "text",
    ["Đảng ủy", "dang uy", "ĐẢNG ỦY", unicodedata.normalize(NFD, "Đảng ủy"), "  Đảng \n ủy "],
)
def test_fold_gives_one_key_for_every_spelling_of_dang_uy(text: str) -> None:
    assert fold(text) == "dang uy"


def test_fold_keeps_slash_and_hyphen_of_symbols() -> None:
    assert fold("558-CV/ĐUK") == "558-cv/duk"


def test_fold_maps_lower_case_d_with_stroke_to_d() -> None:
    assert fold("đường") == "duong"


def test_fold_removes_every_vietnamese_vowel_mark() -> None:
    assert fold("Ăn Ơn Ưu Âm Êm Ôm ờ ở ỡ ợ ớ") == "an on uu am em om o o o o o"


def test_fold_collapses_nbsp_and_drops_controls() -> None:
    assert fold("Mặt\u00a0trận\x00 Tổ quốc") == "mat tran to quoc"


def test_fold_of_empty_text_is_empty() -> None:
    assert fold("  \n ") == ""


def test_fold_words_splits_a_symbol_into_its_parts() -> None:
    assert fold_words("558-CV/ĐUK") == ["558", "cv", "duk"]


def test_fold_words_splits_on_punctuation_and_whitespace() -> None:
    assert fold_words("Kế hoạch (số 15), V/v: góp ý!") == [
        "ke",
        "hoach",
        "so",
        "15",
        "v",
        "v",
        "gop",
        "y",
    ]


def test_fold_words_treats_underscore_as_a_separator() -> None:
    assert fold_words("MTTQ_BTT") == ["mttq", "btt"]


def test_fold_words_of_punctuation_only_is_empty() -> None:
    assert fold_words(" -/ ,. ") == []
