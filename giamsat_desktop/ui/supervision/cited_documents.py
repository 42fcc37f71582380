"""The incoming documents a session's "Căn cứ" cite, in the Thông tin tab.

A small table (số đến, số ký hiệu, ngày, trích yếu) with "Thêm văn bản đến…", which opens
the register's search (:class:`IncomingPicker`), and "Bỏ". What it holds is saved with the
session (``SessionDraft.cited_ids``) when Lưu is clicked. A viewer sees no secret document
here: the session as read leaves them out.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.supervision_records import CitedDocument
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.incoming_picker import IncomingPicker

NUMBER, SYMBOL, DAY, SUBJECT = range(4)


def cited_of(record: IncomingRecord) -> CitedDocument:
    """An incoming document picked, as a session cites it."""
    return CitedDocument(
        record.id, record.arrival_number_text, record.symbol, record.doc_date, record.subject
    )


class CitedDocuments(QWidget):
    """The documents cited; ``changed`` after one is added or taken out."""

    changed = Signal()

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        writable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._writable = writable
        self.documents: list[CitedDocument] = []
        self.last_picker: IncomingPicker | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("sessionCited")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Số đến"), self.tr("Số, ký hiệu"), self.tr("Ngày"), self.tr("Trích yếu")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in (
            (NUMBER, "0000"),
            (SYMBOL, "000/KH-UBND-VP"),
            (DAY, "00/00/0000"),
        ):
            wanted = metrics.horizontalAdvance(sample) + 20
            header.resizeSection(
                column, max(wanted, header.sectionSizeFromContents(column).width())
            )
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        rows = metrics.height() + 8
        self.table.verticalHeader().setDefaultSectionSize(rows)
        self.table.setMinimumHeight(header.sizeHint().height() + 3 * rows + 4)
        self.add_button = QPushButton(self.tr("Thêm văn bản đến…"))
        self.add_button.setObjectName("citedAdd")
        self.add_button.setToolTip(self.tr("Tìm trong sổ văn bản đến văn bản làm căn cứ"))
        self.remove_button = QPushButton(self.tr("Bỏ"))
        self.remove_button.setObjectName("citedRemove")
        caption = QHBoxLayout()
        caption.addWidget(QLabel(self.tr("Văn bản đến làm căn cứ:")))
        caption.addStretch(1)
        caption.addWidget(self.add_button)
        caption.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(caption)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(lambda: self.pick())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_documents(self, documents: tuple[CitedDocument, ...] | list[CitedDocument]) -> None:
        """Show ``documents`` (a session as read)."""
        self.documents = list(documents)
        self._fill()

    def ids(self) -> tuple[int, ...]:
        """The ids of the documents shown, in their order."""
        return tuple(document.id for document in self.documents)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.documents))
        for row, document in enumerate(self.documents):
            texts = (
                document.arrival_number,
                document.symbol,
                format_date(document.doc_date) if document.doc_date else "",
                document.subject.replace("\n", " "),
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self._update_buttons()

    def set_writable(self, writable: bool) -> None:
        """A viewer (or a dialog saving) adds and removes nothing."""
        self._writable = writable
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._writable)
        self.remove_button.setEnabled(
            self._writable and bool(self.table.selectionModel().selectedRows())
        )

    def pick(self) -> IncomingPicker:
        """Thêm văn bản đến…: search the register, add the documents chosen."""
        picker = IncomingPicker(
            self._context,
            self._runner,
            self,
            title=self.tr("Chọn văn bản đến làm căn cứ"),
            hint=self.tr(
                "Chọn một hay nhiều dòng (giữ Ctrl khi bấm). Dòng mờ là văn bản đã có trong "
                "căn cứ."
            ),
            multiple=True,
            dimmed=frozenset(self.ids()),
        )
        picker.chosen.connect(self.add_documents)
        self.last_picker = picker
        picker.open()
        return picker

    def add_documents(self, records: list[IncomingRecord]) -> None:
        """Add the documents picked, those cited already left out."""
        known = set(self.ids())
        added = [cited_of(r) for r in records if r.id not in known]
        if not added:
            return
        self.documents += added
        self._fill()
        self.table.selectRow(len(self.documents) - 1)
        self.changed.emit()

    def remove_selected(self) -> None:
        """Bỏ: take the chosen document out of the basis (kept out once Lưu is clicked)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        del self.documents[rows[0].row()]
        self._fill()
        self.changed.emit()

    def lines(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return [
            [(self.table.item(r, c) or QTableWidgetItem()).text() for c in range(4)]
            for r in range(self.table.rowCount())
        ]
