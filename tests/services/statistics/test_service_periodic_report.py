"""The periodic report: the clerk's narrative kept per period, the report letter and its print.

The sentences are checked against a hand-made set of figures; the narrative is saved,
offered again next period, refused when stale or for a viewer; the report reads back from
its PDF and Word files with its figures, the clerk's words and the Phụ lục's rows; issuing
numbers it in Văn bản đi. Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from docx import Document
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, PermissionDeniedError
from giamsat_desktop.domain.letters import LetterForm, LetterRecord, body_blocks
from giamsat_desktop.domain.official_document import Table as PrintedTable
from giamsat_desktop.domain.periodic_report import LISTED, NarrativeTexts, report_content
from giamsat_desktop.domain.reporting_period import reporting_period
from giamsat_desktop.domain.statistics import (
    ConductFigures,
    ContributionFigures,
    CriticismFigures,
    HeldSession,
    OverdueRecommendation,
    RecommendationLine,
    Statistics,
    SupervisionFigures,
    SupervisionLine,
    TaskLine,
)
from giamsat_desktop.services import issuing
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import issue
from giamsat_desktop.services.registers import outgoing
from giamsat_desktop.services.statistics import periodic_report
from giamsat_desktop.services.statistics.tables import tables
from tests.offices import TAN_HUNG

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
FIRST_HALF = reporting_period(2026, 1)
SECOND_HALF = reporting_period(2026, 2)
WORDS = NarrativeTexts(
    situation="Tình hình kinh tế - xã hội của xã ổn định.",
    leadership="Ban Thường trực ban hành kế hoạch giám sát năm.",
    strengths="Các cuộc giám sát đúng kế hoạch.",
    directions="Tiếp tục giám sát việc thực hiện chính sách an sinh xã hội.",
)


def _figures() -> Statistics:
    """A half year counted by hand: 12 sessions led, 5 joined, one organisation's share."""
    return Statistics(
        period=FIRST_HALF,
        as_of=dt.date(2026, 6, 30),
        office_name=TAN_HUNG.name,
        supervision=SupervisionFigures(
            lines=(
                SupervisionLine(None, TAN_HUNG.name, led=10, joined=5, documents=3,
                                delegation=7, with_state=5),
                SupervisionLine(7, "Hội Nông dân", led=2, joined=1, delegation=2, boards=1),
            ),
            held=17, led=12, joined=5, not_held=2, documents=3, delegation=9, boards=1,
            with_state=4,
        ),
        recommendations=(
            RecommendationLine(None, TAN_HUNG.name, sent=8, accepted=5, explained=1,
                               awaiting=1, overdue=1, escalated=1),
        ),
        criticism=CriticismFigures(total=3, conferences=2, drafts=1, opinions=41, points=9,
                                   points_accepted=7),
        contributions=ContributionFigures(conferences=1, drafts=2, opinions=23,
                                          summaries_sent=2, dialogues=1, issues=6,
                                          commitments=4, commitments_done=3),
        conduct=ConductFigures(sessions=4, at_work=1, at_home=3, people=5, reports=6,
                               forwarded=2, handled=4),
        tasks=(TaskLine(7, "Hội Nông dân", assigned=10, done_on_time=6, done_late=2,
                        overdue=1, in_progress=1),),
    )  # fmt: skip


