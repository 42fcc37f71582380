"""The save and discard flow of a settings dialog that edits one chosen item at a time.

Such a dialog (Ngày nghỉ lễ, Tết by year; Mẫu văn bản by form) shows its problems in red and
what a save did under the fields, saves with Lưu or Ctrl+S / Ctrl+Enter, and asks before a
new choice or Đóng throws away what was typed. The dialog keeps its own words: it passes its
question (``confirm_discard``) translated in its own context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

SAVE_KEYS = ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")
"""The keys that press Lưu from anywhere in the dialog."""


def message_labels() -> tuple[QLabel, QLabel]:
    """The red line of problems (``formProblem``) and the line telling what a save did."""
    problem = QLabel()
    problem.setObjectName("formProblem")
    problem.setStyleSheet("color: #b00020;")
    problem.setWordWrap(True)
    status = QLabel()
    status.setWordWrap(True)
    return problem, status


def show_messages(problem: QLabel, status: QLabel, found: list[str], error: str) -> None:
    """The problems ``found``, else the last refusal; a line shows only when it has words."""
    problem.setText("\n".join(found) or error)
    problem.setVisible(bool(problem.text()))
    status.setVisible(bool(status.text()))


def save_shortcuts(dialog: QWidget, save: Callable[[], None]) -> None:
    """Ctrl+S, Ctrl+Return and Ctrl+Enter save, wherever the focus is in ``dialog``."""
    for keys in SAVE_KEYS:
        QShortcut(QKeySequence(keys), dialog, save)


def discard_allowed(has_changes: Callable[[], bool], confirm_discard: Callable[[], bool]) -> bool:
    """Whether what is on screen may go: nothing is unsaved, or the clerk agreed to lose it."""
    return not has_changes() or confirm_discard()


def leave_choice(
    combo: QComboBox,
    shown: object,
    has_changes: Callable[[], bool],
    confirm_discard: Callable[[], bool],
) -> bool:
    """Whether the item just chosen in ``combo`` may replace ``shown``, whose edits are on screen.

    When the clerk keeps the edits, ``combo`` goes back to ``shown`` without a signal.
    """
    if discard_allowed(has_changes, confirm_discard):
        return True
    combo.blockSignals(True)
    combo.setCurrentIndex(combo.findData(shown))
    combo.blockSignals(False)
    return False
