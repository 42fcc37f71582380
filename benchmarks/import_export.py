"""Excel import of 10,000 rows and export of a whole register, timed.

Usage: python benchmarks/import_export.py [big.sqlite3]

Targets (DESIGN.md): import of 10,000 rows (read, validate, write) ≤ 2 s; export of
100,000 rows ≤ 15 s in the background. The export runs only when a large database is given
(``giamsat --db big.sqlite3 demo-data --size large``); beside its figure is openpyxl's own
floor: as many rows and columns of plain strings written through its write-only mode.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.registers import IncomingFilter, OutgoingFilter
from giamsat_desktop.reports.registers.columns import INCOMING_HEADERS, OUTGOING_HEADERS
from giamsat_desktop.services.excel.headers import detect_layout
from giamsat_desktop.services.excel.reading import parse_rows
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.services.registers.excel_import import import_incoming
from giamsat_desktop.services.safety.database import open_database

ISSUERS = (
    "Đảng ủy xã Tân Hưng",
    "Ủy ban nhân dân xã Tân Hưng",
    "Tỉnh ủy Tây Ninh",
    "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    "Hội Nông dân xã Tân Hưng",
)


def workbook(path: Path, rows: int) -> Path:
    rng = random.Random(7)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("2022")
    sheet.append(["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2022"])
    sheet.append([])
    sheet.append(
        [
            "Số đến",
            "Ngày đến",
            "Tác giả",
            "Số, ký hiệu",
            "Ngày tháng",
            "Tên loại và trích yếu nội dung",
            "Đơn vị hoặc người nhận",
            "Ghi chú",
        ]
    )
    start = dt.datetime(2022, 1, 3)
    for n in range(1, rows + 1):
        arrival = start + dt.timedelta(days=n * 360 // rows)
        sheet.append(
            [
                n,
                arrival,
                rng.choice(ISSUERS),
                f"{rng.randint(1, 999)}-CV/ĐU",
                (arrival - dt.timedelta(days=2)).strftime("%d/%m/%Y"),
                f"Công văn về việc kiểm tra, giám sát nội dung số {n}",
                "Văn phòng",
                "",
            ]
        )
    book.save(path)
    return path


def openpyxl_floor(path: Path, rows: int, columns: int) -> float:
    """Seconds openpyxl's write-only mode takes for ``rows`` × ``columns`` plain strings."""
    start = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Sổ")
    row = [f"Ô chữ thường số {column}" for column in range(columns)]
    for _ in range(rows):
        sheet.append(row)
    book.save(path)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = workbook(Path(folder) / "so-den.xlsx", 10_000)
        database = open_database(f"sqlite:///{folder}/import.sqlite3")
        start = time.perf_counter()
        layout = detect_layout(source, "2022")
        parsed = parse_rows(source, "2022", layout)
        read = time.perf_counter()
        result, _problems, _changes = import_incoming(
            database.session_factory, SYSTEM, parsed.rows, parsed.problems
        )
        done = time.perf_counter()
        print(
            f"import 10,000 rows: read + validate {read - start:.2f} s, write "
            f"{done - read:.2f} s, total {done - start:.2f} s ({result.imported} rows; "
            "target ≤ 2 s)"
        )
        database.close()
        if len(sys.argv) > 1:
            big = open_database(f"sqlite:///{Path(sys.argv[1]).resolve()}", create=False)
            for name, export, where, columns in (
                (
                    "incoming",
                    register_reports.export_incoming_xlsx,
                    IncomingFilter(),
                    INCOMING_HEADERS,
                ),
                (
                    "outgoing",
                    register_reports.export_outgoing_xlsx,
                    OutgoingFilter(),
                    OUTGOING_HEADERS,
                ),
            ):
                start = time.perf_counter()
                count = export(
                    big.session_factory,
                    SYSTEM,
                    Path(folder) / f"{name}.xlsx",
                    where,  # type: ignore[arg-type]
                    title="SỔ ĐĂNG KÝ VĂN BẢN",
                )
                took = time.perf_counter() - start
                floor = openpyxl_floor(Path(folder) / "floor.xlsx", count, len(columns))
                print(
                    f"export {name} {count:,} rows: {took:.1f} s (openpyxl write-only floor, "
                    f"{count:,} × {len(columns)} plain strings: {floor:.1f} s; "
                    f"target ≤ {15 * count / 100_000:.1f} s)"
                )
            big.close()


if __name__ == "__main__":
    main()