def test_the_report_says_the_figures_in_sentences_and_keeps_the_clerks_words() -> None:
    figures = _figures()
    content = report_content(figures, tables(figures), WORDS, TAN_HUNG)
    body = content.body
    assert content.subject == (
        "Kết quả công tác giám sát, phản biện xã hội 6 tháng đầu năm 2026"
    )
    assert (
        "Trong 6 tháng đầu năm 2026, Ủy ban MTTQ Việt Nam xã Tân Hưng chủ trì 12 cuộc giám "
        "sát, phối hợp 5 cuộc (tổng số 17 cuộc), trong đó:"
    ) in body
    assert "- Tổ chức đoàn giám sát: 9 cuộc;" in body
    assert "Còn 2 cuộc giám sát theo chương trình chưa thực hiện." in body
    assert "- Hội Nông dân: chủ trì 2 cuộc, phối hợp 1 lượt." in body
    assert "Qua giám sát, đã gửi 8 kiến nghị" in body
    assert "- Chưa trả lời: 2 kiến nghị, trong đó 1 kiến nghị đã quá hạn trả lời." in body
    assert "tổ chức 3 cuộc phản biện xã hội, trong đó: 2 hội nghị phản biện" in body
    assert "đến ngày 30/06/2026, 7 nội dung được tiếp thu." in body
    assert "tổ chức 1 hội nghị góp ý, góp ý 2 dự thảo văn bản với 23 ý kiến" in body
    assert "Tổ chức 4 cuộc giám sát đạo đức, lối sống" in body
    assert "hoàn thành đúng hạn 6, hoàn thành quá hạn 2, quá hạn chưa hoàn thành 1" in body
    assert "tỷ lệ hoàn thành đúng hạn 66,7%" in body
    lines = body.splitlines()
    # the clerk's words under their headings, "…" where nothing was written
    assert lines[lines.index("I. ĐẶC ĐIỂM TÌNH HÌNH") + 1] == WORDS.situation
    assert lines[lines.index("2. Hạn chế") + 1] == "…"
    assert lines[lines.index("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026") + 1] == (
        WORDS.directions
    )
    assert content.copies_to == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh (b/c);",
        "Thường trực Đảng ủy (b/c);",
    )
    printed = [block for block in body_blocks(body) if isinstance(block, PrintedTable)]
    first = printed[0]
    assert first.header == ("TT", "Đơn vị", "Tổng số (lượt)", "Chủ trì", "Phối hợp (lượt)")
    assert first.rows[0] == ("1", TAN_HUNG.name, "15", "10", "5")
    assert first.rows[-1] == ("", "Tổng cộng", "18", "12", "6")


def test_the_report_lists_the_sessions_held_and_the_overdue_recommendations() -> None:
    held = tuple(
        HeldSession(dt.date(2026, 1, 5) + dt.timedelta(days=n), f"Giám sát số {n + 1}",
                    "Ủy ban nhân dân xã", n % 2 == 0)
        for n in range(LISTED + 2)
    )  # fmt: skip
    late = OverdueRecommendation(
        dt.date(2026, 3, 2), "Rà soát  hộ cận nghèo", "Ủy ban nhân dân xã", dt.date(2026, 3, 22)
    )
    figures = dataclasses.replace(
        _figures(),
        supervision=dataclasses.replace(_figures().supervision, sessions=held),
        overdue_recommendations=(late,),
    )
    lines = report_content(figures, tables(figures), WORDS, TAN_HUNG).body.splitlines()
    start = lines.index("Các cuộc giám sát đã thực hiện trong kỳ:")
    assert lines[start + 1] == "- Giám sát số 1 (Ủy ban nhân dân xã), chủ trì, ngày 05/01/2026;"
    assert lines[start + 2].endswith("phối hợp, ngày 06/01/2026;")
    assert lines[start + LISTED].startswith(f"- Giám sát số {LISTED} ")
    assert lines[start + LISTED + 1] == "- Và 2 cuộc khác."  # no page of names past thirty
    start = lines.index("Các kiến nghị quá hạn chưa được trả lời:")
    assert lines[start + 1] == (
        "- Rà soát hộ cận nghèo (gửi Ủy ban nhân dân xã ngày 02/03/2026, hạn trả lời "
        "22/03/2026)."
    )


