"""The supervision forms written from their session, read back from the PDF and the Word file.

Each holds the two header blocks, its type name, what the session says (the bodies, the
scope, the contents, the delegation), the signature block and Nơi nhận; issuing the plan,
the decision or the report moves the session in the same transaction, as its form allows.
"""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.board import BoardMemberDraft, BoardPosition
from giamsat_desktop.domain.errors import NotFoundError, PermissionDeniedError
from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ItemDraft
from giamsat_desktop.domain.supervision_records import (
    DelegationMemberDraft,
    DelegationRole,
    SessionRecord,
    WorkingSessionDraft,
)
from giamsat_desktop.services import issuing
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import issue
from giamsat_desktop.services.supervision import (
    history,
    programme,
    records,
    session_letters,
    sessions,
    working,
)
from tests.services.supervision.office_sessions import CHAIR, CLERK, VIEWER, make, walk
from tests.session_day import TODAY

HEADERS = ("ỦY BAN MTTQ VIỆT NAM", "BAN THƯỜNG TRỰC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
SIGNED = ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", CHAIR)


def _pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def _texts(context: ServiceContext, letter: LetterRecord) -> list[str]:
    """The letter as printed: the PDF's text, then the Word file's."""
    return [
        extract(
            issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, fmt).data
        )
        for fmt, extract in (("pdf", _pdf_text), ("docx", _docx_text))
    ]


def _with_delegation(context: ServiceContext, **changes: object) -> SessionRecord:
    record = make(context, **changes)
    saved, _ = sessions.set_delegation(
        context.factory,
        CLERK,
        record.id,
        record.version,
        [
            DelegationMemberDraft(
                CHAIR, "Chủ tịch Ủy ban MTTQ Việt Nam xã", "", DelegationRole.HEAD
            ),
            DelegationMemberDraft(
                "Lê Văn Nam", "Chủ tịch", "Hội Nông dân xã", DelegationRole.MEMBER
            ),
            DelegationMemberDraft("Võ Minh Tâm", "Cán bộ Văn phòng", "", DelegationRole.SECRETARY),
        ],
    )
    return saved


def _issue(context: ServiceContext, letter: LetterRecord, day: dt.date = TODAY) -> LetterRecord:
    issued, changes = issuing.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version, issue_date=day
    )
    assert issued.issue_date == day
    return issued


def _letter(context: ServiceContext, key: int, form: LetterForm) -> LetterRecord:
    letter, _ = session_letters.session_letter(context.factory, CLERK, key, form)
    return letter


def test_the_plan_holds_the_session_its_delegation_and_the_bodies_to_send_it_to(
    context: ServiceContext,
) -> None:
    record = _with_delegation(context)
    plan = _letter(context, record.id, LetterForm.PLAN)
    for text in _texts(context, plan):
        for words in (*HEADERS, *SIGNED):
            assert words in text
        assert (
            "KẾ HOẠCH Giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi" in text
        )
        assert "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015" in text
        # the session's own lines are the start of the office's: each cited once, in full
        assert text.count("Căn cứ Nghị quyết liên tịch số 403/2017") == 1
        assert text.count("Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi") == 1
        assert "II. ĐỐI TƯỢNG, PHẠM VI GIÁM SÁT" in text and "V. TỔ CHỨC THỰC HIỆN" in text
        assert "Ủy ban nhân dân xã Tân Hưng." in text
        assert "Năm 2025 và 6 tháng đầu năm 2026" in text
        assert "- Việc cấp thẻ bảo hiểm y tế;" in text and "- Việc khám, chữa bệnh." in text
        assert "Từ ngày 03/03/2026 đến ngày 05/03/2026." in text
        assert f"Đồng chí {CHAIR}, Chủ tịch Ủy ban MTTQ Việt Nam xã – Trưởng đoàn;" in text
        assert "Đồng chí Lê Văn Nam, Chủ tịch, Hội Nông dân xã – Thành viên;" in text
        # the body's report is asked five days before the first working day
        assert "trước ngày 26/02/2026" in text
        assert "Nơi nhận:" in text and "- Ủy ban nhân dân tỉnh Tây Ninh;" in text
        assert "Cơ quan được giám sát;" not in text  # named instead


