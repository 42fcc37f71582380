"""One office-wide number of days in Cài đặt: its label, spin box and "Đã lưu." status.

The spin box stays disabled until the office's value is read (and for a viewer); a change is
kept a moment after the clerk stops changing it, or on Enter, by the ``save`` it is given.
The box holding the rows reads their values and shows each with ``show_saved``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSpinBox

from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text

SAVE_PAUSE_MS = 800
"""A number is kept once the clerk has stopped changing it this long."""


class DaySetting(QObject):
    """A number of days the office keeps: ``label``, ``spin`` and ``status`` to lay out."""

    saved = Signal(object)
    """After a save: the ``Changes`` it made."""
    refused = Signal()
    """A save was refused (its reason shown in ``status``): the holder reads the value again."""

    def __init__(
        self,
        runner: TaskRunner,
        label: str,
        allowed: tuple[int, int],
        default: int,
        save: Callable[[int], Changes],
        *,
        writable: bool,
        tooltip: str,
        parent: QObject | None = None,
    ) -> None:
        """Build the row.

        Args:
            runner: Where the save runs.
            label: The translated label (a ``&`` marks its shortcut).
            allowed: The lowest and highest number the office may choose.
            default: Shown, disabled, until the office's value is read.
            save: Keeps a number for the office (runs in the background).
            writable: Whether the actor may change it (a viewer only reads).
            tooltip: The translated explanation, on the spin box.
            parent: The owner of the row's timer.
        """
        super().__init__(parent)
        self._runner = runner
        self._save = save
        self._writable = writable
        self._saved_days: int | None = None
        self.spin = QSpinBox()
        self.spin.setRange(*allowed)
        self.spin.setValue(default)
        self.spin.setSuffix(self.tr(" ngày"))
        self.spin.setEnabled(False)  # until the office's value is read
        self.spin.setToolTip(tooltip)
        self.label = QLabel(label)
        self.label.setBuddy(self.spin)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555555;")
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SAVE_PAUSE_MS)
        self._pause.timeout.connect(self.save)
        self.spin.valueChanged.connect(lambda _v: self._changing())
        self.spin.editingFinished.connect(self.save)

    def show_saved(self, days: int) -> None:
        """Show the office's value (unless the clerk is changing it) and allow changing it."""
        typing = self._pause.isActive() or (
            self._saved_days is not None and self.spin.value() != self._saved_days
        )
        if not typing:
            self.spin.blockSignals(True)  # the office's value, not a change by the clerk
            self.spin.setValue(days)
            self.spin.blockSignals(False)
        self._saved_days = days
        self.spin.setEnabled(self._writable)

    def _changing(self) -> None:
        self.status.clear()
        self._pause.start()

    def save(self) -> None:
        """Keep the number shown, when it differs from the office's."""
        self._pause.stop()
        days = self.spin.value()
        if not self._writable or self._saved_days is None or days == self._saved_days:
            return
        self._saved_days = days  # asked once, even if Enter follows the pause

        def done(changes: Changes) -> None:
            self.status.setText(self.tr("Đã lưu."))
            self.saved.emit(changes)

        def refused(exc: BaseException) -> None:
            self.status.setText(error_text(exc))
            self._saved_days = None
            self.refused.emit()

        save = self._save
        self._runner.command(lambda _c: save(days), on_done=done, on_error=refused)
