"""Cài đặt's box "Thời hạn giám sát và kiến nghị": the office's lead times and reply deadlines.

Four office-wide numbers of days: the plan and the decision reach the supervised body at
least N days before the first working session; the delegation reports within N days after
the last one (both count for every session from the next reading); a recommendation written
from now on gives the body N days to reply once sent; a drafting body whose draft has no
submission day answers a criticism within N days of its letter (fixed when it is issued),
and a checkbox says whether a known submission day is the criticism's deadline (on by
default; off: always N days). Each number is kept a moment after the clerk stops changing it
(or on Enter), the checkbox when clicked; a viewer only reads them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from giamsat_desktop.domain.criticism import ANSWER_DAYS
from giamsat_desktop.domain.recommendations import REPLY_DAYS
from giamsat_desktop.domain.supervision_records import LeadDays
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import settings as criticism_settings
from giamsat_desktop.services.recommendations import settings as recommendation_settings
from giamsat_desktop.services.supervision import settings as supervision_settings
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.settings.day_setting import DaySetting


class LeadDaysBox(QGroupBox):
    """Kế hoạch trước, báo cáo sau, trả lời kiến nghị và phản biện: four spin boxes in days."""

    changed = Signal(object)
    """After a save: the ``Changes`` it made (Giám sát's or Kiến nghị's area, and the office)."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Thời hạn giám sát và kiến nghị"))
        self._context = context
        self._runner = runner
        self._writable = context.actor.role.can_write
        factory, actor = context.factory, context.actor
        defaults = LeadDays()

        self.notice_setting = self._setting(
            self.tr("Gửi kế hoạch, quyết định trước buổi làm việc đầu tiên:"),
            supervision_settings.DAYS_RANGE,
            defaults.notice,
            lambda days: supervision_settings.set_notice_days(factory, actor, days),
            self.tr(
                "Kế hoạch và quyết định giám sát phải đến đối tượng giám sát chậm nhất số "
                "ngày này trước buổi làm việc đầu tiên (theo Điều 9 Nghị quyết liên tịch số "
                "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và hướng dẫn của địa phương; "
                "thường là 15 ngày). Hạn của mọi cuộc giám sát tính theo số mới; mọi máy "
                "của đơn vị dùng chung."
            ),
        )
        self.report_setting = self._setting(
            self.tr("Báo cáo kết quả sau buổi làm việc cuối cùng:"),
            supervision_settings.DAYS_RANGE,
            defaults.report,
            lambda days: supervision_settings.set_report_days(factory, actor, days),
            self.tr(
                "Đoàn giám sát báo cáo kết quả chậm nhất số ngày này sau buổi làm việc cuối "
                "cùng (Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, "
                "Điều 9: 15 ngày); hạn rơi vào ngày nghỉ thì lùi sang ngày làm việc tiếp "
                "theo. Hạn của mọi cuộc giám sát tính theo số mới; mọi máy của đơn vị dùng "
                "chung."
            ),
        )
        self.reply_setting = self._setting(
            self.tr("Hạn trả lời kiến nghị sau khi gửi:"),
            recommendation_settings.DAYS_RANGE,
            REPLY_DAYS,
            lambda days: recommendation_settings.set_reply_days(factory, actor, days),
            self.tr(
                "Số ngày cơ quan được kiến nghị phải trả lời bằng văn bản, kể từ ngày gửi "
                "(thường là 20; có nơi quy định 15 hoặc 30 ngày). Áp dụng cho kiến nghị lập "
                "từ nay; kiến nghị đã lập giữ thời hạn của mình. Mọi máy của đơn vị dùng chung."
            ),
        )

        self.answer_setting = self._setting(
            self.tr("Hạn trả lời phản biện sau khi gửi:"),
            criticism_settings.DAYS_RANGE,
            ANSWER_DAYS,
            lambda days: criticism_settings.set_answer_days(factory, actor, days),
            self.tr(
                "Cơ quan soạn thảo phải trả lời từng nội dung phản biện trước ngày trình dự "
                "thảo (Luật MTTQ Điều 36); khi không biết ngày trình, hạn là số ngày này kể "
                "từ ngày ký văn bản phản biện (thường là 30). Áp dụng cho văn bản phản biện "
                "phát hành từ nay. Mọi máy của đơn vị dùng chung."
            ),
        )

        self.by_submission = QCheckBox(
            self.tr("Biết ngày trình dự thảo thì hạn trả lời phản biện là ngày trình")
        )
        self.by_submission.setObjectName("criticismBySubmission")
        self.by_submission.setEnabled(False)  # until the office's value is read
        self.by_submission.setToolTip(
            self.tr(
                "Bật (mặc định): cơ quan soạn thảo trả lời trước ngày trình dự thảo (Luật MTTQ "
                "Điều 36), chỉ khi không biết ngày trình mới tính số ngày ở trên. Tắt: luôn "
                "tính số ngày ở trên kể từ ngày ký văn bản phản biện. Áp dụng cho văn bản "
                "phản biện phát hành từ nay."
            )
        )
        self.by_submission_status = QLabel()
        self.by_submission_status.setStyleSheet("color: #555555;")
        self.by_submission.clicked.connect(self._save_by_submission)

        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        for row, setting in enumerate(self.settings()):
            grid.addWidget(setting.label, row, 0)
            grid.addWidget(setting.spin, row, 1)
            grid.addWidget(setting.status, row, 2)
        below = len(self.settings())
        grid.addWidget(self.by_submission, below, 0, 1, 2)
        grid.addWidget(self.by_submission_status, below, 2)
        self.refresh()

    def _save_by_submission(self, on: bool) -> None:
        factory, actor = self._context.factory, self._context.actor

        def done(changes: Changes) -> None:
            self.by_submission_status.setText(self.tr("Đã lưu."))
            self.changed.emit(changes)

        def refused(exc: BaseException) -> None:
            self.by_submission_status.setText(error_text(exc))
            self.refresh()

        self.by_submission_status.clear()
        self._runner.command(
            lambda _c: criticism_settings.set_by_submission(factory, actor, on),
            on_done=done,
            on_error=refused,
        )

    def _setting(
        self,
        label: str,
        allowed: tuple[int, int],
        default: int,
        save: Callable[[int], Changes],
        tooltip: str,
    ) -> DaySetting:
        setting = DaySetting(
            self._runner,
            label,
            allowed,
            default,
            save,
            writable=self._writable,
            tooltip=tooltip,
            parent=self,
        )
        setting.saved.connect(self.changed)
        setting.refused.connect(self.refresh)
        return setting

    def settings(self) -> tuple[DaySetting, DaySetting, DaySetting, DaySetting]:
        """The four rows, top to bottom."""
        return self.notice_setting, self.report_setting, self.reply_setting, self.answer_setting

    def refresh(self) -> None:
        """Read the four numbers of the office."""
        factory = self._context.factory

        def read(_control: object) -> tuple[LeadDays, int, int, bool]:
            return (
                supervision_settings.lead_days(factory),
                recommendation_settings.reply_days(factory),
                criticism_settings.answer_days(factory),
                criticism_settings.by_submission(factory),
            )

        self._runner.query(read, on_done=lambda found: self._show(*found))

    def _show(self, lead: LeadDays, reply: int, answer: int, by_submission: bool) -> None:
        self.by_submission.setChecked(by_submission)
        self.by_submission.setEnabled(self._writable)
        self.notice_setting.show_saved(lead.notice)
        self.report_setting.show_saved(lead.report)
        self.reply_setting.show_saved(reply)
        self.answer_setting.show_saved(answer)
