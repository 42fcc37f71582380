"""Files a clerk drags onto a window, and paths pasted or typed in a field.

A drag from the file manager carries URLs; only files on this PC (or a mapped drive) are
taken. A path pasted from Windows Explorer's "Copy as path" comes in double quotes, which
are taken off here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

EXCEL_SUFFIXES = (".xlsx", ".xls")
"""The workbooks an import reads: Excel 2007 and later, and Excel 97–2003."""

_QUOTES = ('"', "'", "“”", "‘’")


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries, in the order dragged (none for text or web links)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def is_excel(path: Path) -> bool:
    """Whether the file's name says it is a workbook the import reads."""
    return path.suffix.lower() in EXCEL_SUFFIXES


def excel_files(mime: QMimeData | None) -> list[Path]:
    """The dragged local files whose names end in .xlsx or .xls."""
    return [path for path in local_files(mime) if is_excel(path)]


def pdf_files(mime: QMimeData | None) -> list[Path]:
    """The dragged local files whose names end in .pdf."""
    return [path for path in local_files(mime) if path.suffix.lower() == ".pdf"]


def typed_path(text: str) -> str:
    """A path as pasted or typed: spaces, quotes around it and a ``file:`` URL taken off."""
    text = text.strip()
    for quote in _QUOTES:
        opening, closing = quote[0], quote[-1]
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            text = text[1:-1].strip()
            break
    if text.lower().startswith("file:"):
        local = QUrl(text).toLocalFile()
        if local:
            text = local
    return text
