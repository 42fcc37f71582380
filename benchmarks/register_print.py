"""Printing the registers to PDF, timed: a year of 1,000 rows, and rows with very long cells.

Usage: python benchmarks/register_print.py [--runs N]

Prints the median of each measure. Target (DESIGN.md): a register of 1,000 rows (about ninety
pages) ≤ 3 s; a row whose cell is taller than a page continues on the next page, in well under
a few seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable

from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord, RegisterPeriod
from giamsat_desktop.reports.registers.incoming import render_incoming_register
from giamsat_desktop.reports.registers.outgoing import render_outgoing_register

OFFICE = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
    level=OfficeLevel.COMMUNE,
    place_name="Tân Hưng",
    date_line_place="Tân Hưng",
    higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Thị Thu Hà",
)
PERIOD = RegisterPeriod(
    year=2026,
    date_from=dt.date(2026, 1, 1),
    date_to=dt.date(2026, 12, 31),
    number_from="1",
    number_to="1000",
    book_name="Sổ văn bản năm 2026",
)
SUBJECT = (
    "kết quả giám sát việc thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, "
    "hộ cận nghèo trên địa bàn tỉnh năm 2026"
)
LONG_SUBJECT = ("Báo cáo tổng hợp ý kiến, kiến nghị của cử tri về xây dựng nông thôn mới. " * 70)[
    :5000
]


def incoming(number: int, **changes: object) -> IncomingRecord:
    """An incoming entry like a commune's, with every 9th urgent and every 50th cancelled."""
    arrival = dt.date(2026, 1, 2) + dt.timedelta(days=number // 3)
    values: dict[str, object] = {
        "id": number,
        "book_id": 1,
        "book_name": "Sổ văn bản đến năm 2026",
        "arrival_number": number,
        "arrival_number_text": str(number),
        "arrival_date": arrival,
        "issuer": "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
        "symbol": "15/BC-MTTQ-BTT",
        "doc_date": arrival - dt.timedelta(days=2),
        "type_code": "BC",
        "subject": SUBJECT,
        "signer": "Trần Văn Bình",
        "urgency": Urgency.URGENT if number % 9 == 0 else Urgency.NORMAL,
        "secrecy": Secrecy.NORMAL,
        "page_count": 2,
        "recipients": "Đ/c Lê Thị Mỹ Hạnh, Phó Chủ tịch",
        "transfer_date": arrival,
        "deadline": None,
        "instruction": "",
        "notes": "Đã báo cáo Thường trực" if number % 7 == 0 else "",
        "handling_status": HandlingStatus.PENDING,
        "cancelled": number % 50 == 0,
        "cancel_reason": "Vào sổ trùng" if number % 50 == 0 else "",
        "version": 1,
    }
    values.update(changes)
    return IncomingRecord(**values)  # type: ignore[arg-type]


def outgoing(number: int, **changes: object) -> OutgoingRecord:
    """An outgoing entry, every 50th cancelled."""
    values: dict[str, object] = {
        "id": number,
        "book_id": 2,
        "number": number,
        "number_text": f"{number:02d}",
        "symbol": f"{number:02d}/BC-MTTQ-BTT",
        "type_code": "BC",
        "issue_date": dt.date(2026, 1, 5) + dt.timedelta(days=number // 3),
        "subject": SUBJECT,
        "signer_name": "Nguyễn Thị Thu Hà",
        "signer_position": "Chủ tịch",
        "recipients": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh; Đảng ủy xã Tân Hưng",
        "file_copy_holder": "Văn phòng",
        "copies": 4,
        "transfer_date": dt.date(2026, 1, 6) + dt.timedelta(days=number // 3),
        "urgency": Urgency.NORMAL,
        "secrecy": Secrecy.NORMAL,
        "notes": "",
        "cancelled": number % 50 == 0,
        "cancel_reason": "Vào sổ trùng" if number % 50 == 0 else "",
        "version": 1,
    }
    values.update(changes)
    return OutgoingRecord(**values)  # type: ignore[arg-type]


def median_s(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Time each print and show the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    year_in = [incoming(n) for n in range(1, 1001)]
    year_out = [outgoing(n) for n in range(1, 1001)]
    lines = "\n".join(f"Dòng {n}" for n in range(1, 301))
    long_rows = [
        incoming(1, subject=LONG_SUBJECT),
        incoming(2, subject="https://" + "a" * 4992),
        incoming(3, notes=lines),
        incoming(4, subject=LONG_SUBJECT, cancelled=True, cancel_reason="Vào sổ trùng"),
    ]
    measures: list[tuple[str, Callable[[], object]]] = [
        (
            "incoming register, 1,000 rows",
            lambda: render_incoming_register(OFFICE, PERIOD, year_in),
        ),
        (
            "outgoing register, 1,000 rows",
            lambda: render_outgoing_register(OFFICE, PERIOD, year_out),
        ),
        (
            "incoming register, one 5,000-character subject",
            lambda: render_incoming_register(OFFICE, PERIOD, long_rows[:1]),
        ),
        (
            "incoming register, 5,000-char subject, word, 300 lines, struck",
            lambda: render_incoming_register(OFFICE, PERIOD, long_rows),
        ),
    ]
    print(f"median of {args.runs} runs")
    for name, action in measures:
        try:
            print(f"{name.ljust(64)} {median_s(action, args.runs):6.2f} s")
        except Exception as error:  # noqa: BLE001 - a benchmark reports what failed and goes on
            print(f"{name.ljust(64)} failed: {type(error).__name__}: {str(error)[:120]}")


if __name__ == "__main__":
    main()
