"""The Vấn đề tab of a dialogue: the issues raised, the answers, the commitments followed.

The clerk adds, changes and removes issues in a small dialog each (kept with the dialogue's
Lưu); "Đã thực hiện…" marks the chosen commitment done with its day and result. A commitment
past its day and not done says "Quá hạn" in red.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.dialogue_records import IssueDraft
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.dialogues.dialogue_texts import (
    DONE_COLOUR,
    LATE_STYLE,
    OVERDUE_COLOUR,
    one_line,
)

RAISED, RAISED_BY, ANSWER, COMMITMENT, RESPONSIBLE, DUE, STANDING = range(7)


def _box(name: str, text: str, height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class _Buttons(QHBoxLayout):
    """A problem said in red, Lưu and Đóng."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__()
        self.problem = QLabel()
        self.problem.setObjectName("lineProblem")
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.ok_button = QPushButton(dialog.tr("Lưu"))
        self.ok_button.setObjectName("lineSave")
        self.ok_button.setDefault(True)
        self.close_button = QPushButton(dialog.tr("Đóng"))
        self.addWidget(self.problem, 1)
        self.addWidget(self.ok_button)
        self.addWidget(self.close_button)
        self.close_button.clicked.connect(dialog.reject)


class IssueDialog(QDialog):
    """One issue: raised by whom, the answer, the commitment, who and by when, done."""

    def __init__(
        self, issue: IssueDraft | None, held_on: dt.date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa vấn đề") if issue else self.tr("Thêm vấn đề"))
        self.setMinimumWidth(680)
        self._held_on = held_on
        given = issue or IssueDraft("")
        self.raised = _box("issueRaised", given.raised)
        self.raised_by = QLineEdit(given.raised_by)
        self.raised_by.setObjectName("issueRaisedBy")
        self.raised_by.setPlaceholderText(self.tr("Ông Nguyễn Văn A, thôn 3; Cử tri thôn 5…"))
        self.answer = _box("issueAnswer", given.answer)
        self.commitment = _box("issueCommitment", given.commitment, 44)
        self.responsible = QLineEdit(given.responsible)
        self.responsible.setObjectName("issueResponsible")
        self.due = DateField(given.due_on, name=self.tr("Hạn thực hiện"))
        self.due.setObjectName("issueDue")
        self.done_day = DateField(given.done_on, name=self.tr("Ngày thực hiện xong"))
        self.done_day.setObjectName("issueDone")
        self.result = _box("issueResult", given.result, 44)
        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("Hạn:")))
        days.addWidget(self.due)
        days.addWidget(QLabel(self.tr("Đã thực hiện ngày:")))
        days.addWidget(self.done_day)
        days.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Vấn đề nêu:"), self.raised)
        form.addRow(self.tr("Người nêu:"), self.raised_by)
        form.addRow(self.tr("Trả lời tại buổi đối thoại:"), self.answer)
        form.addRow(self.tr("Cam kết (nếu có):"), self.commitment)
        form.addRow(self.tr("Cơ quan, người thực hiện:"), self.responsible)
        form.addRow(self.tr("Thực hiện:"), days)
        form.addRow(self.tr("Kết quả thực hiện:"), self.result)
        self.buttons = _Buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.buttons)
        self.buttons.ok_button.clicked.connect(lambda: self._keep())

    def problem(self) -> str:
        """What keeps the issue from being kept, in a sentence naming the field."""
        if not self.raised.toPlainText().strip():
            return self.tr("Hãy ghi vấn đề Nhân dân nêu.")
        for field in (self.due, self.done_day):
            if not field.is_valid():
                return field.problem()
        dated = self.due.date() is not None or self.done_day.date() is not None
        if dated and not self.commitment.toPlainText().strip():
            return self.tr("Hạn và ngày thực hiện đi với một cam kết: hãy ghi nội dung cam kết.")
        done = self.done_day.date()
        if done is not None and self._held_on is not None and done < self._held_on:
            return self.tr("Ngày thực hiện xong {done} trước ngày đối thoại {held}.").format(
                done=format_date(done), held=format_date(self._held_on)
            )
        return ""

    def _keep(self) -> None:
        problem = self.problem()
        if problem:
            self.buttons.problem.setText(problem)
            return
        self.accept()

    def issue(self) -> IssueDraft:
        """The issue as typed."""
        return IssueDraft(
            raised=self.raised.toPlainText().strip(),
            raised_by=self.raised_by.text().strip(),
            answer=self.answer.toPlainText().strip(),
            commitment=self.commitment.toPlainText().strip(),
            responsible=self.responsible.text().strip(),
            due_on=self.due.date(),
            done_on=self.done_day.date(),
            result=self.result.toPlainText().strip(),
        )


class DoneDialog(QDialog):
    """Đã thực hiện: the day a commitment was carried out, and what was done."""

    def __init__(
        self, issue: IssueDraft, held_on: dt.date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đã thực hiện cam kết"))
        self.setMinimumWidth(560)
        self._held_on = held_on
        what = QLabel(one_line(issue.commitment))
        what.setWordWrap(True)
        self.day = DateField(issue.done_on or clock.today(), name=self.tr("Ngày thực hiện xong"))
        self.day.setObjectName("doneDay")
        self.result = _box("doneResult", issue.result)
        form = QFormLayout()
        form.addRow(self.tr("Cam kết:"), what)
        form.addRow(self.tr("Ngày thực hiện xong:"), self.day)
        form.addRow(self.tr("Kết quả:"), self.result)
        self.buttons = _Buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.buttons)
        self.buttons.ok_button.clicked.connect(lambda: self._keep())

    def _keep(self) -> None:
        day = self.day.date()
        if day is None:
            self.buttons.problem.setText(
                self.day.problem() or self.tr("Hãy ghi ngày thực hiện xong.")
            )
            return
        if self._held_on is not None and day < self._held_on:
            self.buttons.problem.setText(
                self.tr("Ngày thực hiện xong {done} trước ngày đối thoại {held}.").format(
                    done=format_date(day), held=format_date(self._held_on)
                )
            )
            return
        self.accept()


