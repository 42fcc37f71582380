"""The window says a value of the vocabulary in its language, from the domain's one label."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from giamsat_desktop.domain import labels as domain_labels
from giamsat_desktop.domain.board import BoardPosition
from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.ui.audit.audit_text import AuditText
from giamsat_desktop.ui.common import labels

ENGLISH = {
    "Hỏa tốc": "Flash",
    "Tuyệt mật": "Top secret",
    "Phó Chủ tịch": "Vice-chair",
    "Xã": "Commune",
}


def test_lupdate_sees_every_label_of_the_domain() -> None:
    every = {word for table in domain_labels.LABELS.values() for word in table.values()}
    assert set(labels.MARKED) == every
    assert len(labels.MARKED) == len(set(labels.MARKED))


@pytest.fixture
def english(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """A translator holding a few labels in the ``Labels`` context, installed for the test."""
    messages = "".join(
        f"<message><source>{vi}</source><translation>{en}</translation></message>"
        for vi, en in ENGLISH.items()
    )
    source = tmp_path / "labels_en.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        f"<context><name>{labels.CONTEXT}</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert tool is not None
    subprocess.run([tool, str(source), "-qm", str(tmp_path / "labels_en.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "labels_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("english")
def test_the_window_and_the_change_log_translate_the_domains_label() -> None:
    assert labels.label(Urgency.FLASH) == "Flash"
    assert labels.label(Secrecy.TOP_SECRET) == "Top secret"
    assert labels.label(BoardPosition.VICE_CHAIR) == "Vice-chair"
    words = AuditText()
    assert words.changes("incoming", {"urgency": ["khan", "hoa_toc"]}).endswith("→ Flash")
    assert words.value("level", OfficeLevel.COMMUNE.value) == "Commune"
    assert domain_labels.label(Urgency.FLASH) == "Hỏa tốc"  # prints and Excel stay Vietnamese
