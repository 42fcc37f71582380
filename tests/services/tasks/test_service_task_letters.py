"""The tasks' letters: a directive's tasks to the organisations, one organisation chased."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod, deadline_after
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.messages import say
from giamsat_desktop.services.catalog import days_off
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import drafts, issue
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.tasks import assign, moves, task_letters
from tests.offices import TAN_HUNG
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
DAY = dt.timedelta(days=1)

LATE = "Khảo sát hộ nghèo"
"""Hội LHPN's task ten days overdue: the one the chase letter must list."""
LATE_ALONE = "Thăm hỏi hội viên"
"""Hội LHPN's task given without a document, a day overdue: listed too."""
DONE = "Tổng kết mô hình"
NOT_YET = "Phát động thi đua"
DUE_TODAY = "Họp chi hội"
STANDING = "Nắm tình hình"
DROPPED = "Tập huấn cán bộ"
OTHERS = "Ra quân làm đường"
"""Hội Nông dân's overdue task: not in Hội LHPN's letter."""
SECRET = "Xác minh đơn thư"


def _orgs(context: ServiceContext) -> dict[str, int]:
    return {org.code: org.id for org in list_organizations(context.factory)}


def _directive(context: ServiceContext, secrecy: Secrecy = Secrecy.NORMAL) -> int:
    record, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            TODAY - 20 * DAY,
            "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
            "V/v giám sát việc thực hiện chính sách bảo hiểm y tế năm 2027",
            symbol="45/KH-MTTQ-BTT" if secrecy is Secrecy.NORMAL else "07/KH-MTTQ-BTT",
            type_code="KH",
            doc_date=TODAY - 21 * DAY,
            secrecy=secrecy,
        ),
    )
    return record.id


def _task(
    content: str,
    lead: int,
    deadline: dt.date | None,
    cooperating: tuple[int, ...] = (),
    period: ReportPeriod | None = None,
) -> TaskDraft:
    return TaskDraft(content, lead, cooperating, "", deadline, period)


@pytest.fixture
def office(context: ServiceContext) -> dict[str, int]:
    """A directive with Hội LHPN's tasks in every case, one of Hội Nông dân's, and more.

    Returns the organisations' ids by code, and the directive's id as ``"document"``.
    """
    orgs = _orgs(context)
    women, farmers, youth = orgs["LHPN"], orgs["HND"], orgs["DTN"]
    document = _directive(context)
    given, _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [
            _task(LATE, women, TODAY - 10 * DAY, (farmers, youth)),
            _task(DONE, women, TODAY - 3 * DAY),
            _task(NOT_YET, women, TODAY + 10 * DAY),
            _task(DUE_TODAY, women, TODAY),
            _task(STANDING, women, None, period=ReportPeriod.QUARTERLY),
            _task(DROPPED, women, TODAY - 8 * DAY),
            _task(OTHERS, farmers, TODAY - 5 * DAY),
        ],
        source_id=document,
        instruction="Giao các tổ chức thành viên triển khai, báo cáo kết quả.",
    )
    by_content = {task.content: task for task in given}
    done = by_content[DONE]
    moves.move_task(context.factory, CLERK, done.id, done.version, TaskState.DONE, TODAY - DAY)
    dropped = by_content[DROPPED]
    moves.move_task(
        context.factory,
        CLERK,
        dropped.id,
        dropped.version,
        TaskState.CANCELLED,
        TODAY,
        note="Không còn phù hợp",
    )
    assign.assign_tasks(context.factory, CLERK, [_task(LATE_ALONE, women, TODAY - DAY)])
    assign.assign_tasks(
        context.factory,
        CLERK,
        [_task(SECRET, women, TODAY - 2 * DAY)],
        source_id=_directive(context, Secrecy.SECRET),
    )
    return {**orgs, "document": document}


def _pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def _both(context: ServiceContext, letter_id: int) -> tuple[str, str]:
    """The letter's PDF and Word text, as printed."""
    folder = context.data_folder
    pdf = issue.print_letter(context.factory, CLERK, folder, letter_id, issue.PDF)
    word = issue.print_letter(context.factory, CLERK, folder, letter_id, issue.DOCX)
    return _pdf_text(pdf.data), _docx_text(word.data)


