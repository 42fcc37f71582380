"""The tabs of a saved session: its delegation, its working sessions, its history.

The delegation is edited as a table (a name picked from the catalogue's people or typed,
the position, the organisation, the place in the delegation) and saved whole with Lưu đoàn;
the head (Trưởng đoàn) is picked from the Standing Board. Working sessions are added, edited
and removed one at a time; "Lập biên bản…" writes the chosen one's biên bản. The history is
read only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.board import BoardMemberRecord
from giamsat_desktop.domain.organizations import PersonRecord
from giamsat_desktop.domain.supervision_records import (
    DelegationMemberDraft,
    DelegationMemberRecord,
    DelegationRole,
    WorkingSessionRecord,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.supervision.history import SessionHistoryStep
from giamsat_desktop.ui.common.labels import label

NAME, POSITION, ORGANIZATION, ROLE = range(4)
PERSON_ROLE = Qt.ItemDataRole.UserRole


def _table(columns: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for column in range(len(columns)):
        header.resizeSection(column, metrics.horizontalAdvance("M" * 12))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [
            (table.item(r, c) or QTableWidgetItem()).text()
            if not isinstance(table.cellWidget(r, c), QComboBox)
            else table.cellWidget(r, c).currentText()  # type: ignore[union-attr]
            for c in range(table.columnCount())
        ]
        for r in range(table.rowCount())
    ]


class DelegationTab(QWidget):
    """The delegation's members as a table; ``save_requested`` carries the drafts."""

    save_requested = Signal(object)

    def __init__(self, office_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office_name = office_name
        self.table = _table(
            [
                self.tr("Họ và tên"),
                self.tr("Chức vụ"),
                self.tr("Cơ quan, tổ chức"),
                self.tr("Vai trò"),
            ],
            ORGANIZATION,
        )
        self.table.setObjectName("delegationTable")
        metrics = self.table.fontMetrics()
        for column, sample in (
            (NAME, "Nguyễn Thị Thu Hà Hoàng"),
            (POSITION, "Phó Chủ tịch Hội Nông dân"),
            (ROLE, "Phó Trưởng đoàn ▾▾"),
        ):
            self.table.horizontalHeader().resizeSection(
                column, metrics.horizontalAdvance(sample) + 24
            )
        self.board = QComboBox()
        self.board.setObjectName("delegationBoard")
        self.add_board_button = QPushButton(self.tr("Thêm từ Ban Thường trực"))
        self.add_board_button.setObjectName("delegationAddBoard")
        self.people = QComboBox()
        self.people.setObjectName("delegationPeople")
        self.add_person_button = QPushButton(self.tr("Thêm từ danh sách cán bộ"))
        self.add_person_button.setObjectName("delegationAddPerson")
        self.add_row_button = QPushButton(self.tr("Thêm dòng để gõ"))
        self.remove_button = QPushButton(self.tr("Bỏ dòng"))
        self.save_button = QPushButton(self.tr("Lưu đoàn"))
        self.save_button.setObjectName("delegationSave")
        pick = QHBoxLayout()
        pick.addWidget(self.board, 1)
        pick.addWidget(self.add_board_button)
        pick.addWidget(self.people, 1)
        pick.addWidget(self.add_person_button)
        rows = QHBoxLayout()
        rows.addWidget(self.add_row_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        rows.addWidget(self.save_button)
        note = QLabel(
            self.tr(
                "Trưởng đoàn là thành viên Ban Thường trực. Gõ thẳng vào ô để sửa; "
                "bấm Lưu đoàn để ghi cả danh sách."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(rows)
        self.add_board_button.clicked.connect(self.add_from_board)
        self.add_person_button.clicked.connect(self.add_from_people)
        self.add_row_button.clicked.connect(lambda: self.add_row(DelegationMemberDraft("")))
        self.remove_button.clicked.connect(self.remove_row)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.drafts()))

    def set_choices(self, board: list[BoardMemberRecord], people: list[PersonRecord]) -> None:
        """The Standing Board's active members and the catalogue's active people."""
        self.board.clear()
        for member in board:
            if member.active:
                self.board.addItem(f"{member.full_name} — {label(member.position)}", member)
        self.people.clear()
        for person in people:
            if person.active:
                where = f" ({person.organization_name})" if person.organization_name else ""
                self.people.addItem(f"{person.full_name}{where}", person)

    def show_members(self, members: tuple[DelegationMemberRecord, ...]) -> None:
        """The delegation as stored."""
        self.table.setRowCount(0)
        for member in members:
            self.add_row(
                DelegationMemberDraft(
                    member.full_name,
                    member.position,
                    member.organization,
                    member.role,
                    member.person_id,
                )
            )

    def add_row(self, draft: DelegationMemberDraft) -> None:
        """One more member at the end."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(draft.full_name)
        name.setData(PERSON_ROLE, draft.person_id)
        self.table.setItem(row, NAME, name)
        self.table.setItem(row, POSITION, QTableWidgetItem(draft.position))
        self.table.setItem(row, ORGANIZATION, QTableWidgetItem(draft.organization))
        role = QComboBox()
        for value in DelegationRole:
            role.addItem(label(value), value.value)
        role.setCurrentIndex(max(0, role.findData(draft.role.value)))
        role.setEnabled(self.save_button.isEnabled())
        self.table.setCellWidget(row, ROLE, role)
        self.table.selectRow(row)

    def _has_head(self) -> bool:
        return any(d.role is DelegationRole.HEAD for d in self.drafts())

    def add_from_board(self) -> None:
        """The chosen member of the Standing Board; head if the delegation has none yet."""
        member = self.board.currentData()
        if not isinstance(member, BoardMemberRecord):
            return
        role = DelegationRole.MEMBER if self._has_head() else DelegationRole.HEAD
        position = label(member.position)
        self.add_row(DelegationMemberDraft(member.full_name, position, self.office_name, role))

    def add_from_people(self) -> None:
        """The chosen person of the catalogue, as a member."""
        person = self.people.currentData()
        if not isinstance(person, PersonRecord):
            return
        self.add_row(
            DelegationMemberDraft(
                person.full_name,
                person.position,
                person.organization_name,
                DelegationRole.MEMBER,
                person.id,
            )
        )

    def remove_row(self) -> None:
        """Take the chosen line out (kept out once Lưu đoàn is clicked)."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())

    def drafts(self) -> list[DelegationMemberDraft]:
        """The members as the table shows them, in its order."""
        found = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, NAME) or QTableWidgetItem()
            role = self.table.cellWidget(row, ROLE)
            value = role.currentData() if isinstance(role, QComboBox) else None
            found.append(
                DelegationMemberDraft(
                    full_name=name.text(),
                    position=(self.table.item(row, POSITION) or QTableWidgetItem()).text(),
                    organization=(self.table.item(row, ORGANIZATION) or QTableWidgetItem()).text(),
                    role=DelegationRole(value) if value else DelegationRole.MEMBER,
                    person_id=name.data(PERSON_ROLE),
                )
            )
        return found

    def member_lines(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return _cells(self.table)

    def set_writable(self, writable: bool) -> None:
        """A viewer reads the delegation only."""
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if writable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.table.setEditTriggers(triggers)
        for widget in (
            self.board,
            self.people,
            self.add_board_button,
            self.add_person_button,
            self.add_row_button,
            self.remove_button,
            self.save_button,
        ):
            widget.setEnabled(writable)
        for row in range(self.table.rowCount()):
            cell = self.table.cellWidget(row, ROLE)
            if cell is not None:
                cell.setEnabled(writable)


class WorkingTab(QWidget):
    """The working sessions held with the supervised body, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[WorkingSessionRecord] = []
        self.table = _table(
            [self.tr("Ngày"), self.tr("Địa điểm"), self.tr("Thành phần dự"), self.tr("Biên bản")],
            3,
        )
        self.table.setObjectName("workingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Thêm buổi làm việc…"))
        self.add_button.setObjectName("workingAdd")
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setObjectName("workingEdit")
        self.remove_button = QPushButton(self.tr("Xóa…"))
        self.remove_button.setObjectName("workingRemove")
        self.minutes_button = QPushButton(self.tr("Lập biên bản…"))
        self.minutes_button.setObjectName("workingMinutesLetter")
        self.minutes_button.setToolTip(
            self.tr("Biên bản làm việc của buổi đã chọn: mở dự thảo đang soạn, hoặc soạn mới")
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.minutes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_records(self, records: list[WorkingSessionRecord]) -> None:
        """The working sessions as stored."""
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            texts = (
                format_date(record.held_on),
                record.place,
                record.attendees.replace("\n", "; "),
                record.minutes.replace("\n", " "),
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)

    def selected(self) -> WorkingSessionRecord | None:
        """The chosen working session."""
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def lines(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return _cells(self.table)


class HistoryTab(QWidget):
    """The session's history, as it happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(
            [
                self.tr("Ngày"),
                self.tr("Diễn biến"),
                self.tr("Ghi chú, lý do"),
                self.tr("Người ghi"),
            ],
            2,
        )
        self.table.setObjectName("sessionHistory")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_steps(self, steps: list[SessionHistoryStep]) -> None:
        """One line per creation, move or undo."""
        self.table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            for column, text in enumerate(
                (format_date(step.on), self._what(step), step.note, step.user_name)
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def _what(self, step: SessionHistoryStep) -> str:
        to = label(step.to_step) if step.to_step else ""
        if step.kind == "create":
            return self.tr("Lập cuộc giám sát")
        if step.kind == "undo":
            return self.tr("Hoàn tác, trở lại “{step}”").format(step=to)
        return self.tr("Chuyển sang “{step}”").format(step=to)

    def lines(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return _cells(self.table)
