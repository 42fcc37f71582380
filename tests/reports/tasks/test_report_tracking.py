"""Bảng theo dõi thực hiện nhiệm vụ: one organisation's year, its totals and % đúng hạn."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from giamsat_desktop.reports.layout.page_layout import LANDSCAPE
from giamsat_desktop.reports.tasks.tracking import SourceDocument, render_tracking
from tests.reports.samples import OFFICE, page_texts, squash
from tests.reports.tasks.task_samples import TASKS, TODAY

HEADER = (
    "STT Ngày giao Văn bản giao nhiệm vụ Nội dung nhiệm vụ Thời hạn Trạng thái "
    "Ngày hoàn thành Đúng hạn/Quá hạn 1 2 3 4 5 6 7 8"
)
SOURCES = {
    1: SourceDocument("45/KH-MTTQ-BTT", dt.date(2026, 3, 1), "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh")
}


def render(tasks: tuple = TASKS, today: dt.date = TODAY) -> bytes:
    return render_tracking(OFFICE, "Hội Nông dân", 2026, tasks, SOURCES, today=today)


def everything(pdf: bytes) -> str:
    return squash(" ".join(page_texts(pdf)))


def test_the_heading_names_the_organisation_and_the_year_under_the_letterhead() -> None:
    first = squash(page_texts(render())[0])
    assert first.startswith(
        "ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG BAN THƯỜNG TRỰC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập - Tự do - Hạnh phúc Tân Hưng, ngày 20 tháng 5 năm 2026 "
        "BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ của Hội Nông dân năm 2026 "
        f"{HEADER}"
    )
    for page in PdfReader(io.BytesIO(render())).pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(LANDSCAPE.size, abs=0.5)


def test_each_task_is_a_numbered_row_with_its_source_state_and_timeliness() -> None:
    text = everything(render())
    assert (
        "1 02/03/2026 45/KH-MTTQ-BTT ngày 01/03/2026 của Ủy ban MTTQ Việt Nam tỉnh Tây Ninh "
        "Tuyên truyền, vận động hội viên tham gia bảo hiểm y tế hộ gia đình Người phụ trách: "
        "Chị Lê Thị Mỹ Hạnh 15/04/2026 Hoàn thành 15/04/2026 Đúng hạn"
    ) in text
    assert "Phối hợp: Hội Cựu chiến binh" in text
    assert "Hoàn thành 18/04/2026 Hoàn thành quá hạn 3 ngày" in text
    assert "15/04/2026 Đang thực hiện (60%) Quá hạn 35 ngày" in text
    assert "30/06/2026 Chưa thực hiện Trong hạn" in text
    assert "Đã hủy: Không còn đối tượng" in text
    assert (
        "6 02/03/2026 Vận động đóng góp Quỹ Vì người nghèo 01/05/2026 Tạm dừng (20%) "
        "Quá hạn 19 ngày"
    ) in text
    assert "Thường xuyên Đang thực hiện Thường xuyên" in text


def test_the_totals_and_the_on_time_rate_close_the_table_before_the_signatures() -> None:
    text = everything(render())
    totals = (
        "Tổng số nhiệm vụ được giao: 7 (trong đó 1 nhiệm vụ thường xuyên, 1 nhiệm vụ đã hủy). "
        "Hoàn thành đúng hạn: 1; hoàn thành quá hạn: 1; quá hạn chưa hoàn thành: 2; "
        "đang thực hiện trong hạn: 1. "
        "Tỷ lệ hoàn thành đúng hạn: 25% (1/4: số nhiệm vụ hoàn thành đúng hạn trên tổng số "
        "nhiệm vụ đã hoàn thành và nhiệm vụ quá hạn chưa hoàn thành; không tính nhiệm vụ "
        "thường xuyên và nhiệm vụ đã hủy). Số liệu tính đến ngày 20/05/2026. "
        "NGƯỜI LẬP BẢNG Tân Hưng, ngày 20 tháng 5 năm 2026 TM. BAN THƯỜNG TRỰC CHỦ TỊCH "
        "Nguyễn Thị Thu Hà"
    )
    assert text.endswith(totals)


def test_the_rate_follows_the_day_it_is_counted_on() -> None:
    # On 15/04 the 60% task is not overdue yet, nor is the paused one: 1 on time of 2 done.
    text = everything(render(today=dt.date(2026, 4, 15)))
    assert "Tỷ lệ hoàn thành đúng hạn: 50% (1/2:" in text
    assert re.search(r"Quá hạn \d+ ngày", text) is None


def test_a_year_with_nothing_done_or_overdue_has_no_rate_yet() -> None:
    text = everything(render(tasks=(TASKS[3], TASKS[6])))
    assert "Tỷ lệ hoàn thành đúng hạn: chưa tính được" in text
    empty = everything(render(tasks=()))
    assert HEADER in empty and "Tổng số nhiệm vụ được giao: 0." in empty