def test_issuing_the_plan_then_the_decision_moves_the_session_and_the_decision_cites_the_plan(
    context: ServiceContext,
) -> None:
    record = _with_delegation(context)
    plan = _issue(context, _letter(context, record.id, LetterForm.PLAN), TODAY - dt.timedelta(3))
    after_plan = records.get_session(context.factory, CLERK, record.id)
    assert after_plan.step is SessionStep.PLAN_ISSUED and after_plan.version > record.version
    decision = _letter(context, record.id, LetterForm.DECISION)
    for text in _texts(context, decision):
        for words in (*HEADERS, *SIGNED):
            assert words in text
        assert "QUYẾT ĐỊNH Về việc thành lập Đoàn giám sát việc thực hiện" in text
        assert "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG" in text
        assert f"Căn cứ Kế hoạch số {plan.symbol} ngày {plan.issue_date:%d/%m/%Y}" in text
        assert "Điều 1. Thành lập Đoàn giám sát" in text
        assert "Võ Minh Tâm, Cán bộ Văn phòng – Thư ký." in text
        assert "Điều 2." in text and "- Đối tượng giám sát: Ủy ban nhân dân xã Tân Hưng." in text
        assert "- Nội dung giám sát: việc cấp thẻ bảo hiểm y tế; việc khám, chữa bệnh." in text
        assert (
            "Điều 3. Các đồng chí có tên tại Điều 1" in text and "có hiệu lực kể từ ngày ký" in text
        )
        assert "- Như Điều 3" in text
    issued = _issue(context, decision)
    moved = records.get_session(context.factory, CLERK, record.id)
    assert moved.step is SessionStep.DECISION_ISSUED
    steps = history.history(context.factory, CLERK, record.id)
    notes = [step.note for step in steps if step.note]
    assert notes[-2:] == [f"Kế hoạch số {plan.symbol}", f"Quyết định số {issued.symbol}"]


def test_a_plan_issued_for_a_session_past_its_step_leaves_the_session_where_it_is(
    context: ServiceContext,
) -> None:
    record = walk(
        context,
        _with_delegation(context),
        [SessionStep.PLAN_ISSUED, SessionStep.DECISION_ISSUED, SessionStep.NOTIFIED],
        TODAY,
    )
    _issue(context, _letter(context, record.id, LetterForm.PLAN))
    after = records.get_session(context.factory, CLERK, record.id)
    assert (after.step, after.version) == (SessionStep.NOTIFIED, record.version)


def test_the_plan_of_a_boards_session_is_its_notice_sent_on_the_day_issued(
    context: ServiceContext,
) -> None:
    record = make(context, form=SupervisionForm.BOARDS)
    _issue(context, _letter(context, record.id, LetterForm.PLAN), TODAY - dt.timedelta(1))
    after = records.get_session(context.factory, CLERK, record.id)
    assert after.step is SessionStep.PLAN_ISSUED
    assert after.notice_sent_on == TODAY - dt.timedelta(1)


def test_a_joined_sessions_report_reports_it_and_its_plan_moves_nothing(
    context: ServiceContext,
) -> None:
    record = make(context, role=SupervisionRole.JOIN, lead_body="Hội đồng nhân dân xã Tân Hưng")
    _issue(context, _letter(context, record.id, LetterForm.PLAN))
    assert records.get_session(context.factory, CLERK, record.id).step is SessionStep.PLANNED
    record = walk(
        context,
        records.get_session(context.factory, CLERK, record.id),
        [SessionStep.WORKING],
        TODAY,
    )
    report = _letter(context, record.id, LetterForm.REPORT)
    _issue(context, report)
    after = records.get_session(context.factory, CLERK, record.id)
    assert (after.step, after.reported_on) == (SessionStep.REPORTED, TODAY)


def test_the_outline_goes_with_the_issued_plan_and_the_report_takes_each_content_item(
    context: ServiceContext,
) -> None:
    record = _with_delegation(context)
    plan = _issue(context, _letter(context, record.id, LetterForm.PLAN))
    working.add_working_session(
        context.factory,
        CLERK,
        record.id,
        WorkingSessionDraft(dt.date(2026, 3, 4), "Hội trường xã", "Ông Trần Văn Bình"),
    )
    outline = _letter(context, record.id, LetterForm.OUTLINE)
    for text in _texts(context, outline):
        for words in HEADERS:
            assert words in text
        assert "ĐỀ CƯƠNG BÁO CÁO Phục vụ giám sát việc thực hiện chính sách" in text
        assert f"(Kèm theo Kế hoạch số {plan.symbol} ngày" in text
        assert "a) Việc cấp thẻ bảo hiểm y tế: kết quả, số liệu cụ thể." in text
        assert "trước ngày 27/02/2026" in text  # the first working day held less five
    report = _letter(context, record.id, LetterForm.REPORT)
    for text in _texts(context, report):
        for words in (*HEADERS, *SIGNED):
            assert words in text
        assert "BÁO CÁO Kết quả giám sát việc thực hiện chính sách" in text
        assert f"Thực hiện Kế hoạch số {plan.symbol}" in text
        assert "ngày 04/03/2026, Đoàn giám sát đã làm việc 1 buổi" in text
        assert "1. Việc cấp thẻ bảo hiểm y tế a) Kết quả đạt được" in text
        assert "2. Việc khám, chữa bệnh a) Kết quả đạt được" in text
        assert "c) Hạn chế, nguyên nhân" in text and "III. KIẾN NGHỊ" in text
        assert "Nơi nhận:" in text


