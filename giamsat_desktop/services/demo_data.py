"""A realistic demo office: for trying the program, for tests and for benchmarks.

The office is a commune-level Front committee after the 2025 reform; its register holds
what such an office receives: directives and plans of the province Front, the commune
Party committee and People's Committee, guidance of the central Front, answers of the
member organisations. Everything is generated from a seed, so the same size and seed give
the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    BoardMember,
    IncomingDocument,
    Organization,
    OutgoingDocument,
    Person,
    RegisterBook,
)
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.board import BoardMemberDraft, BoardPosition
from giamsat_desktop.domain.documents import BookKind, HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.errors import ConflictError, DetailCode, ErrorCode, detail
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel, default_office_name
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.domain.symbols import format_state_symbol
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog import board as board_service
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.demo_conduct import CONDUCT, add_demo_conduct
from giamsat_desktop.services.demo_criticism import CRITICISM, add_demo_criticism, small_criticism
from giamsat_desktop.services.demo_criticism import Made as CriticismMade
from giamsat_desktop.services.demo_dialogues import DIALOGUES, add_demo_dialogues
from giamsat_desktop.services.demo_supervision import (
    RECOMMENDATIONS,
    SESSIONS,
    add_demo_supervision,
)
from giamsat_desktop.services.demo_tasks import PLANS as TASK_PLANS
from giamsat_desktop.services.demo_tasks import add_demo_tasks


@dataclass(frozen=True, slots=True)
class DemoSize:
    """How much to generate."""

    years: int
    incoming: int
    outgoing: int


SIZES = {
    "small": DemoSize(years=2, incoming=300, outgoing=120),
    "large": DemoSize(years=10, incoming=100_000, outgoing=30_000),
}

DEMO_OFFICE = OfficeInfo(
    name=default_office_name(OfficeLevel.COMMUNE, "Tân Hưng"),
    level=OfficeLevel.COMMUNE,
    place_name="Tân Hưng",
    date_line_place="Tân Hưng",
    higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Thị Thu Hà",
)

_PEOPLE = (
    ("Nguyễn Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã", None),
    ("Trần Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", None),
    ("Lê Thị Mỹ Duyên", "Văn phòng, văn thư", None),
    ("Phạm Thị Hồng Nhung", "Chủ tịch Hội Liên hiệp Phụ nữ", "LHPN"),
    ("Võ Văn Đức", "Chủ tịch Hội Nông dân", "HND"),
    ("Huỳnh Văn Sáu", "Chủ tịch Hội Cựu chiến binh", "CCB"),
    ("Đặng Minh Khôi", "Bí thư Đoàn Thanh niên", "DTN"),
    ("Bùi Thị Lệ", "Chủ tịch Công đoàn", "CD"),
    ("Ngô Văn Tư", "Trưởng Ban Thanh tra nhân dân", "TTND"),
    ("Dương Thị Kim Oanh", "Trưởng Ban giám sát đầu tư của cộng đồng", "GSDTCD"),
    ("Lý Văn Hùng", "Ủy viên Ban Thường trực", None),
    ("Tô Thị Ngọc Ánh", "Phó Chủ tịch Hội Liên hiệp Phụ nữ", "LHPN"),
)

_VICE_CHAIRS = ("Trần Văn Phúc", "Phạm Thị Hồng Nhung")
"""The Front's own vice-chair and, since July 2025, the head of the Hội LHPN."""

# (issuer, symbol style, type codes it sends, symbol suffix)
_ISSUERS = (
    ("Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "state", ("CV", "KH", "HD", "TB", "BC"), "MTTQ-BTT"),
    ("Đảng ủy xã Tân Hưng", "party", ("CV", "KH", "CT", "NQ", "TB", "KL"), "ĐU"),
    ("Ủy ban nhân dân xã Tân Hưng", "state", ("CV", "KH", "QĐ", "BC", "TB"), "UBND"),
    ("Tỉnh ủy Tây Ninh", "party", ("CV", "CT", "KL", "HD"), "TU"),
    ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "state", ("HD", "KH", "CV"), "MTTW-BTT"),
    ("Hội đồng nhân dân xã Tân Hưng", "state", ("NQ", "TB", "BC"), "HĐND"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "party", ("HD", "CV", "KH"), "BTGDVTU"),
    ("Hội Liên hiệp Phụ nữ xã Tân Hưng", "state", ("BC", "CV"), "HLHPN"),
    ("Hội Nông dân xã Tân Hưng", "state", ("BC", "CV"), "HND"),
    ("Bảo hiểm xã hội tỉnh Tây Ninh", "state", ("CV", "TB"), "BHXH-QLT"),
)

