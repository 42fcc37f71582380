"""The Nội dung phản biện tab: the points a session makes, and the drafting body's answers.

While the letter is unsent the clerk adds, changes, removes and reorders the points (kept
with the session's Lưu); once sent they are read only, each with its answer (Tiếp thu, Giải
trình, Không tiếp thu) and its explanation, recorded by "Ghi nhận trả lời…".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.criticism_records import PointDraft, PointRecord
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.criticism.criticism_texts import LATE_STYLE, one_line

CONTENT, OPINION, PROPOSAL, ANSWER, EXPLANATION = range(5)


@dataclass(frozen=True, slots=True)
class PointLine:
    """One line of the tab: the point as written, its answer's words (empty before)."""

    draft: PointDraft
    answer: str = ""
    explanation: str = ""


def line_of(point: PointRecord) -> PointLine:
    """A stored point's line."""
    return PointLine(
        PointDraft(point.content, point.opinion, point.proposal),
        label(point.answer) if point.answer is not None else "",
        point.explanation,
    )


class PointDialog(QDialog):
    """One point as the clerk writes it: what is criticised, the opinion, the proposal."""

    def __init__(self, point: PointDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if point is None:
            self.setWindowTitle(self.tr("Thêm nội dung phản biện"))
        else:
            self.setWindowTitle(self.tr("Sửa nội dung phản biện"))
        self.setMinimumWidth(640)
        self.content = self._box("pointContent", point.content if point else "")
        self.opinion = self._box("pointOpinion", point.opinion if point else "")
        self.proposal = self._box("pointProposal", point.proposal if point else "")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Nội dung được phản biện (điều, khoản, vấn đề):"), self.content)
        form.addRow(self.tr("Ý kiến phản biện:"), self.opinion)
        form.addRow(self.tr("Kiến nghị, đề xuất:"), self.proposal)
        self.problem = QLabel()
        self.problem.setStyleSheet(LATE_STYLE)
        self.ok_button = QPushButton(self.tr("Lưu"))
        self.ok_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(lambda: self._keep())
        self.close_button.clicked.connect(self.reject)

    def _box(self, name: str, text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(70)
        return box

    def _keep(self) -> None:
        if not self.content.toPlainText().strip():
            self.problem.setText(self.tr("Hãy ghi nội dung được phản biện."))
            return
        self.accept()

    def point(self) -> PointDraft:
        """The point as typed."""
        return PointDraft(
            self.content.toPlainText().strip(),
            self.opinion.toPlainText().strip(),
            self.proposal.toPlainText().strip(),
        )


class PointsTab(QWidget):
    """The points' table and, while unsent, Thêm…, Sửa…, Xóa, Lên, Xuống."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[PointLine] = []
        self.writable = False
        self.last_dialog: PointDialog | None = None
        headings = [
            self.tr("Nội dung được phản biện"),
            self.tr("Ý kiến"),
            self.tr("Kiến nghị, đề xuất"),
            self.tr("Trả lời"),
            self.tr("Giải trình"),
        ]
        self.table = QTableWidget(0, len(headings))
        self.table.setObjectName("criticismPoints")
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (CONTENT, OPINION, PROPOSAL, EXPLANATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Thêm nội dung…"))
        self.add_button.setObjectName("addPoint")
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setObjectName("editPoint")
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.remove_button.setObjectName("removePoint")
        self.up_button = QPushButton(self.tr("Lên"))
        self.up_button.setObjectName("pointUp")
        self.down_button = QPushButton(self.tr("Xuống"))
        self.down_button.setObjectName("pointDown")
        self.note = QLabel()
        self.note.setObjectName("pointsNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected_row()))
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected_row()))
        self.remove_button.clicked.connect(lambda: self.remove())
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(1))
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    # ----- showing ----------------------------------------------------------------------

    def show_lines(self, lines: list[PointLine], chosen: int | None = None) -> None:
        """Show ``lines``, the line ``chosen`` selected."""
        self.lines = list(lines)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            texts = (
                line.draft.content,
                line.draft.opinion,
                line.draft.proposal,
                line.answer,
                line.explanation,
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if chosen is not None and 0 <= chosen < len(self.lines):
            self.table.selectRow(chosen)
        self.update_buttons()

    def show_points(self, points: tuple[PointRecord, ...]) -> None:
        """Show the stored points with their answers."""
        self.show_lines([line_of(point) for point in points])

    def drafts(self) -> list[PointDraft]:
        """The points as the table holds them, in order."""
        return [line.draft for line in self.lines]

    def shown(self) -> list[list[str]]:
        """The table as shown, one line per point, each cell on one line."""
        return [
            [
                one_line((self.table.item(r, c) or QTableWidgetItem()).text())
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    # ----- editing ----------------------------------------------------------------------

    def set_writable(self, writable: bool, note: str = "") -> None:
        """Whether the points may change; ``note`` says why not (their letter is sent)."""
        self.writable = writable
        self.note.setText(note)
        self.update_buttons()

    def selected_row(self) -> int | None:
        """The chosen line's row."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def update_buttons(self) -> None:
        """The buttons of the points, for a writer while unsent and a line chosen."""
        row = self.selected_row()
        chosen = self.writable and row is not None
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(self.writable or not self.note.text())
        for button in (self.up_button, self.down_button):
            button.setVisible(self.writable or not self.note.text())
        self.add_button.setEnabled(self.writable)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row is not None and row > 0)
        self.down_button.setEnabled(chosen and row is not None and row < len(self.lines) - 1)

    def edit(self, row: int | None) -> PointDialog | None:
        """Thêm nội dung… (``row`` None) or Sửa… the point of ``row``."""
        if not self.writable:
            return None
        point = self.lines[row].draft if row is not None else None
        dialog = PointDialog(point, self)
        self.last_dialog = dialog

        def kept() -> None:
            lines = list(self.lines)
            if row is None:
                lines.append(PointLine(dialog.point()))
                self.show_lines(lines, len(lines) - 1)
            else:
                lines[row] = PointLine(dialog.point())
                self.show_lines(lines, row)
            self.edited.emit()

        dialog.accepted.connect(kept)
        dialog.open()
        return dialog

    def remove(self) -> None:
        """Xóa: the chosen point, from the table (kept away by Lưu)."""
        row = self.selected_row()
        if not self.writable or row is None:
            return
        lines = list(self.lines)
        del lines[row]
        self.show_lines(lines, min(row, len(lines) - 1) if lines else None)
        self.edited.emit()

    def shift(self, by: int) -> None:
        """Lên (``by`` -1) or Xuống (1): the chosen point one place."""
        row = self.selected_row()
        if not self.writable or row is None or not 0 <= row + by < len(self.lines):
            return
        lines = list(self.lines)
        lines[row], lines[row + by] = lines[row + by], lines[row]
        self.show_lines(lines, row + by)
        self.edited.emit()
