"""Register cells are broken into lines that fit their column."""

from __future__ import annotations

import unicodedata

import pytest

from giamsat_desktop.reports.layout.fonts import serif_family
from giamsat_desktop.reports.layout.line_break import LineBreaker


@pytest.fixture(scope="module")
def breaker() -> LineBreaker:
    return LineBreaker(serif_family().regular, 11)


def test_every_line_fits_and_no_word_is_lost(breaker: LineBreaker) -> None:
    text = (
        "V/v tăng cường lãnh đạo công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc "
        "và các đoàn thể chính trị - xã hội"
    )
    lines = breaker.lines(text, 150)
    assert len(lines) > 1
    assert all(breaker.width(line) <= 150 for line in lines)
    assert " ".join(lines) == text


def test_a_symbol_too_wide_breaks_after_a_hyphen_or_slash(breaker: LineBreaker) -> None:
    room = breaker.width("15/BC-MTTQ-") + 1
    assert breaker.lines("15/BC-MTTQ-BTT", room) == ["15/BC-MTTQ-", "BTT"]
    assert breaker.lines("Số 15/BC-MTTQ-BTT", room) == ["Số", "15/BC-MTTQ-", "BTT"]


def test_a_word_without_break_points_is_cut_between_letters(breaker: LineBreaker) -> None:
    lines = breaker.lines("Nguyễnnnnnnnnnnnnnnnn", 40)
    assert "".join(lines) == "Nguyễnnnnnnnnnnnnnnnn"
    assert all(breaker.width(line) <= 40 for line in lines)


def test_the_clerks_line_breaks_and_composition(breaker: LineBreaker) -> None:
    assert breaker.lines("Khẩn\n\nĐã báo cáo", 200) == ["Khẩn", "Đã báo cáo"]
    assert breaker.lines(unicodedata.normalize("NFD", "Hỏa tốc"), 200) == ["Hỏa tốc"]
    assert breaker.lines("", 100) == []
    assert breaker.lines(None, 100) == []
