"""A printed form shown inside the program, with Print and Save buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PdfPreviewDialog(QDialog):
    """Shows the PDF as it will print; the clerk prints it or saves it to send."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 760)
        self.pdf = pdf
        self._file_name = file_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = QLabel(self.tr("{count} trang").format(count=self.document.pageCount()))
        self.print_button = QPushButton(self.tr("In… (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Lưu tệp PDF…"))
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(pages)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def save_as(self, path: str | None = None) -> Path | None:
        """Write the PDF where the clerk chooses (to send or keep)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lưu tệp PDF"), self._file_name, self.tr("Tệp PDF (*.pdf)")
            )
            if not path:
                return None
        target = Path(path)
        target.write_bytes(self.pdf)
        return target

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print every page at the printer's resolution, each in its own orientation."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        painter = QPainter()
        for page in range(self.document.pageCount()):
            size = self.document.pagePointSize(page)
            landscape = size.width() > size.height()
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
            if page == 0:
                if not painter.begin(printer):
                    return False
            else:
                printer.newPage()
            target = painter.viewport()
            dpi = printer.resolution()
            pixels = QSize(int(size.width() / 72 * dpi), int(size.height() / 72 * dpi))
            image = self.document.render(page, pixels)
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
        painter.end()
        return True
