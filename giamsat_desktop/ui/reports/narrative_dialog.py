"""The clerk's words of a periodic report: one tab per narrative part, kept per period.

The dialog reads the period's narrative (``services.statistics.periodic_report``) in the
background; when the texts come from an earlier period it says so above the tabs. Lưu keeps
them (in the background, refused when another PC saved them meanwhile); "Lập báo cáo…"
keeps them too, then asks for the report letter through :attr:`NarrativeDialog.report_requested`,
which the Báo cáo page forwards as ``Action.COMPOSE_LETTER``.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.periodic_report import Narrative, NarrativeTexts
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.statistics import periodic_report
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner, show_error


class NarrativeDialog(QDialog):
    """Write a period's narrative texts; ask for its report letter."""

    report_requested = Signal(object, str, int)
    """``(LetterForm.REPORT, PERIODIC_REPORT, narrative id)``: compose the period's report."""
    saved = Signal(object)
    """The ``Narrative`` as kept."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        period: Period,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._runner, self._period = context, runner, period
        self._narrative: Narrative | None = None
        self.setWindowTitle(self.tr("Nội dung báo cáo %1").replace("%1", period.title))
        self.resize(720, 520)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.tabs = QTabWidget(self)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for name, title, hint in self._parts():
            box = QPlainTextEdit(self.tabs)
            box.setPlaceholderText(hint)
            box.setTabChangesFocus(True)
            self.boxes[name] = box
            self.tabs.addTab(box, title)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.report_button = QPushButton(self.tr("Lập báo cáo…"), self)
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        self.save_button.clicked.connect(lambda: self._save(then_report=False))
        self.report_button.clicked.connect(lambda: self._save(then_report=True))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._busy(True)
        self._runner.query(self._read, on_done=self._show, on_error=self._refused)

    def _parts(self) -> list[tuple[str, str, str]]:
        """Each text's field, tab title and what the clerk writes there, in print order."""
        parts = [
            (self.tr("I. Đặc điểm tình hình"), self.tr("Tình hình chung của địa phương trong kỳ")),
            (self.tr("II.1 Lãnh đạo, chỉ đạo"), self.tr("Công tác lãnh đạo, chỉ đạo")),
            (self.tr("II.6 Ban TTND, Ban GSĐTCĐ"), self.tr("Hoạt động của Ban TTND, Ban GSĐTCĐ")),
            (self.tr("III. Ưu điểm"), self.tr("Ưu điểm")),
            (self.tr("III. Hạn chế"), self.tr("Hạn chế")),
            (self.tr("III. Nguyên nhân"), self.tr("Nguyên nhân của hạn chế")),
            (self.tr("IV. Phương hướng"), self.tr("Phương hướng, nhiệm vụ kỳ tới")),
            (self.tr("V. Kiến nghị"), self.tr("Kiến nghị, đề xuất")),
        ]
        names = [part.name for part in fields(NarrativeTexts)]
        return [(name, title, hint) for name, (title, hint) in zip(names, parts, strict=True)]

    def _read(self, _control: TaskControl) -> Narrative:
        return periodic_report.narrative_for(
            self._context.factory, self._context.actor, self._period
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.tabs, self.save_button, self.report_button):
            widget.setEnabled(not busy)

    def _show(self, narrative: Narrative) -> None:
        self._narrative = narrative
        for name, box in self.boxes.items():
            box.setPlainText(getattr(narrative.texts, name))
        if narrative.offered_from is not None:
            self.notice.setText(
                self.tr(
                    "Kỳ này chưa có nội dung: đang đưa lại nội dung đã viết cho %1. "
                    "Hãy sửa cho kỳ này rồi lưu."
                ).replace("%1", narrative.offered_from.title)
            )
            self.notice.show()
        else:
            self.notice.hide()
        self._busy(False)

    def texts(self) -> NarrativeTexts:
        """The texts as typed."""
        return NarrativeTexts(**{name: box.toPlainText() for name, box in self.boxes.items()})

    def _save(self, *, then_report: bool) -> None:
        if self._narrative is None:
            return
        factory, actor, period = self._context.factory, self._context.actor, self._period
        texts, version = self.texts(), self._narrative.version

        def write(_control: TaskControl) -> Narrative:
            return periodic_report.save_narrative(factory, actor, period, texts, version)[0]

        def done(narrative: Narrative) -> None:
            self._show(narrative)
            self.saved.emit(narrative)
            if then_report and narrative.id is not None:
                self.report_requested.emit(
                    LetterForm.REPORT, periodic_report.PERIODIC_REPORT, narrative.id
                )
                self.accept()

        self._busy(True)
        self._runner.command(write, on_done=done, on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        show_error(self, exc)
