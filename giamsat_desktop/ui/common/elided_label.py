"""A one-line label that shortens a long text in the middle instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """Shows the start and the end of a long path when the whole of it does not fit.

    The whole text stays in the tooltip, and the label never asks for more than a third of
    the screen's width, so the status bar's other messages keep their room.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Keep the whole text in the tooltip."""
        super().setText(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The text's width, at most a third of the screen."""
        hint = super().sizeHint()
        screen = self.screen()
        limit = screen.availableGeometry().width() // 3 if screen is not None else 450
        return QSize(min(hint.width(), limit), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for a few characters and the ellipsis."""
        width = self.fontMetrics().horizontalAdvance("Dữ liệu: …") * 2
        return QSize(width, super().minimumSizeHint().height())

    def displayed_text(self) -> str:
        """What the label shows at its present width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the text shortened in the middle to the label's width."""
        painter = QPainter(self)
        painter.drawText(
            self.contentsRect(),
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.displayed_text(),
        )
