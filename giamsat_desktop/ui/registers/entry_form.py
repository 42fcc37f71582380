"""What the two entry dialogs (văn bản đến, văn bản đi) do alike: marks, subject, saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox

from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord
from giamsat_desktop.domain.text import normalize
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskControl
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.subject_field import SubjectEdit


def mark_choices() -> tuple[QComboBox, QComboBox]:
    """The Độ khẩn and Độ mật lists, each value under its label in the window's language."""
    urgency, secrecy = QComboBox(), QComboBox()
    for value in Urgency:
        urgency.addItem(label(value), value)
    for mark in Secrecy:
        secrecy.addItem(label(mark), mark)
    return urgency, secrecy


def show_marks(
    urgency: QComboBox, secrecy: QComboBox, record: IncomingRecord | OutgoingRecord
) -> None:
    """Show a stored document's marks; its secrecy stays, as its book and numbering hang on it."""
    urgency.setCurrentIndex(urgency.findData(record.urgency))
    secrecy.setCurrentIndex(secrecy.findData(record.secrecy))
    secrecy.setEnabled(False)


def subject_problems(subject: SubjectEdit, missing: str) -> list[str]:
    """What stops saving the subject: ``missing`` when none was typed, or what is wrong with it."""
    found = []
    if not normalize(subject.toPlainText()):
        found.append(missing)
    if problem := subject.problem():
        found.append(problem)
    return found


def saving(
    context: ServiceContext,
    record: IncomingRecord | OutgoingRecord | None,
    draft: object,
    register: Callable[..., Any],
    update: Callable[..., Any],
) -> Callable[[TaskControl], Any]:
    """The background save of ``draft``: ``register`` a new document, else ``update`` ``record``.

    ``register`` takes (factory, actor, draft); ``update`` also the record's id and the
    version it was read at, so a line saved by someone else meanwhile is not overwritten.
    """
    if record is None:
        return lambda _c: register(context.factory, context.actor, draft)
    return lambda _c: update(context.factory, context.actor, record.id, draft, record.version)
