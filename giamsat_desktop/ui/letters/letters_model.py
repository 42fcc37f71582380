"""The office's letters as a table: Mã số, form, subject, signer, state, number, date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.letters import LetterRecord, LetterState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_table_model import Column, RecordTableModel

ID, FORM, SUBJECT, SIGNER, STATE, SYMBOL, DATE = range(7)


class LettersTableModel(RecordTableModel[LetterRecord]):
    """One row per letter; a cancelled one in grey."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("LettersPage", "Mã số"),
                    lambda r: str(r.id),
                    lambda r: r.id,
                ),
                Column(
                    QCoreApplication.translate("LettersPage", "Loại"),
                    lambda r: label(r.form),
                    lambda r: r.form.value,
                ),
                Column(
                    QCoreApplication.translate("LettersPage", "Trích yếu"),
                    lambda r: r.content.subject,
                    lambda r: r.content.subject,
                ),
                Column(
                    QCoreApplication.translate("LettersPage", "Người ký"),
                    lambda r: r.signer_name,
                    lambda r: r.signer_name,
                ),
                Column(
                    QCoreApplication.translate("LettersPage", "Trạng thái"),
                    lambda r: label(r.state),
                    lambda r: r.state.value,
                ),
                Column(
                    QCoreApplication.translate("LettersPage", "Số, ký hiệu"),
                    lambda r: r.symbol,
                    lambda r: (r.number or 0, r.id),
                ),
                Column(
                    QCoreApplication.translate("LettersPage", "Ngày ban hành"),
                    lambda r: format_date(r.issue_date),
                    lambda r: r.issue_date.toordinal() if r.issue_date else 0,
                ),
            ],
            is_active=lambda r: r.state is not LetterState.CANCELLED,
        )
