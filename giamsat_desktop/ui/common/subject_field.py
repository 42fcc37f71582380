"""The subject (trích yếu) of a register line: at most 500 characters, counted as it is typed.

Nghị định 30/2020/NĐ-CP, Phụ lục VI, gives the subject of a document's metadata as at most
500 characters. Typing stops at the limit and a paste is cut to fit, with a word under the
field; a subject saved before the limit existed is shown whole and only said to be too long.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from giamsat_desktop.domain.registers import SUBJECT_MAX_LENGTH
from giamsat_desktop.domain.text import normalize
from giamsat_desktop.formatting import format_number

NEAR_LIMIT = 0.9
"""From this share of the limit on, the counter is red."""
RED = "color: #b00020;"
GREY = "color: #555555;"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class SubjectEdit(QPlainTextEdit):
    """A multi-line subject that refuses to grow past the limit; ``counter`` shows its length.

    Enter starts a new line (Ctrl+Enter saves the dialog); Tab moves to the next field.
    """

    def __init__(self, limit: int = SUBJECT_MAX_LENGTH, parent: QWidget | None = None) -> None:
        """Make the field and its counter (placed by the dialog under the field).

        Args:
            limit: The most characters a subject may have.
            parent: The parent widget.
        """
        super().__init__(parent)
        self.limit = limit
        self.setTabChangesFocus(True)
        self.counter = QLabel()
        self.counter.setObjectName("subjectCounter")
        self._notice = ""
        self._stored = ""
        why = self.tr(
            "Nghị định 30/2020/NĐ-CP, Phụ lục VI: trích yếu nội dung tối đa {limit} ký tự."
        ).format(limit=limit)
        self.setToolTip(why)
        self.counter.setToolTip(why)
        self.textChanged.connect(self._changed)
        self._show_count()

    def show_stored(self, text: str) -> None:
        """Show the subject of a saved record whole, even when longer than the limit."""
        self._stored = text
        self.setPlainText(text)

    def is_stored_as_it_was(self) -> bool:
        """Whether the field still holds the saved subject (the service keeps it as it is)."""
        return bool(self._stored) and normalize(self.toPlainText()) == normalize(self._stored)

    def problem(self) -> str:
        """Why the subject cannot be saved as it is: an older long one edited but still too long."""
        if self.length() <= self.limit or self.is_stored_as_it_was():
            return ""
        return self.tr(
            "Trích yếu nội dung dài {length} ký tự, quá mức tối đa {limit}: hãy rút gọn, "
            "hoặc để nguyên như đã lưu."
        ).format(length=format_number(self.length()), limit=format_number(self.limit))

    def length(self) -> int:
        """The length of the subject, its letters composed as they are stored (NFC)."""
        return len(_nfc(self.toPlainText()))

    # ----- refusing to grow ------------------------------------------------------------

    def _room(self) -> int:
        """How many characters may replace the selection without passing the limit.

        A subject already longer than the limit (an older record) may be edited but not grow.
        """
        current = len(_nfc(self.toPlainText()))
        selected = len(_nfc(self.textCursor().selectedText()))
        return max(self.limit, current) - (current - selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Refuse a typed character that would pass the limit."""
        typed = event.text()
        control = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed = "\n"
        inserts = bool(typed) and not control and (typed == "\n" or typed.isprintable())
        if inserts and len(_nfc(typed)) > self._room():
            event.accept()
            self._tell(self.tr("đã đủ {limit} ký tự").format(limit=self.limit))
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """Paste (or drop) no more than fits; say so when the text was cut."""
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        text = _nfc(source.text())
        room = self._room()
        if len(text) <= room:
            self.textCursor().insertText(text)
            self.ensureCursorVisible()
            return
        self.textCursor().insertText(text[: max(room, 0)])
        self.ensureCursorVisible()
        self._tell(
            self.tr("phần dán đã bị cắt: trích yếu tối đa {limit} ký tự").format(limit=self.limit)
        )

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        """Cut what an input method commits to what fits."""
        committed = _nfc(event.commitString())
        room = self._room()
        if len(committed) > room:
            event.setCommitString(committed[: max(room, 0)], event.replacementStart(), 0)
            super().inputMethodEvent(event)
            self._tell(self.tr("đã đủ {limit} ký tự").format(limit=self.limit))
            return
        super().inputMethodEvent(event)

    # ----- the counter -----------------------------------------------------------------

    def _tell(self, notice: str) -> None:
        self._notice = notice
        self._show_count()

    def _changed(self) -> None:
        self._notice = ""
        self._show_count()

    def _show_count(self) -> None:
        length = self.length()
        text = self.tr("{length} / {limit} ký tự").format(
            length=format_number(length), limit=format_number(self.limit)
        )
        if length > self.limit and self.is_stored_as_it_was():
            over = self.tr("dài hơn mức tối đa {limit} ký tự (nhập từ trước, giữ nguyên)")
            text += " — " + over.format(limit=format_number(self.limit))
        elif length > self.limit:
            over = self.tr("dài hơn mức tối đa {limit} ký tự: hãy rút gọn")
            text += " — " + over.format(limit=format_number(self.limit))
        elif self._notice:
            text += f" — {self._notice}"
        self.counter.setText(text)
        self.counter.setStyleSheet(RED if length >= self.limit * NEAR_LIMIT else GREY)
