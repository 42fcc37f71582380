"""Tệp đính kèm of a document: add by dialog or drag and drop, open, take off."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.errors import GiamsatError
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text


class AttachmentsDialog(QDialog):
    """The files of one document; every change is saved at once."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        kind: str,
        document_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tệp đính kèm — {title}").format(title=title))
        self.resize(620, 380)
        self.setAcceptDrops(True)
        self._context = context
        self._runner = runner
        self._kind = kind
        self._document_id = document_id
        self.changes: list[Changes] = []
        self.files = QListWidget()
        self.files.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.message = QLabel(self.tr("Kéo thả tệp vào đây, hoặc bấm “Thêm tệp…”."))
        self.message.setWordWrap(True)
        add = QPushButton(self.tr("Thêm tệp…"))
        add.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Gỡ khỏi văn bản"))
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in (add, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        """Read the list of files again."""
        factory, kind, key = self._context.factory, self._kind, self._document_id
        self._runner.query(
            lambda _c: attachments.list_attachments(factory, kind, key), on_done=self._show
        )

    def _show(self, files: list[attachments.AttachedFile]) -> None:
        self.files.clear()
        for attached in files:
            size = format_number(max(1, round(attached.size / 1024)))
            item = QListWidgetItem(f"{attached.file_name}  ({size} KB)")
            item.setData(256, attached)
            self.files.addItem(item)

    def add_files(self, paths: list[Path]) -> None:
        """Copy the files into the data folder and attach them (all or none)."""
        if not paths:
            return
        context, kind, key = self._context, self._kind, self._document_id
        self._runner.command(
            lambda _c: attachments.attach_files(
                context.factory, context.actor, context.data_folder, kind, key, paths
            ),
            on_done=self._added,
            on_error=lambda exc: self.message.setText(error_text(exc)),
            parent=self,
            progress_label=self.tr("Đang sao chép tệp…"),
        )

    def _added(self, result: tuple[list[attachments.AttachedFile], Changes]) -> None:
        added, changes = result
        self.changes.append(changes)
        self.message.setText(self.tr("Đã đính kèm {count} tệp.").format(count=len(added)))
        self.reload()

    def choose_files(self) -> None:
        """Pick files with the system's dialog."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn tệp đính kèm"),
            "",
            self.tr(
                "Văn bản, ảnh quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx "
                "*.xls *.xlsx *.odt);;Mọi tệp (*)"
            ),
        )
        self.add_files([Path(name) for name in names])

    def _selected(self) -> attachments.AttachedFile | None:
        item = self.files.currentItem()
        return item.data(256) if item is not None else None

    def open_selected(self) -> Path | None:
        """Open a copy with the system's viewer (the stored file is never changed)."""
        attached = self._selected()
        if attached is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="giamsat-"))
        context = self._context
        try:
            copy = attachments.export_copy(context.factory, context.data_folder, attached, folder)
        except (GiamsatError, OSError) as exc:
            self.message.setText(error_text(exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def remove_selected(self) -> None:
        """Take the selected file off the document."""
        attached = self._selected()
        if attached is None:
            return
        context, kind, key = self._context, self._kind, self._document_id
        self._runner.command(
            lambda _c: attachments.detach(
                context.factory, context.actor, kind, key, attached.link_id
            ),
            on_done=lambda changes: (self.changes.append(changes), self.reload()),
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept files dragged from Explorer."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Attach the dropped files."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()
