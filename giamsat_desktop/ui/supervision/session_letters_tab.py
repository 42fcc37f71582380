"""Văn bản: the letters a session produced, and the buttons that write its forms.

The table lists its plan, decision, outline, report and its working sessions' biên bản
(``services.supervision.session_letters.letters_of_session``), newest first; Mở (or a
double click) opens one in the letter's dialog. "Lập kế hoạch…", "Lập quyết định thành lập
đoàn…", "Lập đề cương báo cáo…" and "Lập báo cáo kết quả…" open the session's letter of
that form: its open draft, or a new one written from the session. Only the forms the
session's form and role have are offered (:func:`session_forms`).
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

from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.domain.supervision import (
    SessionStep,
    SupervisionForm,
    SupervisionRole,
    steps_of,
)
from giamsat_desktop.domain.supervision_records import delegation_required
from giamsat_desktop.formatting import format_date
from giamsat_desktop.ui.common.labels import label

KIND, SYMBOL, DAY, STATE, SUBJECT = range(5)
OPEN_LETTER = "letter"
"""The source kind Văn bản soạn thảo takes for one letter itself: ``(form, "letter", id)``."""


def session_forms(form: SupervisionForm, role: SupervisionRole) -> tuple[LetterForm, ...]:
    """The forms a session of ``form`` and ``role`` writes, in the order it needs them.

    A plan where its steps issue one; the decision setting up a delegation for form (2) led
    by the Front; the report outline where the body is notified; the report always (a
    session the Front joins writes only its report).
    """
    steps = steps_of(form, role)
    found = []
    if SessionStep.PLAN_ISSUED in steps:
        found.append(LetterForm.PLAN)
    if delegation_required(form, role):
        found.append(LetterForm.DECISION)
    if SessionStep.NOTIFIED in steps:
        found.append(LetterForm.OUTLINE)
    found.append(LetterForm.REPORT)
    return tuple(found)


def minutes_fit(form: SupervisionForm, role: SupervisionRole) -> bool:
    """Whether the session's working sessions have a biên bản of the Front's.

    Sessions the Front leads that work with the body; not form (1), which studies documents,
    nor a session the Front joins (the leading body keeps the minutes).
    """
    return role is SupervisionRole.LEAD and SessionStep.WORKING in steps_of(form, role)


class LettersTab(QWidget):
    """The session's letters; ``compose_requested(form)`` and ``open_requested(letter)``."""

    compose_requested = Signal(object)
    """A form's button was clicked: the session's letter of this ``LetterForm``."""
    open_requested = Signal(object)
    """Mở: this ``LetterRecord``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[LetterRecord] = []
        self._writable = False
        self._forms: tuple[LetterForm, ...] = ()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("sessionLetters")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Loại văn bản"),
                self.tr("Số, ký hiệu"),
                self.tr("Ngày"),
                self.tr("Trạng thái"),
                self.tr("Trích yếu"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in (
            (KIND, "Đề cương báo cáo"),
            (SYMBOL, "000/QĐ-MTTQ-BTT"),
            (DAY, "00/00/0000"),
            (STATE, "Đã phát hành"),
        ):
            wanted = metrics.horizontalAdvance(sample) + 24
            header.resizeSection(
                column, max(wanted, header.sectionSizeFromContents(column).width())
            )
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)

        self.open_button = QPushButton(self.tr("Mở…"))
        self.open_button.setObjectName("sessionLetterOpen")
        self.form_buttons: dict[LetterForm, QPushButton] = {}
        for form, text in (
            (LetterForm.PLAN, self.tr("Lập kế hoạch…")),
            (LetterForm.DECISION, self.tr("Lập quyết định thành lập đoàn…")),
            (LetterForm.OUTLINE, self.tr("Lập đề cương báo cáo…")),
            (LetterForm.REPORT, self.tr("Lập báo cáo kết quả…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"compose_{form.value}")
            button.setToolTip(
                self.tr("Mở dự thảo đang soạn, hoặc soạn mới từ thông tin cuộc giám sát")
            )
            button.clicked.connect(lambda _c=False, f=form: self.compose_requested.emit(f))
            self.form_buttons[form] = button
        note = QLabel(
            self.tr(
                "Phát hành kế hoạch, quyết định thành lập đoàn hay báo cáo kết quả thì cuộc "
                "giám sát chuyển sang bước tương ứng. Biên bản lập ở thẻ Buổi làm việc."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in self.form_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_letters(self, records: list[LetterRecord]) -> None:
        """The letters as read, the chosen one kept chosen."""
        chosen = self.selected()
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            texts = (
                label(record.form),
                record.symbol,
                format_date(record.issue_date) if record.issue_date else "",
                label(record.state),
                record.content.subject.replace("\n", " "),
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            if chosen is not None and record.id == chosen.id:
                self.table.selectRow(row)
        self._update_buttons()

    def set_session(
        self, form: SupervisionForm | None, role: SupervisionRole | None, writable: bool
    ) -> None:
        """Offer the forms of the session's form and role; a viewer writes none."""
        self._forms = session_forms(form, role) if form and role else ()
        self._writable = writable
        self._update_buttons()

    def selected(self) -> LetterRecord | None:
        """The letter on the chosen line."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def _open(self) -> None:
        letter = self.selected()
        if letter is not None:
            self.open_requested.emit(letter)

    def _update_buttons(self) -> None:
        for form, button in self.form_buttons.items():
            offered = form in self._forms
            button.setVisible(offered)
            button.setEnabled(offered and self._writable)
        self.open_button.setEnabled(self.selected() is not None)

    def lines(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return [
            [(self.table.item(r, c) or QTableWidgetItem()).text() for c in range(5)]
            for r in range(self.table.rowCount())
        ]
