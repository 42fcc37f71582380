"""Reading a letter back: the words of its PDF and of its Word file, and the Word file's XML."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table as WordTable
from lxml import etree

from tests.reports.samples import nfc, page_texts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def w(name: str) -> str:
    """An attribute or tag name in the WordprocessingML namespace."""
    return f"{{{W}}}{name}"


def pdf_pages(pdf: bytes) -> list[list[str]]:
    """The words of each page of a PDF, in reading order."""
    return [nfc(text).split() for text in page_texts(pdf)]


def pdf_words(pdf: bytes) -> list[str]:
    """The words of a PDF in order, without the page numbers at the top of pages 2 and on."""
    words: list[str] = []
    for number, page in enumerate(pdf_pages(pdf), start=1):
        if number > 1:
            assert page[0] == str(number), f"page {number} starts with {page[:3]}"
            page = page[1:]
        words += page
    return words


def docx_lines(data: bytes) -> list[str]:
    """The body's paragraphs in order, a table's cell by cell, row by row (no page header)."""
    lines: list[str] = []
    for item in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(item, WordTable):
            for row in item.rows:
                for cell in row.cells:
                    lines += [paragraph.text for paragraph in cell.paragraphs]
        else:
            lines.append(item.text)
    return [nfc(line) for line in lines if line.strip()]


def docx_words(data: bytes) -> list[str]:
    """The words of the Word file's body in order."""
    return [word for line in docx_lines(data) for word in line.split()]


def docx_part(data: bytes, name: str) -> etree._Element:
    """One XML part of the Word file, parsed (``word/document.xml``, ``word/styles.xml`` …)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def docx_names(data: bytes) -> list[str]:
    """The names of the parts inside the Word file."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()
