"""The task prints read from the database: the follow-up register, the tracking table, Excel.

On the hand-made year of ``task_year``; overdue is counted to the session's day.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import event

from giamsat_desktop.domain.errors import NotFoundError, ValidationError
from giamsat_desktop.domain.tasks import TaskDraft, TaskFilter
from giamsat_desktop.messages import say
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.services.tasks import assign, prints, queries
from tests.services.tasks.task_year import (
    CLERK,
    SECRET_CONTENT,
    VIEWER,
    YEAR,
    Office,
    add_incoming,
    day,
    make_year,
)
from tests.session_day import TODAY


@pytest.fixture
def year(context: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> Office:
    return make_year(context, monkeypatch)


def text(pdf: bytes) -> str:
    """Every page's text, whitespace folded to single spaces."""
    pages = (page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(" ".join(pages).split())


def overdue_days(deadline: dt.date) -> int:
    return (TODAY - deadline).days


def test_the_follow_up_register_prints_each_document_with_its_tasks_and_answers(
    context: ServiceContext, year: Office
) -> None:
    printed = text(prints.follow_up_pdf(context.factory, CLERK, day(1, 1), day(12, 31)))
    assert "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN" in printed
    assert f"Từ ngày 01/01/{YEAR} đến ngày 31/12/{YEAR}" in printed
    assert "Từ số 1 đến số 4" in printed  # the secret document is in a book of its own
    assert f"Kế hoạch số 45/KH-MTTQ-BTT ngày 01/03/{YEAR} của Ủy ban MTTQ Việt Nam" in printed
    assert "1. Hội Liên hiệp Phụ nữ – Chị Lê Thị Mỹ Hạnh" in printed
    assert f"1. Hoàn thành ngày 10/04/{YEAR}" in printed
    assert f"2. Hoàn thành ngày 20/04/{YEAR}, quá hạn 5 ngày" in printed
    assert f"3. Đang thực hiện (60%), quá hạn {overdue_days(day(4, 15))} ngày" in printed
    assert "4. Đã hủy (Đoàn đã có kế hoạch riêng)" in printed
    assert f"{year.outgoing_symbol} ngày 25/04/{YEAR}" in printed
    assert f"07/BC-HLHPN ngày 10/04/{YEAR} (báo cáo của Hội Liên hiệp Phụ nữ)" in printed
    assert "Lưu, không giao việc Để biết, lưu hồ sơ giám sát" in printed
    assert "Thường xuyên Chưa thực hiện, thường xuyên, báo cáo hằng quý" in printed
    assert "12/TB-CAX" not in printed and SECRET_CONTENT not in printed
    assert f"Tân Hưng, ngày {TODAY:%d} tháng" in printed and "Nguyễn Thị Thu Hà" in printed


def test_a_secret_book_prints_only_when_asked_and_never_for_a_viewer(
    context: ServiceContext, year: Office
) -> None:
    printed = text(
        prints.follow_up_pdf(context.factory, CLERK, day(1, 1), day(12, 31), year.secret_book)
    )
    assert "Thông báo số 12/TB-CAX" in printed
    assert f"Hội Nông dân Chưa thực hiện, hạn 30/06/{YEAR}" in printed
    assert "45/KH-MTTQ-BTT" not in printed
    with pytest.raises(NotFoundError):
        prints.follow_up_pdf(context.factory, VIEWER, day(1, 1), day(12, 31), year.secret_book)


def test_a_viewer_sees_no_secret_task_in_any_print(
    context: ServiceContext, year: Office, tmp_path: Path
) -> None:
    hnd = year.orgs["HND"]
    for actor in (CLERK, VIEWER):
        register = text(prints.follow_up_pdf(context.factory, actor, day(1, 1), day(12, 31)))
        assert "12/TB-CAX" not in register
    clerk_table = text(prints.tracking_pdf(context.factory, CLERK, hnd, YEAR))
    viewer_table = text(prints.tracking_pdf(context.factory, VIEWER, hnd, YEAR))
    assert SECRET_CONTENT in clerk_table and SECRET_CONTENT not in viewer_table
    for actor, name in ((CLERK, "clerk.xlsx"), (VIEWER, "viewer.xlsx")):
        prints.export_tasks_xlsx(context.factory, actor, tmp_path / name, YEAR)
    assert SECRET_CONTENT in _contents(tmp_path / "clerk.xlsx")
    assert SECRET_CONTENT not in _contents(tmp_path / "viewer.xlsx")


def test_the_tracking_table_lists_the_year_and_its_on_time_rate(
    context: ServiceContext, year: Office
) -> None:
    hnd = year.orgs["HND"]
    printed = text(prints.tracking_pdf(context.factory, CLERK, hnd, YEAR))
    assert "BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ của Hội Nông dân năm" in printed
    assert "Hoàn thành quá hạn 5 ngày" in printed
    assert f"Quá hạn {overdue_days(day(6, 30))} ngày" in printed
    assert "Phối hợp: Hội Cựu chiến binh" in printed
    # Late 1, on time 1, overdue 1 (the secret one), standing 1 left out: 1 / 3.
    assert "Tổng số nhiệm vụ được giao: 4 (trong đó 1 nhiệm vụ thường xuyên)" in printed
    assert "Tỷ lệ hoàn thành đúng hạn: 33,3% (1/3" in printed
    figures = queries.organization_figures(
        context.factory, CLERK, TaskFilter(organization_id=hnd, year=YEAR), TODAY
    )
    assert figures[0].rate == pytest.approx(1 / 3)
    # The viewer's table leaves the secret task out, and its rate with it.
    assert "Tỷ lệ hoàn thành đúng hạn: 50% (1/2" in text(
        prints.tracking_pdf(context.factory, VIEWER, hnd, YEAR)
    )


def test_the_task_workbook_has_a_row_per_task_of_the_year(
    context: ServiceContext, year: Office, tmp_path: Path
) -> None:
    target = tmp_path / "nhiem-vu.xlsx"
    assert prints.export_tasks_xlsx(context.factory, CLERK, target, YEAR) == 7
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == f"DANH SÁCH NHIỆM VỤ NĂM {YEAR}"
    header = rows.index(next(r for r in rows if r and r[0] == "STT"))
    lines = rows[header + 1 :]
    assert [line[0] for line in lines] == list(range(1, 8))
    ccb = next(line for line in lines if line[4] == "Hội Cựu chiến binh")
    assert ccb[1].date() == day(3, 3) and ccb[7].date() == day(4, 15)
    assert ccb[8:] == (
        "Đang thực hiện (60%)",
        60,
        None,
        f"Quá hạn {overdue_days(day(4, 15))} ngày",
    )
    hnd = next(line for line in lines if line[4] == "Hội Nông dân" and line[2])
    assert hnd[5] == "Hội Cựu chiến binh" and hnd[6] == "Ông Trần Văn Bình"
    assert hnd[10].date() == day(4, 20) and hnd[11] == "Hoàn thành quá hạn 5 ngày"


def test_a_period_backwards_and_an_unknown_organisation_are_refused(
    context: ServiceContext, year: Office
) -> None:
    with pytest.raises(ValidationError) as backwards:
        prints.follow_up_pdf(context.factory, CLERK, day(3, 1), day(2, 1))
    assert say(backwards.value) == "Ngày đầu kỳ không được sau ngày cuối kỳ."
    with pytest.raises(NotFoundError):
        prints.tracking_pdf(context.factory, CLERK, 999_999, YEAR)


@pytest.fixture
def statements(office_database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(office_database.engine, "before_cursor_execute", count)
    yield seen
    event.remove(office_database.engine, "before_cursor_execute", count)


def test_the_prints_read_in_a_few_queries_however_many_rows(
    context: ServiceContext, statements: list[str], tmp_path: Path
) -> None:
    lead = list_organizations(context.factory)[0].id

    def queries_for(count: int) -> tuple[int, int, int]:
        sources = [add_incoming(context, day(2, 1), f"{n}/KH-TEST") for n in range(count)]
        for source in sources:
            assign.assign_tasks(
                context.factory,
                CLERK,
                [TaskDraft("Việc", lead, deadline=day(3, 1))] * 2,
                source_id=source,
            )
        statements.clear()
        prints.follow_up_pdf(context.factory, CLERK, day(1, 1), day(12, 31))
        register = len(statements)
        statements.clear()
        prints.tracking_pdf(context.factory, CLERK, lead, TODAY.year)
        table = len(statements)
        statements.clear()
        prints.export_tasks_xlsx(context.factory, CLERK, tmp_path / f"{count}.xlsx", TODAY.year)
        return register, table, len(statements)

    assert queries_for(3) == queries_for(40)


def _contents(path: Path) -> str:
    sheet = openpyxl.load_workbook(path).active
    return " ".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if v)
