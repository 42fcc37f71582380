"""Tổng quan: the office and the counts a clerk checks first, each opening its list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.registers import IncomingState, StateGroup
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.overview import figures as overview_service
from giamsat_desktop.ui.common.background import TaskRunner


@dataclass(frozen=True)
class ListBehind:
    """The list a figure counts: a page, and the filter or tab that shows the same lines."""

    page: str
    this_year: bool = False
    state: IncomingState | StateGroup | None = None
    tab: int = 0


FIGURES: dict[str, ListBehind] = {
    "incoming_this_year": ListBehind("incoming", True, StateGroup.NOT_CANCELLED),
    "outgoing_this_year": ListBehind("outgoing", True, StateGroup.NOT_CANCELLED),
    "incoming_open": ListBehind("incoming", state=StateGroup.UNFINISHED),
    "incoming_overdue": ListBehind("incoming", state=IncomingState.OVERDUE),
    "organizations_active": ListBehind("catalog", tab=0),
    "people_active": ListBehind("catalog", tab=1),
}
"""What each figure of the overview counts, as the list that opens when it is clicked."""


class FigureButton(QPushButton):
    """A figure and its caption, as one button that opens the list behind it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value = QLabel("…")
        self.value.setObjectName("figureValue")
        self.value.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1a4f8b;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.link = QLabel(self.tr("Xem danh sách ›"))
        self.link.setStyleSheet("color: #1a4f8b;")
        layout = QVBoxLayout(self)
        for label in (self.value, self.caption, self.link):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumHeight(layout.sizeHint().height())
        self.setToolTip(self.tr("Mở danh sách: {caption}").format(caption=caption))
        self.setAccessibleName(caption)


class OverviewPage(QWidget):
    """Office name and this year's figures, read in the background; each opens its list."""

    open_list = Signal(object, int)
    """A figure was clicked: the :class:`ListBehind` it counts, and the year of the figures."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.year = 0
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel()
        captions = {
            "incoming_this_year": self.tr("Văn bản đến trong năm"),
            "outgoing_this_year": self.tr("Văn bản đi trong năm"),
            "incoming_open": self.tr("Văn bản đến chưa xử lý xong"),
            "incoming_overdue": self.tr("Văn bản đến quá hạn xử lý"),
            "organizations_active": self.tr("Tổ chức đang theo dõi"),
            "people_active": self.tr("Cán bộ, thành viên"),
        }
        self.figures = {key: FigureButton(caption) for key, caption in captions.items()}
        grid = QGridLayout()
        for i, (key, figure) in enumerate(self.figures.items()):
            grid.addWidget(figure, i // 3, i % 3)
            figure.clicked.connect(lambda _checked=False, k=key: self._open(k))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    def _open(self, key: str) -> None:
        self.open_list.emit(FIGURES[key], self.year)

    def refresh(self) -> None:
        """Re-read office and figures."""
        factory = self._context.factory

        def read(_control: object) -> tuple[object, object]:
            return office_service.get_office(factory), overview_service.overview(factory)

        self._runner.query(read, on_done=self._show, parent=self)

    def _show(self, result: tuple[object, object]) -> None:
        office, figures = result
        self.year = int(getattr(figures, "year", 0))
        self.heading.setText(getattr(office, "name", "") or self.tr("Chưa khai báo đơn vị"))
        self.subheading.setText(self.tr("Số liệu năm {year}").format(year=self.year))
        for key, figure in self.figures.items():
            figure.value.setText(format_number(getattr(figures, key)))

    def on_changes(self, changes: Changes) -> None:
        """Any change may move a figure."""
        if changes.areas - {Area.AUDIT}:
            self.refresh()
