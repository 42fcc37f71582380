"""Making a print or an Excel file from a page: in the background, then shown or said.

A PDF is made off the window's thread with "Đang tạo bản in…" and shown in the preview
with In… and Lưu tệp PDF…; an Excel file is written where the clerk chooses, with the
rows counted in a progress dialog whose Hủy leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.formatting import format_number
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.file_choice import save_path


def show_pdf(
    page: QWidget,
    runner: TaskRunner,
    settings: Settings,
    make: Callable[[object], bytes],
    title: str,
    file_name: str,
    shown: Callable[[QWidget], None] | None = None,
) -> None:
    """Make a PDF in the background, then show it with Print and Save.

    ``shown`` receives the preview once it is open (pages keep it for their tests).
    """
    from giamsat_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

    def opened(pdf: bytes) -> None:
        preview = PdfPreviewDialog(pdf, title, file_name, page, settings=settings, runner=runner)
        if shown is not None:
            shown(preview)
        preview.open()

    runner.query(
        make,
        on_done=opened,
        parent=page,
        progress_label=QCoreApplication.translate("RegisterPage", "Đang tạo bản in…"),
    )


def export_excel(
    page: QWidget,
    runner: TaskRunner,
    settings: Settings,
    write: Callable[[Path, Any], int],
    default_name: str,
) -> None:
    """Ask where, then write the rows to Excel in the background with progress.

    The progress dialog shows the rows written; its Hủy stops the export, leaving no
    file behind and a file already there as it was (the service writes beside it and
    replaces it only when complete).
    """
    target = save_path(
        page,
        settings,
        QCoreApplication.translate("RegisterPage", "Xuất ra Excel"),
        default_name,
        QCoreApplication.translate("RegisterPage", "Sổ tính Excel (*.xlsx)"),
        ".xlsx",
    )
    if target is None:
        return
    runner.query(
        lambda control: write(target, control),
        on_done=lambda count: QMessageBox.information(
            page,
            QCoreApplication.translate("RegisterPage", "Xuất ra Excel"),
            QCoreApplication.translate("RegisterPage", "Đã ghi {count} dòng vào {path}.").format(
                count=format_number(count), path=target
            ),
        ),
        parent=page,
        progress_label=QCoreApplication.translate("RegisterPage", "Đang ghi tệp Excel…"),
    )
