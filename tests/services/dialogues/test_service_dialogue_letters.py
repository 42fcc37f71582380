"""A dialogue's minutes: written from it, read back from PDF and Word, issued.

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document
from pypdf import PdfReader

from giamsat_desktop.domain.errors import NotFoundError
from giamsat_desktop.domain.letters import LetterForm, LetterRecord, LetterState
from giamsat_desktop.services import issuing
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing, letters
from giamsat_desktop.services.letters import issue
from tests.services.dialogues.samples import DRAFT, ISSUES
from tests.services.supervision.office_sessions import CLERK

D = dt.date


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


def test_the_minutes_say_who_came_each_issue_answered_and_committed_to(
    context: ServiceContext,
) -> None:
    made, _ = editing.create_dialogue(context.factory, CLERK, DRAFT, ISSUES)
    draft, changes = letters.letter_for(context.factory, CLERK, made.id)
    assert changes.touches(Area.LETTERS) and draft.state is LetterState.DRAFT
    assert (draft.form, draft.source_kind, draft.source_id) == (
        LetterForm.MINUTES,
        letters.DIALOGUE_LETTER,
        made.id,
    )
    again, _ = letters.letter_for(context.factory, CLERK, made.id)
    assert again.id == draft.id  # the open draft, not a second one
    for text in _texts(context, draft):
        assert (
            "BIÊN BẢN Đối thoại trực tiếp giữa Đồng chí Lê Văn Quang, Bí thư Đảng ủy xã với "
            "Nhân dân về giải phóng mặt bằng đường liên thôn 3 – thôn 5"
        ) in text
        assert "ngày 12 tháng 03 năm 2026, tại Nhà văn hóa thôn 3" in text
        assert "- Chủ trì (đại diện Ủy ban MTTQ): Nguyễn Thị Thu Hà" in text
        assert "(cấp ủy Đảng)" in text and "- Số người dự: 86 người;" in text
        order = [
            text.index("Ý kiến thứ 1 (Ông Phạm Văn Tư, thôn 3): Tiền đền bù"),
            text.index("- Trả lời: Ủy ban nhân dân xã đã trình huyện"),
            text.index("- Cam kết: Chi trả xong tiền đền bù cho các hộ; cơ quan, người thực"),
            text.index("hạn thực hiện: 30/04/2026."),
            text.index("Ý kiến thứ 2 (Bà Trần Thị Mai, thôn 5)"),
            text.index("Ý kiến thứ 3 (Cử tri thôn 3): Đề nghị công khai"),
            text.index("3. Kết luận của người đối thoại"),
        ]
        assert order == sorted(order)
        assert text.count("- Cam kết:") == 2  # the third issue promised nothing
        assert "CHỦ TRÌ" in text and "THƯ KÝ" in text
    issued, changes = issuing.issue_letter(
        context.factory,
        CLERK,
        context.data_folder,
        draft.id,
        draft.version,
        issue_date=D(2026, 3, 12),
    )
    assert issued.state is LetterState.ISSUED and issued.symbol == ""  # no number
    assert changes.touches(Area.DIALOGUES) and changes.touches(Area.LETTERS)
    with pytest.raises(NotFoundError):
        letters.letter_for(context.factory, CLERK, made.id + 100)