def test_the_narrative_is_saved_and_offered_again_next_period(context: ServiceContext) -> None:
    factory = context.factory
    empty = periodic_report.narrative_for(factory, CLERK, FIRST_HALF)
    assert empty.texts == NarrativeTexts() and empty.version is None
    saved, _ = periodic_report.save_narrative(factory, CLERK, FIRST_HALF, WORDS, None)
    assert periodic_report.narrative_for(factory, VIEWER, FIRST_HALF).texts == WORDS

    offered = periodic_report.narrative_for(factory, CLERK, SECOND_HALF)
    assert offered.texts == WORDS and offered.offered_from == FIRST_HALF
    assert offered.version is None
    mine = NarrativeTexts(situation="Sáu tháng cuối năm có mưa bão.")
    periodic_report.save_narrative(factory, CLERK, SECOND_HALF, mine, None)
    assert periodic_report.narrative_for(factory, CLERK, SECOND_HALF).texts == mine
    assert periodic_report.narrative_for(factory, CLERK, FIRST_HALF).version == saved.version


def test_a_stale_save_and_a_viewers_are_refused(context: ServiceContext) -> None:
    factory = context.factory
    saved, _ = periodic_report.save_narrative(factory, CLERK, FIRST_HALF, WORDS, None)
    periodic_report.save_narrative(factory, CLERK, FIRST_HALF, NarrativeTexts(), saved.version)
    with pytest.raises(ConflictError) as stale:
        periodic_report.save_narrative(factory, CLERK, FIRST_HALF, WORDS, saved.version)
    assert stale.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(ConflictError):  # made on another PC while this one had none
        periodic_report.save_narrative(factory, CLERK, FIRST_HALF, WORDS, None)
    with pytest.raises(PermissionDeniedError):
        periodic_report.save_narrative(factory, VIEWER, SECOND_HALF, WORDS, None)


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


def test_the_report_prints_and_is_issued_in_the_outgoing_register(
    context: ServiceContext,
) -> None:
    factory = context.factory
    periodic_report.save_narrative(factory, CLERK, FIRST_HALF, WORDS, None)
    letter, _ = periodic_report.report_letter(factory, CLERK, FIRST_HALF)
    assert letter.form is LetterForm.REPORT and letter.is_draft
    again, _ = periodic_report.report_letter(factory, CLERK, FIRST_HALF)
    assert again.id == letter.id  # its open draft

    for text in _texts(context, letter):
        assert "Kết quả công tác giám sát, phản biện xã hội 6 tháng đầu năm 2026" in text
        assert WORDS.situation in text and WORDS.directions in text
        assert "chưa tổ chức cuộc giám sát nào" in text
        assert "PHỤ LỤC: CÁC BIỂU SỐ LIỆU THỐNG KÊ" in text
        assert "KẾT QUẢ PHẢN BIỆN XÃ HỘI" in text
        assert "Hội Nông dân" in text and "Tổng cộng" in text

    issued, _ = issuing.issue_letter(
        factory, CLERK, context.data_folder, letter.id, letter.version,
        issue_date=dt.date(2026, 6, 20),
    )  # fmt: skip
    assert "/BC-" in issued.symbol and issued.outgoing_id is not None
    line = outgoing.get_outgoing(factory, CLERK, issued.outgoing_id)
    assert "phản biện xã hội 6 tháng đầu năm 2026" in line.subject
    after, _ = periodic_report.report_letter(factory, CLERK, FIRST_HALF)
    assert after.id != issued.id and after.is_draft  # a new draft once it was issued


def test_the_letters_page_starts_a_report_from_its_periods_row(context: ServiceContext) -> None:
    factory = context.factory
    key = periodic_report.narrative_key(factory, CLERK, SECOND_HALF)
    kind = periodic_report.PERIODIC_REPORT
    make = periodic_report.content_maker(factory, CLERK, LetterForm.REPORT, kind, key)
    assert make is not None
    assert make().subject.endswith("6 tháng cuối năm 2026")
    assert periodic_report.content_maker(factory, CLERK, LetterForm.PLAN, kind, key) is None
    assert periodic_report.content_maker(factory, CLERK, LetterForm.REPORT, "x", key) is None
