"""What a service tells in codes (its steps, a damaged file) reads in the window's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from giamsat_desktop import formatting
from giamsat_desktop.domain.errors import DetailCode, detail
from giamsat_desktop.ui.common.error_text import said
from giamsat_desktop.ui.common.i18n import install_language

VIETNAMESE_ONLY = set("ăâđêôơưĂÂĐÊÔƠƯ") | set(
    "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)

TOLD = [
    detail(DetailCode.STEP_READING_SHEET, sheet="Sheet1"),
    detail(DetailCode.STEP_ROWS_READ, count=1200),
    detail(DetailCode.STEP_READING_ENCODING),
    detail(DetailCode.STEP_ROWS_CHECKED, count=300),
    detail(DetailCode.STEP_ROWS_SAVED, done=2000, total=10000),
    detail(DetailCode.STEP_ROWS_WRITTEN, count=40000),
    detail(DetailCode.STEP_ROWS_WRITTEN_OF, done=1000, total=40000),
    detail(DetailCode.STEP_TABLES, done=3, total=9),
    detail(DetailCode.STEP_DATABASE_FILE),
    detail(DetailCode.STEP_FILES, done=50, total=120),
    detail(DetailCode.STEP_RECORDS, done=100, total=300),
    detail(
        DetailCode.ATTACHMENT_TAKE_BACK,
        damaged=detail(
            DetailCode.ATTACHMENT_DAMAGED,
            documents=[
                detail(
                    DetailCode.ATTACHED_TO_INCOMING,
                    file="75-BC.pdf",
                    number=75,
                    year=2026,
                    id=4,
                ),
                detail(
                    DetailCode.ATTACHED_TO_OUTGOING, file="75-BC.pdf", number=12, year=2026, id=9
                ),
            ],
        ),
    ),
    detail(DetailCode.ATTACHMENT_DAMAGED_UNLINKED, checksum="0123456789ab"),
    detail(DetailCode.INTEGRITY_PROBLEM, text="row 3 missing from index"),
    detail(DetailCode.FOREIGN_KEY_PROBLEM, text="('attachments', 7, 'incoming_documents', 0)"),
]


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The window in English, its numbers too."""
    install_language("en")
    formatting.set_language("en")
    yield
    install_language("vi")
    formatting.set_language("vi")


def test_the_vietnamese_window_words_every_step_with_its_values() -> None:
    install_language("vi")
    texts = [said(item) for item in TOLD]
    assert texts[1] == "Đã đọc 1.200 dòng"
    assert texts[7] == "Bảng dữ liệu 3/9"
    assert "“75-BC.pdf” của văn bản đến số 75 năm 2026 (mã số 4)" in texts[11]
    assert "văn bản đi số 12 năm 2026 (mã số 9)" in texts[11]
    assert not any("{" in text for text in texts)


@pytest.mark.usefixtures("english")
def test_the_english_window_says_them_in_english() -> None:
    texts = [said(item) for item in TOLD]
    assert texts[1] == "Read 1,200 rows"
    for item, text in zip(TOLD, texts, strict=True):
        assert not set(text) & VIETNAMESE_ONLY, (item.code, text)
        assert "{" not in text, (item.code, text)
