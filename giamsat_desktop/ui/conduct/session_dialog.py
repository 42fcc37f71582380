"""A QĐ 124 session: when and where, who supervised, what was found, and the people supervised.

The people are a small table typed in place (Họ và tên, Chức vụ, Nhận xét), kept with the
session's Lưu in one transaction: a line without a name keeps the dialog open and nothing
is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.conduct import ConductPlace
from giamsat_desktop.domain.conduct_records import ConductDraft, ConductRecord, PersonDraft
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import sessions
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_dialog import RecordDialog

NAME, POSITION, FINDING = range(3)


def _box(name: str, text: str = "", height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + 30)  # the dialog fits a 1366×768 laptop
    return box


class PeopleTable(QWidget):
    """The people supervised, typed in place; Thêm người and Xóa người."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conductPeople")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Nhận xét")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FINDING, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(NAME, 180)
        self.table.setColumnWidth(POSITION, 200)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(170)
        self.add_button = QPushButton(self.tr("Thêm người"))
        self.add_button.setObjectName("addConductPerson")
        self.remove_button = QPushButton(self.tr("Xóa người"))
        self.remove_button.setObjectName("removeConductPerson")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(lambda: self._remove())

    def add_line(self, person: PersonDraft | None = None) -> int:
        """A new line (empty, or the person's), with the cursor in its name."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (person.full_name, person.position, person.finding) if person else ("", "", "")
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        if person is None:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(self.table.item(row, NAME))
        return row

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def people(self) -> list[PersonDraft]:
        """The lines typed, wholly empty ones left out."""
        found = []
        for row in range(self.table.rowCount()):
            values = [self._text(row, column) for column in (NAME, POSITION, FINDING)]
            if any(values):
                found.append(PersonDraft(*values))
        return found


class ConductSessionDialog(RecordDialog):
    """Ngày, nơi, cơ quan hoặc khu dân cư, chủ thể, nội dung, kết luận and the people."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        record: ConductRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Thêm cuộc giám sát theo QĐ 124")
            if record is None
            else self.tr("Sửa cuộc giám sát theo QĐ 124")
        )
        super().__init__(runner, title, parent)
        self.setObjectName("conductSessionDialog")
        self.setMinimumWidth(720)
        self._context = context
        self._record = record
        self.held_on = DateField(
            record.held_on if record else clock.today(), required=True, name=self.tr("Ngày")
        )
        self.held_on.setObjectName("conductHeldOn")
        self.place = QComboBox()
        self.place.setObjectName("conductPlace")
        for place in ConductPlace:
            self.place.addItem(label(place), place.value)
        self.unit = QLineEdit(record.unit if record else "")
        self.unit.setObjectName("conductUnit")
        self.unit.setPlaceholderText(self.tr("Cơ quan, đơn vị hoặc khu dân cư (thôn, tổ dân phố)"))
        self.lead = QLineEdit(record.lead if record else "")
        self.lead.setObjectName("conductLead")
        self.lead.setPlaceholderText(self.tr("Ban Thường trực, Ban công tác Mặt trận, tổ chức…"))
        self.content = _box("conductContent", record.content if record else "")
        self.conclusion = _box("conductConclusion", record.conclusion if record else "")
        self.notes = _box("conductNotes", record.notes if record else "", 40)
        self.people = PeopleTable()
        self.form.addRow(self.tr("Ngày giám sát:"), self.held_on)
        self.form.addRow(self.tr("Nơi giám sát:"), self.place)
        self.form.addRow(self.tr("Cơ quan, khu dân cư:"), self.unit)
        self.form.addRow(self.tr("Chủ thể giám sát:"), self.lead)
        self.form.addRow(self.tr("Nội dung giám sát:"), self.content)
        self.form.addRow(self.tr("Người được giám sát:"), self.people)
        self.form.addRow(self.tr("Kết luận:"), self.conclusion)
        self.form.addRow(self.tr("Ghi chú:"), self.notes)
        if record is not None:
            self.place.setCurrentIndex(max(0, self.place.findData(record.place.value)))
            for person in record.people:
                self.people.add_line(PersonDraft(person.full_name, person.position, person.finding))
        self.first_field = self.held_on
        writable = context.actor.role.can_write
        self.save_button.setEnabled(writable)
        for signal in (self.unit.textChanged, self.held_on.textChanged):
            signal.connect(self.revalidate)
        self.content.textChanged.connect(self.revalidate)
        self.people.table.itemChanged.connect(lambda _item: self.revalidate())
        self.people.table.model().rowsRemoved.connect(lambda *_a: self.revalidate())
        self.revalidate()
        if not writable:
            self.save_button.setEnabled(False)

    def problems(self) -> list[str]:
        """A valid day, the unit, the content; every person line with a name."""
        found = []
        if not self.held_on.is_valid():
            found.append(self.held_on.problem())
        if not self.unit.text().strip():
            found.append(self.tr("Chưa nhập cơ quan, đơn vị hoặc khu dân cư."))
        if not self.content.toPlainText().strip():
            found.append(self.tr("Chưa nhập nội dung giám sát."))
        if any(not person.full_name for person in self.people.people()):
            found.append(self.tr("Một dòng người được giám sát chưa có họ và tên."))
        if not self._context.actor.role.can_write:
            found.append(self.tr("Tài khoản chỉ xem không sửa được."))
        return found

    def draft(self) -> ConductDraft:
        """What was typed."""
        return ConductDraft(
            held_on=self.held_on.date(),
            place=ConductPlace(self.place.currentData()),
            unit=self.unit.text(),
            content=self.content.toPlainText(),
            lead=self.lead.text(),
            conclusion=self.conclusion.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def make_save(self) -> Callable[[TaskControl], Any]:
        """Add, or update at the version read, with the people in the same transaction."""
        draft, people = self.draft(), self.people.people()
        factory, actor, record = self._context.factory, self._context.actor, self._record
        if record is None:
            return lambda _c: sessions.create_conduct(factory, actor, draft, people)
        return lambda _c: sessions.update_conduct(
            factory, actor, record.id, record.version, draft, people
        )
