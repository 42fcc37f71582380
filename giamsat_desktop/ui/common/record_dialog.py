"""Base of the small edit dialogs: a form, a problem line, Lưu / Hủy, saving off-thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.discard_question import confirm_discard
from giamsat_desktop.ui.common.error_text import error_text


def _fields_in(layout: QLayout) -> list[QWidget]:
    """The widgets of a layout and of its inner layouts, in the order they were added."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(_fields_in(inner))
    return found


class RecordDialog(QDialog):
    """Enter saves, Esc cancels; the dialog closes only once the service accepted the save.

    The cursor starts in the first field (``first_field``, else the first the form shows);
    Lưu is the default button, so Enter saves from any one-line field and Ctrl+Enter from a
    multi-line one. Esc, Hủy or the window's close button ask before throwing away what was
    typed, and close at once when nothing was.
    """

    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._runner = runner
        self.result_record: Any = None
        self.first_field: QWidget | None = None
        self._entered_at_opening: list[object] | None = None
        self._saving = False
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> Any:
        """The Lưu button (disabled while the form has a problem)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def cancel_button(self) -> Any:
        """The Hủy button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    # ----- opening ------------------------------------------------------------------

    def fields(self) -> list[QWidget]:
        """The widgets that take the keyboard, in the order the form shows them."""
        return [
            widget
            for widget in _fields_in(self.form)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        """On first showing: Tab follows the form, the cursor is in the first field."""
        if visible and self._entered_at_opening is None:
            self._arrange_focus()
            self._entered_at_opening = self.entered()
        super().setVisible(visible)

    def _arrange_focus(self) -> None:
        fields = self.fields()
        chain = [*fields, self.save_button, self.cancel_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        first = self.first_field
        if first is None:
            first = next((f for f in fields if f.isEnabled() and not f.isHidden()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def entered(self) -> list[object]:
        """Everything the fields hold now, to tell whether the clerk changed anything."""
        values: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox) and widget.isEditable():
                values.append(widget.currentText())  # it finds its item on leaving: no change
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QAbstractSpinBox):
                values.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values.append(widget.isChecked())
        return values

    def has_changes(self) -> bool:
        """Whether anything differs from what the dialog showed when it opened."""
        opened = self._entered_at_opening
        return opened is not None and self.entered() != opened

    # ----- closing without saving -----------------------------------------------------

    def reject(self) -> None:
        """Esc, Hủy, the close button: ask first when something typed would be lost."""
        if self._saving:
            return  # the save under way decides; it takes a moment
        if self.isVisible() and self.has_changes() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask whether to throw away what was typed; the safe answer is to keep typing."""
        return confirm_discard(
            self,
            self.tr("Bỏ những gì đã nhập?"),
            self.tr("Những gì vừa nhập chưa được lưu."),
            self.tr("Bỏ"),
            self.tr("Tiếp tục nhập"),
        )

    # ----- checking and saving --------------------------------------------------------

    def problems(self) -> list[str]:
        """What the clerk must still fix; override."""
        return []

    def revalidate(self) -> None:
        """Show problems as the clerk types and allow saving only without them."""
        found = self.problems()
        self.problem.setText("\n".join(found))
        self.save_button.setEnabled(not found and not self._saving)

    def make_save(self) -> Callable[[TaskControl], Any]:
        """The write to run; override."""
        raise NotImplementedError

    def save(self) -> None:
        """Lưu, Enter, Ctrl+Enter: save in the background, once; show problems otherwise."""
        if self._saving:
            return
        if self.problems():
            self.revalidate()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.before_writing()

    def before_writing(self) -> None:
        """Checks that need the database; an override ends in ``write`` or ``resume``."""
        self.write()

    def write(self) -> None:
        """Run the write; the dialog closes once it succeeded."""
        self._runner.command(self.make_save(), on_done=self._saved, on_error=self._refused)

    def resume(self) -> None:
        """Give up this save and let the clerk go on editing."""
        self._saving = False
        self.revalidate()

    def _saved(self, result: Any) -> None:
        self._saving = False
        self.result_record = result
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._saving = False
        self.problem.setText(error_text(exc))
        self.save_button.setEnabled(True)
