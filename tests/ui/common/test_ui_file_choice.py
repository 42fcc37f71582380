"""File dialogs start where the clerk last saved or opened a file, and files are written whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from giamsat_desktop.config import Settings
from giamsat_desktop.ui.common.file_choice import open_path, save_path
from tests.ui.modals import answer_modal, choose_file

PDF = "Tệp PDF (*.pdf)"


def _documents() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else QDir.homePath()


def test_a_save_starts_in_documents_then_where_the_last_file_went(
    qapp: object, tmp_path: Path
) -> None:
    settings = Settings.load()
    first = answer_modal(QFileDialog, choose_file(tmp_path / "so-den"))
    chosen = save_path(None, settings, "Lưu tệp PDF", "so.pdf", PDF, ".pdf")
    assert first.check().directory == _documents()
    assert chosen == tmp_path / "so-den.pdf"  # the extension is added
    assert Settings.load().last_folder == str(tmp_path)

    other = tmp_path / "nam-2026"
    other.mkdir()
    (other / "cu.xlsx").write_bytes(b"PK")
    second = answer_modal(QFileDialog, choose_file(other / "cu.xlsx"))
    opened = open_path(None, settings, "Mở sổ cũ", "Sổ tính Excel (*.xlsx)")
    assert second.check().directory == str(tmp_path)
    assert opened == other / "cu.xlsx"
    assert Settings.load().last_folder == str(other)


def test_a_last_folder_that_is_gone_starts_in_documents(qapp: object, tmp_path: Path) -> None:
    settings = Settings(last_folder=str(tmp_path / "da-xoa"))
    answer = answer_modal(QFileDialog, choose_file(tmp_path / "a.pdf"))
    save_path(None, settings, "Lưu tệp PDF", "a.pdf", PDF, ".pdf")
    assert answer.check().directory == _documents()
