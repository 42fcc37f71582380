"""A page whose work is not built yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Title and a plain sentence that the area comes in a later version."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "Chức năng này chưa có trong phiên bản này của chương trình. "
                "Dữ liệu hiện có không bị ảnh hưởng."
            )
        )
        note.setObjectName("placeholderNote")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        """Nothing to reload."""
