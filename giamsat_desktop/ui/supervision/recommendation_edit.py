"""The small dialogs of a session's Kiến nghị tab: a recommendation written, a body chosen.

A recommendation is its content and the body it is addressed to: the session's supervised
body or its direct superior, offered in the list, or any other body typed. When the
session's unsent recommendations go to several bodies, each body gets its own letter: the
clerk picks which one to write now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.recommendations import RecommendationRecord
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.supervision.common import LATE_STYLE

CODE_ROLE = Qt.ItemDataRole.UserRole


class RecommendationEditDialog(QDialog):
    """Thêm or Sửa a recommendation: its content and the body it is addressed to."""

    saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        bodies: list[str],
        save: Callable[[str, str], Any],
        record: RecommendationRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``bodies``: the session's supervised body and its superior; ``save(content, body)``."""
        super().__init__(parent)
        self._runner = runner
        self._save = save
        title = self.tr("Thêm kiến nghị") if record is None else self.tr("Sửa kiến nghị")
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.content = QPlainTextEdit(record.content if record else "")
        self.content.setObjectName("recommendationText")
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(110)
        self.body = QComboBox()
        self.body.setObjectName("recommendationBodyChoice")
        self.body.setEditable(True)
        for name in dict.fromkeys(name for name in bodies if name.strip()):
            self.body.addItem(name)
        if record is not None:
            self.body.setEditText(record.addressed_body)
        hint = QLabel(
            self.tr(
                "Chọn đối tượng giám sát hoặc cơ quan cấp trên trực tiếp của nó, hoặc gõ tên "
                "cơ quan khác."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Nội dung kiến nghị:"), self.content)
        form.addRow(self.tr("Cơ quan nhận:"), self.body)
        form.addRow("", hint)
        self.problem = QLabel()
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("Lưu"))
        self.ok_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)

    def save(self) -> None:
        """Lưu: through the service; closes once kept, says why when refused."""
        content, body = self.content.toPlainText().strip(), self.body.currentText().strip()
        if not content:
            self.problem.setText(self.tr("Hãy ghi nội dung kiến nghị."))
            return
        if not body:
            self.problem.setText(self.tr("Hãy chọn hoặc gõ cơ quan nhận kiến nghị."))
            return
        self.ok_button.setEnabled(False)

        def refused(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.problem.setText(error_text(exc))

        def done(result: Any) -> None:
            self.saved.emit(result)
            self.accept()

        self._runner.command(lambda _c: self._save(content, body), on_done=done, on_error=refused)


class BodyChooser(QDialog):
    """Which body's recommendation letter to write; ``chosen`` carries its code."""

    chosen = Signal(str)

    def __init__(self, bodies: list[tuple[str, str, int]], parent: QWidget | None = None) -> None:
        """``bodies``: (code, name, how many unsent recommendations) for each body."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lập văn bản kiến nghị"))
        self.setMinimumWidth(560)
        note = QLabel(
            self.tr(
                "Kiến nghị của cuộc giám sát gửi nhiều cơ quan; mỗi cơ quan một văn bản. "
                "Chọn cơ quan để lập văn bản:"
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("bodyChoices")
        for code, name, count in bodies:
            text = self.tr("{name}: {count} kiến nghị chưa gửi").format(name=name, count=count)
            item = QListWidgetItem(text)
            item.setData(CODE_ROLE, code)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.ok_button = QPushButton(self.tr("Lập văn bản"))
        self.ok_button.setDefault(True)
        close = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(lambda: self.choose())
        self.list.itemDoubleClicked.connect(lambda _item: self.choose())
        close.clicked.connect(self.reject)

    def lines(self) -> list[str]:
        """The choices as shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def choose(self) -> None:
        """Lập văn bản: the chosen body's code, then close."""
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(str(item.data(CODE_ROLE)))
        self.accept()
