"""A date written right but impossible is named: the day, the month or the year that cannot be."""

import pytest

from giamsat_desktop.domain.date_line import (
    DateProblem,
    DateProblemKind,
    date_problem,
    parse_vietnamese_date,
)

K = DateProblemKind


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2022", DateProblem(K.NO_SUCH_DAY, 31, 2, 2022, 28)),
        ("30/02/2024", DateProblem(K.NO_SUCH_DAY, 30, 2, 2024, 29)),
        ("29/02/2022", DateProblem(K.NOT_A_LEAP_YEAR, 29, 2, 2022, 28)),
        ("29/2/1900", DateProblem(K.NOT_A_LEAP_YEAR, 29, 2, 1900, 28)),
        ("31/04/2025", DateProblem(K.NO_SUCH_DAY, 31, 4, 2025, 30)),
        ("00/01/2026", DateProblem(K.DAY_ZERO, 0, 1, 2026, 31)),
        ("5/13/2022", DateProblem(K.NO_SUCH_MONTH, 5, 13, 2022)),
        ("5.0.2022", DateProblem(K.NO_SUCH_MONTH, 5, 0, 2022)),
        ("01/01/0000", DateProblem(K.NO_SUCH_YEAR, 1, 1, 0)),
        ("31/2/22", DateProblem(K.NO_SUCH_DAY, 31, 2, 2022, 28)),
        ("ngày 31 tháng 02 năm 2022", DateProblem(K.NO_SUCH_DAY, 31, 2, 2022, 28)),
        ("abc", DateProblem(K.NOT_A_DATE)),
        ("5/9", DateProblem(K.NOT_A_DATE)),
        ("5/9-2022", DateProblem(K.NOT_A_DATE)),
        ("2022-09-05", DateProblem(K.NOT_A_DATE)),
    ],
)
def test_date_problem_names_what_cannot_be(text: str, problem: DateProblem) -> None:
    assert parse_vietnamese_date(text) is None
    assert date_problem(text) == problem


@pytest.mark.parametrize("text", ["29/02/2024", "31/12/2022", "1/1/2000", "05.09.22"])
def test_a_real_date_has_no_problem(text: str) -> None:
    assert parse_vietnamese_date(text) is not None
    assert date_problem(text) is None
