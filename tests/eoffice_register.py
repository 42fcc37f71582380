"""An incoming register as the provincial e-office systems export it, built at run time.

The "Sổ văn bản đến" export of a provincial document system (the VNPT iOffice and Viettel
VOffice kind) is a list, not the decree's register form: a title row naming the numbering
book ("Sổ lưu cấp số văn bản đến: SỔ VĂN BẢN ĐẾN NĂM 2026") merged across the table, the
period, a blank row, then one header row with the system's own columns: STT, the arrival
number and time, the symbol, the document's date, the issuer, a type column of its own
catalog ("Loại văn bản"), the subject without the type's name, urgency and secrecy in words,
the field of work ("Lĩnh vực"), the signer, the main handler and the cooperating people,
the deadline, the people it was sent to (joined by ";") and the notes. Dates are text,
the arrival with its time, except where the system writes real date cells.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

SHEET = "Sổ văn bản đến"
TITLE = "Sổ lưu cấp số văn bản đến: SỔ VĂN BẢN ĐẾN NĂM 2026"
PERIOD = "Từ ngày 01/01/2026 đến ngày 31/03/2026"
HEADER = [
    "STT",
    "Số đến",
    "Ngày đến",
    "Số ký hiệu",
    "Ngày văn bản",
    "Cơ quan ban hành",
    "Loại văn bản",
    "Trích yếu",
    "Độ khẩn",
    "Độ mật",
    "Lĩnh vực",
    "Người ký",
    "Xử lý chính",
    "Phối hợp",
    "Hạn xử lý",
    "Người nhận",
    "Ghi chú",
]
HEADER_ROW = 4
"""Title, period, a blank row, then the header."""
OTHER_COLUMNS = ["Lĩnh vực", "Xử lý chính", "Phối hợp"]
"""The columns the register has no field for, left to right: they go into the notes."""

# STT, Số đến, Ngày đến, Số ký hiệu, Ngày văn bản, Cơ quan ban hành, Loại văn bản, Trích yếu,
# Độ khẩn, Độ mật, Lĩnh vực, Người ký, Xử lý chính, Phối hợp, Hạn xử lý, Người nhận, Ghi chú.
ROWS: list[list[Any]] = [
    [
        1,
        "1",
        "05/01/2026 08:15",
        "01/KH-UBND",
        "02/01/2026",
        "UBND tỉnh Tây Ninh",
        "Kế hoạch",
        "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026",
        "Thường",
        "Thường",
        "Văn hóa - Xã hội",
        "Nguyễn Văn Hòa",
        "Trần Thị Mai",
        "Lê Văn Tâm;Phạm Thị Lan",
        "20/01/2026",
        "Trần Thị Mai;Lê Văn Tâm;Phạm Thị Lan",
        "",
    ],
    [
        2,
        "2",
        "06/01/2026 14:02",
        "15/UBND-VX",
        "05/01/2026",
        "UBND xã Tân Hưng",
        "Công văn",
        "V/v rà soát hộ nghèo, hộ cận nghèo năm 2026",
        "Khẩn",
        "Thường",
        "Giảm nghèo",
        "Võ Thành Long",
        "Lê Văn Tâm",
        "",
        "12/01/2026",
        "Lê Văn Tâm",
        "Bản điện tử",
    ],
    [
        3,
        "3",
        dt.datetime(2026, 1, 8, 9, 30),
        "07/GM-MTTQ-BTT",
        dt.datetime(2026, 1, 7),
        "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
        "Giấy mời",
        "Dự Hội nghị tổng kết công tác Mặt trận năm 2025",
        "Hỏa tốc",
        "Thường",
        "Công tác Mặt trận",
        "Nguyễn Thị Thu",
        "Trần Thị Mai",
        "Phạm Thị Lan",
        None,
        "Trần Thị Mai; Phạm Thị Lan",
        "Họp lúc 8 giờ ngày 10/01/2026",
    ],
    [
        4,
        "4",
        "09/01/2026 10:45",
        "22-BC/ĐU",
        "08/01/2026",
        "Đảng ủy xã Tân Hưng",
        "Báo cáo",
        "Kết quả thực hiện Nghị quyết năm 2025",
        "Thượng khẩn",
        "Mật",
        "Xây dựng Đảng",
        "Trần Văn Bình",
        "Nguyễn Văn Hòa",
        "",
        "30/01/2026",
        "Nguyễn Văn Hòa",
        "",
    ],
]


def write_eoffice_register(path: Path, rows: Sequence[Sequence[Any]] = ROWS) -> Path:
    """Write the export with ``rows`` under its header; returns ``path``."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    width = len(HEADER)
    sheet.append([TITLE])
    sheet.append([PERIOD])
    sheet.append([])
    sheet.append(HEADER)
    for line in (1, 2):
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=width)
        sheet.cell(line, 1).alignment = Alignment(horizontal="center")
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    for column in range(1, width + 1):
        sheet.cell(HEADER_ROW, column).font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
