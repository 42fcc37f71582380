"""Soạn công văn (or a plan, a decision …): write a letter, preview it, keep the draft, issue it.

The clerk writes the subject (V/v …), Kính gửi, the body and Nơi nhận, or what the form has
(``letter_fields``); a new letter starts from the office's standard wording. Xem trước shows
the letter as it prints (a draft: the number blank and DỰ THẢO above the header). Phát hành
gives it the next number of the outgoing register, enters it there with its PDF and Word
files, and locks it; a biên bản or an outline, which take no number, are made final with
Hoàn tất instead (dated and locked, no register line). Issuing goes through
``services.issuing``: a supervision plan, decision or report moves its session to its step
in the same transaction, and the ``Changes`` emitted name the supervision too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.board import BoardMemberRecord
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.letters import LetterContent, LetterDraft, LetterForm, LetterRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services import issuing
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import drafts, issue
from giamsat_desktop.ui.common.attachments_dialog import AttachmentsDialog
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.discard_question import confirm_discard
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.file_choice import save_path
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from giamsat_desktop.ui.letters.letter_fields import LetterFields


class LetterDialog(QDialog):
    """One letter: its fields, Xem trước, Lưu dự thảo, Phát hành, Xuất Word, Đóng."""

    changed = Signal(object)
    """A save or an issue: the ``Changes`` it made."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Settings,
        letter: LetterRecord | None = None,
        content: LetterContent | None = None,
        parent: QWidget | None = None,
        *,
        source: tuple[str, int | None] = ("", None),
        form: LetterForm = LetterForm.CONG_VAN,
        signer_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._signer_id = signer_id
        """Who signs a new letter when not the chair (a biên bản: the delegation's head)."""
        self._context = context
        self._runner = runner
        self._settings = settings
        self._source = source
        self.letter = letter
        self.form_kind = letter.form if letter else form
        self.last_preview: PdfPreviewDialog | None = None
        self.setMinimumSize(820, 620)

        self.state_label = QLabel()
        self.state_label.setObjectName("letterState")
        self.fields = LetterFields(self.form_kind)
        fields = self.fields
        self.signer, self.secrecy, self.subject = fields.signer, fields.secrecy, fields.subject
        self.recipients, self.body = fields.recipients, fields.body
        self.copies_to = fields.copies_to
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)

        self.preview_button = QPushButton(self.tr("Xem trước…"))
        self.word_button = QPushButton(self.tr("Xuất Word…"))
        self.save_button = QPushButton(self.tr("Lưu dự thảo"))
        self.issue_button = QPushButton(
            self.tr("Phát hành…") if self.form_kind.shape.numbered else self.tr("Hoàn tất…")
        )
        self.close_button = QPushButton(self.tr("Đóng"))
        self.files_button = QPushButton(self.tr("Tệp đính kèm…"))
        self.files_button.setToolTip(
            self.tr("Bản đã ký quét lại, tệp Word đã sửa: giữ cùng tệp PDF, Word khi phát hành")
        )
        self.last_files: AttachmentsDialog | None = None
        self.files_button.clicked.connect(lambda: self.show_files())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.word_button.clicked.connect(lambda: self.export_word())
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.issue_button.clicked.connect(lambda: self.ask_issue())
        self.close_button.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.word_button, self.files_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.issue_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        for edit in (self.subject,):
            edit.textChanged.connect(self._revalidate)
        self._fill(letter.content if letter else content or LetterContent(""))
        if letter is not None:
            self.secrecy.setCurrentIndex(self.secrecy.findData(letter.secrecy))
        self._saved_entry = self._entered()
        self._load_signers()
        self._show_state()
        self.subject.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- fields ----------------------------------------------------------------------

    def _fill(self, content: LetterContent) -> None:
        self.fields.fill(content)

    def _load_signers(self) -> None:
        factory = self._context.factory

        def shown(members: list[BoardMemberRecord]) -> None:
            chosen = self.letter.signer_id if self.letter else self._signer_id
            self.signer.clear()
            for member in members:
                self.signer.addItem(
                    f"{member.full_name} — {member.signature.one_line()}", member.id
                )
            if not members:
                self.signer.addItem(self.tr("Chủ tịch ghi trong thông tin đơn vị"), None)
            index = self.signer.findData(chosen) if chosen is not None else 0
            self.signer.setCurrentIndex(max(index, 0))
            self._saved_entry = self._entered()

        self._runner.query(
            lambda _c: board.list_board(factory, include_inactive=False), on_done=shown
        )

    def draft(self) -> LetterDraft:
        """The letter as the fields hold it now."""
        return LetterDraft(
            form=self.form_kind,
            content=self.fields.content(),
            signer_id=self.signer.currentData(),
            secrecy=self.secrecy.currentData() or Secrecy.NORMAL,
            source_kind=self._source[0],
            source_id=self._source[1],
        )

    def _entered(self) -> tuple[Any, ...]:
        return (self.draft(), self.signer.currentIndex())

    def has_changes(self) -> bool:
        """Whether something typed is not saved yet."""
        return self._entered() != self._saved_entry

    def _revalidate(self) -> None:
        if self.subject.text().strip():
            self.problem.clear()

    def _show_state(self) -> None:
        letter = self.letter
        editable = letter is None or letter.is_draft
        self.fields.set_editable(editable)
        self.save_button.setVisible(editable)
        self.issue_button.setVisible(editable)
        self.files_button.setVisible(letter is not None and letter.outgoing_id is not None)
        kind = label(self.form_kind)
        numbered = self.form_kind.shape.numbered
        if letter is None:
            self.setWindowTitle(self.tr("Soạn {kind}").format(kind=kind.lower()))
            self.state_label.setText(
                self.tr("Dự thảo mới, chưa lưu: chưa có số.")
                if numbered
                else self.tr("Dự thảo mới, chưa lưu: {kind} không đánh số.").format(
                    kind=kind.lower()
                )
            )
            return
        self.setWindowTitle(self.tr("{kind} — mã số {id}").format(kind=kind, id=letter.id))
        if letter.is_draft:
            text = self.tr("Dự thảo (mã số {id}): chưa có số, in ra có chữ DỰ THẢO.")
            if not numbered:
                text = self.tr("Dự thảo (mã số {id}): không đánh số, in ra có chữ DỰ THẢO.")
        elif letter.issue_date is not None and letter.symbol:
            text = self.tr("{state}: số {symbol} ngày {date} — đã vào sổ văn bản đi.")
        elif letter.issue_date is not None and not numbered:
            text = self.tr("Đã hoàn tất ngày {date}: không đánh số, không vào sổ văn bản đi.")
        else:
            text = self.tr("{state}.")
        self.state_label.setText(
            text.format(
                id=letter.id,
                state=label(letter.state),
                symbol=letter.symbol,
                date=format_date(letter.issue_date) if letter.issue_date else "",
            )
        )

    # ----- actions ---------------------------------------------------------------------

    def _missing_subject(self) -> bool:
        if self.subject.text().strip():
            return False
        self.problem.setText(
            self.tr("Chưa nhập trích yếu (V/v …).")
            if self.form_kind is LetterForm.CONG_VAN
            else self.tr("Chưa nhập trích yếu.")
        )
        self.subject.setFocus()
        return True

    def _printed(self, fmt: str) -> Callable[[TaskControl], issue.PrintedLetter]:
        factory, actor, folder = (
            self._context.factory,
            self._context.actor,
            self._context.data_folder,
        )
        letter = self.letter
        if letter is not None and not (letter.is_draft and self.has_changes()):
            letter_id = letter.id
            return lambda _c: issue.print_letter(factory, actor, folder, letter_id, fmt)
        draft, letter_id = self.draft(), letter.id if letter else 0
        return lambda _c: issue.preview_letter(factory, draft, fmt, letter_id=letter_id)

    def preview(self) -> None:
        """Xem trước: the letter as it prints, with In and Lưu tệp PDF."""
        if self._missing_subject():
            return

        def shown(printed: issue.PrintedLetter) -> None:
            title = self.tr("Xem trước: {name}").format(name=printed.name)
            self.last_preview = PdfPreviewDialog(
                printed.data,
                title,
                printed.name,
                self,
                settings=self._settings,
                runner=self._runner,
            )
            self.last_preview.open()

        self._runner.query(
            self._printed(issue.PDF),
            on_done=shown,
            on_error=self._refused,
            parent=self,
            progress_label=self.tr("Đang tạo bản in…"),
        )

    def export_word(self) -> None:
        """Xuất Word: the same letter as a .docx the clerk can edit in Word or LibreOffice."""
        if self._missing_subject():
            return
        stem = issue.file_stem(self.letter) if self.letter else "du-thao"
        target = save_path(
            self,
            self._settings,
            self.tr("Xuất Word"),
            f"{stem}.docx",
            self.tr("Tài liệu Word (*.docx)"),
            ".docx",
        )
        if target is None:
            return
        make = self._printed(issue.DOCX)

        def write(control: TaskControl) -> Path:
            target.write_bytes(make(control).data)
            return target

        def written(path: Path) -> None:
            QMessageBox.information(
                self, self.tr("Xuất Word"), self.tr("Đã ghi {path}.").format(path=path)
            )

        self._runner.query(write, on_done=written, on_error=self._refused, parent=self)

    def save_draft(self, then: Callable[[], None] | None = None) -> None:
        """Lưu dự thảo: keep the draft (a new one gets its Mã số)."""
        if self._missing_subject():
            return
        factory, actor, draft = self._context.factory, self._context.actor, self.draft()
        letter = self.letter
        letter_id, version = (letter.id, letter.version) if letter else (None, None)

        def saved(result: tuple[LetterRecord, Changes]) -> None:
            self.letter, changes = result
            self._saved_entry = self._entered()
            self.problem.clear()
            self._show_state()
            self.changed.emit(changes)
            if then is not None:
                then()

        self._runner.command(
            lambda _c: drafts.save_letter(factory, actor, draft, letter_id, version),
            on_done=saved,
            on_error=self._refused,
        )

    def ask_issue(self) -> None:
        """Phát hành… (Hoàn tất… for a form without number): ask, save, then issue."""
        if self._missing_subject():
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        if self.form_kind.shape.numbered:
            action = self.tr("Phát hành")
            box.setText(self.tr("Phát hành văn bản này?"))
            box.setInformativeText(
                self.tr(
                    "Văn bản lấy số tiếp theo của sổ văn bản đi, vào sổ cùng tệp PDF và Word, "
                    "và không sửa được nữa (muốn sửa thì hủy rồi phát hành văn bản mới)."
                )
            )
        else:
            action = self.tr("Hoàn tất")
            box.setText(self.tr("Hoàn tất văn bản này?"))
            box.setInformativeText(
                self.tr(
                    "{kind} không lấy số và không vào sổ văn bản đi: văn bản được ghi ngày hôm "
                    "nay, in ra không còn chữ DỰ THẢO và không sửa được nữa."
                ).format(kind=label(self.form_kind))
            )
        box.setWindowTitle(action)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(action)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Chưa"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.exec()
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        if self.letter is None or self.has_changes():
            self.save_draft(then=self._issue)
        else:
            self._issue()

    def _issue(self) -> None:
        letter = self.letter
        assert letter is not None
        factory, actor, folder = (
            self._context.factory,
            self._context.actor,
            self._context.data_folder,
        )

        def issued(result: tuple[LetterRecord, Changes]) -> None:
            self.letter, changes = result
            self._saved_entry = self._entered()
            self._show_state()
            self.changed.emit(changes)
            if not self.letter.symbol:
                QMessageBox.information(
                    self,
                    self.tr("Hoàn tất"),
                    self.tr("Đã hoàn tất {kind}: không đánh số, không vào sổ văn bản đi.").format(
                        kind=label(self.form_kind).lower()
                    ),
                )
                return
            QMessageBox.information(
                self,
                self.tr("Phát hành"),
                self.tr(
                    "Đã phát hành: số {symbol}. Văn bản đã vào sổ văn bản đi, kèm tệp PDF và Word."
                ).format(symbol=self.letter.symbol),
            )

        self._runner.command(
            lambda _c: issuing.issue_letter(factory, actor, folder, letter.id, letter.version),
            on_done=issued,
            on_error=self._refused,
            parent=self,
            progress_label=self.tr("Đang phát hành…"),
            cancellable=False,
        )

    def show_files(self) -> AttachmentsDialog | None:
        """Tệp đính kèm: the issued letter's files in the register; add the signed scan."""
        letter = self.letter
        if letter is None or letter.outgoing_id is None:
            return None
        dialog = AttachmentsDialog(
            self._context, self._runner, "outgoing", letter.outgoing_id, letter.symbol, self
        )
        dialog.finished.connect(lambda _r: [self.changed.emit(c) for c in dialog.changes])
        self.last_files = dialog
        dialog.open()
        return dialog

    def _refused(self, exc: BaseException) -> None:
        self.problem.setText(error_text(exc))

    def reject(self) -> None:
        """Đóng, Esc: ask first when something typed is not saved."""
        if (
            self.has_changes()
            and (self.letter is None or self.letter.is_draft)
            and not confirm_discard(
                self,
                self.tr("Bỏ những gì đã nhập?"),
                self.tr("Những gì vừa nhập chưa được lưu."),
                self.tr("Bỏ"),
                self.tr("Tiếp tục nhập"),
            )
        ):
            return
        super().reject()
