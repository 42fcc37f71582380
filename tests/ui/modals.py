"""Answering the modal dialogs that a click opens, as a clerk would.

A click that opens a modal dialog (a file dialog, a question, the print dialog) does not
return until the dialog closes: ``exec()`` runs an event loop of its own. So the answer is
arranged *before* the click: :func:`answer_modal` polls, from a timer, for the next modal
widget of the expected type and hands it to a function that fills it in and closes it, the
way a person would (typing a file name, pressing a button). Dialogs opened with ``open()``
(not blocking) are found the same way, after the click.

The ready-made answers below cover the dialogs of the program:

- :func:`choose_file`: a ``QFileDialog`` (open or save) gets a path and is accepted;
- :func:`press`: a ``QMessageBox`` gets one of its standard buttons clicked;
- :func:`type_and_accept`: a ``QInputDialog`` gets text and OK;
- :func:`close_dialog`: any dialog is rejected (Esc).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

W = TypeVar("W", bound=QWidget)

_arranged: list[Answer] = []


@dataclass
class Answer:
    """What became of an arranged answer: the dialog met, and any failure inside it."""

    kind: type[QWidget]
    met: list[QWidget] = field(default_factory=list, repr=False)
    error: BaseException | None = None
    timer: QTimer | None = field(default=None, repr=False)
    title: str = ""
    """The dialog's window title, read when it was met (the dialog may be gone since)."""
    text: str = ""
    """A message box's text and informative text (an input dialog's label), when met."""
    directory: str = ""
    """The folder a file dialog opened in."""

    @property
    def done(self) -> bool:
        """True once the dialog was met and answered (or the answer failed)."""
        return bool(self.met) or self.error is not None

    def check(self) -> Answer:
        """This answer; fails the test when no dialog came or the answer broke."""
        if self.error is not None:
            raise AssertionError(f"answering the {self.kind.__name__} failed") from self.error
        if not self.met:
            raise AssertionError(f"no {self.kind.__name__} was opened")
        return self


def _answer_when_shown(
    kind: type[W],
    find: Callable[[], QWidget | None],
    respond: Callable[[W], object],
    timeout_ms: int,
    accept: Callable[[W], bool] = lambda _w: True,
) -> Answer:
    """Poll ``find`` until it gives a visible ``kind``; note what it shows, then answer it."""
    answer = Answer(kind)
    timer = QTimer()
    timer.setInterval(20)
    waited = [0]

    def poll() -> None:
        waited[0] += timer.interval()
        widget = find()
        if isinstance(widget, kind) and widget.isVisible() and accept(widget):
            timer.stop()
            answer.met.append(widget)
            answer.title = widget.windowTitle()
            if isinstance(widget, QMessageBox):
                answer.text = f"{widget.text()}\n{widget.informativeText()}"
            if isinstance(widget, QInputDialog):
                answer.text = widget.labelText()
            if isinstance(widget, QFileDialog):
                answer.directory = widget.directory().absolutePath()
            try:
                respond(widget)
            except BaseException as exc:  # noqa: BLE001 - reported by check()
                answer.error = exc
                if isinstance(widget, QDialog):
                    widget.reject()
                elif isinstance(widget, QMenu):
                    widget.close()
        elif waited[0] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    answer.timer = timer
    _arranged.append(answer)
    return answer


def answer_modal(
    kind: type[W],
    respond: Callable[[W], object],
    *,
    timeout_ms: int = 20_000,
    accept: Callable[[W], bool] = lambda _w: True,
) -> Answer:
    """Answer the next visible modal widget of ``kind`` with ``respond``.

    Call it before the click that opens the dialog. ``respond`` fills the dialog and closes
    it. Returns an :class:`Answer`; wait for ``answer.done`` after the click when the
    dialog was opened without blocking, then ``answer.check()``.
    """
    return _answer_when_shown(kind, QApplication.activeModalWidget, respond, timeout_ms, accept)


def forget_arranged() -> None:
    """Stop every answer still waiting, so that none answers a later test's dialog."""
    while _arranged:
        timer = _arranged.pop().timer
        if timer is not None:
            timer.stop()


