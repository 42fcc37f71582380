"""Sổ theo dõi giải quyết văn bản đến as Nghị định 30/2020 (Phụ lục IV) lays it out."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.registers import RegisterPeriod
from giamsat_desktop.domain.tasks import TaskState
from giamsat_desktop.reports.layout.page_layout import LANDSCAPE
from giamsat_desktop.reports.tasks.follow_up import (
    FollowUpBook,
    FollowUpEntry,
    Reply,
    render_follow_up,
)
from tests.reports.samples import OFFICE, page_texts, squash, text_runs
from tests.reports.tasks.task_samples import DEADLINE, DIRECTIVE_TASKS, TODAY, make_task

HEADER = (
    "Số đến Tên loại, số, ký hiệu, ngày, cơ quan ban hành Đơn vị/người nhận "
    "Thời hạn giải quyết Tiến độ giải quyết Số, ký hiệu văn bản trả lời Ghi chú 1 2 3 4 5 6 7"
)
PERIOD = RegisterPeriod(
    2026, dt.date(2026, 3, 1), dt.date(2026, 3, 31), "12", "15", "Sổ văn bản đến năm 2026"
)

DIRECTIVE = FollowUpEntry(
    arrival_number="12",
    issuer="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol="45/KH-MTTQ-BTT",
    doc_date=dt.date(2026, 3, 1),
    type_code="KH",
    subject="giám sát việc thực hiện chính sách bảo hiểm y tế năm 2026",
    deadline=DEADLINE,
    tasks=DIRECTIVE_TASKS,
    replies=(
        Reply("25/BC-MTTQ-BTT", dt.date(2026, 4, 20)),
        Reply("07/BC-HLHPN", dt.date(2026, 4, 14), "Hội Liên hiệp Phụ nữ"),
    ),
    urgency=Urgency.URGENT,
)
FILED = FollowUpEntry(
    arrival_number="13",
    issuer="Đảng ủy xã Tân Hưng",
    symbol="558-CV/ĐUK",
    doc_date=dt.date(2026, 3, 3),
    type_code="CV",
    subject="V/v tăng cường lãnh đạo công tác giám sát, phản biện xã hội",
    deadline=None,
    recipients="Đ/c Chủ tịch",
    filed_without_tasks=True,
    filed_note="Để biết, lưu hồ sơ giám sát",
)
STANDING = FollowUpEntry(
    arrival_number="14",
    issuer="Ủy ban nhân dân xã Tân Hưng",
    symbol="123/UBND-VP",
    doc_date=dt.date(2026, 3, 4),
    type_code="TB",
    subject="Thông báo lịch tiếp công dân",
    deadline=None,
    tasks=(
        make_task(
            6,
            "Ban Thanh tra nhân dân",
            TaskState.IN_PROGRESS,
            deadline=None,
            report_period=ReportPeriod.QUARTERLY,
            progress=30,
        ),
    ),
)
CANCELLED = FollowUpEntry(
    arrival_number="15",
    issuer="Ủy ban nhân dân xã Tân Hưng",
    symbol="130/UBND-VP",
    doc_date=dt.date(2026, 3, 5),
    type_code="CV",
    subject="V/v góp ý dự thảo",
    deadline=None,
    cancelled=True,
    cancel_reason="Vào sổ trùng",
)


def render(*entries: FollowUpEntry, books: int = 1) -> bytes:
    book = FollowUpBook(PERIOD, entries or (DIRECTIVE, FILED, STANDING, CANCELLED))
    return render_follow_up(OFFICE, [book] * books, today=TODAY)


def table_text(pdf: bytes) -> str:
    return squash(" ".join(page_texts(pdf)[1:]))


def test_the_cover_is_the_register_books_cover() -> None:
    cover = squash(page_texts(render())[0])
    assert cover == squash(
        "ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG BAN THƯỜNG TRỰC SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN "
        "Năm: 2026 Từ ngày 01/03/2026 đến ngày 31/03/2026 Từ số 12 đến số 15 "
        "Quyển: Sổ văn bản đến năm 2026"
    )


def test_the_pages_are_a4_landscape_and_every_table_page_has_the_seven_columns() -> None:
    pdf = render(*([DIRECTIVE] * 12))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 4
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(LANDSCAPE.size, abs=0.5)
    for number, text in enumerate(page_texts(pdf)[1:], start=2):
        assert squash(text).startswith(f"{number} {HEADER}")


@pytest.mark.parametrize("count", range(1, 14))
def test_the_signatures_never_stand_alone_on_a_page(count: int) -> None:
    *_, last = page_texts(render(*([DIRECTIVE] * count)))
    # The last entry goes with them (under the column titles when it opens a page).
    assert squash(last).split(HEADER)[1].lstrip().startswith("12 Kế hoạch số 45/KH-MTTQ-BTT")
    assert "NGƯỜI LẬP SỔ" in last


def test_a_document_names_its_kind_number_date_and_issuer_then_its_subject() -> None:
    text = table_text(render())
    assert (
        "12 Kế hoạch số 45/KH-MTTQ-BTT ngày 01/03/2026 của Ủy ban MTTQ Việt Nam tỉnh Tây Ninh "
        "giám sát việc thực hiện chính sách bảo hiểm y tế năm 2026"
    ) in text
    assert "13 Công văn số 558-CV/ĐUK ngày 03/03/2026 của Đảng ủy xã Tân Hưng V/v tăng" in text


def test_each_task_has_its_unit_and_its_progress_counted_to_today() -> None:
    text = table_text(render())
    for unit in (
        "1. Hội Liên hiệp Phụ nữ – Chị Lê Thị Mỹ Hạnh",
        "2. Hội Nông dân – Ông Trần Văn Bình",
        "3. Hội Cựu chiến binh",
        "5. Công đoàn",
    ):
        assert unit in text
    assert "15/04/2026" in text  # the leader's deadline, in its own column
    for progress in (
        "1. Hoàn thành ngày 15/04/2026",
        "2. Hoàn thành ngày 18/04/2026, quá hạn 3 ngày",
        "3. Đang thực hiện (60%), quá hạn 35 ngày",
        "4. Chưa thực hiện, hạn 30/06/2026",
        "5. Đã hủy (Không còn đối tượng)",
    ):
        assert progress in text
    assert "1. Hoàn thành ngày 15/04/2026, quá hạn" not in text  # done on its deadline day


def test_the_overdue_days_follow_today() -> None:
    tomorrow = render_follow_up(
        OFFICE, [FollowUpBook(PERIOD, [DIRECTIVE])], today=TODAY + dt.timedelta(days=1)
    )
    assert "3. Đang thực hiện (60%), quá hạn 36 ngày" in table_text(tomorrow)
    on_deadline = render_follow_up(OFFICE, [FollowUpBook(PERIOD, [DIRECTIVE])], today=DEADLINE)
    assert "3. Đang thực hiện (60%) " in table_text(on_deadline)
    assert "quá hạn 1 ngày" not in table_text(on_deadline)


def test_each_tasks_progress_stands_level_with_its_unit() -> None:
    runs = text_runs(render(DIRECTIVE), 1)
    for number in range(1, 6):
        unit = next(r for r in runs if r.text.startswith(f"{number}. ") and r.x < 400)
        step = next(r for r in runs if r.text.startswith(f"{number}. ") and r.x > 400)
        assert unit.y == pytest.approx(step.y, abs=0.1), number


def test_the_answers_the_filed_note_and_the_register_remarks() -> None:
    text = table_text(render())
    assert "- 25/BC-MTTQ-BTT ngày 20/04/2026" in text
    assert "- 07/BC-HLHPN ngày 14/04/2026 (báo cáo của Hội Liên hiệp Phụ nữ)" in text
    assert "Khẩn" in text
    assert "Đ/c Chủ tịch" in text  # a document without tasks keeps its receivers
    assert "Lưu, không giao việc Để biết, lưu hồ sơ giám sát" in text
    assert "Thường xuyên Đang thực hiện (30%), thường xuyên, báo cáo hằng quý" in text
    assert "ĐÃ HỦY: Vào sổ trùng" in text


def test_each_book_has_its_cover_and_its_signatures_and_its_own_page_numbers() -> None:
    texts = [squash(t) for t in page_texts(render(books=2))]
    covers = [n for n, t in enumerate(texts) if t.startswith("ỦY BAN MTTQ VIỆT NAM")]
    assert len(covers) == 2 and covers[0] == 0
    # The second book's cover bears no number and its table starts on page 2 again.
    assert texts[covers[1] + 1].startswith(f"2 {HEADER}")
    signed = [t for t in texts if "NGƯỜI LẬP SỔ" in t]
    assert len(signed) == 2
    assert (
        "NGƯỜI LẬP SỔ Tân Hưng, ngày 20 tháng 5 năm 2026 TM. BAN THƯỜNG TRỰC CHỦ TỊCH "
        "Nguyễn Thị Thu Hà"
    ) in signed[0]


def test_an_empty_book_still_prints_and_no_book_is_refused() -> None:
    pdf = render_follow_up(
        OFFICE, [FollowUpBook(replace(PERIOD, number_from="", number_to=""), [])], today=TODAY
    )
    assert HEADER in squash(page_texts(pdf)[1])
    with pytest.raises(ValueError):
        render_follow_up(OFFICE, [], today=TODAY)