_TOPICS = (
    "việc thực hiện chính sách bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
    "công tác giải phóng mặt bằng dự án đường tỉnh 787",
    "việc quản lý, sử dụng đất công trên địa bàn xã",
    "việc thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo",
    "công tác phòng, chống tham nhũng, tiêu cực",
    "việc giải quyết đơn thư khiếu nại, tố cáo của công dân",
    "chất lượng nước sạch nông thôn",
    "an toàn thực phẩm tại các chợ và bếp ăn tập thể",
    "việc thu, chi các khoản đóng góp tự nguyện của nhân dân",
    "thực hiện Quy chế dân chủ ở cơ sở",
    "cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "phong trào Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
    "việc xóa nhà tạm, nhà dột nát cho hộ nghèo",
    "công tác phòng, chống dịch sốt xuất huyết",
    "việc cấp giấy chứng nhận quyền sử dụng đất",
    "hoạt động của Ban Thanh tra nhân dân",
    "việc đầu tư xây dựng trường mầm non Tân Hưng",
    "bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp",
)

_SUBJECTS = {
    "CV": (
        "V/v tổ chức giám sát {topic}",
        "V/v góp ý dự thảo Nghị quyết về {topic}",
        "V/v báo cáo kết quả giám sát {topic}",
        "V/v đôn đốc thực hiện kiến nghị sau giám sát {topic}",
        "V/v cung cấp thông tin phục vụ phản biện xã hội về {topic}",
    ),
    "KH": (
        "Kế hoạch giám sát {topic} năm {year}",
        "Kế hoạch tổ chức hội nghị phản biện xã hội về {topic}",
        "Kế hoạch triển khai {topic}",
    ),
    "HD": (
        "Hướng dẫn tổ chức giám sát {topic}",
        "Hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}",
    ),
    "TB": (
        "Thông báo kết luận của Thường trực về {topic}",
        "Thông báo kết quả hội nghị về {topic}",
    ),
    "BC": ("Báo cáo kết quả thực hiện {topic} 6 tháng đầu năm {year}", "Báo cáo tình hình {topic}"),
    "CT": ("Chỉ thị về tăng cường lãnh đạo {topic}",),
    "NQ": ("Nghị quyết về {topic}",),
    "KL": ("Kết luận về {topic}",),
    "QĐ": ("Quyết định thành lập Tổ công tác về {topic}",),
}

_RECIPIENTS = (
    "Chủ tịch",
    "Phó Chủ tịch",
    "Văn phòng",
    "Hội LHPN",
    "Hội Nông dân",
    "Hội CCB",
    "Đoàn TN",
    "Ban TTND",
)

_INSTRUCTIONS = (
    "Giao Phó Chủ tịch chủ trì, phối hợp các tổ chức thành viên triển khai",
    "Văn phòng tham mưu kế hoạch, trình trước ngày 15",
    "Chuyển các đoàn thể nghiên cứu, thực hiện",
    "Lưu, theo dõi",
    "",
)


def _subject(rng: random.Random, type_code: str, year: int) -> str:
    templates = _SUBJECTS.get(type_code, _SUBJECTS["CV"])
    return rng.choice(templates).format(topic=rng.choice(_TOPICS), year=year)


def _symbol(number: int, style: str, type_code: str, suffix: str) -> str:
    if style == "party":
        return f"{number}-{type_code}/{suffix}"
    return format_state_symbol(number, None if type_code == "CV" else type_code, suffix)


def _days_of(year: int, today: dt.date) -> list[dt.date]:
    """Working days (Monday to Friday) of ``year`` up to ``today``; never empty."""
    first = dt.date(year, 1, 1)
    end = min(dt.date(year, 12, 31), today)
    every_day = [first + dt.timedelta(days=n) for n in range((end - first).days + 1)]
    working = [day for day in every_day if day.weekday() < 5]
    return working or every_day


def _book(session: Session, year: int, kind: BookKind) -> int:
    book_id = session.scalar(
        select(RegisterBook.id).where(
            RegisterBook.year == year,
            RegisterBook.kind == kind.value,
            RegisterBook.secret.is_(False),
            RegisterBook.imported.is_(False),
        )
    )
    if book_id is not None:
        return book_id
    name = f"Sổ văn bản {'đến' if kind is BookKind.INCOMING else 'đi'} năm {year}"
    row = RegisterBook(year=year, kind=kind.value, secret=False, name=name, imported=False)
    session.add(row)
    session.flush()
    return row.id


def _spread(total: int, years: list[int]) -> dict[int, int]:
    share, rest = divmod(total, len(years))
    return {year: share + (1 if i < rest else 0) for i, year in enumerate(years)}


