"""Background work for the window: reads on a pool, writes one at a time.

A task is a plain function that takes a :class:`TaskControl` (progress and cancel, no
Qt) and returns a value. The runner runs it on a worker thread and always brings the
outcome back to the window's thread: the value to ``on_done``, or the exception to
``on_error`` (by default a readable message box), so the window never freezes and a
failure is never lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from giamsat_desktop.domain.errors import Detail
from giamsat_desktop.ui.common.error_text import error_text, said

T = TypeVar("T")


def _with_step(label: str, message: str | Detail | None) -> str:
    """The progress dialog's text: what the work is, then what it is doing now."""
    step = said(message) if isinstance(message, Detail) else message
    return f"{label}\n{step}" if step else label


class TaskCancelled(Exception):
    """Raised inside a task by :meth:`TaskControl.check` once the clerk cancelled it."""


class TaskControl:
    """What a running task may use: report progress, notice a cancel. Thread-safe."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, fraction: float, message: str | Detail | None = "") -> None:
        """Tell the window how far the work is (0.0 to 1.0), and what it is doing.

        ``message`` is a line already in the window's language, or a service's step told by
        code (``domain.progress.Progress``), worded here in the window's language.
        """
        self._relay.progress.emit(max(0.0, min(1.0, fraction)), message)

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether the clerk asked to stop (pass this to a service as its cancel flag)."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here if cancelled."""
        if self._cancel.is_set():
            raise TaskCancelled


class _Relay(QObject):
    """Lives on the window's thread; worker emissions are queued to it."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(float, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], relay: _Relay, control: TaskControl):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._control = control

    def run(self) -> None:
        try:
            result = self._fn(self._control)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the window
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskHandle(Generic[T]):
    """A started task: cancel it, or ask whether it is still running."""

    def __init__(self, control: TaskControl) -> None:
        self.control = control
        self.finished = False

    def cancel(self) -> None:
        """Ask the task to stop."""
        self.control.cancel()


class TaskRunner(QObject):
    """Runs reads in parallel and writes one after another, off the window's thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # database writes are serialised
        self._live: set[_Relay] = set()

    def query(self, fn: Callable[[TaskControl], T], **options: Any) -> TaskHandle[T]:
        """Run a read."""
        return self._start(self._reads, fn, **options)

    def command(self, fn: Callable[[TaskControl], T], **options: Any) -> TaskHandle[T]:
        """Run a write, after any write started before it."""
        return self._start(self._writes, fn, **options)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[TaskControl], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        progress_label: str | None = None,
        cancellable: bool = True,
    ) -> TaskHandle[T]:
        relay = _Relay()
        control = TaskControl(relay)
        handle: TaskHandle[T] = TaskHandle(control)
        dialog = (
            self._progress_dialog(parent, progress_label, control, cancellable)
            if progress_label
            else None
        )
        if dialog is not None:
            relay.progress.connect(
                lambda fraction, message: (
                    dialog.setValue(int(fraction * 1000)),
                    dialog.setLabelText(_with_step(progress_label, message)),
                )
            )

        def finish() -> None:
            handle.finished = True
            self._live.discard(relay)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        def succeeded(result: object) -> None:
            finish()
            if on_done is not None:
                on_done(result)  # type: ignore[arg-type]

        def failed(exc: object) -> None:
            finish()
            assert isinstance(exc, BaseException)
            if isinstance(exc, TaskCancelled) or (
                # A service stops with InterruptedError when asked to (an OSError, which
                # would otherwise be told as a file error); the clerk asked, nothing to say.
                isinstance(exc, InterruptedError) and control.is_cancelled()
            ):
                return
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc)

        relay.done.connect(succeeded, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._live.add(relay)
        pool.start(_Job(fn, relay, control))
        return handle

    def _progress_dialog(
        self, parent: QWidget | None, label: str, control: TaskControl, cancellable: bool
    ) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Hủy"), 0, 1000, parent)
        if not cancellable:  # work that must run to its end (a restore) offers no Hủy
            dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Đang xử lý"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick work shows no dialog at all
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(control.cancel)
        dialog.setValue(0)
        return dialog

    def outcome(self, fn: Callable[[TaskControl], T], **options: Any) -> T:
        """Run a write and wait for it with the event loop running; its value, or its error.

        For work before any window exists (the start's restore): the clerk sees the progress
        dialog move while it runs, instead of a program that seems not to start.
        """
        loop = QEventLoop()
        ended: list[tuple[bool, object]] = []

        def done(value: T) -> None:
            ended.append((True, value))
            loop.quit()

        def failed(exc: BaseException) -> None:
            ended.append((False, exc))
            loop.quit()

        self.command(fn, on_done=done, on_error=failed, **options)
        if not ended:
            loop.exec()
        succeeded, value = ended[0]
        if not succeeded:
            assert isinstance(value, BaseException)
            raise value
        return value  # type: ignore[return-value]

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        """Block until the pools are idle (at exit, and in tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        """Whether a task is still to report back."""
        return bool(self._live)


def runner_for(widget: QWidget) -> TaskRunner:
    """The runner of the window ``widget`` sits in, or a runner of its own when it has none.

    Writes run one at a time per runner: a widget that writes through its window's runner
    waits its turn behind the window's other writes (an import) instead of meeting them in
    the database.
    """
    holder: QWidget | None = widget
    while holder is not None:
        found = holder.findChild(TaskRunner, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if found is not None:
            return found
        holder = holder.parentWidget()
    return TaskRunner(widget)


class Waiting:
    """A widget greyed out, with a busy cursor, while its task runs; :meth:`end` undoes it."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets
        for widget in widgets:
            widget.setEnabled(False)
            widget.setCursor(Qt.CursorShape.BusyCursor)
        self.active = True

    def end(self) -> None:
        """Give the widgets back to the clerk."""
        if not self.active:
            return
        self.active = False
        for widget in self._widgets:
            widget.unsetCursor()
            widget.setEnabled(True)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the clerk what went wrong, in their language, without a traceback."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, _title(), error_text(exc), QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QTimer.singleShot(0, box.open)


def _title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("TaskRunner", "Không thực hiện được")
