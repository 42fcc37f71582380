"""Printing a PDF the program made: each page as an image, at its own size on the paper.

QtPdf can show a PDF but not print it, so each page is drawn as an image at the printer's
resolution (at most 600 dpi, which is sharp on paper and keeps one A4 page near 140 MB)
on a full-page printer. The page's own size maps 1:1 onto the paper and nothing is fitted
to a printable area: the margins of Nghị định 30 are already inside the PDF. Each page
keeps its own orientation (the registers are landscape, the slip portrait).

The work runs on a worker thread (painting on a ``QPrinter`` is allowed there), with a
document of its own, so the window stays responsive and the clerk can cancel.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from giamsat_desktop.ui.common.background import TaskControl

MAX_DPI = 600
"""The finest rendering sent to a printer; finer only costs memory and time."""


class PrintRefused(Exception):
    """The printer, or the file it prints to, did not accept the job."""

    def __init__(self, printer_name: str, file_name: str) -> None:
        super().__init__(file_name or printer_name)
        self.printer_name = printer_name
        self.file_name = file_name


def pages_to_print(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """The pages (from 0) in the order they go to the printer, copies included.

    Follows what the clerk chose in the print dialog: all pages, a range (from and to,
    counted from 1) or the page shown, the order, and the copies when the printer does
    not make them itself (collated: the whole run again; else each page repeated).
    """
    selection = printer.printRange()
    if selection is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        pages = list(range(first - 1, last))
    elif selection is QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)] if page_count else []
    else:
        pages = list(range(page_count))
    if printer.pageOrder() is QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def page_layout(size: QSizeF) -> QPageLayout:
    """A paper of the page's size (A4 when it is A4) in the page's orientation, no margins."""
    landscape = size.width() > size.height()
    upright = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    paper = QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(paper, orientation, QMarginsF(), QPageLayout.Unit.Point)


def render_page(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page as an opaque image at ``dpi`` (pdfium leaves the paper transparent)."""
    size = document.pagePointSize(page)
    pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
    image = document.render(page, pixels)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image


def print_pdf(pdf: bytes, printer: QPrinter, pages: list[int], control: TaskControl) -> int:
    """Print ``pages`` of ``pdf`` on ``printer``; the number of pages sent (0: cancelled).

    Raises:
        PrintRefused: The printer (or its output file) could not be opened.
    """
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    printer.setFullPage(True)
    painter = QPainter()
    started = False
    try:
        for done, page in enumerate(pages):
            if control.is_cancelled():
                printer.abort()  # the printer drops what it was sent
                return 0
            control.report(
                done / max(len(pages), 1),
                QCoreApplication.translate("PdfPreviewDialog", "Trang {n} / {count}").format(
                    n=page + 1, count=document.pageCount()
                ),
            )
            size = document.pagePointSize(page)
            layout = page_layout(size)
            if not printer.pageLayout().isEquivalentTo(layout):
                printer.setPageLayout(layout)
            if not started:
                if not painter.begin(printer):
                    raise PrintRefused(printer.printerName(), printer.outputFileName())
                started = True
            elif not printer.newPage():
                raise PrintRefused(printer.printerName(), printer.outputFileName())
            resolution = printer.resolution()
            image = render_page(document, page, min(resolution, MAX_DPI))
            paper = QRectF(0, 0, size.width() / 72 * resolution, size.height() / 72 * resolution)
            painter.drawImage(paper, image)
    finally:
        if started:
            painter.end()
        document.close()
    control.report(1.0)
    return len(pages)
