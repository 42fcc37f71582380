from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from giamsat_desktop.services.safety.instance_lock import InstanceLock
from giamsat_desktop.ui.common.single_instance import ShowRequests, ask_running_to_show, server_name


def test_a_second_start_brings_the_running_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    shown: list[bool] = []
    name = server_name(tmp_path / "giamsat.sqlite3")
    listener = ShowRequests(name, lambda: shown.append(True))
    assert listener.listening
    assert ask_running_to_show(name)
    qtbot.waitUntil(lambda: shown == [True])


def test_without_a_running_program_nobody_answers(tmp_path: Path) -> None:
    assert not ask_running_to_show(server_name(tmp_path / "khong-co.sqlite3"), timeout_ms=300)


def test_the_lock_is_exclusive_and_dies_with_its_process(tmp_path: Path) -> None:
    database = tmp_path / "giamsat.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from giamsat_desktop.services.safety.instance_lock import InstanceLock;"
            f"lock = InstanceLock(Path({str(database)!r})); assert lock.acquire();"
            "print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not InstanceLock(database).acquire()
    finally:
        holder.kill()  # like a power cut: the process ends without cleaning up
        holder.wait()
    lock = InstanceLock(database)
    assert lock.acquire()
    lock.release()


def test_a_writing_command_is_refused_while_the_database_is_open(tmp_path: Path) -> None:
    database = tmp_path / "giamsat.sqlite3"
    lock = InstanceLock(database)
    assert lock.acquire()
    try:
        env = {**os.environ, "GIAMSAT_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
        result = subprocess.run(
            [str(Path(sys.executable).parent / "giamsat"), "--db", str(database), "demo-data"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=False,
        )
    finally:
        lock.release()
    assert result.returncode != 0
    assert "đang mở" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_start_while_a_command_holds_the_data_says_which_command(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from giamsat_desktop.app import DatabaseClaim
    from tests.hostile.locks import held
    from tests.ui.modals import answer_modal, message_texts, press

    database = tmp_path / "giamsat.sqlite3"
    with held(database, "import-excel") as holder:
        told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
        assert not DatabaseClaim(f"sqlite:///{database}").acquire(lambda: None)
        text = message_texts(told)
        assert "import-excel" in text and f"tiến trình {holder.pid}" in text