def _incoming_rows(
    rng: random.Random, book_id: int, year: int, count: int, today: dt.date
) -> Iterator[dict[str, object]]:
    days = _days_of(year, today)
    dates = sorted(rng.choice(days) for _ in range(count))
    counters: dict[str, int] = {}
    now = utc_now()
    for number, arrival in enumerate(dates, start=1):
        issuer, style, types, suffix = rng.choice(_ISSUERS)
        type_code = rng.choice(types)
        counters[issuer] = counters.get(issuer, rng.randint(1, 40)) + rng.randint(1, 6)
        symbol = _symbol(counters[issuer], style, type_code, suffix)
        subject = _subject(rng, type_code, year)
        doc_date = arrival - dt.timedelta(days=rng.randint(0, 6))
        urgency = rng.choices(list(Urgency), weights=(85, 10, 4, 1))[0]
        instruction = rng.choice(_INSTRUCTIONS)
        deadline = (
            arrival + dt.timedelta(days=rng.choice((7, 10, 15, 30))) if rng.random() < 0.4 else None
        )
        age = (today - arrival).days
        status = HandlingStatus.DONE if age > 45 else rng.choice(list(HandlingStatus))
        notes = "Bản chụp" if rng.random() < 0.05 else ""
        yield {
            "book_id": book_id,
            "arrival_number": number,
            "arrival_number_text": str(number),
            "arrival_date": arrival,
            "issuer": issuer,
            "symbol": symbol,
            "doc_number": str(counters[issuer]),
            "type_code": type_code,
            "doc_date": doc_date,
            "subject": subject,
            "signer": rng.choice(
                ("Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Nam", "Phan Văn Tài")
            ),
            "urgency": urgency.value,
            "secrecy": Secrecy.NORMAL.value,
            "page_count": rng.randint(1, 12),
            "recipients": rng.choice(_RECIPIENTS),
            "transfer_date": arrival
            if urgency is not Urgency.NORMAL
            else arrival + dt.timedelta(days=rng.randint(0, 1)),
            "deadline": deadline,
            "instruction": instruction,
            "notes": notes,
            "handling_status": status.value,
            "search_text": fold(" ".join((symbol, issuer, subject, instruction, notes))),
            "cancel_reason": "",
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }


def _outgoing_rows(
    rng: random.Random, book_id: int, year: int, count: int, today: dt.date, suffix: str
) -> Iterator[dict[str, object]]:
    days = _days_of(year, today)
    dates = sorted(rng.choice(days) for _ in range(count))
    now = utc_now()
    for number, issued in enumerate(dates, start=1):
        type_code = rng.choice(("CV", "CV", "KH", "BC", "TB", "QĐ", "GM"))
        symbol = format_state_symbol(number, None if type_code == "CV" else type_code, suffix)
        subject = _subject(rng, type_code, year)
        yield {
            "book_id": book_id,
            "number": number,
            "number_text": f"{number:02d}",
            "symbol": symbol,
            "type_code": type_code,
            "issue_date": issued,
            "subject": subject,
            "signer_name": DEMO_OFFICE.chair_name,
            "signer_position": "Chủ tịch",
            "recipients": "Đảng ủy xã; UBND xã; các tổ chức thành viên",
            "file_copy_holder": "Văn phòng",
            "copies": rng.randint(3, 15),
            "transfer_date": issued,
            "urgency": Urgency.NORMAL.value,
            "secrecy": Secrecy.NORMAL.value,
            "notes": "",
            "search_text": fold(f"{symbol} {subject}"),
            "cancel_reason": "",
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }


