"""The shared database's server is off: the clerk can try again, use this PC's file, or stop."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from giamsat_desktop import app as app_module
from giamsat_desktop.config import Settings
from giamsat_desktop.services.safety.shared_database import ServerAddress
from tests.ui.modals import Answer, answer_modal, message_texts, press


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


def answer_boxes(*responds: Callable[[QMessageBox], None]) -> list[Answer]:
    """Answer the next message boxes in turn, as a clerk would click; their answers.

    Each answer is arranged once the one before it was given, so that no answer takes
    another's box. A helper of this file (``modals.answer_modal`` answers one box).
    """
    answers: list[Answer] = []

    def arrange(index: int) -> None:
        def respond_then_next(box: QMessageBox) -> None:
            responds[index](box)
            if index + 1 < len(responds):
                arrange(index + 1)

        answers.append(answer_modal(QMessageBox, respond_then_next))

    arrange(0)
    return answers


def texts_of(answers: list[Answer], count: int) -> list[str]:
    """What the ``count`` boxes said, once each was met and answered."""
    assert len(answers) == count, f"only {len(answers)} of {count} boxes came"
    return [message_texts(answer) for answer in answers]


def click(label: str) -> Callable[[QMessageBox], None]:
    """Click the box's button that reads ``label``."""

    def respond(box: QMessageBox) -> None:
        labels = [b.text() for b in box.buttons()]
        [button] = [b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == label]
        assert button.isVisible() and button.isEnabled(), labels
        button.click()

    return respond


def test_closing_the_question_ends_the_program_and_keeps_the_setting(
    server_switched_off: str,
) -> None:
    answers = answer_boxes(click("Đóng"))

    assert app_module.main([]) == 1
    texts = texts_of(answers, 1)
    assert answers[0].title == "Không kết nối được máy chủ dữ liệu"
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
    answers = answer_boxes(
        click("Thử lại"),
        click("Dùng tệp trên máy này…"),
        press(QMessageBox.StandardButton.Yes),
    )

    assert app_module.main([]) == 0
    texts = texts_of(answers, 3)
    assert "Không mở được cơ sở dữ liệu" in texts[1]  # asked again after Thử lại
    assert "không có trên máy chủ" in texts[2]
    assert opened == [str(private_home / "giamsat.sqlite3")]
    assert Settings.load().database_url == ""


def test_saying_no_to_this_pcs_file_ends_the_program_and_keeps_the_server(
    server_switched_off: str,
) -> None:
    answers = answer_boxes(click("Dùng tệp trên máy này…"), press(QMessageBox.StandardButton.No))

    assert app_module.main([]) == 1
    texts = texts_of(answers, 2)
    assert "Mở tệp dữ liệu trên máy này thay cho máy chủ?" in texts[1]
    assert Settings.load().database_url == server_switched_off
