"""A printed form shown inside the program: pages, zoom, Print and Save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.errors import GiamsatError
from giamsat_desktop.services.files.output_files import write_output
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.file_choice import save_path
from giamsat_desktop.ui.common.pdf_printing import PrintRefused, pages_to_print, print_pdf

SCREEN_SHARE = 0.9
"""The largest part of the screen's free area the preview takes."""
ZOOM_STEP = 1.25


class PdfPreviewDialog(QDialog):
    """Shows the PDF as it will print; the clerk leafs through it, prints it or saves it.

    Args:
        pdf: The document's bytes.
        title: The window's title (what the document is).
        file_name: The name proposed when saving (and the print job's name).
        parent: The page that asked for the preview.
        settings: This PC's settings, for the folder the last file was saved in.
        runner: Where the printing runs, off the window's thread (the dialog's own if None).
    """

    printed = Signal(int)
    """After a print run: the number of pages sent to the printer (0 when cancelled)."""
    saved = Signal(object)
    """After a save: the ``Path`` written."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self._title = title
        self._file_name = file_name
        self._settings = settings if settings is not None else Settings.load()
        self._runner = runner if runner is not None else TaskRunner(self)
        self._printing: QPrinter | None = None
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.page_count = self.document.pageCount()
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.navigator = self.view.pageNavigator()

        self.previous_button = self._button(self.tr("Trang trước"), self.previous_page)
        self.previous_button.setToolTip(self.tr("Trang trước (PgUp)"))
        self.next_button = self._button(self.tr("Trang sau"), self.next_page)
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the pages
        self.next_button.setToolTip(self.tr("Trang sau (PgDn); Home, End: trang đầu, trang cuối"))
        self.page_label = QLabel()
        self.fit_width_button = self._zoom_button(
            self.tr("Vừa chiều rộng"), QPdfView.ZoomMode.FitToWidth
        )
        self.fit_page_button = self._zoom_button(self.tr("Vừa trang"), QPdfView.ZoomMode.FitInView)
        self.actual_size_button = self._zoom_button(self.tr("100 %"), QPdfView.ZoomMode.Custom)
        self.actual_size_button.setToolTip(
            self.tr("Cỡ thật (Ctrl+0); phóng to Ctrl++, thu nhỏ Ctrl+-")
        )
        self.zoom_buttons = QButtonGroup(self)
        for button in (self.fit_width_button, self.fit_page_button, self.actual_size_button):
            self.zoom_buttons.addButton(button)
        self.print_button = self._button(self.tr("In… (Ctrl+P)"), self.print_document)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = self._button(self.tr("Lưu tệp PDF… (Ctrl+S)"), self.save_document)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.close_button = self._button(self.tr("Đóng (Esc)"), self.reject)

        pages_row = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.page_label):
            pages_row.addWidget(widget)
        pages_row.addStretch(1)
        for button in (self.fit_width_button, self.fit_page_button, self.actual_size_button):
            pages_row.addWidget(button)
        actions_row = QHBoxLayout()
        actions_row.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            actions_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(pages_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions_row)

        keys: dict[QKeySequence | QKeySequence.StandardKey, Callable[[], object]] = {
            QKeySequence(Qt.Key.Key_PageUp): self.previous_page,
            QKeySequence(Qt.Key.Key_PageDown): self.next_page,
            QKeySequence(Qt.Key.Key_Home): self.first_page,
            QKeySequence(Qt.Key.Key_End): self.last_page,
            QKeySequence.StandardKey.ZoomIn: lambda: self.zoom_by(ZOOM_STEP),
            QKeySequence("Ctrl+="): lambda: self.zoom_by(ZOOM_STEP),
            QKeySequence.StandardKey.ZoomOut: lambda: self.zoom_by(1 / ZOOM_STEP),
            QKeySequence("Ctrl+0"): self.actual_size_button.click,
        }
        for key, action in keys.items():
            QShortcut(key, self, action)
        self.navigator.currentPageChanged.connect(self._show_page_number)
        self.fit_width_button.click()
        self._show_page_number(0)
        self._fit_screen()

    # ----- building ----------------------------------------------------------------

    def _button(self, text: str, action: Callable[[], object]) -> QPushButton:
        """A button that never takes Enter for itself (Enter must not print by accident)."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setDefault(False)
        button.clicked.connect(lambda: action())
        return button

    def _zoom_button(self, text: str, mode: QPdfView.ZoomMode) -> QPushButton:
        button = self._button(text, lambda: self.set_zoom(mode))
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the pages
        return button

    def _fit_screen(self) -> None:
        """At most nine tenths of the free screen, landscape registers as wide as that allows."""
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        screen = (window.screen() if window is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        area = screen.availableGeometry()
        width = min(int(area.width() * SCREEN_SHARE), 1280)
        height = int(area.height() * SCREEN_SHARE)
        self.resize(max(width, self.minimumSizeHint().width()), height)
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The pages take the keys first (arrows scroll), not the first button."""
        super().showEvent(event)
        self.view.setFocus()

    # ----- pages and zoom ----------------------------------------------------------

    def current_page(self) -> int:
        """The page shown (from 0)."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        """Show the top of a page (from 0), kept within the document."""
        if self.page_count == 0:
            return
        page = min(max(page, 0), self.page_count - 1)
        zoom = self.navigator.currentZoom()
        if page == 0:
            self.view.verticalScrollBar().setValue(0)
        elif page == self.navigator.currentPage():
            # The view scrolls when the page changes: to show the top of the page shown
            # (after a zoom, or when scrolled into it) pass by the page before it.
            self.navigator.update(page - 1, QPointF(), zoom)
        self.navigator.jump(page, QPointF(), zoom)
        self._show_page_number(page)

    def previous_page(self) -> None:
        """PgUp."""
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        """PgDn."""
        self.go_to_page(self.current_page() + 1)

    def first_page(self) -> None:
        """Home."""
        self.go_to_page(0)

    def last_page(self) -> None:
        """End."""
        self.go_to_page(self.page_count - 1)

    def _show_page_number(self, page: int) -> None:
        count = self.page_count
        self.page_label.setText(self.tr("Trang {n} / {count}").format(n=page + 1, count=count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    def set_zoom(self, mode: QPdfView.ZoomMode) -> None:
        """Fit the width, fit the page, or show it at its real size (Custom means 100 %)."""
        page = self.current_page()
        self.view.setZoomMode(mode)
        if mode is QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)
        button = {
            QPdfView.ZoomMode.FitToWidth: self.fit_width_button,
            QPdfView.ZoomMode.FitInView: self.fit_page_button,
            QPdfView.ZoomMode.Custom: self.actual_size_button,
        }[mode]
        button.setChecked(True)
        self._stay_on(page)

    def _stay_on(self, page: int) -> None:
        """After a zoom, show the same page again once the view has laid the pages out anew."""
        QTimer.singleShot(0, self, lambda: self.go_to_page(page))

    def shown_zoom(self) -> float:
        """The zoom factor on screen, also when the page is fitted to the width or the view."""
        mode = self.view.zoomMode()
        if mode is QPdfView.ZoomMode.Custom or self.page_count == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        points = self.document.pagePointSize(self.current_page())
        pixels_per_point = self.view.logicalDpiX() / 72
        across = (viewport.width() - margins.left() - margins.right()) / (
            points.width() * pixels_per_point
        )
        if mode is QPdfView.ZoomMode.FitToWidth:
            return max(across, 0.1)
        down = (viewport.height() - margins.top() - margins.bottom()) / (
            points.height() * pixels_per_point
        )
        return max(min(across, down), 0.1)

    def zoom_by(self, factor: float) -> None:
        """Ctrl++ and Ctrl+-: larger or smaller than what is shown now."""
        page = self.current_page()
        shown = self.shown_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(shown * factor, 0.1), 8.0))
        self.zoom_buttons.setExclusive(False)
        for button in self.zoom_buttons.buttons():
            button.setChecked(False)
        self.zoom_buttons.setExclusive(True)
        self._stay_on(page)

    # ----- saving ------------------------------------------------------------------

    def save_document(self) -> Path | None:
        """Ask where, then write the PDF (to send or keep); the path written, or None."""
        target = save_path(
            self,
            self._settings,
            self.tr("Lưu tệp PDF"),
            self._file_name,
            self.tr("Tệp PDF (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return None
        try:
            write_output(target, self.pdf)
        except (GiamsatError, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Lưu tệp PDF"),
                self.tr("Không ghi được tệp {path}.\n{reason}").format(
                    path=target, reason=error_text(exc)
                ),
            )
            return None
        self.saved.emit(target)
        return target

    # ----- printing ----------------------------------------------------------------

    def print_document(self) -> None:
        """Ask which printer, pages and copies, then print in the background."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self._file_name).stem or self._title)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In {title}").format(title=self._title))
        dialog.setMinMax(1, max(self.page_count, 1))
        dialog.setFromTo(1, max(self.page_count, 1))
        for option in (
            QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
            QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage,
            QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies,
            QAbstractPrintDialog.PrintDialogOption.PrintToFile,
        ):
            dialog.setOption(option, True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the pages ``printer`` was set up for (range, copies, order) on a worker."""
        pages = pages_to_print(printer, self.page_count, self.current_page())
        if not pages:
            return
        pdf = self.pdf
        self._printing = printer  # alive until the worker is done with it
        self.print_button.setEnabled(False)  # one print run at a time
        self._runner.query(
            lambda control: print_pdf(pdf, printer, pages, control),
            on_done=self._print_done,
            on_error=self._print_failed,
            parent=self,
            progress_label=self.tr("Đang in…"),
        )

    def _print_done(self, count: int) -> None:
        self._printing = None
        self.print_button.setEnabled(True)
        self.printed.emit(count)

    def _print_failed(self, exc: BaseException) -> None:
        self._printing = None
        self.print_button.setEnabled(True)
        if isinstance(exc, PrintRefused) and exc.file_name:
            text = self.tr("Không ghi được tệp {path}.").format(path=exc.file_name)
        elif isinstance(exc, PrintRefused):
            text = self.tr(
                "Máy in {name} không nhận lệnh in. Hãy xem máy in đã bật và đã nối với máy tính."
            ).format(name=exc.printer_name)
        else:
            text = error_text(exc)
        QMessageBox.warning(self, self.tr("Không in được"), text)
