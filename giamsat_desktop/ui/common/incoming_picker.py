"""Chọn văn bản đến: search the Văn bản đến register and pick documents from it.

The clerk types words of the issuer, number or subject (found as the register's search
finds them, without accents: "ke hoach giam sat" finds "Kế hoạch giám sát") and picks one
line, or several where the caller allows it; with no words, the newest documents of the
register are shown, none of them chosen until the clerk picks one. A viewer never gets
secret documents (the register's query leaves them out). The caller gives the window's
title and the hint under the list, both in its own words (a session's "Căn cứ", a
recommendation's reply), and may grey out documents it holds already.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
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

ARRIVAL, NUMBER, ISSUER, SYMBOL, DAY, SUBJECT = range(6)


def _found(context: ServiceContext, words: str) -> tuple[list[IncomingRecord], int]:
    """The newest documents holding ``words`` (at most ``SHOWN``), and how many hold them."""
    keys = incoming_keys(
        context.factory, context.actor, IncomingFilter(text=words, include_cancelled=False)
    )
    return incoming_rows(context.factory, keys[:SHOWN]), len(keys)


class IncomingPicker(QDialog):
    """Search the Văn bản đến register and pick one document, or several."""

    chosen = Signal(object)
    """The ``IncomingRecord`` list picked, in the order shown (one record unless
    ``multiple``)."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        title: str,
        hint: str,
        multiple: bool,
        dimmed: frozenset[int] = frozenset(),
    ) -> None:
        """Open over ``parent``; the caller's translated words shown.

        Args:
            context: The services' context (the actor decides what is found).
            runner: Runs the searches in the background.
            parent: The dialog it opens over.
            title: The window's title.
            hint: The sentence under the list, saying what to pick and how.
            multiple: Several lines may be picked (Ctrl, Shift); else exactly one.
            dimmed: Ids of documents shown greyed (those the caller holds already).
        """
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._serial = 0
        self._dimmed = dimmed
        self.searched_for: str | None = None
        """The words of the last search shown (None before the first)."""
        self.picked: list[IncomingRecord] = []
        self.setWindowTitle(title)
        self.resize(1160, 520)

        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(
            self.tr("Tìm theo tác giả, số ký hiệu, trích yếu (ví dụ: ke hoach giam sat)")
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
                    self.tr("Ngày đến"),
                    lambda r: format_date(r.arrival_date),
                    lambda r: r.arrival_date,
                ),
                Column(
                    self.tr("Số đến"),
                    lambda r: r.arrival_number_text,
                    lambda r: (r.arrival_date.year, r.arrival_number),
                ),
                Column(self.tr("Tác giả"), lambda r: r.issuer, lambda r: r.issuer),
                Column(self.tr("Số, ký hiệu"), lambda r: r.symbol, lambda r: r.symbol),
                Column(
                    self.tr("Ngày văn bản"),
                    lambda r: format_date(r.doc_date) if r.doc_date else "",
                    lambda r: r.doc_date or r.arrival_date,
                ),
                Column(self.tr("Trích yếu"), lambda r: r.subject, lambda r: r.subject),
            ],
            is_active=lambda r: r.id not in self._dimmed,
        )
        self.proxy, self.view = sorted_table(self.model, self)
        self.view.setObjectName("pickerList")
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        metrics = self.view.fontMetrics()
        for column, sample in (
            (ARRIVAL, "00/00/0000"),
            (NUMBER, "0000"),
            (ISSUER, "Ủy ban nhân dân xã Tân Hưng"),
            (SYMBOL, "000/KH-MTTQ-BTT"),
            (DAY, "00/00/0000"),
        ):
            wanted = metrics.horizontalAdvance(sample) + 24
            header.resizeSection(
                column, max(wanted, header.sectionSizeFromContents(column).width())
            )
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)

        self.count_label = QLabel()
        self.count_label.setObjectName("pickerCount")
        self.choose_button = QPushButton(self.tr("Chọn"))
        self.choose_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Đóng"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.choose_button)
        bottom.addWidget(self.close_button)
        self.hint = QLabel(hint)
        self.hint.setObjectName("pickerHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
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
            # Nothing is chosen for the clerk: the newest line is seldom the one wanted.
            self.view.clearSelection()
            self.searched_for = words
            self._update_button()

        def refused(exc: BaseException) -> None:
            if serial == self._serial:
                self.count_label.setText(error_text(exc))

        self._runner.query(lambda _c: _found(context, words), on_done=shown, on_error=refused)

    def current(self) -> list[IncomingRecord]:
        """The documents on the selected lines, in the order shown."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        sources = (self.proxy.mapToSource(self.proxy.index(row, 0)) for row in rows)
        return [self.model.record(source.row()) for source in sources]

    def choose(self) -> None:
        """Chọn: hand the selected documents over and close."""
        records = self.current()
        if not records:
            return
        self.picked = records
        self.chosen.emit(records)
        self.accept()

    def _update_button(self) -> None:
        self.choose_button.setEnabled(bool(self.current()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in the search box searches; elsewhere it picks the selected lines."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            self.find()
            return
        super().keyPressEvent(event)
