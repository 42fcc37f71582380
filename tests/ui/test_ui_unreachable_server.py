"""The shared database's server is off: the clerk can try again, use this PC's file, or stop."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from giamsat_desktop import app as app_module
from giamsat_desktop.config import Settings
from giamsat_desktop.services.shared_database import ServerAddress


@pytest.fixture
def server_switched_off(private_home: Path) -> str:
    """The settings name a server nobody answers on (a free local port)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = ServerAddress("127.0.0.1", "giamsat", "vanthu", "bi-mat", port).url()
    settings = Settings.load()
    settings.database_url = url
    settings.save()
    return url


def answer_boxes(*answers: Callable[[QMessageBox], None]) -> list[str]:
    """Answer the next message boxes in turn, as a clerk would click; returns their texts."""
    texts: list[str] = []
    pending = list(answers)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and pending:
            texts.append(f"{box.text()}\n{box.informativeText()}")
            pending.pop(0)(box)
        if pending:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    return texts


def click(label: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == label]
        button.click()

    return press


def test_closing_the_question_ends_the_program_and_keeps_the_setting(
    server_switched_off: str,
) -> None:
    texts = answer_boxes(click("Đóng"))

    assert app_module.main([]) == 1
    assert "Không mở được cơ sở dữ liệu postgresql+psycopg://vanthu@127.0.0.1" in texts[0]
    assert "bi-mat" not in texts[0]
    assert Settings.load().database_url == server_switched_off


def test_this_pcs_file_can_be_used_while_the_server_is_off(
    server_switched_off: str, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def record(database: object, *_args: object, **_kwargs: object) -> None:
        opened.append(database.location)  # type: ignore[attr-defined]
        return None  # as if the first-run wizard was closed

    monkeypatch.setattr(app_module, "open_window", record)
    texts = answer_boxes(
        click("Thử lại"),
        click("Dùng tệp trên máy này…"),
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
    )

    assert app_module.main([]) == 0
    assert len(texts) == 3 and "không có trên máy chủ" in texts[2]
    assert opened == [str(private_home / "giamsat.sqlite3")]
    assert Settings.load().database_url == ""
