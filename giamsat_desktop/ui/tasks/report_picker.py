"""Chọn văn bản báo cáo: the incoming document in which an organisation reported a task done.

The clerk types words of its issuer, number or subject (found as the register's search
finds them, "hoi nong dan" finds Hội Nông dân) and picks the line; with no words, the
newest documents of the register are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.registers import IncomingFilter, IncomingRecord
from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers.queries import incoming_keys, incoming_rows
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.record_table_model import Column, RecordTableModel
from giamsat_desktop.ui.common.record_table_view import sorted_table

SHOWN = 200
"""Lines shown at most: the clerk narrows with more words rather than scrolls."""

ARRIVAL, NUMBER, ISSUER, SYMBOL, SUBJECT = range(5)


def _found(context: ServiceContext, words: str) -> tuple[list[IncomingRecord], int]:
    """The newest documents holding ``words`` (at most ``SHOWN``), and how many hold them."""
    keys = incoming_keys(
        context.factory, context.actor, IncomingFilter(text=words, include_cancelled=False)
    )
    return incoming_rows(context.factory, keys[:SHOWN]), len(keys)


def _arrival(record: IncomingRecord) -> object:
    return record.arrival_date


def _number(record: IncomingRecord) -> object:
    return (record.arrival_date.year, record.arrival_number)


class ReportPicker(QDialog):
    """Search the Văn bản đến register and pick one document."""

    chosen = Signal(object)
    """The ``IncomingRecord`` picked."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._serial = 0
        self.searched_for: str | None = None
        """The words of the last search shown (None before the first)."""
        self.picked: IncomingRecord | None = None
        self.setWindowTitle(self.tr("Chọn văn bản báo cáo"))
        self.resize(940, 480)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tác giả, số ký hiệu, trích yếu (ví dụ: hoi nong dan bao cao)")
        )
        self.search.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Tìm"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Văn bản đến:")))
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)

        self.model: RecordTableModel[IncomingRecord] = RecordTableModel(
            [
                Column(
                    self.tr("Ngày đến"), lambda r: format_date(r.arrival_date), _arrival
                ),
                Column(self.tr("Số đến"), lambda r: r.arrival_number_text, _number),
                Column(self.tr("Tác giả"), lambda r: r.issuer, lambda r: r.issuer),
                Column(self.tr("Số, ký hiệu"), lambda r: r.symbol, lambda r: r.symbol),
                Column(self.tr("Trích yếu"), lambda r: r.subject, lambda r: r.subject),
            ],
            is_active=lambda _r: True,
        )
        self.proxy, self.view = sorted_table(self.model, self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((ARRIVAL, 95), (NUMBER, 65), (ISSUER, 250), (SYMBOL, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)

        self.count_label = QLabel()
        self.choose_button = QPushButton(self.tr("Chọn"))
        self.choose_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Đóng"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.choose_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(350)
        self._typing.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search_button.clicked.connect(lambda: self.find())
        self.choose_button.clicked.connect(lambda: self.choose())
        self.close_button.clicked.connect(self.reject)
        self.view.doubleClicked.connect(lambda _index: self.choose())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self._update_button()
        self.find()

    def find(self) -> None:
        """Read the documents holding the words typed (in the background)."""
        self._typing.stop()
        words = self.search.text().strip()
        self._serial += 1
        serial = self._serial
        context = self._context

        def shown(result: tuple[list[IncomingRecord], int]) -> None:
            if serial != self._serial:
                return  # a newer search is on its way
            records, total = result
            self.model.set_records(records)
            if total > len(records):
                text = self.tr("{shown} văn bản mới nhất trong {total} văn bản tìm thấy")
            elif words:
                text = self.tr("Tìm thấy {total} văn bản")
            else:
                text = self.tr("{total} văn bản")
            self.count_label.setText(
                text.format(shown=format_number(len(records)), total=format_number(total))
            )
            if records:
                self.view.selectRow(0)
            self.searched_for = words
            self._update_button()

        def refused(exc: BaseException) -> None:
            if serial == self._serial:
                self.count_label.setText(error_text(exc))

        self._runner.query(lambda _c: _found(context, words), on_done=shown, on_error=refused)

    def current(self) -> IncomingRecord | None:
        """The document on the selected line."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.record(source.row())

    def choose(self) -> None:
        """Chọn: hand the selected document over and close."""
        record = self.current()
        if record is None:
            return
        self.picked = record
        self.chosen.emit(record)
        self.accept()

    def _update_button(self) -> None:
        self.choose_button.setEnabled(self.current() is not None)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in the search box searches; elsewhere it picks the selected line."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            self.find()
            return
        super().keyPressEvent(event)