def test_the_chase_letter_lists_only_that_organisations_overdue_tasks(
    context: ServiceContext, office: dict[str, int]
) -> None:
    letter, _ = task_letters.chase_letter(context.factory, CLERK, office["LHPN"], TODAY)
    assert (letter.source_kind, letter.source_id) == (task_letters.CHASE_LETTER, office["LHPN"])
    assert letter.content.recipients == ("Hội Liên hiệp Phụ nữ",)
    report_by = deadline_after(TODAY, 5, days_off.days_off(context.factory))
    for text in _both(context, letter.id):
        assert "V/v đôn đốc thực hiện nhiệm vụ quá hạn" in text
        assert "Kính gửi: Hội Liên hiệp Phụ nữ" in text
        assert f"đến ngày {TODAY:%d/%m/%Y}, Hội Liên hiệp Phụ nữ còn 3 nhiệm vụ" in text
        for shown in (LATE, LATE_ALONE, SECRET, "Số ngày quá hạn", f"{TODAY - 10 * DAY:%d/%m/%Y}"):
            assert shown in text, shown
        for hidden in (DONE, NOT_YET, DUE_TODAY, STANDING, DROPPED, OTHERS):
            assert hidden not in text, hidden
        assert "Kế hoạch số 45/KH-MTTQ-BTT" in text
        assert f"Ban Thường trực giao ngày {TODAY:%d/%m/%Y}" in text  # given without a document
        assert f"trước ngày {report_by:%d/%m/%Y}./." in text
        assert "Nơi nhận:" in text and "- Như trên;" in text and "- Lưu: VT." in text
        assert "DỰ THẢO" in text


def test_the_report_date_moves_off_a_day_off_the_office_entered(
    context: ServiceContext, office: dict[str, int]
) -> None:
    usual = deadline_after(TODAY, 5, days_off.days_off(context.factory))
    year = days_off.year_days_off(context.factory, usual.year)
    days_off.save_year_days_off(
        context.factory,
        CLERK,
        usual.year,
        [*year.entries, days_off.DayOffEntry(usual, "Ngày nghỉ của địa phương")],
        year.version,
    )
    moved = deadline_after(usual, 1, days_off.days_off(context.factory))
    content = task_letters.chase_letter_content(context.factory, CLERK, office["LHPN"], TODAY)
    assert f"trước ngày {moved:%d/%m/%Y}./." in content.body
    assert f"{usual:%d/%m/%Y}./." not in content.body


def test_a_viewer_does_not_see_the_secret_documents_task_in_a_chase_letter(
    context: ServiceContext, office: dict[str, int]
) -> None:
    content = task_letters.chase_letter_content(context.factory, VIEWER, office["LHPN"], TODAY)
    assert LATE in content.body and SECRET not in content.body
    assert "còn 2 nhiệm vụ" in content.body


def test_days_overdue_count_from_the_deadline(
    context: ServiceContext, office: dict[str, int]
) -> None:
    content = task_letters.chase_letter_content(context.factory, CLERK, office["HND"], TODAY)
    assert f"| 1 | Kế hoạch số 45/KH-MTTQ-BTT ngày {TODAY - 21 * DAY:%d/%m/%Y} của " in content.body
    assert f"| {OTHERS} | {TODAY - 5 * DAY:%d/%m/%Y} | 5 |" in content.body
    assert LATE not in content.body  # Hội Nông dân only cooperates on it


def test_nothing_overdue_refuses_the_chase_letter_in_words(
    context: ServiceContext, office: dict[str, int]
) -> None:
    with pytest.raises(ConflictError) as refused:
        task_letters.chase_letter_content(context.factory, CLERK, office["CCB"], TODAY)
    assert refused.value.code is ErrorCode.NOTHING_OVERDUE
    assert say(refused.value) == (
        f"Hội Cựu chiến binh không có nhiệm vụ chủ trì nào quá hạn đến ngày {TODAY:%d/%m/%Y}: "
        "không cần công văn đôn đốc."
    )
    # A task due today is not overdue yet; tomorrow it is.
    later = task_letters.chase_letter_content(context.factory, CLERK, office["LHPN"], TODAY + DAY)
    assert DUE_TODAY in later.body
    with pytest.raises(NotFoundError):
        task_letters.chase_letter_content(context.factory, CLERK, 99_999, TODAY)