def test_the_minutes_of_a_working_session_are_signed_by_both_sides(
    context: ServiceContext,
) -> None:
    record = _with_delegation(context)
    held, _ = working.add_working_session(
        context.factory,
        CLERK,
        record.id,
        WorkingSessionDraft(
            dt.date(2026, 3, 3),
            "Hội trường Ủy ban nhân dân xã",
            "Ông Trần Văn Bình – Phó Chủ tịch Ủy ban nhân dân xã",
            "Ủy ban nhân dân xã báo cáo kết quả cấp thẻ.\nĐoàn giám sát ghi nhận.",
        ),
    )
    minutes, _ = session_letters.minutes_letter(context.factory, CLERK, held.id)
    assert minutes.form is LetterForm.MINUTES and minutes.signer_name == CHAIR
    for text in _texts(context, minutes):
        assert "BIÊN BẢN Làm việc với Ủy ban nhân dân xã Tân Hưng" in text
        assert "ngày 03 tháng 03 năm 2026, tại Hội trường Ủy ban nhân dân xã" in text
        assert "- Ông Trần Văn Bình – Phó Chủ tịch Ủy ban nhân dân xã." in text
        assert "Ủy ban nhân dân xã báo cáo kết quả cấp thẻ." in text
        assert "ĐẠI DIỆN ĐOÀN GIÁM SÁT" in text and "TRƯỞNG ĐOÀN" in text and CHAIR in text
        assert "ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ TÂN HƯNG" in text
    again, changes = session_letters.minutes_letter(context.factory, CLERK, held.id)
    assert again.id == minutes.id and not changes.areas  # its draft is reopened
    issued = _issue(context, minutes)
    assert issued.symbol == "" and not issued.is_draft  # a biên bản takes no number
    assert [
        letter.id
        for letter in session_letters.letters_of_session(context.factory, CLERK, record.id)
    ] == [minutes.id]


def test_the_programme_lists_its_lines_but_not_the_cancelled(context: ServiceContext) -> None:
    year = TODAY.year
    saved, _ = programme.save_programme(
        context.factory, CLERK, year, "Chương trình giám sát", None, "", None
    )
    for subject, month in (("Việc quản lý đất đai", 3), ("Việc thu chi quỹ", 6), ("Việc bỏ", 9)):
        programme.add_item(
            context.factory,
            CLERK,
            saved.id,
            ItemDraft(subject, "Ủy ban nhân dân xã Tân Hưng", planned_month=month),
        )
    lines = programme.get_programme(context.factory, year)
    assert lines is not None
    dropped = lines.items[2]
    programme.cancel_item(context.factory, CLERK, dropped.id, dropped.version, "Trùng thanh tra")
    letter, _ = session_letters.programme_letter(context.factory, CLERK, year)
    for text in _texts(context, letter):
        for words in (*HEADERS, *SIGNED):
            assert words in text
        assert f"CHƯƠNG TRÌNH Giám sát năm {year}" in text
        assert "Giám sát việc quản lý đất đai" in text and "Tháng 3" in text
        assert "Giám sát việc thu chi quỹ" in text and "Tháng 6" in text
        assert "Việc bỏ" not in text and "việc bỏ" not in text
    with pytest.raises(NotFoundError):
        session_letters.programme_letter(context.factory, CLERK, year + 1)


def test_a_viewer_reads_but_never_drafts_a_session_letter(context: ServiceContext) -> None:
    record = make(context)
    content = session_letters.session_content(context.factory, VIEWER, record.id, LetterForm.PLAN)
    assert "Ủy ban nhân dân xã Tân Hưng" in content.body
    with pytest.raises(PermissionDeniedError):
        session_letters.session_letter(context.factory, VIEWER, record.id, LetterForm.PLAN)
    with pytest.raises(NotFoundError):
        session_letters.session_content(context.factory, CLERK, 10_000, LetterForm.PLAN)


def test_a_bien_ban_is_signed_by_the_head_when_a_vice_chair_heads_the_delegation(
    context: ServiceContext,
) -> None:
    vice, _ = board.add_member(
        context.factory, CLERK, BoardMemberDraft("Lê Văn Nam", BoardPosition.VICE_CHAIR)
    )
    record = make(context)
    sessions.set_delegation(
        context.factory,
        CLERK,
        record.id,
        record.version,
        [DelegationMemberDraft("Lê  Văn Nam", "Phó Chủ tịch", "", DelegationRole.HEAD)],
    )
    held, _ = working.add_working_session(
        context.factory, CLERK, record.id, WorkingSessionDraft(dt.date(2026, 3, 3))
    )
    kind = session_letters.MINUTES_LETTER
    assert session_letters.signer_for(context.factory, CLERK, kind, held.id) == vice.id
    assert (
        session_letters.signer_for(context.factory, CLERK, session_letters.SESSION_LETTER, 1)
        is None
    )
    minutes, _ = session_letters.minutes_letter(context.factory, CLERK, held.id)
    assert (minutes.signer_id, minutes.signer_name) == (vice.id, "Lê Văn Nam")
    assert "Lê Văn Nam" in _texts(context, minutes)[0]