def choose_file(path: Path | str) -> Callable[[QFileDialog], None]:
    """Type ``path`` into a file dialog and press its accept button."""

    def respond(dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        if edit is not None:
            edit.setText(str(path))
        else:
            dialog.selectFile(str(path))
        box = dialog.findChild(QDialogButtonBox)
        button = None
        if box is not None:
            button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
                QDialogButtonBox.StandardButton.Open
            )
        if button is not None and button.isEnabled():
            button.click()
        else:
            dialog.accept()

    return respond


def press(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
    """Click one standard button of a message box (Yes, No, Ok, …)."""

    def respond(box: QMessageBox) -> None:
        target = box.button(button)
        if target is None:
            raise AssertionError(f"the message box has no {button} button: {box.text()}")
        target.click()

    return respond


def type_and_accept(text: str) -> Callable[[QInputDialog], None]:
    """Type ``text`` into an input dialog and press OK."""

    def respond(dialog: QInputDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        edit.setFocus()
        edit.clear()
        QTest.keyClicks(edit, text) if text.isascii() else edit.setText(text)
        dialog.accept()

    return respond


def close_dialog(dialog: QDialog) -> None:
    """Close a dialog as Esc would."""
    dialog.reject()


def message_texts(answer: Answer) -> str:
    """The text of the message box an answer met (its informative text too)."""
    return answer.check().text


def print_to_pdf(
    path: Path | str, first: int | None = None, last: int | None = None, copies: int = 1
) -> Callable[[QDialog], None]:
    """In Qt's own print dialog: print to a PDF file, pages ``first``–``last``, ``copies``.

    The widgets are found by the names Qt gives them (``qprintdialog_unix``): the printer
    list ``printers`` (its "Print to File (PDF)" line), the output file ``filename``, the
    page range ``printRange`` with its ``from`` and ``to`` boxes, and ``copies``. Fails
    when the program did not allow choosing a range and a range is asked for.
    """
    from PySide6.QtWidgets import QComboBox, QRadioButton, QSpinBox

    def respond(dialog: QDialog) -> None:
        printers = dialog.findChild(QComboBox, "printers")
        assert printers is not None, "not Qt's own print dialog"
        pdf = [i for i in range(printers.count()) if "PDF" in printers.itemText(i)]
        assert pdf, [printers.itemText(i) for i in range(printers.count())]
        printers.setCurrentIndex(pdf[0])
        file_name = dialog.findChild(QLineEdit, "filename")
        assert file_name is not None and file_name.isEnabled()
        file_name.setText(str(path))
        if first is not None or last is not None:
            page_range = dialog.findChild(QRadioButton, "printRange")
            assert page_range is not None and page_range.isEnabled(), "no page range offered"
            page_range.setChecked(True)
            start, end = dialog.findChild(QSpinBox, "from"), dialog.findChild(QSpinBox, "to")
            assert start is not None and end is not None
            if last is not None:
                assert last <= end.maximum(), f"the dialog offers pages up to {end.maximum()}"
                end.setValue(last)
            if first is not None:
                start.setValue(first)
        copies_box = dialog.findChild(QSpinBox, "copies")
        assert copies_box is not None
        copies_box.setValue(copies)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        box.button(QDialogButtonBox.StandardButton.Ok).click()  # "&Print"

    return respond


def choose_menu_item(index: int, *, timeout_ms: int = 20_000) -> Answer:
    """Pick item ``index`` of the next popup menu, as a clerk would with the arrow keys.

    Arrange it before the click on a button with a menu; the menu opens just after the
    click returns, so wait for ``answer.done`` before ``answer.check()``.
    """

    def respond(menu: QMenu) -> None:
        actions = [a for a in menu.actions() if not a.isSeparator()]
        menu.setActiveAction(actions[index])
        QTest.keyClick(menu, Qt.Key.Key_Return)

    return _answer_when_shown(QMenu, QApplication.activePopupWidget, respond, timeout_ms)