def test_the_task_letter_gives_the_directives_tasks_in_a_table(
    context: ServiceContext, office: dict[str, int]
) -> None:
    letter, _ = task_letters.task_letter(context.factory, CLERK, office["document"])
    content = letter.content
    document = f"Kế hoạch số 45/KH-MTTQ-BTT ngày {TODAY - 21 * DAY:%d/%m/%Y}"
    assert content.subject == (
        f"triển khai thực hiện {document} của Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"
    )
    everyone = (
        "Hội Liên hiệp Phụ nữ",
        "Hội Nông dân",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    )
    assert content.recipients == everyone  # in the catalogue's order
    assert content.copies_to == tuple(f"{name};" for name in everyone)
    for text in _both(context, letter.id):
        assert f"V/v triển khai thực hiện {document}" in text
        issuer = "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"
        assert f"Thực hiện {document} của {issuer} về việc giám sát việc thực hiện" in text
        assert "“Giao các tổ chức thành viên triển khai, báo cáo kết quả”" in text
        assert f"Ban Thường trực {TAN_HUNG.name} giao nhiệm vụ" in text
        for shown in (LATE, DONE, NOT_YET, DUE_TODAY, STANDING, OTHERS, "Phối hợp"):
            assert shown in text, shown
        assert "thường xuyên, báo cáo hằng quý" in text
        assert DROPPED not in text and SECRET not in text and LATE_ALONE not in text
        assert "- Hội Nông dân;" in text and "- Lưu: VT." in text
    word = issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, issue.DOCX)
    [table] = [
        t for t in docx.Document(io.BytesIO(word.data)).tables if t.rows[0].cells[0].text == "STT"
    ]
    assert [c.text for c in table.rows[0].cells] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Chủ trì",
        "Phối hợp",
        "Thời hạn",
    ]
    assert [c.text for c in table.rows[1].cells] == [
        "1",
        LATE,
        "Hội Liên hiệp Phụ nữ",
        "Hội Nông dân, Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        f"{TODAY - 10 * DAY:%d/%m/%Y}",
    ]
    assert len(table.rows) == 1 + 6  # the cancelled task left out


def test_a_document_without_tasks_has_no_task_letter(context: ServiceContext) -> None:
    with pytest.raises(ConflictError) as refused:
        task_letters.task_letter_content(context.factory, CLERK, _directive(context))
    assert refused.value.code is ErrorCode.NO_TASKS
    assert say(refused.value).startswith("Văn bản 45/KH-MTTQ-BTT chưa giao nhiệm vụ nào")


def test_a_records_letter_is_its_open_draft_until_issued(
    context: ServiceContext, office: dict[str, int]
) -> None:
    document = office["document"]
    first, changes = task_letters.task_letter(context.factory, CLERK, document)
    assert changes.areas and first.is_draft
    again, unchanged = task_letters.task_letter(context.factory, CLERK, document)
    assert again.id == first.id and not unchanged.areas
    found = drafts.open_draft(
        context.factory, CLERK, task_letters.FORM, task_letters.TASK_LETTER, document
    )
    assert found is not None and found.id == first.id
    # The same id as an organisation's chase letter is another record's letter.
    assert (
        drafts.open_draft(
            context.factory, CLERK, task_letters.FORM, task_letters.CHASE_LETTER, document
        )
        is None
    )

    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, first.id, first.version
    )
    assert issued.state is LetterState.ISSUED
    line = outgoing.get_outgoing(context.factory, CLERK, issued.outgoing_id)
    assert line.recipients.startswith("Hội Liên hiệp Phụ nữ; Hội Nông dân")
    assert line.subject.startswith("triển khai thực hiện Kế hoạch số 45/KH-MTTQ-BTT")
    assert drafts.open_draft(
        context.factory, CLERK, task_letters.FORM, task_letters.TASK_LETTER, document
    ) is None
    printed, _ = task_letters.task_letter(context.factory, CLERK, document)
    assert printed.id == issued.id  # the issued one, until a new draft is asked for
    fresh, _ = task_letters.task_letter(context.factory, CLERK, document, new=True)
    assert fresh.id != issued.id and fresh.is_draft

    chase, _ = task_letters.chase_letter(context.factory, CLERK, office["LHPN"], TODAY)
    chase_again, _ = task_letters.chase_letter(
        context.factory, CLERK, office["LHPN"], TODAY + DAY
    )
    assert chase_again.id == chase.id  # its open draft, as written


def test_an_organisation_is_found_by_its_code_in_the_catalogue(context: ServiceContext) -> None:
    assert task_letters.organization_by_code(context.factory, "hnd").name == "Hội Nông dân"
    with pytest.raises(NotFoundError) as refused:
        task_letters.organization_by_code(context.factory, "XYZ")
    assert say(refused.value) == (
        "Danh mục không có tổ chức nào mã “XYZ”; các mã đang có: LHPN, HND, CCB, DTN, CD, "
        "TTND, GSDTCD."
    )
