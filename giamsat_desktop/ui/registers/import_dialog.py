"""Nhập sổ văn bản đến từ Excel: choose, map the columns, preview, then import all or nothing.

The workbook is named by "Chọn tệp…", by a path pasted or typed in the field (Enter or
leaving the field reads it), or by dropping the file on the dialog. Everything is read on a
background worker; nothing is written until the clerk presses an import button.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.excel import fields as excel_fields
from giamsat_desktop.services.excel import headers as excel_headers
from giamsat_desktop.services.excel import reading as excel_reading
from giamsat_desktop.services.excel import workbooks as excel_workbooks
from giamsat_desktop.services.registers import excel_import
from giamsat_desktop.services.safety import backup
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.dropped_files import excel_files, is_excel, local_files, typed_path
from giamsat_desktop.ui.common.error_text import error_text, said
from giamsat_desktop.ui.common.file_choice import open_path
from giamsat_desktop.ui.common.record_table_model import RecordTableModel
from giamsat_desktop.ui.registers.import_mapping import ColumnMapping
from giamsat_desktop.ui.registers.import_preview import preview_model

PREVIEW_ROWS = 300
ERROR_STYLE = "color: #b00020;"


class ImportDialog(QDialog):
    """Nothing is written until the clerk confirms; the import is one transaction."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập sổ văn bản đến từ Excel"))
        # Wide enough for the preview, low enough for a 1366×768 screen with its taskbar.
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(720, screen.height() - 50))
        self.setAcceptDrops(True)
        self._context = context
        self._runner = runner
        self._settings = settings if settings is not None else Settings.load()
        self.source: Path | None = None
        """The workbook being read (what the field says once it was read)."""
        self._closed = False
        self.parsed: excel_fields.ParsedSheet | None = None
        self.layout_found: excel_fields.SheetLayout | None = None
        self.changes = Changes.of(Area.INCOMING)
        self.result: excel_import.ImportResult | None = None

        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(
            self.tr("Dán hoặc gõ đường dẫn tệp rồi nhấn Enter, hoặc kéo tệp Excel vào đây")
        )
        self.path.setClearButtonEnabled(True)
        self.path.setAcceptDrops(False)  # a dropped file goes to the dialog, not into the text
        self.path.editingFinished.connect(self.read_typed_path)
        self.path_message = QLabel()
        self.path_message.setObjectName("importPathMessage")
        self.path_message.setStyleSheet(ERROR_STYLE)
        self.path_message.setWordWrap(True)
        self.path_message.setVisible(False)
        self.choose_button = QPushButton(self.tr("Chọn tệp…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(lambda _i: self._detect())
        self.own_book = QCheckBox(self.tr("Nhập vào sổ riêng (sổ của đơn vị cũ) tên là:"))
        self.book_name = QLineEdit()
        self.book_name.setEnabled(False)
        self.book_name.setPlaceholderText(self.tr("Ví dụ: Sổ văn bản đến xã Tân Hòa (cũ)"))
        self.own_book.toggled.connect(self.book_name.setEnabled)
        self.mapping_box = ColumnMapping()
        self.keep_other_columns = QCheckBox(
            self.tr("Ghi các cột không ứng với cột nào của sổ vào Ghi chú")
        )
        self.keep_other_columns.setChecked(True)
        self.keep_other_columns.toggled.connect(lambda _on: self.parse())
        self.other_columns = QLabel()
        self.other_columns.setObjectName("importOtherColumns")
        self.other_columns.setWordWrap(True)
        self.other_columns.setVisible(False)
        self.reread_button = QPushButton(self.tr("Đọc lại theo cột đã chọn"))
        self.reread_button.clicked.connect(self.parse)
        self.preview_model: RecordTableModel[excel_fields.ParsedRow] = preview_model()
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Nhập"))
        self.import_button.clicked.connect(self.import_all)
        self.import_good_button = QPushButton(self.tr("Chỉ nhập các dòng hợp lệ"))
        self.import_good_button.clicked.connect(self.import_good_rows)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (
            self.choose_button,
            self.reread_button,
            self.import_button,
            self.import_good_button,
            self.cancel_button,
        ):
            # Enter in the path field reads the path; it must not also press a button.
            button.setAutoDefault(False)

        top = QFormLayout()
        file_box = QVBoxLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        file_box.addLayout(file_row)
        file_box.addWidget(self.path_message)  # under the field, shown only with a problem
        top.addRow(self.tr("Tệp Excel:"), file_box)
        top.addRow(self.tr("Trang tính:"), self.sheet)
        book_row = QHBoxLayout()
        book_row.addWidget(self.own_book)
        book_row.addWidget(self.book_name, 1)
        top.addRow("", book_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.import_button, self.import_good_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        others = QHBoxLayout()
        others.addWidget(self.keep_other_columns)
        others.addWidget(self.other_columns, 1)
        layout.addLayout(others)
        layout.addWidget(self.reread_button)
        layout.addWidget(QLabel(self.tr("Xem trước:")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(self.tr("Dòng không đọc được:")))
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ----- the file -----------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        """Ask for the workbook (.xlsx, or .xls of Excel 97–2003), then read it.

        The file dialog opens in the folder used last on this PC, and remembers the new one.
        """
        path = open_path(
            self, self._settings, self.tr("Chọn tệp Excel"), self.tr("Sổ tính Excel (*.xlsx *.xls)")
        )
        if path is not None:
            self.read_file(path)

    @Slot()
    def read_typed_path(self) -> None:
        """Read the path pasted or typed in the field (quotes around it are taken off)."""
        text = typed_path(self.path.text())
        if not text:
            self._forget_file()
            self._say_about_path("")
            return
        path = Path(text)
        if path == self.source:
            self.path.setText(str(path))
            return  # already read; leaving the field again does not read it twice
        self.read_file(path)

    def read_file(self, path: Path) -> None:
        """Check the named file, then list its sheets and read the first, on a worker.

        A file that is not there, is a folder, or is not a workbook is said next to the field
        (the look at the disk is on the worker too: a network drive may be slow to answer).
        """
        if self._closed:
            return  # the field lost its focus as the dialog closed
        self.path.setText(str(path))
        self._forget_file()
        if not is_excel(path):
            self._say_about_path(
                self.tr(
                    "Tệp “{name}” không phải tệp Excel: chỉ nhập được tệp .xlsx hoặc .xls."
                ).format(name=path.name)
            )
            return
        self._say_about_path("")
        self.source = path
        self._runner.query(
            lambda _c: _sheets_of(path),
            on_done=lambda sheets: self._show_sheets(path, sheets),
            on_error=lambda exc: self._unreadable(path, exc),
        )

    def _say_about_path(self, problem: str) -> None:
        self.path_message.setText(problem)
        self.path_message.setVisible(bool(problem))

    def _forget_file(self) -> None:
        """Clear what an earlier file showed, so its rows cannot be imported by mistake."""
        self.source = None
        self.parsed = None
        self.layout_found = None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.blockSignals(False)
        self.mapping_box.clear_fields()
        self._say_other_columns(None)
        self.preview_model.set_records([])
        self.problems.clear()
        self.summary.clear()
        self._update_buttons()

    def _unreadable(self, path: Path, exc: BaseException) -> None:
        if path != self.source:
            return  # another file was named meanwhile
        self.source = None
        if isinstance(exc, FileNotFoundError):
            problem = self.tr("Không tìm thấy tệp “{path}”. Hãy xem lại đường dẫn.")
        elif isinstance(exc, IsADirectoryError):
            problem = self.tr("“{path}” là một thư mục, không phải tệp Excel.")
        else:
            problem = "{reason}"
        self._say_about_path(problem.format(path=path, reason=error_text(exc)))

    # ----- dropping a file ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Take a file from the file manager (a file of another kind is explained on drop)."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Read the dropped workbook (the first Excel file, when several are dropped)."""
        mime = event.mimeData()
        files = excel_files(mime) or local_files(mime)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.read_file(files[0])

    # ----- steps --------------------------------------------------------------------

    def _show_sheets(self, path: Path, sheets: list[excel_fields.SheetInfo]) -> None:
        if path != self.source:
            return  # another file was named meanwhile
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for info in sheets:
            self.sheet.addItem(
                self.tr("{name} ({rows} dòng)").format(name=info.name, rows=info.rows), info.name
            )
        self.sheet.blockSignals(False)
        self._detect()

    def _detect(self) -> None:
        sheet = self.sheet.currentData()
        path = self.source
        if not sheet or path is None:
            return
        self.parsed = None  # the rows read belong to the sheet shown before
        self._update_buttons()
        self._runner.query(
            lambda _c: excel_headers.detect_layout(path, sheet),
            on_done=lambda found: self._show_layout(path, sheet, found),
            on_error=self._failed,
        )

    def _show_layout(self, path: Path, sheet: str, found: excel_fields.SheetLayout) -> None:
        if path != self.source or sheet != self.sheet.currentData():
            return  # another file or sheet was chosen meanwhile
        self.layout_found = found
        self.mapping_box.show_layout(found)
        self.parse()

    @property
    def combos(self) -> dict[excel_fields.ImportField, QComboBox]:
        """The mapping's drop-down of each column of the register."""
        return self.mapping_box.combos

    def current_layout(self) -> excel_fields.SheetLayout | None:
        """The proposed layout with the clerk's changes to the mapping."""
        if self.layout_found is None:
            return None
        return excel_fields.SheetLayout(
            header_row=self.layout_found.header_row,
            columns=self.mapping_box.columns(),
            headers=self.layout_found.headers,
            keep_other_columns=self.keep_other_columns.isChecked(),
        )

    @Slot()
    def parse(self) -> None:
        """Read every row with the mapping in force (nothing is written)."""
        layout = self.current_layout()
        sheet = self.sheet.currentData()
        path = self.source
        if layout is None or not sheet or path is None:
            return

        def read(control: TaskControl) -> excel_fields.ParsedSheet:
            return excel_reading.parse_rows(
                path, sheet, layout, progress=control.report, cancelled=control.is_cancelled
            )

        self._runner.query(
            read,
            on_done=lambda parsed: self._show_parsed(path, sheet, parsed, layout),
            on_error=self._failed,
            parent=self,
            progress_label=self.tr("Đang đọc tệp Excel…"),
        )

    def _show_parsed(
        self,
        path: Path,
        sheet: str,
        parsed: excel_fields.ParsedSheet,
        layout: excel_fields.SheetLayout,
    ) -> None:
        if path != self.source or sheet != self.sheet.currentData():
            return  # another file or sheet was chosen meanwhile
        self.parsed = parsed
        self._say_other_columns(layout)
        self.preview_model.set_records(parsed.rows[:PREVIEW_ROWS])
        self.preview.resizeColumnsToContents()
        self.problems.clear()
        for problem in parsed.problems:
            self.problems.addItem(
                self.tr("Dòng {row}: {reason}").format(row=problem.row_number, reason=said(problem))
            )
        self.summary.setText(
            self.tr("{good} dòng đọc được, {bad} dòng lỗi, {blank} dòng trống bỏ qua.").format(
                good=format_number(len(parsed.rows)),
                bad=format_number(len({p.row_number for p in parsed.problems})),
                blank=format_number(parsed.skipped_blank),
            )
        )
        self._update_buttons()

    def _say_other_columns(self, layout: excel_fields.SheetLayout | None) -> None:
        """Say what becomes of the columns no field reads, as the rows shown were read."""
        others = excel_headers.note_columns(layout) if layout is not None else []
        names = ", ".join(header for _, header in others)
        if not others:
            text = ""
        elif layout is not None and layout.keep_other_columns:
            text = self.tr("Các cột sẽ ghi vào Ghi chú: {columns}").format(columns=names)
        else:
            text = self.tr("Các cột sẽ không nhập: {columns}").format(columns=names)
        self.other_columns.setText(text)
        self.other_columns.setVisible(bool(text))

    def _update_buttons(self) -> None:
        parsed = self.parsed
        rows = bool(parsed and parsed.rows)
        self.import_button.setEnabled(rows and parsed is not None and not parsed.problems)
        self.import_good_button.setEnabled(rows and parsed is not None and bool(parsed.problems))

    @Slot()
    def import_all(self) -> None:
        """The "Nhập" button: every row, when none is bad."""
        self.start_import(skip_bad_rows=False)

    @Slot()
    def import_good_rows(self) -> None:
        """The "Chỉ nhập các dòng hợp lệ" button: the rows read, less the bad ones."""
        self.start_import(skip_bad_rows=True)

    def start_import(self, *, skip_bad_rows: bool) -> None:
        """Write the rows in one transaction; with bad rows only if the clerk said so."""
        parsed = self.parsed
        if parsed is None or self.source is None:
            return
        context = self._context
        book = self.book_name.text() if self.own_book.isChecked() else None
        source = self.source.name

        def write(control: TaskControl) -> Any:
            if context.database is not None:
                backup.quick_snapshot(context.database, "truoc-nhap")
            return excel_import.import_incoming(
                context.factory,
                context.actor,
                parsed.rows,
                parsed.problems,
                book_name=book,
                skip_bad_rows=skip_bad_rows,
                source=source,
                progress=control.report,
            )

        self.import_button.setEnabled(False)
        self.import_good_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # the rows are being written
        self._runner.command(
            write,
            on_done=self._imported,
            on_error=self._import_refused,
            parent=self,
            progress_label=self.tr("Đang nhập vào sổ…"),
        )

    def _imported(self, outcome: Any) -> None:
        self.result, _problems, self.changes = outcome
        self.accept()

    def _import_refused(self, exc: BaseException) -> None:
        for problem in getattr(exc, "values", {}).get("problems", [])[
            len(self.parsed.problems) if self.parsed else 0 :
        ]:
            self.problems.addItem(
                self.tr("Dòng {row}: {reason}").format(row=problem.row_number, reason=said(problem))
            )
        self._failed(exc)
        self.cancel_button.setEnabled(True)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if not self._closed:
            self.summary.setText(error_text(exc))

    def done(self, result: int) -> None:
        """Close; a read still running is let go (its answer comes to a closed dialog)."""
        self._closed = True
        self.source = None  # the answers of reads still running are then not shown
        super().done(result)


def _sheets_of(path: Path) -> list[excel_fields.SheetInfo]:
    """The workbook's sheets; FileNotFoundError or IsADirectoryError for a wrong path."""
    if not path.exists():
        raise FileNotFoundError(path)
    if path.is_dir():
        raise IsADirectoryError(path)
    return excel_workbooks.list_sheets(path)
