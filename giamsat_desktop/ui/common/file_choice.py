"""Asking where a file goes (or which file to read), starting in the folder used last.

Every save and open dialog of the window starts where the clerk last saved or opened a
file (kept in this PC's settings), else in their Documents folder, and remembers the
folder chosen. Files the program writes for the clerk are written whole or not at all.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from giamsat_desktop.config import Settings


def start_folder(settings: Settings) -> Path:
    """The folder a file dialog opens in: the last one used, else Documents, else home."""
    if settings.last_folder and Path(settings.last_folder).is_dir():
        return Path(settings.last_folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path(QDir.homePath())


def remember_folder(settings: Settings, folder: Path) -> None:
    """Keep ``folder`` as the place the next file dialog opens in."""
    settings.last_folder = str(folder)
    # A settings file that cannot be written only costs the convenience next time.
    with contextlib.suppress(OSError):
        settings.save()


def save_path(
    parent: QWidget | None,
    settings: Settings,
    title: str,
    file_name: str,
    filter: str,  # noqa: A002 - the name QFileDialog gives it
    suffix: str,
) -> Path | None:
    """Ask where to save a file; None when the clerk cancels.

    Args:
        parent: The window the dialog belongs to.
        settings: This PC's settings: where to start, and where the folder chosen is kept.
        title: The dialog's title.
        file_name: The name proposed for the file.
        filter: The file types shown, e.g. ``"Tệp PDF (*.pdf)"``.
        suffix: The extension added when the clerk typed a name without it, e.g. ``".pdf"``.

    Returns:
        The chosen path, with its extension.
    """
    proposed = start_folder(settings) / file_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), filter)
    if not chosen:
        return None
    if suffix and not chosen.lower().endswith(suffix.lower()):
        chosen += suffix
    path = Path(chosen)
    remember_folder(settings, path.parent)
    return path


def open_path(
    parent: QWidget | None,
    settings: Settings,
    title: str,
    filter: str,  # noqa: A002 - the name QFileDialog gives it
) -> Path | None:
    """Ask which file to open; None when the clerk cancels.

    Args:
        parent: The window the dialog belongs to.
        settings: This PC's settings: where to start, and where the folder chosen is kept.
        title: The dialog's title.
        filter: The file types shown, e.g. ``"Sổ tính Excel (*.xlsx)"``.

    Returns:
        The chosen file.
    """
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings)), filter)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(settings, path.parent)
    return path


def open_paths(
    parent: QWidget | None,
    settings: Settings,
    title: str,
    filter: str,  # noqa: A002 - the name QFileDialog gives it
) -> list[Path]:
    """Ask which files to open (one or more); empty when the clerk cancels."""
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(settings)), filter)
    paths = [Path(name) for name in chosen]
    if paths:
        remember_folder(settings, paths[0].parent)
    return paths
