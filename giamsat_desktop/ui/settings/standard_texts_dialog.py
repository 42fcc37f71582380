"""Cài đặt → Mẫu văn bản: the office's usual wording of each form, which new letters start from.

The texts are kept in the database, so every PC of the office uses the same. For the form
chosen, each part the record cannot fill (the closing words, Nơi nhận) has its text, which
the clerk edits, previews in a sample letter, brings back to the program's own wording
("Trở về mẫu gốc") and saves (Lưu, all parts in one go). A viewer reads them only. A letter
already written keeps its own words: only letters drafted after the save take the new ones.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.letters import LetterDraft, LetterForm
from giamsat_desktop.services.catalog import office_settings
from giamsat_desktop.services.catalog.office_settings import TEXT_LIMIT, StandardTextValue
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import drafts, issue
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.discard_question import confirm_discard
from giamsat_desktop.ui.common.edit_flow import (
    discard_allowed,
    leave_choice,
    message_labels,
    save_shortcuts,
    show_messages,
)
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

EDIT_LINES = 4
"""The lines a part's text shows before it scrolls (they grow with the dialog)."""


PART_NAMES = (
    QT_TRANSLATE_NOOP("StandardTexts", "Câu kết"),
    QT_TRANSLATE_NOOP("StandardTexts", "Nơi nhận (mỗi dòng một nơi)"),
    QT_TRANSLATE_NOOP("StandardTexts", "Căn cứ (mỗi dòng một căn cứ)"),
    QT_TRANSLATE_NOOP("StandardTexts", "Bố cục nội dung"),
    QT_TRANSLATE_NOOP("StandardTexts", "Kèm theo"),
    QT_TRANSLATE_NOOP("StandardTexts", "Chữ ký bên Đoàn giám sát"),
    QT_TRANSLATE_NOOP("StandardTexts", "Chữ ký bên được giám sát"),
)
"""The parts' names of ``domain.letters.STANDARD_TEXTS``, for lupdate (a test keeps both equal)."""


def part_name(name: str) -> str:
    """A part's name in the window's language."""
    return QCoreApplication.translate("StandardTexts", name)


