"""Tổng quan: the office and the counts a clerk checks first."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from giamsat_desktop.formatting import format_number
from giamsat_desktop.services import office as office_service
from giamsat_desktop.services import overview as overview_service
from giamsat_desktop.services.changes import Area, Changes
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.tasks import TaskRunner


class _Figure(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("…")
        self.value.setObjectName("figureValue")
        self.value.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1a4f8b;")
        label = QLabel(caption)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(label)


class OverviewPage(QWidget):
    """Office name and this year's figures, read in the background."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel()
        self.figures = {
            "incoming_this_year": _Figure(self.tr("Văn bản đến trong năm")),
            "outgoing_this_year": _Figure(self.tr("Văn bản đi trong năm")),
            "incoming_open": _Figure(self.tr("Văn bản đến chưa xử lý xong")),
            "incoming_overdue": _Figure(self.tr("Văn bản đến quá hạn xử lý")),
            "organizations_active": _Figure(self.tr("Tổ chức đang theo dõi")),
            "people_active": _Figure(self.tr("Cán bộ, thành viên")),
        }
        grid = QGridLayout()
        for i, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read office and figures."""
        factory = self._context.factory

        def read(_control: object) -> tuple[object, object]:
            return office_service.get_office(factory), overview_service.overview(factory)

        self._runner.query(read, on_done=self._show, parent=self)

    def _show(self, result: tuple[object, object]) -> None:
        office, figures = result
        self.heading.setText(getattr(office, "name", "") or self.tr("Chưa khai báo đơn vị"))
        self.subheading.setText(
            self.tr("Số liệu năm {year}").format(year=getattr(figures, "year", ""))
        )
        for key, figure in self.figures.items():
            figure.value.setText(format_number(getattr(figures, key)))

    def on_changes(self, changes: Changes) -> None:
        """Any change may move a figure."""
        if changes.areas - {Area.AUDIT}:
            self.refresh()