class IssuesTab(QWidget):
    """The issues' table and, for a writer, Thêm vấn đề…, Sửa…, Xóa, Đã thực hiện…."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issues: list[IssueDraft] = []
        self.writable = False
        self.today = clock.today()
        self.held_on: dt.date | None = None
        """The dialogue's day as typed: nothing is done before it."""
        self.last_dialog: QDialog | None = None
        headings = [
            self.tr("Vấn đề nêu"),
            self.tr("Người nêu"),
            self.tr("Trả lời"),
            self.tr("Cam kết"),
            self.tr("Thực hiện"),
            self.tr("Hạn"),
            self.tr("Tình trạng"),
        ]
        self.table = QTableWidget(0, len(headings))
        self.table.setObjectName("dialogueIssues")
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (RAISED, ANSWER, COMMITMENT, RESPONSIBLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (RAISED_BY, DUE, STANDING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Thêm vấn đề…"))
        self.add_button.setObjectName("addIssue")
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setObjectName("editIssue")
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.remove_button.setObjectName("removeIssue")
        self.done_button = QPushButton(self.tr("Đã thực hiện…"))
        self.done_button.setObjectName("issueDoneButton")
        self.done_button.setToolTip(self.tr("Ghi ngày và kết quả thực hiện cam kết đã chọn"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected_row()))
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected_row()))
        self.remove_button.clicked.connect(lambda: self.remove())
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    # ----- showing ----------------------------------------------------------------------

    def _standing(self, issue: IssueDraft) -> tuple[str, QBrush | None]:
        if not issue.has_commitment:
            return "", None
        if issue.done_on is not None:
            text = self.tr("Đã thực hiện {day}").format(day=format_date(issue.done_on))
            return text, QBrush(DONE_COLOUR)
        if issue.overdue(self.today):
            return self.tr("Quá hạn"), QBrush(OVERDUE_COLOUR)
        return self.tr("Đang thực hiện"), None

    def show_issues(self, issues: list[IssueDraft], chosen: int | None = None) -> None:
        """Show ``issues``, the line ``chosen`` selected."""
        self.issues = list(issues)
        self.table.setRowCount(len(self.issues))
        for row, issue in enumerate(self.issues):
            standing, colour = self._standing(issue)
            texts = (
                one_line(issue.raised),
                issue.raised_by,
                one_line(issue.answer),
                one_line(issue.commitment),
                issue.responsible,
                format_date(issue.due_on) if issue.due_on else "",
                standing,
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if colour is not None and column in (DUE, STANDING):
                    cell.setForeground(colour)
                self.table.setItem(row, column, cell)
        if chosen is not None and 0 <= chosen < len(self.issues):
            self.table.selectRow(chosen)
        self.update_buttons()

    def shown(self) -> list[list[str]]:
        """The table as shown, one line per issue."""
        return [
            [
                (self.table.item(r, c) or QTableWidgetItem()).text()
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    # ----- editing ----------------------------------------------------------------------

    def set_writable(self, writable: bool) -> None:
        """Whether the issues may change (a viewer reads them only)."""
        self.writable = writable
        for button in (self.add_button, self.edit_button, self.remove_button, self.done_button):
            button.setVisible(writable)
        self.update_buttons()

    def selected_row(self) -> int | None:
        """The chosen line's row."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def update_buttons(self) -> None:
        """Sửa, Xóa for a chosen line; Đã thực hiện for a chosen commitment."""
        row = self.selected_row()
        chosen = self.writable and row is not None
        self.add_button.setEnabled(self.writable)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.done_button.setEnabled(
            chosen and row is not None and self.issues[row].has_commitment
        )

    def _changed(self, issues: list[IssueDraft], row: int | None) -> None:
        self.show_issues(issues, row)
        self.edited.emit()

    def edit(self, row: int | None) -> IssueDialog | None:
        """Thêm vấn đề… (``row`` None) or Sửa… the issue of ``row``."""
        if not self.writable:
            return None
        dialog = IssueDialog(self.issues[row] if row is not None else None, self.held_on, self)
        self.last_dialog = dialog

        def kept() -> None:
            issues = list(self.issues)
            if row is None:
                issues.append(dialog.issue())
                self._changed(issues, len(issues) - 1)
            else:
                issues[row] = dialog.issue()
                self._changed(issues, row)

        dialog.accepted.connect(kept)
        dialog.open()
        return dialog

    def remove(self) -> None:
        """Xóa: the chosen issue, from the table (kept away by Lưu)."""
        row = self.selected_row()
        if not self.writable or row is None:
            return
        issues = list(self.issues)
        del issues[row]
        self._changed(issues, min(row, len(issues) - 1) if issues else None)

    def mark_done(self) -> DoneDialog | None:
        """Đã thực hiện…: the chosen commitment done on a day, with its result."""
        row = self.selected_row()
        if not self.writable or row is None or not self.issues[row].has_commitment:
            return None
        dialog = DoneDialog(self.issues[row], self.held_on, self)
        self.last_dialog = dialog

        def kept() -> None:
            issues = list(self.issues)
            issues[row] = replace(
                issues[row],
                done_on=dialog.day.date(),
                result=dialog.result.toPlainText().strip(),
            )
            self._changed(issues, row)

        dialog.accepted.connect(kept)
        dialog.open()
        return dialog
