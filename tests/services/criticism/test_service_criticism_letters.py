"""The criticism forms: written from the session, read back from PDF and Word, issued.

Issuing the plan moves a planned session; issuing the criticism letter sends the criticism
(its day, its letter, the answers' deadline); a letter issued before its step moves nothing.
Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from pypdf import PdfReader

from giamsat_desktop.domain.criticism import CriticismStep
from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.services import issuing
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import history, letters, moves, records, sessions, settings
from giamsat_desktop.services.letters import issue
from tests.services.criticism.samples import DRAFT, POINTS
from tests.services.supervision.office_sessions import CLERK

S, D = CriticismStep, dt.date
HELD = [S.PLAN_ISSUED, S.OPENED, S.PRESENTED, S.FOCUSED, S.DISCUSSED, S.EXPLAINED, S.CONCLUDED]


def _issue(context: ServiceContext, letter: LetterRecord, day: dt.date) -> LetterRecord:
    issued, changes = issuing.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version, issue_date=day
    )
    assert changes.touches(Area.CRITICISM) and changes.touches(Area.LETTERS)
    return issued


def _texts(context: ServiceContext, letter: LetterRecord) -> tuple[str, str]:
    """The letter's words as its PDF and its Word copy hold them."""
    pdf = issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, "pdf").data
    pages = PdfReader(io.BytesIO(pdf)).pages
    word = issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, "docx").data
    document = Document(io.BytesIO(word))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return (
        " ".join(" ".join(page.extract_text() for page in pages).split()),
        " ".join(" ".join([*(p.text for p in document.paragraphs), *cells]).split()),
    )


def test_issuing_the_plan_moves_a_planned_session_and_the_plan_says_how(
    context: ServiceContext,
) -> None:
    made, _ = sessions.create_criticism(context.factory, CLERK, DRAFT, POINTS)
    plan, _ = letters.criticism_letter(context.factory, CLERK, made.id, LetterForm.PLAN)
    issued = _issue(context, plan, D(2026, 6, 3))
    assert "/KH-" in issued.symbol
    record = records.get_criticism(context.factory, CLERK, made.id)
    assert record.step is S.PLAN_ISSUED
    assert (
        history.history(context.factory, CLERK, made.id)[-1].note == f"Kế hoạch số {issued.symbol}"
    )
    for text in _texts(context, issued):
        assert "KẾ HOẠCH Phản biện xã hội đối với dự thảo Nghị quyết về chính sách hỗ trợ" in text
        assert "Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN" in text
        assert "1. Hình thức: Tổ chức hội nghị phản biện xã hội." in text
        assert "- Điều 3, khoản 2: đối tượng hỗ trợ;" in text
        assert "trước ngày 25/06/2026, ngày trình dự thảo" in text
        assert "- Chuyên gia, nhà khoa học: Luật sư Trần Văn Bình;" in text


def test_the_criticism_letter_sends_each_point_and_fixes_the_deadline(
    context: ServiceContext,
) -> None:
    made, _ = sessions.create_criticism(context.factory, CLERK, DRAFT, POINTS)
    plan, _ = letters.criticism_letter(context.factory, CLERK, made.id, LetterForm.PLAN)
    planned = _issue(context, plan, D(2026, 6, 3))
    early, _ = letters.criticism_letter(context.factory, CLERK, made.id, LetterForm.CONG_VAN)
    record = records.get_criticism(context.factory, CLERK, made.id)
    for step in HELD[1:]:
        record, _ = moves.move_criticism(
            context.factory, CLERK, record.id, record.version, step, D(2026, 6, 10)
        )
    fresh, _ = letters.criticism_letter(
        context.factory, CLERK, made.id, LetterForm.CONG_VAN, new=True
    )
    sent = _issue(context, fresh, D(2026, 6, 12))
    record = records.get_criticism(context.factory, CLERK, made.id)
    assert (record.step, record.sent_on, record.answer_due) == (
        S.SENT,
        D(2026, 6, 12),
        D(2026, 6, 25),
    )
    assert (record.letter_id, record.letter_symbol) == (sent.id, sent.symbol)
    pdf, word = _texts(context, sent)
    for text in (pdf, word):
        assert "V/v phản biện xã hội đối với dự thảo Nghị quyết về chính sách" in text
        assert "Kính gửi: Ủy ban nhân dân xã Tân Hưng" in text
        assert f"Thực hiện Kế hoạch số {planned.symbol} ngày 03/06/2026" in text
        assert "đã tổ chức hội nghị phản biện xã hội ngày 10/06/2026 với 14 ý kiến" in text
        first, second = text.index("1. Điều 3, khoản 2"), text.index("2. Điều 5: mức hỗ trợ")
        assert first < text.index("- Ý kiến phản biện: Chưa gồm thân nhân liệt sĩ") < second
        assert "- Kiến nghị, đề xuất: Nâng lên 800.000 đồng" in text
        assert "trước ngày 25/06/2026 (trước khi trình dự thảo)./." in text
    assert early.id != sent.id  # the first draft, written before the conference, was kept aside


