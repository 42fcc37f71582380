"""The tasks' letters: the task letter (giao nhiệm vụ) and the chase letter (đôn đốc).

Both are công văn of the letters' model, drafted, previewed, printed and issued by
``services.letters``; this module writes their content from the tasks and keeps each draft
linked to its record: a task letter to the incoming document its tasks come from
(``TASK_LETTER``), a chase letter to the organisation it chases (``CHASE_LETTER``), so that
asking again for the same record's letter reopens its open draft.

The task letter tells the organisations what a directive asks of them: the directive and the
leader's instruction, then a table of its tasks (STT · Nội dung · Chủ trì · Phối hợp · Thời
hạn). The chase letter tells one organisation which of the tasks it leads are overdue, and
asks for a report within five days (moved off the office's days off).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import IncomingDocument, Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.deadlines import ReportPeriod, deadline_after
from giamsat_desktop.domain.document_names import document_name, document_subject
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.letters import LetterContent, LetterForm, LetterRecord, table_line
from giamsat_desktop.domain.organizations import OrganizationRecord
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskRecord, TaskState
from giamsat_desktop.services.catalog.days_off import days_off
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks.records import records_of, tasks_of_document

TASK_LETTER = "task_letter"
"""A task letter's ``source_kind``: its ``source_id`` is the incoming document's id."""
CHASE_LETTER = "chase_letter"
"""A chase letter's ``source_kind``: its ``source_id`` is the organisation's id."""
FORM = LetterForm.CONG_VAN
"""Both are công văn."""
REPORT_WITHIN = 5
"""A chase letter asks for the report within this many days (moved off a day off)."""

TASK_HEADER = ("STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn")
CHASE_HEADER = ("STT", "Văn bản giao nhiệm vụ", "Nội dung nhiệm vụ", "Thời hạn", "Số ngày quá hạn")
_STANDING = {
    ReportPeriod.MONTHLY: "thường xuyên, báo cáo hằng tháng",
    ReportPeriod.QUARTERLY: "thường xuyên, báo cáo hằng quý",
    ReportPeriod.HALF_YEARLY: "thường xuyên, báo cáo 6 tháng một lần",
    ReportPeriod.YEARLY: "thường xuyên, báo cáo hằng năm",
}
"""A standing task's Thời hạn as the letter prints it."""


def _date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def deadline_text(task: TaskRecord) -> str:
    """A task's Thời hạn as a letter prints it: ``31/12/2026``, or ``thường xuyên, …``."""
    if task.deadline is not None:
        return _date(task.deadline)
    if task.report_period is not None:
        return _STANDING[task.report_period]
    return ""


def _office_name(factory: SessionFactory) -> str:
    with factory() as session:
        office = office_in(session)
    return office.name if office is not None else ""


def _names_in_order(factory: SessionFactory, ids: Iterable[int]) -> list[str]:
    """The names of the organisations ``ids``, in the catalogue's order."""
    wanted = set(ids)
    return [org.name for org in list_organizations(factory) if org.id in wanted]


def task_letter_content(factory: SessionFactory, actor: Actor, document_id: int) -> LetterContent:
    """A task letter's content: the tasks given from an incoming document, in a table.

    V/v "triển khai thực hiện <the document>", Kính gửi the lead and cooperating
    organisations of its tasks (cancelled ones left out), a sentence naming the document and
    the leader's instruction, the table of tasks, a request to report by the deadlines;
    Nơi nhận the same organisations (``- Lưu: VT.`` is added when printed).

    Raises:
        NotFoundError: no such document, or hidden from ``actor``.
        ConflictError: ``NO_TASKS``, the document has no task (not cancelled).
    """
    asked = incoming.get_incoming(factory, actor, document_id)
    tasks = [
        task
        for task in tasks_of_document(factory, actor, document_id)
        if task.state is not TaskState.CANCELLED
    ]
    if not tasks:
        raise ConflictError(
            ErrorCode.NO_TASKS, document=asked.symbol or f"số đến {asked.arrival_number_text}"
        )
    office = _office_name(factory)
    document = document_name(asked)
    organisations = _names_in_order(
        factory, [task.lead_id for task in tasks] + [o for t in tasks for o in t.cooperating_ids]
    )
    instruction = _one_line(asked.instruction).rstrip(".")
    told = (
        f", theo ý kiến chỉ đạo của lãnh đạo Ban Thường trực: “{instruction}”"
        if instruction
        else ""
    )
    opening = (
        f"Thực hiện {document} về việc {document_subject(asked)}{told}, Ban Thường trực "
        f"{office} giao nhiệm vụ cho các tổ chức, đơn vị như sau:"
    )
    rows = [
        table_line(
            (
                str(number),
                task.content,
                task.lead_name,
                ", ".join(task.cooperating),
                deadline_text(task),
            )
        )
        for number, task in enumerate(tasks, start=1)
    ]
    closing = (
        "Đề nghị các tổ chức, đơn vị được giao chủ trì chủ động xây dựng kế hoạch, triển khai "
        "thực hiện; các đơn vị phối hợp tích cực tham gia. Kết quả thực hiện báo cáo về Ban "
        f"Thường trực {office} đúng thời hạn nêu trên (nhiệm vụ thường xuyên báo cáo theo định "
        "kỳ)./."
    )
    return LetterContent(
        subject=f"triển khai thực hiện {document}",
        recipients=tuple(organisations),
        body="\n".join([opening, table_line(TASK_HEADER), *rows, "", closing]),
        copies_to=tuple(f"{name};" for name in organisations),
    )


