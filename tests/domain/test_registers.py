"""Rules of a register line: its "Tên loại và trích yếu nội dung" and its Tình trạng."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.registers import IncomingState, incoming_state, type_and_subject

# --- Tên loại và trích yếu nội dung ---------------------------------------------------------


@pytest.mark.parametrize(
    ("type_code", "subject", "expected"),
    [
        ("KH", "giám sát năm 2026", "Kế hoạch giám sát năm 2026"),
        ("BC", "kết quả giám sát quý I", "Báo cáo kết quả giám sát quý I"),
        ("QyĐ", "về tiếp công dân", "Quy định về tiếp công dân"),
        ("qđ", "thành lập đoàn giám sát", "Quyết định thành lập đoàn giám sát"),
        ("TTLT", "số 01 về phối hợp", "Thông tư liên tịch số 01 về phối hợp"),
    ],
)
def test_the_type_name_goes_before_the_subject(type_code: str, subject: str, expected: str) -> None:
    assert type_and_subject(type_code, subject) == expected


@pytest.mark.parametrize(
    ("type_code", "subject"),
    [
        ("KH", "Kế hoạch giám sát năm 2026"),
        ("KH", "kế hoạch giám sát năm 2026"),
        ("KH", "KẾ HOẠCH GIÁM SÁT NĂM 2026"),
        ("KH", "KE HOACH giam sat nam 2026"),
        ("KH", "Kế hoạch, giám sát năm 2026"),
        ("KH", "KH triển khai giám sát năm 2026"),
        ("NQ", "Nghị quyết liên tịch về phối hợp giám sát"),
        ("BC", "Báo cáo"),
    ],
)
def test_a_subject_that_already_names_its_type_is_not_named_twice(
    type_code: str, subject: str
) -> None:
    assert type_and_subject(type_code, subject) == subject


def test_another_word_or_type_at_the_start_is_not_the_type() -> None:
    assert type_and_subject("KH", "Khẩn trương triển khai") == "Kế hoạch Khẩn trương triển khai"
    assert type_and_subject("QĐ", "Quy định về hội họp") == "Quyết định Quy định về hội họp"


@pytest.mark.parametrize("type_code", ["CV", "cv", ""])
def test_a_cong_van_has_no_type_name_in_front(type_code: str) -> None:
    assert type_and_subject(type_code, "V/v góp ý dự thảo Nghị quyết") == (
        "V/v góp ý dự thảo Nghị quyết"
    )
    assert type_and_subject(type_code, "góp ý dự thảo Nghị quyết") == "góp ý dự thảo Nghị quyết"


def test_an_unknown_type_leaves_the_subject_as_it_is() -> None:
    assert type_and_subject("XYZ", "Tờ khai thuế năm 2026") == "Tờ khai thuế năm 2026"


def test_the_cell_is_one_line_of_composed_text() -> None:
    subject = unicodedata.normalize("NFD", "giám sát\nbảo hiểm y tế  năm 2026 \n")
    assert type_and_subject("KH", subject) == "Kế hoạch giám sát bảo hiểm y tế năm 2026"


def test_a_type_with_no_subject_is_its_name() -> None:
    assert type_and_subject("KH", "") == "Kế hoạch"
    assert type_and_subject("CV", "") == ""


# --- Tình trạng ------------------------------------------------------------------------------

TODAY = dt.date(2026, 4, 15)
PAST = dt.date(2026, 4, 14)


@pytest.mark.parametrize(
    ("status", "deadline", "cancelled", "expected"),
    [
        (HandlingStatus.PENDING, None, False, IncomingState.PENDING),
        (HandlingStatus.PENDING, TODAY, False, IncomingState.PENDING),
        (HandlingStatus.IN_PROGRESS, dt.date(2026, 5, 1), False, IncomingState.IN_PROGRESS),
        (HandlingStatus.PENDING, PAST, False, IncomingState.OVERDUE),
        (HandlingStatus.IN_PROGRESS, PAST, False, IncomingState.OVERDUE),
        (HandlingStatus.DONE, PAST, False, IncomingState.DONE),
        (HandlingStatus.PENDING, PAST, True, IncomingState.CANCELLED),
        (HandlingStatus.DONE, None, True, IncomingState.CANCELLED),
    ],
)
def test_each_line_shows_one_state(
    status: HandlingStatus, deadline: dt.date | None, cancelled: bool, expected: IncomingState
) -> None:
    assert incoming_state(status, deadline, cancelled, TODAY) is expected


def test_every_state_has_its_words() -> None:
    assert [state.label for state in IncomingState] == [
        "Chưa xử lý",
        "Đang xử lý",
        "Đã xử lý",
        "Đã hủy",
        "Quá hạn",
    ]
    for status in HandlingStatus:
        assert IncomingState(status.value).label == status.label
