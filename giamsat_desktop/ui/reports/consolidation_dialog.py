"""Báo cáo → Tổng hợp từ đơn vị cấp dưới: the books of the offices under this one, added up.

The clerk drops the books on the dialog (or chooses them with Thêm sổ…); each is read in the
background and listed with its office, its kind, its period and its state. A book with
problems lists them, each naming the file, the sheet and the cell; the clerk fixes the file
in Excel and clicks Đọc lại for that book alone. When every book is sound, the tab Bảng tổng
hợp shows the consolidated tables and Ghi sổ tổng hợp… writes them. Lập sổ trắng… makes a
blank book for an office that does not use the program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.summary_books import ReadBook
from giamsat_desktop.domain.text import fold
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.consolidation.consolidate import (
    consolidated_tables,
    cross_checked,
    read_books,
    write_consolidation,
)
from giamsat_desktop.services.statistics.blank_book import export_blank_book
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text, said
from giamsat_desktop.ui.common.file_choice import open_paths, save_path
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.reports.table_tab import TableTab

_EXCEL = ".xlsx"


def _slug(text: str) -> str:
    """"6 tháng đầu năm 2026" → "6-thang-dau-nam-2026", for a file name."""
    words = "".join(c if c.isalnum() else "-" for c in fold(text))
    return "-".join(part for part in words.split("-") if part)


class ConsolidationDialog(QDialog):
    """The books read, their problems, the consolidated tables, and the buttons."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Settings,
        period: Period,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._runner, self._settings = context, runner, settings
        self.period = period
        self.books: list[ReadBook] = []
        """Each book as read on its own, in the order added."""
        self.checked: list[ReadBook] = []
        """The same books, checked beside each other (their conflicts)."""
        self.setWindowTitle(self.tr("Tổng hợp từ đơn vị cấp dưới"))
        self.setAcceptDrops(True)

        heading = QLabel(
            self.tr(
                "Tổng hợp sổ thống kê {period} (từ {start} đến {end}) của các đơn vị cấp "
                "dưới. Kéo thả các sổ Excel vào đây, hoặc bấm Thêm sổ…"
            ).format(
                period=period.title, start=format_date(period.start), end=format_date(period.end)
            )
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("consolidationBooks")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tệp"), self.tr("Đơn vị"), self.tr("Loại sổ"), self.tr("Kỳ"),
             self.tr("Tình trạng")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems = QListWidget()
        self.problems.setObjectName("consolidationProblems")
        self.problems.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("consolidationSummary")
        self.summary.setWordWrap(True)

        books_tab = QWidget()
        books_layout = QVBoxLayout(books_tab)
        books_layout.addWidget(self.table, 3)
        books_layout.addWidget(QLabel(self.tr("Lỗi của sổ đang chọn (hoặc của mọi sổ):")))
        books_layout.addWidget(self.problems, 2)
        self.tables = QTabWidget()
        self.tables.setObjectName("consolidationTables")
        self.table_tabs: dict[str, TableTab] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(books_tab, self.tr("Sổ đã đọc"))
        self.tabs.addTab(self.tables, self.tr("Bảng tổng hợp"))

        self.add_button = QPushButton(self.tr("&Thêm sổ…"))
        self.reread_button = QPushButton(self.tr("Đọc &lại"))
        self.reread_button.setToolTip(self.tr("Đọc lại sổ đang chọn sau khi đã sửa tệp."))
        self.remove_button = QPushButton(self.tr("&Bỏ sổ"))
        self.blank_button = QPushButton(self.tr("Lập sổ &trắng…"))
        self.blank_button.setToolTip(
            self.tr("Sổ trống cho một đơn vị không dùng chương trình tự điền rồi gửi lại.")
        )
        self.write_button = QPushButton(self.tr("&Ghi sổ tổng hợp…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reread_button, self.remove_button, self.blank_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.choose_books)
        self.reread_button.clicked.connect(self.reread_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.blank_button.clicked.connect(self.make_blank)
        self.write_button.clicked.connect(self.write_book)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._show_problems)
        self.resize(1100, 620)
        self._refresh()

    # ----- adding and reading books -------------------------------------------------------

    def choose_books(self) -> None:
        """Thêm sổ…: one or more books chosen in a file dialog."""
        paths = open_paths(
            self, self._settings, self.tr("Chọn sổ thống kê của đơn vị cấp dưới"),
            self.tr("Sổ tính Excel (*.xlsx)"),
        )  # fmt: skip
        self.add_books(paths)

    def add_books(self, paths: list[Path]) -> None:
        """Read ``paths`` in the background and list them (a book already listed is read again)."""
        if not paths:
            return

        def read(_control: object) -> list[ReadBook]:
            return read_books(paths)

        self._runner.query(
            read,
            on_done=self._added,
            on_error=self._failed,
            parent=self,
            progress_label=self.tr("Đang đọc các sổ…"),
        )

    def _added(self, found: list[ReadBook]) -> None:
        for book in found:
            same = [n for n, old in enumerate(self.books) if Path(old.path) == Path(book.path)]
            if same:
                self.books[same[0]] = book
            else:
                self.books.append(book)
        self._refresh()
        if found:
            self.table.selectRow(self._row_of(found[-1]))

    def reread_selected(self) -> None:
        """Đọc lại: the chosen book alone, after the clerk fixed its file."""
        row = self._selected_row()
        if row is not None:
            self.add_books([Path(self.books[row].path)])

    def remove_selected(self) -> None:
        """Bỏ sổ: leave the chosen book out."""
        row = self._selected_row()
        if row is not None:
            del self.books[row]
            self._refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept Excel files dragged from the file manager."""
        if any(url.toLocalFile().lower().endswith(_EXCEL) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Read the Excel files dropped."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()]
        self.add_books([path for path in paths if path.suffix.lower() == _EXCEL])
        event.acceptProposedAction()

    # ----- showing -------------------------------------------------------------------------

    def _row_of(self, book: ReadBook) -> int:
        return next(n for n, old in enumerate(self.books) if old.path == book.path)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _refresh(self) -> None:
        """Check the books beside each other, list them, and show the tables if all are sound."""
        chosen = self._selected_row()
        self.checked = cross_checked(self.books, (self.period.start, self.period.end))
        self.table.setRowCount(len(self.checked))
        for row, book in enumerate(self.checked):
            meta = book.meta
            count = len(book.all_problems)
            cells = [
                book.file,
                meta.office_name if meta is not None else "",
                label(meta.kind) if meta is not None else "",
                meta.period_title if meta is not None else "",
                self.tr("Đạt") if book.ok else self.tr("{count} lỗi").format(count=count),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(book.path if column == 0 else text)
                if column == 4 and not book.ok:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        if chosen is not None and chosen < len(self.checked):
            self.table.selectRow(chosen)
        sound = bool(self.checked) and all(book.ok for book in self.checked)
        wrong = sum(len(book.all_problems) for book in self.checked)
        if not self.checked:
            self.summary.setText(self.tr("Chưa có sổ nào."))
        elif sound:
            self.summary.setText(
                self.tr("{count} sổ đạt: xem Bảng tổng hợp, rồi Ghi sổ tổng hợp…").format(
                    count=len(self.checked)
                )
            )
        else:
            self.summary.setText(
                self.tr("{wrong} lỗi trong các sổ: sửa tệp rồi bấm Đọc lại.").format(wrong=wrong)
            )
        self.write_button.setEnabled(sound)
        has_row = self._selected_row() is not None
        self.reread_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)
        self.tabs.setTabEnabled(1, sound)
        if sound:
            self._show_tables()
        self._show_problems()

    def _show_problems(self) -> None:
        row = self._selected_row()
        shown = self.checked if row is None or row >= len(self.checked) else [self.checked[row]]
        self.problems.clear()
        for book in shown:
            for problem in book.all_problems:
                self.problems.addItem(said(problem))
        has_row = row is not None
        self.reread_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)

    def _show_tables(self) -> None:
        for table in consolidated_tables(self.checked):
            tab = self.table_tabs.get(table.key)
            if tab is None:
                tab = TableTab()
                self.table_tabs[table.key] = tab
                self.tables.addTab(tab, table.sheet)
            tab.show_table(table)

    # ----- writing -------------------------------------------------------------------------

    def write_book(self) -> None:
        """Ghi sổ tổng hợp…: ask where, then read, check and write every book again."""
        target = save_path(
            self, self._settings, self.tr("Ghi sổ tổng hợp"),
            f"tong-hop-{_slug(self.period.title)}.xlsx", self.tr("Sổ tính Excel (*.xlsx)"),
            _EXCEL,
        )  # fmt: skip
        if target is None:
            return
        factory, period = self._context.factory, self.period
        paths = [Path(book.path) for book in self.books]
        self._runner.query(
            lambda _c: write_consolidation(factory, paths, target, period=period),
            on_done=lambda _books: QMessageBox.information(
                self, self.tr("Tổng hợp"), self.tr("Đã ghi {path}.").format(path=target)
            ),
            on_error=self._failed_write,
            parent=self,
            progress_label=self.tr("Đang ghi sổ tổng hợp…"),
        )

    def _failed_write(self, exc: BaseException) -> None:
        """A book changed on disk since it was read: show its problems again."""
        self._failed(exc)
        self.add_books([Path(book.path) for book in self.books])

    def make_blank(self) -> None:
        """Lập sổ trắng…: the office's name, then where to save its blank book."""
        name, given = QInputDialog.getText(
            self, self.tr("Lập sổ trắng"),
            self.tr("Tên đầy đủ của đơn vị nhận sổ (ví dụ “Ủy ban MTTQ Việt Nam xã Mỹ An”):"),
        )  # fmt: skip
        name = " ".join(name.split())
        if not given or not name:
            return
        target = save_path(
            self, self._settings, self.tr("Ghi sổ trắng"),
            f"so-trang-{_slug(name)}-{_slug(self.period.title)}.xlsx",
            self.tr("Sổ tính Excel (*.xlsx)"), _EXCEL,
        )  # fmt: skip
        if target is None:
            return
        factory, period = self._context.factory, self.period
        self._runner.query(
            lambda _c: export_blank_book(factory, target, period, name),
            on_done=lambda _uid: QMessageBox.information(
                self,
                self.tr("Sổ trắng"),
                self.tr("Đã ghi {path}. Gửi sổ cho {office} điền rồi gửi lại.").format(
                    path=target, office=name
                ),
            ),
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Tổng hợp"), error_text(exc))

