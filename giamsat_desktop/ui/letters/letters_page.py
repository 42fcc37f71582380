"""Văn bản soạn thảo: the letters the office wrote, drafts and issued, with Soạn công văn.

Soạn văn bản khác opens a menu of the other forms (chương trình, kế hoạch, quyết định, đề
cương báo cáo, biên bản, báo cáo); each starts from the office's standard wording of it.

Other pages ask for a record's letter through ``Action.COMPOSE_LETTER`` (``pages.py``): a
reply to an incoming document, a directive's task letter, an organisation's chase letter, a
supervision session's plan, decision, outline or report, a working session's biên bản, the
year's programme; or for one letter itself (``OPEN_LETTER``), to read or issue it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.letters import (
    COMPOSED_FORMS,
    LetterContent,
    LetterForm,
    LetterRecord,
    LetterState,
)
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import letters as criticism_letters
from giamsat_desktop.services.dialogues import letters as dialogue_letters
from giamsat_desktop.services.letters import drafts, issue
from giamsat_desktop.services.recommendations import letters as recommendation_letters
from giamsat_desktop.services.statistics import periodic_report
from giamsat_desktop.services.supervision import session_letters
from giamsat_desktop.services.tasks import task_letters
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_table_view import sorted_table
from giamsat_desktop.ui.letters.letter_dialog import LetterDialog
from giamsat_desktop.ui.letters.letters_model import (
    DATE,
    FORM,
    ID,
    SIGNER,
    STATE,
    SUBJECT,
    SYMBOL,
    LettersTableModel,
)

OPEN_LETTER = "letter"
"""The ``source_kind`` that asks for one letter itself: ``(form, OPEN_LETTER, letter id)``."""


def _content_maker(
    context: ServiceContext, form: LetterForm, source_kind: str, source_id: int
) -> drafts.ContentMaker:
    """How a new letter of a record starts: from its task, session, criticism or answer."""
    factory, actor = context.factory, context.actor
    supervision = session_letters.content_maker(factory, actor, form, source_kind, source_id)
    if supervision is not None:
        return supervision
    recommendation = recommendation_letters.content_maker(factory, actor, source_kind, source_id)
    if recommendation is not None:
        return recommendation
    criticism = criticism_letters.content_maker(factory, actor, form, source_kind, source_id)
    if criticism is not None:
        return criticism
    dialogue = dialogue_letters.content_maker(factory, actor, form, source_kind, source_id)
    if dialogue is not None:
        return dialogue
    periodic = periodic_report.content_maker(factory, actor, form, source_kind, source_id)
    if periodic is not None:
        return periodic
    if source_kind == task_letters.TASK_LETTER:
        return lambda: task_letters.task_letter_content(factory, actor, source_id)
    if source_kind == task_letters.CHASE_LETTER:
        today = clock.today()
        return lambda: task_letters.chase_letter_content(factory, actor, source_id, today)
    return lambda: drafts.content_for_record(factory, actor, form, source_kind, source_id)


class LettersPage(QWidget):
    """The list of letters, newest first; open one to preview, issue or print it."""

    changed = Signal(object)
    """A save, an issue or a cancel: the ``Changes`` it made."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, settings: Settings) -> None:
        super().__init__()
        self._context = context
        self._runner = runner
        self.settings = settings
        self.last_dialog: LetterDialog | None = None
        self.model = LettersTableModel()
        self.proxy, self.view = sorted_table(self.model, self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((ID, 70), (FORM, 130), (SIGNER, 170), (STATE, 120), (SYMBOL, 130)):
            header.resizeSection(column, width)
        header.resizeSection(DATE, 120)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())

        self.compose_button = QPushButton(self.tr("Soạn công văn…"))
        self.compose_other_button = QPushButton(self.tr("Soạn văn bản khác"))
        self.compose_other_button.setToolTip(
            self.tr("Chương trình, kế hoạch, quyết định, đề cương báo cáo, biên bản, báo cáo")
        )
        other = QMenu(self.compose_other_button)
        for form in COMPOSED_FORMS:
            action = other.addAction(self.tr("{kind}…").format(kind=label(form)))
            action.triggered.connect(lambda _checked=False, chosen=form: self.compose(chosen))
        self.compose_other_button.setMenu(other)
        self.open_button = QPushButton(self.tr("Mở…"))
        self.cancel_button = QPushButton(self.tr("Hủy văn bản…"))
        self.compose_button.clicked.connect(lambda: self.compose(LetterForm.CONG_VAN))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        for button in (
            self.compose_button,
            self.compose_other_button,
            self.open_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        hint = QLabel(
            self.tr(
                "Văn bản do đơn vị soạn: dự thảo in có chữ DỰ THẢO; khi phát hành, văn bản lấy "
                "số của sổ văn bản đi và vào sổ cùng tệp PDF, Word (biên bản, đề cương báo cáo "
                "không đánh số: hoàn tất là xong)."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        """Read the letters again (in the background)."""
        factory, actor = self._context.factory, self._context.actor

        def shown(letters: list[LetterRecord]) -> None:
            self.model.set_records(letters)
            self.count_label.setText(self.tr("{count} văn bản").format(count=len(letters)))
            self._update_buttons()

        self._runner.query(lambda _c: drafts.list_letters(factory, actor), on_done=shown)

    def on_changes(self, changes: Changes) -> None:
        """Re-read after a save elsewhere (an outgoing line cancelled, a letter issued)."""
        self.reload()

    def selected(self) -> LetterRecord | None:
        """The letter of the selected row."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        letter = self.selected()
        writable = self._context.actor.role.can_write
        self.compose_button.setEnabled(writable)
        self.compose_other_button.setEnabled(writable)
        self.open_button.setEnabled(letter is not None)
        self.cancel_button.setEnabled(
            writable and letter is not None and letter.state is not LetterState.CANCELLED
        )

    def _show(self, dialog: LetterDialog) -> LetterDialog:
        dialog.changed.connect(self._saved)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, changes: Changes) -> None:
        self.reload()
        self.changed.emit(changes)

    def compose(
        self, form: LetterForm, source_kind: str = "", source_id: int | None = None
    ) -> None:
        """Soạn: a new letter from the office's standard wording, or a record's letter.

        For a record (``source_kind``, ``source_id``: an incoming document answered, a
        directive's task letter, an organisation's chase letter, a supervision session, a
        working session, a year's programme) its open draft is reopened; without one a new
        letter starts from what the record says.
        """
        factory, actor = self._context.factory, self._context.actor
        if not source_kind or source_id is None:
            self._runner.query(
                lambda _c: drafts.new_content(factory, form),
                on_done=lambda content: self._show_content(content, form=form),
            )
            return
        key = source_id
        make = _content_maker(self._context, form, source_kind, key)

        def read(_control: object) -> LetterRecord | tuple[LetterContent, int | None]:
            found = drafts.open_draft(factory, actor, form, source_kind, key)
            if found is not None:
                return found
            return make(), session_letters.signer_for(factory, actor, source_kind, key)

        def ready(result: LetterRecord | tuple[LetterContent, int | None]) -> None:
            if isinstance(result, LetterRecord):
                self._show(
                    LetterDialog(self._context, self._runner, self.settings, result, parent=self)
                )
            else:
                content, signer = result
                self._show_content(content, (source_kind, key), form=form, signer_id=signer)

        self._runner.query(read, on_done=ready, on_error=self._refused)

    def _show_content(
        self,
        content: LetterContent,
        source: tuple[str, int | None] = ("", None),
        *,
        form: LetterForm = LetterForm.CONG_VAN,
        signer_id: int | None = None,
    ) -> None:
        self._show(
            LetterDialog(
                self._context,
                self._runner,
                self.settings,
                signer_id=signer_id,
                content=content,
                parent=self,
                source=source,
                form=form,
            )
        )

    def open_letter(self, letter_id: int) -> None:
        """The letter ``letter_id`` in its dialog, as Mở shows it (asked by another page)."""
        factory, actor = self._context.factory, self._context.actor
        self._runner.query(
            lambda _c: drafts.get_letter(factory, actor, letter_id),
            on_done=lambda letter: self._show(
                LetterDialog(self._context, self._runner, self.settings, letter, parent=self)
            ),
            on_error=self._refused,
        )

    def open_selected(self) -> None:
        """Mở: the selected letter in its dialog (read-only once issued)."""
        letter = self.selected()
        if letter is not None:
            self._show(
                LetterDialog(self._context, self._runner, self.settings, letter, parent=self)
            )

    def cancel_selected(self) -> None:
        """Hủy: drop a draft, or cancel an issued letter with its register line and a reason."""
        letter = self.selected()
        if letter is None:
            return
        factory, actor = self._context.factory, self._context.actor
        if letter.is_draft:
            asked = QMessageBox.question(
                self,
                self.tr("Hủy dự thảo"),
                self.tr("Bỏ dự thảo “{subject}”? Dự thảo chưa có số.").format(
                    subject=letter.content.subject
                ),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
            self._runner.command(
                lambda _c: drafts.discard_draft(factory, actor, letter.id, letter.version),
                on_done=self._saved,
                on_error=self._refused,
            )
            return
        question = self.tr(
            "Hủy văn bản số {symbol} (dòng của nó trong sổ văn bản đi cũng bị hủy; số này "
            "không cấp lại). Lý do hủy:"
        ).format(symbol=letter.symbol)
        if not letter.symbol:  # a biên bản, an outline: no number, no register line
            question = self.tr("Hủy {kind} (mã số {id}, không đánh số). Lý do hủy:").format(
                kind=label(letter.form).lower(), id=letter.id
            )
        reason, ok = QInputDialog.getText(self, self.tr("Hủy văn bản"), question)
        if not ok or not reason.strip():
            return
        self._runner.command(
            lambda _c: issue.cancel_letter(factory, actor, letter.id, letter.version, reason)[1],
            on_done=self._saved,
            on_error=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Văn bản soạn thảo"), error_text(exc))