def overdue_tasks(
    factory: SessionFactory, actor: Actor, organization_id: int, today: dt.date
) -> list[TaskRecord]:
    """The open tasks an organisation leads whose deadline is before ``today``, oldest first.

    Those from a secret document are left out for an account that may not see it.
    """
    query = (
        select(Task)
        .where(
            Task.lead_id == organization_id,
            Task.state.in_([state.value for state in OPEN_STATES]),
            Task.deadline.is_not(None),
            Task.deadline < today,
        )
        .order_by(Task.deadline, Task.id)
    )
    if not actor.role.can_see_secret:
        secret = select(IncomingDocument.id).where(IncomingDocument.secrecy != Secrecy.NORMAL.value)
        query = query.where(Task.source_id.is_(None) | Task.source_id.not_in(secret))
    with factory() as session:
        tasks = records_of(session, list(session.scalars(query)))
    return [task for task in tasks if task.is_overdue(today)]


def _organization(factory: SessionFactory, organization_id: int) -> OrganizationRecord:
    for org in list_organizations(factory):
        if org.id == organization_id:
            return org
    raise NotFoundError(ErrorCode.NOT_FOUND, what="organization", id=organization_id)


def organization_by_code(factory: SessionFactory, code: str) -> OrganizationRecord:
    """The organisation whose code in the catalogue is ``code`` (any case).

    Raises:
        NotFoundError: ``ORGANIZATION_CODE_UNKNOWN``, naming the codes there are.
    """
    organisations = list_organizations(factory)
    for org in organisations:
        if org.code.upper() == code.strip().upper():
            return org
    raise NotFoundError(
        ErrorCode.ORGANIZATION_CODE_UNKNOWN,
        code=code,
        codes=[org.code for org in organisations] or ["—"],
    )


def chase_letter_content(
    factory: SessionFactory, actor: Actor, organization_id: int, today: dt.date
) -> LetterContent:
    """A chase letter's content: one organisation's overdue tasks, a report asked by a date.

    Addressed to the organisation alone, it lists only the open tasks it leads whose
    deadline has passed on ``today`` (the PC's date): the document each came from, its
    content, its deadline and the days since; the report is asked within ``REPORT_WITHIN``
    days, moved off the office's days off.

    Raises:
        NotFoundError: no such organisation.
        ConflictError: ``NOTHING_OVERDUE``, none of its tasks is overdue.
    """
    org = _organization(factory, organization_id)
    tasks = overdue_tasks(factory, actor, organization_id, today)
    if not tasks:
        raise ConflictError(ErrorCode.NOTHING_OVERDUE, name=org.name, today=today)
    office = _office_name(factory)
    sources: dict[int, IncomingRecord] = {}
    rows = []
    for number, task in enumerate(tasks, start=1):
        if task.source_id is None:
            given = "Ban Thường trực giao"
            if task.assigned_on is not None:
                given += f" ngày {_date(task.assigned_on)}"
        else:
            if task.source_id not in sources:
                sources[task.source_id] = incoming.get_incoming(factory, actor, task.source_id)
            given = document_name(sources[task.source_id])
        assert task.deadline is not None  # an overdue task has one
        late = (today - task.deadline).days
        rows.append(table_line((str(number), given, task.content, deadline_text(task), str(late))))
    report_by = deadline_after(today, REPORT_WITHIN, days_off(factory))
    opening = (
        f"Theo dõi việc thực hiện các nhiệm vụ Ban Thường trực {office} đã giao, đến ngày "
        f"{_date(today)}, {org.name} còn {len(tasks)} nhiệm vụ chủ trì đã quá thời hạn mà "
        "chưa hoàn thành, cụ thể như sau:"
    )
    closing = (
        f"Ban Thường trực đề nghị {org.name} khẩn trương thực hiện các nhiệm vụ nêu trên; báo "
        "cáo kết quả (nêu rõ lý do chưa hoàn thành, đề xuất gia hạn nếu cần) về Ban Thường "
        f"trực {office} trước ngày {_date(report_by)}./."
    )
    return LetterContent(
        subject="đôn đốc thực hiện nhiệm vụ quá hạn",
        recipients=(org.name,),
        body="\n".join([opening, table_line(CHASE_HEADER), *rows, "", closing]),
        copies_to=("Như trên;",),
    )


def task_letter(
    factory: SessionFactory, actor: Actor, document_id: int, *, new: bool = False
) -> tuple[LetterRecord, Changes]:
    """A document's task letter to print, made and saved as a draft when it has none.

    Its open draft, else its last issued one, else a new draft made from its tasks
    (``new``: a new draft in any case).
    """
    return drafts.draft_for_record(
        factory,
        actor,
        FORM,
        TASK_LETTER,
        document_id,
        new=new,
        content=lambda: task_letter_content(factory, actor, document_id),
    )


def chase_letter(
    factory: SessionFactory,
    actor: Actor,
    organization_id: int,
    today: dt.date,
    *,
    new: bool = False,
) -> tuple[LetterRecord, Changes]:
    """An organisation's chase letter to print, as :func:`task_letter` finds or makes it."""
    return drafts.draft_for_record(
        factory,
        actor,
        FORM,
        CHASE_LETTER,
        organization_id,
        new=new,
        content=lambda: chase_letter_content(factory, actor, organization_id, today),
    )