def _insert_in_batches(
    session: Session,
    table: type[IncomingDocument] | type[OutgoingDocument],
    rows: Iterator[dict[str, object]],
    report: Callable[[int], None],
) -> None:
    batch: list[dict[str, object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == 5000:
            session.execute(insert(table), batch)
            report(len(batch))
            batch = []
    if batch:
        session.execute(insert(table), batch)
        report(len(batch))


def _note_last_numbers(session: Session) -> None:
    """Each book remembers the highest number given, as when clerks register one by one."""
    for book in session.scalars(select(RegisterBook)):
        if book.kind == BookKind.INCOMING.value:
            column, owner = IncomingDocument.arrival_number, IncomingDocument.book_id
        else:
            column, owner = OutgoingDocument.number, OutgoingDocument.book_id
        highest = session.scalar(select(func.max(column)).where(owner == book.id)) or 0
        book.last_number = max(book.last_number, highest)


def _seat_board(session: Session, chair: str) -> None:
    """The Standing Board: the office's chair and two vice-chairs, each change audited.

    The office's set-up has seated its chair already; only who is missing is added.
    """
    seated = {(m.full_name, m.position) for m in board_service.board_in(session)}
    members = [BoardMemberDraft(chair, BoardPosition.CHAIR)]
    members += [BoardMemberDraft(name, BoardPosition.VICE_CHAIR) for name in _VICE_CHAIRS]
    for member in members:
        if (member.full_name, member.position) not in seated:
            board_service.insert_member(session, SYSTEM, member)


def create_demo_data(
    factory: SessionFactory,
    size: str = "small",
    *,
    seed: int = 2025,
    today: dt.date | None = None,
    progress: Progress | None = None,
    data_folder: Path | None = None,
) -> dict[str, int]:
    """Fill an empty database with a demo office; returns how many rows of each kind.

    The registers, people and tasks go in at once; the supervision after them, as the
    services make it, its letters' files in ``data_folder`` (by default beside a SQLite
    file).

    Raises:
        ConflictError: the database already holds documents (demo data never mixes in).
    """
    plan = SIZES[size]
    today = today or clock.today()
    rng = random.Random(seed)
    years = list(range(today.year - plan.years + 1, today.year + 1))
    total = (
        plan.incoming
        + plan.outgoing
        + TASK_PLANS[size].total
        + SESSIONS[size]
        + RECOMMENDATIONS[size]
        + CRITICISM[size]
        + DIALOGUES[size]
        + sum(CONDUCT[size])
    )
    done = 0

    def report(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done / total, detail(DetailCode.STEP_RECORDS, done=done, total=total))

    with unit_of_work(factory) as session:
        if session.scalar(select(func.count()).select_from(IncomingDocument)):
            raise ConflictError(ErrorCode.DATABASE_NOT_EMPTY)
        office = office_service.office_in(session)
        if office is None:
            office = office_service.set_up_office_in(
                session, SYSTEM, DEMO_OFFICE, USUAL_ORGANIZATIONS
            )
        codes = {
            code: key for code, key in session.execute(select(Organization.code, Organization.id))
        }
        if not session.scalar(select(func.count()).select_from(Person)):
            session.execute(
                insert(Person),
                [
                    {
                        "full_name": n,
                        "position": p,
                        "organization_id": codes.get(c or ""),
                        "phone": f"09{rng.randint(10_000_000, 99_999_999)}",
                        "active": True,
                        "version": 1,
                    }
                    for n, p, c in _PEOPLE
                ],
            )
        if session.execute(select(func.count()).select_from(BoardMember)).scalar_one() < 2:
            _seat_board(session, office.chair_name or DEMO_OFFICE.chair_name)
        with indexed_at_the_end(session, IncomingDocument.__tablename__):
            for year, count in _spread(plan.incoming, years).items():
                book = _book(session, year, BookKind.INCOMING)
                rows = _incoming_rows(rng, book, year, count, today)
                _insert_in_batches(session, IncomingDocument, rows, report)
        with indexed_at_the_end(session, OutgoingDocument.__tablename__):
            for year, count in _spread(plan.outgoing, years).items():
                book = _book(session, year, BookKind.OUTGOING)
                rows = _outgoing_rows(rng, book, year, count, today, office.symbol_suffix)
                _insert_in_batches(session, OutgoingDocument, rows, report)
        _note_last_numbers(session)
        tasks = add_demo_tasks(session, size, seed=seed, today=today, report=report)
    criticism = CriticismMade()
    supervision = add_demo_supervision(
        factory,
        size,
        seed=seed,
        today=today,
        data_folder=data_folder,
        report=report,
        more=small_criticism(factory, today=today, made=criticism),
    )
    if size == "large":
        criticism.sessions = add_demo_criticism(
            factory, size, seed=seed, today=today, years=years, report=report
        ).sessions
    elif report is not None:
        report(CRITICISM[size])
    dialogues = add_demo_dialogues(
        factory, size, seed=seed, today=today, years=years, report=report
    )
    conduct_sessions, citizen_reports = add_demo_conduct(
        factory, size, seed=seed, today=today, years=years, report=report
    )
    return {
        "tasks": tasks,
        "incoming": plan.incoming + supervision.incoming,
        "outgoing": plan.outgoing + supervision.letters,
        "people": len(_PEOPLE),
        "organizations": len(USUAL_ORGANIZATIONS),
        "programme_items": supervision.programme_items,
        "supervision_sessions": supervision.sessions,
        "working_sessions": supervision.working_sessions,
        "recommendations": supervision.recommendations,
        "criticism_sessions": criticism.sessions,
        "dialogues": dialogues,
        "conduct_sessions": conduct_sessions,
        "citizen_reports": citizen_reports,
    }
