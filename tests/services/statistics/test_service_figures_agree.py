"""One period's figures read the same from the statistics, the report's PDF and .docx, and
the Excel book: the demo office's year, its tasks' total row, in all four.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from docx import Document
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterDraft, LetterForm
from giamsat_desktop.domain.reporting_period import reporting_period
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.letters import issue
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.statistics.excel_book import export_book
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.periodic_report import report_content_for
from giamsat_desktop.services.statistics.tables import tables
from tests.services.statistics.test_service_excel_book import value_of
from tests.session_day import TODAY

PARTS = (("assigned",), ("done_on_time", "done_late", "overdue", "in_progress"))
"""The tasks table's figures as the report's Phụ lục prints them: each group a part."""
KEYS = tuple(key for part in PARTS for key in part)


def test_the_tasks_totals_agree_in_the_service_the_pdf_the_docx_and_the_excel_book(
    tmp_path: Path,
) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        factory = database.session_factory
        create_demo_data(factory, "small", today=TODAY, data_folder=tmp_path / "data")
        period = reporting_period(TODAY.year)
        made = tables(statistics_for(factory, SYSTEM, period, today=TODAY))
        [tasks] = [table for table in made if table.key == "nhiem_vu"]
        expected = [tasks.total(key) for key in KEYS]
        assert all(isinstance(value, int) for value in expected) and expected[0] > 0
        totals = [
            ["Tổng cộng", *(format_number(int(tasks.total(key) or 0)) for key in part)]
            for part in PARTS
        ]

        content = report_content_for(factory, SYSTEM, period, today=TODAY)
        draft = LetterDraft(LetterForm.REPORT, content)
        pdf = issue.preview_letter(factory, draft, "pdf").data
        pages = PdfReader(io.BytesIO(pdf)).pages
        text = " ".join(" ".join(page.extract_text() for page in pages).split())
        for total in totals:
            assert " ".join(total) in text

        word = Document(io.BytesIO(issue.preview_letter(factory, draft, "docx").data))
        last_rows = [[cell.text.strip() for cell in table.rows[-1].cells] for table in word.tables]
        for total in totals:
            assert total in [[cell for cell in row if cell] for row in last_rows]

        book = tmp_path / "thong-ke.xlsx"
        export_book(factory, SYSTEM, book, period)
        sheet = openpyxl.load_workbook(book)["Nhiệm vụ"]
        total = next(row for row in sheet.iter_rows() if row[0].value == "Tổng cộng")
        assert [value_of(sheet, cell.coordinate) for cell in total[1:6]] == expected
    finally:
        database.close()