def test_a_letter_issued_before_its_step_moves_nothing(context: ServiceContext) -> None:
    made, _ = sessions.create_criticism(context.factory, CLERK, DRAFT, POINTS)
    letter, _ = letters.criticism_letter(context.factory, CLERK, made.id, LetterForm.CONG_VAN)
    _issue(context, letter, D(2026, 6, 12))
    record = records.get_criticism(context.factory, CLERK, made.id)
    assert (record.step, record.sent_on, record.letter_id) == (S.PLANNED, None, None)


def test_the_minutes_follow_the_conference_and_are_signed_by_the_chair_and_the_secretary(
    context: ServiceContext,
) -> None:
    made, _ = sessions.create_criticism(context.factory, CLERK, DRAFT, POINTS)
    minutes, _ = letters.criticism_letter(context.factory, CLERK, made.id, LetterForm.MINUTES)
    done = _issue(context, minutes, D(2026, 6, 10))
    assert done.symbol == ""  # a biên bản takes no number
    for text in _texts(context, done):
        assert "BIÊN BẢN Hội nghị phản biện xã hội đối với dự thảo Nghị quyết" in text
        assert "ngày 10 tháng 06 năm 2026, tại Hội trường Ủy ban MTTQ xã" in text
        assert "- Chủ trì: Nguyễn Thị Thu Hà;" in text
        order = [
            text.index("trình bày dự thảo"),
            text.index("nội dung trọng tâm cần phản biện"),
            text.index("3. Ý kiến phản biện (14 ý kiến)"),
            text.index("giải trình, tiếp thu"),
            text.index("5. Kết luận của chủ trì"),
        ]
        assert order == sorted(order)
        assert "THƯ KÝ" in text and "CHỦ TRÌ" in text


def test_the_invitation_asks_the_drafting_body_and_the_participants_to_the_conference(
    context: ServiceContext,
) -> None:
    made, _ = sessions.create_criticism(context.factory, CLERK, DRAFT, POINTS)
    invitation, _ = letters.criticism_letter(context.factory, CLERK, made.id, LetterForm.INVITATION)
    issued = _issue(context, invitation, D(2026, 6, 5))
    assert "/GM-" in issued.symbol
    assert records.get_criticism(context.factory, CLERK, made.id).step is S.PLANNED  # no move
    for text in _texts(context, issued):
        assert "GIẤY MỜI Dự hội nghị phản biện xã hội đối với dự thảo Nghị quyết" in text
        assert "trân trọng kính mời: - Đại diện lãnh đạo Ủy ban nhân dân xã Tân Hưng" in text
        assert "- Đại diện Hội Nông dân; - Luật sư Trần Văn Bình." in text
        assert "- Thời gian: … giờ … phút, ngày 10/06/2026." in text
        assert "- Địa điểm: Hội trường Ủy ban MTTQ xã." in text
        assert "Nơi nhận: - Như thành phần mời; - Lưu: VT." in text


def test_an_office_counting_in_days_asks_for_the_answers_in_days_even_with_a_submission_day(
    context: ServiceContext,
) -> None:
    settings.set_by_submission(context.factory, CLERK, False)
    settings.set_answer_days(context.factory, CLERK, 20)
    made, _ = sessions.create_criticism(context.factory, CLERK, DRAFT, POINTS)
    letter, _ = letters.criticism_letter(context.factory, CLERK, made.id, LetterForm.CONG_VAN)
    pdf, word = _texts(context, letter)
    for text in (pdf, word):
        assert "trong thời hạn 20 ngày kể từ ngày ký văn bản này./." in text
        assert "trước khi trình dự thảo" not in text
