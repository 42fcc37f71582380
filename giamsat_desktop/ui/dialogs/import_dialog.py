"""Nhập sổ văn bản đến từ Excel: choose, map the columns, preview, then import all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.services import (
    backup,
    excel_fields,
    excel_headers,
    excel_import,
    excel_reading,
    excel_workbooks,
)
from giamsat_desktop.services.changes import Area, Changes
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.error_text import error_text
from giamsat_desktop.ui.models.record_table_model import Column, RecordTableModel
from giamsat_desktop.ui.tasks import TaskControl, TaskRunner

PREVIEW_ROWS = 300


class ImportDialog(QDialog):
    """Nothing is written until the clerk confirms; the import is one transaction."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập sổ văn bản đến từ Excel"))
        self.resize(1100, 720)
        self._context = context
        self._runner = runner
        self.parsed: excel_fields.ParsedSheet | None = None
        self.layout_found: excel_fields.SheetLayout | None = None
        self.changes = Changes.of(Area.INCOMING)
        self.result: excel_import.ImportResult | None = None

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("Chọn tệp…"))
        choose.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(lambda _i: self._detect())
        self.own_book = QCheckBox(self.tr("Nhập vào sổ riêng (sổ của đơn vị cũ) tên là:"))
        self.book_name = QLineEdit()
        self.book_name.setEnabled(False)
        self.book_name.setPlaceholderText(self.tr("Ví dụ: Sổ văn bản đến xã Tân Hòa (cũ)"))
        self.own_book.toggled.connect(self.book_name.setEnabled)
        self.mapping_box = QGroupBox(self.tr("Cột trong tệp ứng với cột của sổ"))
        self.mapping = QGridLayout(self.mapping_box)
        self.combos: dict[excel_fields.ImportField, QComboBox] = {}
        reread = QPushButton(self.tr("Đọc lại theo cột đã chọn"))
        reread.clicked.connect(self.parse)
        self.preview_model: RecordTableModel[Any] = RecordTableModel(
            [
                Column(self.tr("Dòng"), lambda r: str(r.row_number), lambda r: r.row_number),
                Column(self.tr("Số đến"), lambda r: r.arrival_number_text),
                Column(self.tr("Ngày đến"), lambda r: format_date(r.draft.arrival_date)),
                Column(self.tr("Tác giả"), lambda r: r.draft.issuer),
                Column(self.tr("Số, ký hiệu"), lambda r: r.draft.symbol),
                Column(self.tr("Ngày tháng"), lambda r: format_date(r.draft.doc_date)),
                Column(self.tr("Trích yếu"), lambda r: r.draft.subject.replace("\n", " ")),
                Column(self.tr("Đã sửa"), lambda r: "; ".join(r.warnings)),
            ],
            is_active=lambda r: True,
        )
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Nhập"))
        self.import_button.clicked.connect(lambda: self.start_import(skip_bad_rows=False))
        self.import_good_button = QPushButton(self.tr("Chỉ nhập các dòng hợp lệ"))
        self.import_good_button.clicked.connect(lambda: self.start_import(skip_bad_rows=True))
        cancel = QPushButton(self.tr("Hủy"))
        cancel.clicked.connect(self.reject)

        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        top.addRow(self.tr("Tệp Excel:"), file_row)
        top.addRow(self.tr("Trang tính:"), self.sheet)
        book_row = QHBoxLayout()
        book_row.addWidget(self.own_book)
        book_row.addWidget(self.book_name, 1)
        top.addRow("", book_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.import_button, self.import_good_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(reread)
        layout.addWidget(QLabel(self.tr("Xem trước:")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(self.tr("Dòng không đọc được:")))
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ----- steps --------------------------------------------------------------------

    def choose_file(self, path: str | None = None) -> None:
        """Pick the workbook (.xlsx, or .xls of Excel 97–2003) and list its sheets."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn tệp Excel"), "", self.tr("Sổ tính Excel (*.xlsx *.xls)")
            )
            if not path:
                return
        self.path.setText(path)
        self._runner.query(
            lambda _c: excel_workbooks.list_sheets(Path(path)),
            on_done=self._show_sheets,
            on_error=self._failed,
        )

    def _show_sheets(self, sheets: list[excel_fields.SheetInfo]) -> None:
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
        if not sheet:
            return
        path = Path(self.path.text())
        self._runner.query(
            lambda _c: excel_headers.detect_layout(path, sheet),
            on_done=self._show_layout,
            on_error=self._failed,
        )

    def _show_layout(self, found: excel_fields.SheetLayout) -> None:
        self.layout_found = found
        while self.mapping.count():
            item = self.mapping.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        for position, field in enumerate(excel_fields.ImportField):
            combo = QComboBox()
            combo.addItem(self.tr("(không có)"), None)
            for index, header in enumerate(found.headers):
                letter = _column_letter(index)
                combo.addItem(f"{letter}: {header.strip()}"[:60] if header else letter, index)
            if field in found.columns:
                combo.setCurrentIndex(combo.findData(found.columns[field]))
            self.combos[field] = combo
            row, column = divmod(position, 2)
            self.mapping.addWidget(QLabel(field.label), row, column * 2)
            self.mapping.addWidget(combo, row, column * 2 + 1)
        self.parse()

    def current_layout(self) -> excel_fields.SheetLayout | None:
        """The proposed layout with the clerk's changes to the mapping."""
        if self.layout_found is None:
            return None
        columns = {
            field: combo.currentData()
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }
        return excel_fields.SheetLayout(
            header_row=self.layout_found.header_row,
            columns=columns,
            headers=self.layout_found.headers,
        )

    def parse(self) -> None:
        """Read every row with the mapping in force (nothing is written)."""
        layout = self.current_layout()
        sheet = self.sheet.currentData()
        if layout is None or not sheet:
            return
        path = Path(self.path.text())

        def read(control: TaskControl) -> excel_fields.ParsedSheet:
            return excel_reading.parse_rows(
                path, sheet, layout, progress=control.report, cancelled=control.is_cancelled
            )

        self._runner.query(
            read,
            on_done=self._show_parsed,
            on_error=self._failed,
            parent=self,
            progress_label=self.tr("Đang đọc tệp Excel…"),
        )

    def _show_parsed(self, parsed: excel_fields.ParsedSheet) -> None:
        self.parsed = parsed
        self.preview_model.set_records(parsed.rows[:PREVIEW_ROWS])
        self.preview.resizeColumnsToContents()
        self.problems.clear()
        for problem in parsed.problems:
            self.problems.addItem(
                self.tr("Dòng {row}: {reason}").format(
                    row=problem.row_number, reason=problem.reason
                )
            )
        self.summary.setText(
            self.tr("{good} dòng đọc được, {bad} dòng lỗi, {blank} dòng trống bỏ qua.").format(
                good=format_number(len(parsed.rows)),
                bad=format_number(len({p.row_number for p in parsed.problems})),
                blank=format_number(parsed.skipped_blank),
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        parsed = self.parsed
        rows = bool(parsed and parsed.rows)
        self.import_button.setEnabled(rows and parsed is not None and not parsed.problems)
        self.import_good_button.setEnabled(rows and parsed is not None and bool(parsed.problems))

    def start_import(self, *, skip_bad_rows: bool) -> None:
        """Write the rows in one transaction; with bad rows only if the clerk said so."""
        parsed = self.parsed
        if parsed is None:
            return
        context = self._context
        book = self.book_name.text() if self.own_book.isChecked() else None
        source = Path(self.path.text()).name

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
                self.tr("Dòng {row}: {reason}").format(
                    row=problem.row_number, reason=problem.reason
                )
            )
        self._failed(exc)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
