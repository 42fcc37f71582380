"""The question before a dialog throws away what the clerk typed: the safe answer keeps it."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_discard(parent: QWidget, question: str, detail: str, discard: str, keep: str) -> bool:
    """Ask whether to throw away what was typed; True only when the clerk chose ``discard``.

    Enter and Esc keep typing. The texts come translated from the dialog asking, in its own
    words ("Bỏ những gì đã nhập?", "Tiếp tục nhập" …).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle())
    box.setText(question)
    box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    for button, text in (
        (QMessageBox.StandardButton.Yes, discard),
        (QMessageBox.StandardButton.No, keep),
    ):
        box.button(button).setText(text)
        box.button(button).setIcon(QIcon())  # a green "yes" on Bỏ would read as "go ahead"
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
