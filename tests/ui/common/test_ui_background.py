from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from tests.ui.clicks import click
from tests.ui.modals import answer_modal, message_texts, press


@pytest.fixture
def runner(qapp: QApplication) -> TaskRunner:
    r = TaskRunner()
    yield r
    r.wait_for_all()


def test_a_query_runs_off_the_window_thread_and_reports_back_on_it(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def work(_c: TaskControl) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    runner.query(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"worker": False, "value": 42, "gui": True}


def test_an_exception_comes_back_to_the_window_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    caught: list[BaseException] = []

    def work(_c: TaskControl) -> None:
        raise StorageError(ErrorCode.DATABASE_NOT_FOUND, location="D:/du-lieu.sqlite3")

    runner.query(
        work,
        on_done=lambda _v: caught.append(AssertionError("done called")),
        on_error=caught.append,
    )
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], StorageError)
    assert not runner.busy


def test_without_a_handler_the_error_is_shown_as_a_vietnamese_message(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def work(_c: TaskControl) -> None:
        raise StorageError(ErrorCode.DATABASE_NOT_FOUND, location="D:/du-lieu.sqlite3")

    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    runner.query(work, parent=parent)
    qtbot.waitUntil(lambda: told.done)
    text = message_texts(told)
    assert text.strip() == "Không có cơ sở dữ liệu tại D:/du-lieu.sqlite3. Hãy tạo bằng lệnh init."
    assert told.title == "Không thực hiện được"
    assert "Traceback" not in text
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is None)  # OK closed it


def test_an_unexpected_error_is_still_reported(runner: TaskRunner, qtbot: QtBot) -> None:
    caught: list[BaseException] = []
    runner.command(lambda _c: 1 / 0, on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], ZeroDivisionError)


def test_writes_run_one_after_another(runner: TaskRunner, qtbot: QtBot) -> None:
    spans: list[tuple[float, float]] = []
    lock = threading.Lock()

    def write(_c: TaskControl) -> None:
        start = time.monotonic()
        time.sleep(0.05)
        with lock:
            spans.append((start, time.monotonic()))

    for _ in range(4):
        runner.command(write)
    qtbot.waitUntil(lambda: len(spans) == 4 and not runner.busy)
    spans.sort()
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_reads_may_run_side_by_side(runner: TaskRunner, qtbot: QtBot) -> None:
    both_in = threading.Barrier(2, timeout=5)
    finished: list[str] = []

    def read(_c: TaskControl) -> str:
        both_in.wait()  # would time out if the reads were serialised
        return "read"

    runner.query(read, on_done=finished.append)
    runner.query(read, on_done=finished.append)
    qtbot.waitUntil(lambda: len(finished) == 2)


def test_progress_and_cancel_reach_the_task(runner: TaskRunner, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results: list[object] = []
    started = threading.Event()

    def long_work(control: TaskControl) -> str:
        for step in range(1000):
            control.report(step / 1000, f"{step}/1000")
            started.set()
            control.check()
            time.sleep(0.01)
        return "finished"

    handle = runner.command(
        long_work,
        on_done=results.append,
        on_error=results.append,
        parent=parent,
        progress_label="Đang nhập dữ liệu",
    )
    assert started.wait(5)
    # The progress dialog comes after a moment; the clerk presses its Hủy.

    def shown() -> bool:
        found = parent.findChild(QProgressDialog)
        return found is not None and found.isVisible()

    qtbot.waitUntil(shown)
    dialog = parent.findChild(QProgressDialog)
    assert dialog.windowTitle() == "Đang xử lý"
    assert dialog.labelText().startswith("Đang nhập dữ liệu")
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Hủy"
    click(qtbot, cancel)
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert results == []  # cancelled: neither a result nor an error message
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None)  # and it went away
