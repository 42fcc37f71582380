"""Chương trình năm: the year's supervision programme, its lines, and how far it has gone.

The year chosen above; the programme's title and the day it was agreed, saved with Lưu; its
lines in a table with what the Board decided of each or its session's step; the buttons that
add, edit, postpone, cancel and reinstate a line, and open one as a session in one click.
"In chương trình…" opens the programme as a letter (Chương trình, CTr) in Văn bản soạn
thảo: its open draft, or a new one written from the lines, to preview, print and issue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.organizations import OrganizationRecord
from giamsat_desktop.domain.supervision import SupervisionRole
from giamsat_desktop.domain.supervision_programme import (
    ProgrammeItemRecord,
    ProgrammeItemState,
    ProgrammeProgress,
    ProgrammeRecord,
)
from giamsat_desktop.domain.supervision_records import SessionDraft
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import programme, session_letters
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.supervision.common import LATE_STYLE, ReasonDialog, touched
from giamsat_desktop.ui.supervision.item_dialog import ItemDialog

NUMBER, SUBJECT, BODY, WHEN, FORM, LEAD, PARTICIPANTS, STATE = range(8)


def item_draft(item: ProgrammeItemRecord) -> SessionDraft:
    """The session a line opens as: its subject, body, form, role, lead and month."""
    return SessionDraft(
        form=item.form,
        role=item.role,
        subject=item.subject,
        supervised_body=item.supervised_body,
        lead_id=item.lead_id,
        planned_start=item.planned_start,
    )


class ProgrammeTab(QWidget):
    """The year's programme; emits ``changed`` after a save and asks for sessions to show."""

    changed = Signal(object)
    session_opened = Signal(int)
    """A line was opened as this session: show it."""
    draft_opened = Signal(object, int)
    """A line the Front joins needs its leading body: a new session's (draft, item id)."""
    letter_requested = Signal(object, str, int)
    """In chương trình…: ``(LetterForm.PROGRAMME, PROGRAMME_LETTER, programme id)``."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.record: ProgrammeRecord | None = None
        self.organizations: list[OrganizationRecord] = []
        self.last_dialog: QWidget | None = None
        self._busy = False
        self.year = QSpinBox()
        self.year.setObjectName("programmeYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.title = QLineEdit()
        self.title.setObjectName("programmeTitle")
        self.agreed_on = DateField(name=self.tr("Ngày thống nhất"))
        self.agreed_on.setObjectName("programmeAgreed")
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("programmeSave")
        self.print_button = QPushButton(self.tr("In chương trình…"))
        self.print_button.setObjectName("programmePrint")
        self.print_button.setToolTip(
            self.tr("Chương trình giám sát năm như văn bản: xem trước, in, phát hành")
        )
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Năm:")))
        head.addWidget(self.year)
        head.addWidget(QLabel(self.tr("Tên chương trình:")))
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(self.tr("Ngày thống nhất:")))
        head.addWidget(self.agreed_on)
        head.addWidget(self.save_button)
        head.addWidget(self.print_button)
        self.progress = QLabel()
        self.progress.setObjectName("programmeProgress")
        self.problem = QLabel()
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)

        self.table = QTableWidget(0, 8)
        self.table.setObjectName("programmeItems")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("TT"),
                self.tr("Nội dung giám sát"),
                self.tr("Đối tượng"),
                self.tr("Thời gian"),
                self.tr("Hình thức"),
                self.tr("Chủ trì"),
                self.tr("Tham gia"),
                self.tr("Tình trạng"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in (
            (NUMBER, "000"),
            (BODY, "UBND xã Tân Hưng"),
            (WHEN, "Tháng 12"),
            (FORM, "Tổ chức đoàn giám sát"),
            (LEAD, "Hội LHPN xã"),
            (PARTICIPANTS, "Hội CCB, Đoàn TN"),
            (STATE, "Đã ban hành kế hoạch"),
        ):
            wanted = metrics.horizontalAdvance(sample) + 16
            header.resizeSection(
                column, max(wanted, header.sectionSizeFromContents(column).width())
            )
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())

        self.add_button = QPushButton(self.tr("Thêm…"))
        self.add_button.setObjectName("itemAdd")
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setObjectName("itemEdit")
        self.postpone_button = QPushButton(self.tr("Hoãn…"))
        self.postpone_button.setObjectName("itemPostpone")
        self.cancel_button = QPushButton(self.tr("Hủy…"))
        self.cancel_button.setObjectName("itemCancel")
        self.reinstate_button = QPushButton(self.tr("Khôi phục"))
        self.reinstate_button.setObjectName("itemReinstate")
        self.open_button = QPushButton(self.tr("Mở thành cuộc giám sát"))
        self.open_button.setObjectName("itemOpen")
        self.open_button.setToolTip(
            self.tr("Lập cuộc giám sát từ dòng này, hoặc mở cuộc giám sát đã lập")
        )
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.postpone_button,
            self.cancel_button,
            self.reinstate_button,
            self.open_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)

        self.year.valueChanged.connect(lambda _v: self.reload())
        self.save_button.clicked.connect(self.save_programme)
        self.print_button.clicked.connect(self.print_programme)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.postpone_button.clicked.connect(lambda: self._decide(ProgrammeItemState.POSTPONED))
        self.cancel_button.clicked.connect(lambda: self._decide(ProgrammeItemState.CANCELLED))
        self.reinstate_button.clicked.connect(self.reinstate_item)
        self.open_button.clicked.connect(self.open_item)
        self.update_buttons()

    # ----- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the year's programme, its progress and the organisations."""
        factory, actor, year = self._context.factory, self._context.actor, self.year.value()

        def read(_c: Any) -> tuple[Any, ...]:
            return (
                year,
                programme.get_programme(factory, year),
                programme.progress(factory, actor, year),
                list_organizations(factory),
            )

        self._runner.query(read, on_done=self._show, parent=self)

    def _show(self, result: tuple[Any, ...]) -> None:
        year, record, progress, organizations = result
        if year != self.year.value():
            return  # another year was chosen meanwhile
        self._busy = False
        self.record, self.organizations = record, organizations
        default_title = self.tr("Chương trình giám sát năm {year}").format(year=year)
        self.title.setText(record.title if record and record.title else default_title)
        self.agreed_on.set_date(record.agreed_on if record else None)
        self._show_progress(progress)
        chosen = self.selected()
        items = record.items if record else ()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(self._texts(row, item)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            if chosen is not None and item.id == chosen.id:
                self.table.selectRow(row)
        self.update_buttons()

    def _texts(self, row: int, item: ProgrammeItemRecord) -> list[str]:
        when = ""
        if item.planned_month is not None:
            when = self.tr("Tháng {month}").format(month=item.planned_month)
        elif item.planned_quarter is not None:
            when = self.tr("Quý {quarter}").format(quarter=item.planned_quarter)
        lead = item.lead_name or self.tr("MTTQ")
        if item.role is SupervisionRole.JOIN:
            lead = self.tr("Phối hợp")
        state = label(item.state)
        if item.session_step is not None:
            state = self.tr("Mã số {id}: {step}").format(
                id=item.session_id, step=label(item.session_step)
            )
        return [
            str(row + 1),
            item.subject.replace("\n", " "),
            item.supervised_body,
            when,
            label(item.form),
            lead,
            item.participants,
            state,
        ]

    def _show_progress(self, progress: ProgrammeProgress) -> None:
        self.progress.setText(
            self.tr(
                "Dự kiến {planned} · đang thực hiện {doing} · đã xong {done} · hoãn {postponed}"
                " · hủy {cancelled}"
            ).format(
                planned=progress.planned,
                doing=progress.in_progress,
                done=progress.done,
                postponed=progress.postponed,
                cancelled=progress.cancelled,
            )
        )

    def item_texts(self) -> list[list[str]]:
        """The table as shown, a list of cells per line (for tests and prints)."""
        return [
            [(self.table.item(r, c) or QTableWidgetItem()).text() for c in range(8)]
            for r in range(self.table.rowCount())
        ]

    # ----- buttons ---------------------------------------------------------------------

    def selected(self) -> ProgrammeItemRecord | None:
        """The line chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.record is None or rows[0].row() >= len(self.record.items):
            return None
        return self.record.items[rows[0].row()]

    def update_buttons(self) -> None:
        """What the chosen line allows; nothing for a viewer."""
        writable = self._context.actor.role.can_write and not self._busy
        item = self.selected()
        not_opened = item is not None and not item.opened
        state = item.state if item is not None else None
        self.save_button.setEnabled(writable)
        self.print_button.setEnabled(writable and self.record is not None)
        self.title.setReadOnly(not self._context.actor.role.can_write)
        self.agreed_on.setReadOnly(not self._context.actor.role.can_write)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and item is not None)
        self.postpone_button.setEnabled(
            writable
            and not_opened
            and state is not None
            and state is not ProgrammeItemState.CANCELLED
        )
        self.cancel_button.setEnabled(
            writable
            and not_opened
            and state is not None
            and state is not ProgrammeItemState.CANCELLED
        )
        self.reinstate_button.setEnabled(
            writable
            and not_opened
            and state is not None
            and state is not ProgrammeItemState.PLANNED
        )
        self.open_button.setEnabled(
            item is not None and (item.opened or (writable and state is ProgrammeItemState.PLANNED))
        )

    def _saved(self, result: Any) -> None:
        changes = result[1] if isinstance(result, tuple) else result
        self.problem.clear()
        self.reload()
        self.changed.emit(touched(changes))

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.problem.setText(error_text(exc))
        self.update_buttons()

    def _command(self, fn: Any, on_done: Any = None) -> None:
        self._busy = True
        self.update_buttons()
        self._runner.command(fn, on_done=on_done or self._saved, on_error=self._refused)

    def save_programme(self) -> None:
        """Lưu: make or save the year's programme (its title and the day it was agreed)."""
        if not self.agreed_on.is_valid():
            self.problem.setText(self.agreed_on.problem())
            return
        factory, actor, year = self._context.factory, self._context.actor, self.year.value()
        title, agreed = self.title.text(), self.agreed_on.date()
        record = self.record
        notes = record.notes if record else ""
        version = record.version if record else None
        self._command(
            lambda _c: programme.save_programme(factory, actor, year, title, agreed, notes, version)
        )

    def print_programme(self) -> None:
        """In chương trình…: the year's programme as a letter, to preview, print and issue."""
        if self.record is not None:
            self.letter_requested.emit(
                LetterForm.PROGRAMME, session_letters.PROGRAMME_LETTER, self.record.id
            )

    def add_item(self) -> None:
        """Thêm…: a new line; the year's programme is made first if it has none."""
        if self.record is None:
            factory, actor, year = self._context.factory, self._context.actor, self.year.value()
            title, agreed = self.title.text(), self.agreed_on.date()

            def made(result: tuple[ProgrammeRecord, Changes]) -> None:
                self._busy = False
                self.record = result[0]
                self.changed.emit(touched(result[1]))
                self.update_buttons()
                self.add_item()

            self._command(
                lambda _c: programme.save_programme(factory, actor, year, title, agreed, "", None),
                on_done=made,
            )
            return
        self._item_dialog(None)

    def edit_item(self) -> None:
        """Sửa…: the chosen line."""
        item = self.selected()
        if item is not None and self._context.actor.role.can_write:
            self._item_dialog(item)

    def _item_dialog(self, item: ProgrammeItemRecord | None) -> None:
        assert self.record is not None
        dialog = ItemDialog(
            self._context, self._runner, self.record.id, self.organizations, item, self
        )
        dialog.saved.connect(self._saved)
        self.last_dialog = dialog
        dialog.open()

    def _decide(self, state: ProgrammeItemState) -> None:
        item = self.selected()
        if item is None:
            return
        factory, actor = self._context.factory, self._context.actor
        if state is ProgrammeItemState.POSTPONED:
            title, action, call = self.tr("Hoãn"), self.tr("Hoãn"), programme.postpone_item
        else:
            title, action, call = self.tr("Hủy"), self.tr("Hủy"), programme.cancel_item
        dialog = ReasonDialog(
            self._runner,
            title,
            item.subject,
            action,
            lambda reason: call(factory, actor, item.id, item.version, reason),
            self,
        )
        dialog.saved.connect(self._saved)
        self.last_dialog = dialog
        dialog.open()

    def reinstate_item(self) -> None:
        """Khôi phục: a postponed or cancelled line is planned again."""
        item = self.selected()
        if item is None:
            return
        factory, actor = self._context.factory, self._context.actor
        self._command(lambda _c: programme.reinstate_item(factory, actor, item.id, item.version))

    def open_item(self) -> None:
        """Mở thành cuộc giám sát: make the session from the line and show it.

        A line opened already shows its session; a line the Front joins opens a new
        session's dialog, to name the body that leads.
        """
        item = self.selected()
        if item is None:
            return
        if item.session_id is not None:
            self.session_opened.emit(item.session_id)
            return
        draft = item_draft(item)
        if item.role is SupervisionRole.JOIN:
            self.draft_opened.emit(draft, item.id)
            return
        factory, actor = self._context.factory, self._context.actor

        def made(result: tuple[Any, Changes]) -> None:
            self._saved(result)
            self.session_opened.emit(result[0].id)

        # The line's version moves with the opening: a second click, or another PC, is
        # told the line was opened rather than making a second session.
        self._command(
            lambda _c: programme.open_item_as_session(factory, actor, item.id, item.version),
            on_done=made,
        )
