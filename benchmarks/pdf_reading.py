"""Reading incoming PDFs for their register entry: per-field accuracy, and the time per file.

Usage:
    python benchmarks/pdf_reading.py [--count 48] [--seed 30]

Draws the Nghị định 30 corpus of ``tests/services/pdf_intake/corpus.py`` (state and Party
headers, both header orders, broken symbols and subjects, 1–3 pages), reads every file as
the program does, and prints how often each field is read exactly (target, issue 19: at
least 95 %), then the median time to read one file beside the floor: pdfminer.six's own
``extract_text`` of the same first page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from giamsat_desktop.domain.document_header import read_header  # noqa: E402
from giamsat_desktop.services.pdf_intake.pdf_pages import read_pages  # noqa: E402
from tests.services.pdf_intake.corpus import corpus  # noqa: E402
from tests.services.pdf_intake.letterheads import write_letter  # noqa: E402

FIELDS = ("issuer", "symbol", "doc_date", "type_code", "subject", "signer", "page_count")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=48)
    parser.add_argument("--seed", type=int, default=30)
    args = parser.parse_args()
    from pdfminer.high_level import extract_text

    letters = corpus(args.count, args.seed)
    right: Counter[str] = Counter()
    ours: list[float] = []
    floor: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for number, letter in enumerate(letters):
            path = write_letter(Path(folder) / f"{number}.pdf", letter)
            started = time.perf_counter()
            pages = read_pages(path)
            header = read_header(pages.first, pages.width, pages.last)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            extract_text(str(path), page_numbers=[0])
            floor.append(time.perf_counter() - started)
            found = {
                "issuer": header.issuer, "symbol": header.symbol, "doc_date": header.doc_date,
                "type_code": header.document_type.code if header.document_type else "",
                "subject": header.subject, "signer": header.signer,
                "page_count": pages.page_count,
            }  # fmt: skip
            expected = {
                "issuer": letter.issuer, "symbol": letter.symbol, "doc_date": letter.doc_date,
                "type_code": letter.type_code, "subject": letter.subject,
                "signer": letter.signer, "page_count": letter.pages,
            }  # fmt: skip
            right.update(name for name in FIELDS if found[name] == expected[name])
    print(f"{len(letters)} documents")
    for name in FIELDS:
        share = 100 * right[name] / len(letters)
        print(f"  {name:<11} {right[name]:>3}/{len(letters)}  {share:5.1f} %")
    _word_documents()
    program, bare = statistics.median(ours) * 1000, statistics.median(floor) * 1000
    print(f"read one PDF (first and last pages, its header): {program:6.1f} ms (median)")
    print(f"floor, pdfminer's extract_text of the first page: {bare:6.1f} ms (median)")


def _word_documents() -> None:
    """The documents typed in Word and exported by LibreOffice (``tests/fixtures``)."""
    import json

    folder = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pdf_from_word"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    right: Counter[str] = Counter()
    for name, fields in expected.items():
        pages = read_pages(folder / name)
        header = read_header(pages.first, pages.width, pages.last)
        found = {
            "issuer": header.issuer, "symbol": header.symbol,
            "doc_date": header.doc_date.isoformat() if header.doc_date else "",
            "type_code": header.document_type.code if header.document_type else "",
            "subject": header.subject, "signer": header.signer,
        }  # fmt: skip
        right.update(key for key, value in fields.items() if found[key] == value)
    print(f"{len(expected)} documents typed in Word, exported by LibreOffice")
    for name in FIELDS[:-1]:
        share = 100 * right[name] / len(expected)
        print(f"  {name:<11} {right[name]:>3}/{len(expected)}  {share:5.1f} %")


if __name__ == "__main__":
    main()