class PartEditor(QWidget):
    """One part of a form: its name, the office's text, and "Trở về mẫu gốc"."""

    edited = Signal()

    def __init__(
        self, value: StandardTextValue, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.name = QLabel(part_name(value.name))
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.edit = QPlainTextEdit(value.text)
        self.edit.setReadOnly(read_only)
        if read_only:  # greyed, so that nobody tries to type in it
            self.edit.setStyleSheet("QPlainTextEdit { background: #f3f3f3; color: #333333; }")
        self.edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in a form
        lines = self.edit.fontMetrics().lineSpacing() * EDIT_LINES
        self.edit.setMinimumHeight(lines + 2 * int(self.edit.document().documentMargin()) + 6)
        self.name.setBuddy(self.edit)
        self.reset_button = QPushButton(self.tr("Trở về mẫu gốc"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.setToolTip(
            self.tr("Đưa lời văn gốc của chương trình vào ô này (bấm Lưu để giữ)")
        )
        self.reset_button.setVisible(not read_only)
        self.reset_button.clicked.connect(lambda: self.reset())
        self.edit.textChanged.connect(self._changed)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.edit, 1)
        self._changed()

    def text(self) -> str:
        """The text as typed."""
        return self.edit.toPlainText()

    def has_changes(self) -> bool:
        """Whether the text differs from the one saved."""
        return self.text() != self.value.text

    def reset(self) -> None:
        """Trở về mẫu gốc: the program's own wording in the box (Ctrl+Z takes it back)."""
        cursor = self.edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self.value.default)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        self.reset_button.setEnabled(
            not self.edit.isReadOnly() and self.text().strip() != self.value.default
        )
        self.edited.emit()


class StandardTextsDialog(QDialog):
    """Mẫu văn bản: the wording of each part of a form; Xem trước, Lưu, Đóng."""

    changed = Signal(object)
    """After a save: the ``Changes`` it made."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._settings = settings
        self._read_only = not context.actor.role.can_write
        self._loading = False
        self._saving = False
        self._error = ""
        """What the last read, preview or save was refused for (shown until the next try)."""
        self.parts: dict[str, PartEditor] = {}
        self.last_preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Mẫu văn bản"))

        intro = QLabel(
            self.tr(
                "Lời văn thường dùng mà mỗi văn bản mới của đơn vị bắt đầu từ đó. Mọi máy của "
                "đơn vị dùng chung các mẫu này; văn bản đã soạn giữ lời văn của nó."
            )
        )
        intro.setWordWrap(True)
        self.form_choice = QComboBox()
        for form in LetterForm:
            self.form_choice.addItem(label(form), form)
        self._form = LetterForm(self.form_choice.currentData())
        self.form_choice.currentIndexChanged.connect(lambda _i: self._form_chosen())
        form_row = QHBoxLayout()
        chosen = QLabel(self.tr("&Loại văn bản:"))
        chosen.setBuddy(self.form_choice)
        form_row.addWidget(chosen)
        form_row.addWidget(self.form_choice)
        form_row.addStretch(1)

        self._parts_box = QWidget()
        self._parts_layout = QVBoxLayout(self._parts_box)
        self._parts_layout.setContentsMargins(0, 0, 0, 0)
        self._parts_layout.setSpacing(12)
        scroll = QScrollArea()  # a form with many parts scrolls rather than squeezing them
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._parts_box)

        self.hint = QLabel(
            self.tr(
                "Khi soạn văn bản, chương trình thay các chỗ sau bằng thông tin của đơn vị: "
                "<b>{office}</b> tên đơn vị, <b>{place}</b> địa danh, <b>{higher}</b> cơ quan "
                "cấp trên, <b>{year}</b> năm. Nơi nhận: mỗi dòng một nơi."
            )
        )
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self.viewer_note = QLabel(
            self.tr("<b>Tài khoản chỉ xem:</b> xem được các mẫu nhưng không sửa được.")
        )
        self.viewer_note.setTextFormat(Qt.TextFormat.RichText)
        self.viewer_note.setWordWrap(True)
        self.viewer_note.setVisible(self._read_only)
        self.problem, self.status = message_labels()

        self.preview_button = QPushButton(self.tr("Xem trước…"))
        self.preview_button.setToolTip(
            self.tr("Một văn bản mẫu với lời văn như đang gõ (chưa lưu gì)")
        )
        self.save_button = QPushButton(self.tr("Lưu"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.preview_button.clicked.connect(lambda: self.preview())
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(lambda: self.reject())
        for button in (self.preview_button, self.close_button):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.save_button.setVisible(not self._read_only)
        save_shortcuts(self, lambda: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.viewer_note)
        layout.addLayout(form_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        self._fit_screen()
        self.load()

    def _fit_screen(self) -> None:
        """A comfortable size, never larger than the screen's free area."""
        self.setMinimumSize(640, 480)
        width, height = 900, 660
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, int(free.width() * 0.9))
            height = min(height, int(free.height() * 0.9))
        self.resize(max(width, 640), max(height, 480))

    # ----- reading -------------------------------------------------------------------

    @property
    def form(self) -> LetterForm:
        """The form whose texts are shown."""
        return self._form

    def load(self) -> None:
        """Read the chosen form's texts (the office's, else the program's)."""
        factory, form = self._context.factory, self._form
        self._loading = True
        self._enable()
        self._runner.query(
            lambda _c: office_settings.standard_texts(factory, form),
            on_done=self._show,
            on_error=self._load_refused,
        )

    def _show(self, values: list[StandardTextValue]) -> None:
        for editor in self.parts.values():
            self._parts_layout.removeWidget(editor)
            editor.deleteLater()
        self.parts = {}
        for value in values:
            editor = PartEditor(value, self._read_only)
            editor.edited.connect(self._revalidate)
            self._parts_layout.addWidget(editor, 1)
            self.parts[value.key] = editor
        self._loading = False
        self._enable()
        first = next(iter(self.parts.values()), None)
        if first is not None:
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_refused(self, exc: BaseException) -> None:
        self._loading = False
        self._refused(exc)

    # ----- checking --------------------------------------------------------------------

    def has_changes(self) -> bool:
        """Whether something typed is not saved yet."""
        return any(editor.has_changes() for editor in self.parts.values())

    def problems(self) -> list[str]:
        """What must be fixed before saving: an empty part, a part too long."""
        found = []
        for editor in self.parts.values():
            text = editor.text().strip()
            if not text:
                found.append(
                    self.tr("{name}: chưa có nội dung.").format(name=part_name(editor.value.name))
                )
            elif len(text) > TEXT_LIMIT:
                found.append(
                    self.tr("{name}: dài quá, tối đa {limit} ký tự.").format(
                        name=part_name(editor.value.name), limit=TEXT_LIMIT
                    )
                )
        return found

    def _revalidate(self) -> None:
        if self.has_changes():
            self.status.clear()
        self._enable()

    def _enable(self) -> None:
        """Show the problems; allow what the texts and the work under way allow."""
        found = self.problems()
        show_messages(self.problem, self.status, found, self._error)
        ready = bool(self.parts) and not (self._loading or self._saving)
        self.form_choice.setEnabled(not (self._loading or self._saving))
        self.save_button.setEnabled(ready and not found and self.has_changes())
        self.preview_button.setEnabled(ready and not found)

    # ----- actions ---------------------------------------------------------------------

    def _form_chosen(self) -> None:
        form = LetterForm(self.form_choice.currentData())
        if form is self._form or not leave_choice(
            self.form_choice, self._form, self.has_changes, self.confirm_discard
        ):
            return
        self._form = form
        self._error = ""
        self.status.clear()
        self.load()

    def preview(self) -> None:
        """Xem trước: a sample letter of the form with the texts as typed (nothing saved)."""
        if self.problems():
            return
        self._error = ""
        self._enable()
        factory, form = self._context.factory, self._form
        texts = {key: editor.text() for key, editor in self.parts.items()}

        def make(_control: object) -> issue.PrintedLetter:
            content = drafts.sample_content(factory, form, texts)
            return issue.preview_letter(factory, LetterDraft(form, content), issue.PDF)

        def shown(printed: issue.PrintedLetter) -> None:
            kind = label(form)
            self.last_preview = PdfPreviewDialog(
                printed.data,
                self.tr("Xem trước mẫu: {kind}").format(kind=kind),
                f"mau-{form.value.replace('_', '-')}.pdf",
                self,
                settings=self._settings,
                runner=self._runner,
            )
            self.last_preview.open()

        self._runner.query(
            make,
            on_done=shown,
            on_error=self._refused,
            parent=self,
            progress_label=self.tr("Đang tạo bản in…"),
        )

    def save(self) -> None:
        """Lưu: keep every part changed, all in one transaction, each with its version."""
        if self._read_only or self._saving or self.problems() or not self.has_changes():
            return
        factory, actor = self._context.factory, self._context.actor
        edits = [
            (key, editor.text(), editor.value.version)
            for key, editor in self.parts.items()
            if editor.has_changes()
        ]
        self._saving = True
        self._error = ""
        self._enable()
        self._runner.command(
            lambda _c: office_settings.save_standard_texts(factory, actor, edits),
            on_done=self._saved,
            on_error=self._save_refused,
        )

    def _saved(self, changes: Changes) -> None:
        self._saving = False
        self.load()
        self.status.setText(
            self.tr("Đã lưu. Văn bản soạn mới từ nay bắt đầu từ lời văn này, ở mọi máy.")
        )
        self.status.setVisible(True)
        self.changed.emit(changes)

    def _save_refused(self, exc: BaseException) -> None:
        self._saving = False
        self._refused(exc)
        if isinstance(exc, ConflictError) and exc.code is ErrorCode.STALE_EDIT:
            self.load()  # another PC saved meanwhile: show its wording

    def _refused(self, exc: BaseException) -> None:
        self._error = error_text(exc)
        self._enable()

    # ----- closing ---------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask whether to throw away what was typed; the safe answer is to keep typing."""
        return confirm_discard(
            self,
            self.tr("Bỏ những gì đã sửa?"),
            self.tr("Lời văn vừa sửa chưa được lưu."),
            self.tr("Bỏ"),
            self.tr("Tiếp tục sửa"),
        )

    def reject(self) -> None:
        """Đóng, Esc: ask first when something typed is not saved."""
        if self._saving:
            return  # the save under way decides; it takes a moment
        if discard_allowed(self.has_changes, self.confirm_discard):
            super().reject()
