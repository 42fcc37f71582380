"""The "Tên loại và trích yếu nội dung" of a line reads the same on screen, on paper, in Excel.

A công văn shows its subject alone ("V/v …", never "Công văn V/v …"); a kế hoạch whose
subject does not name its type gets the name in front ("Kế hoạch giám sát …").
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from giamsat_desktop.domain.registers import (
    IncomingDraft,
    IncomingFilter,
    OutgoingDraft,
    OutgoingFilter,
)
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers import incoming_model as incoming_columns
from giamsat_desktop.ui.registers import outgoing_model as outgoing_columns
from giamsat_desktop.ui.registers.register_page import RegisterPage
from tests.ui.clicks import settle

DAY = dt.date(2026, 3, 2)
CONG_VAN = "V/v góp ý dự thảo"
PLAN_SUBJECT = "giám sát năm 2026"
PLAN = "Kế hoạch giám sát năm 2026"


def _pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _excel_column(path: Path, header: str) -> list[str]:
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    at = next(i for i, row in enumerate(rows) if header in row)
    column = rows[at].index(header)
    return [row[column] for row in rows[at + 1 :] if row[column] is not None]


def _table_column(window: MainWindow, key: str, column: int) -> list[str]:
    page = window.show_page(key)
    assert isinstance(page, RegisterPage)
    settle(window)
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_an_incoming_line_reads_the_same_in_the_table_the_print_and_excel(
    window: MainWindow, context: ServiceContext, tmp_path: Path
) -> None:
    for type_code, subject in (("CV", CONG_VAN), ("KH", PLAN_SUBJECT)):
        incoming.register_incoming(
            context.factory,
            context.actor,
            IncomingDraft(
                arrival_date=DAY, issuer="Đảng ủy xã Tân Hưng", subject=subject, type_code=type_code
            ),
        )
    expected = {CONG_VAN, PLAN}

    table = _table_column(window, "incoming", incoming_columns.SUBJECT)
    printed = register_reports.incoming_register_pdf(context.factory, context.actor, DAY, DAY)
    pdf = _pdf_text(printed)
    path = tmp_path / "so-den.xlsx"
    register_reports.export_incoming_xlsx(
        context.factory, context.actor, path, IncomingFilter(), title="SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
    )
    excel = _excel_column(path, "Tên loại và trích yếu nội dung")

    assert set(table) == expected
    assert set(excel) == expected
    for text in expected:
        assert text in pdf
    for wrong in (f"Công văn {CONG_VAN}", f"Kế hoạch {PLAN}"):
        assert wrong not in pdf


def test_an_outgoing_line_reads_the_same_in_the_table_the_print_and_excel(
    window: MainWindow, context: ServiceContext, tmp_path: Path
) -> None:
    for type_code, subject in (("", CONG_VAN), ("KH", PLAN_SUBJECT)):
        outgoing.register_outgoing(
            context.factory,
            context.actor,
            OutgoingDraft(
                issue_date=DAY,
                subject=subject,
                type_code=type_code,
                signer_name="Nguyễn Thị Thu Hà",
            ),
        )
    expected = {CONG_VAN, PLAN}

    table = _table_column(window, "outgoing", outgoing_columns.SUBJECT)
    printed = register_reports.outgoing_register_pdf(context.factory, context.actor, DAY, DAY)
    pdf = _pdf_text(printed)
    path = tmp_path / "so-di.xlsx"
    register_reports.export_outgoing_xlsx(
        context.factory, context.actor, path, OutgoingFilter(), title="SỔ ĐĂNG KÝ VĂN BẢN ĐI"
    )
    excel = _excel_column(path, "Tên loại và trích yếu")

    assert set(table) == expected
    assert set(excel) == expected
    for text in expected:
        assert text in pdf
    for wrong in (f"Công văn {CONG_VAN}", f"Kế hoạch {PLAN}"):
        assert wrong not in pdf
