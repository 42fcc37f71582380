"""What the two tables by organisation share: the on-time rate and how a count looks.

Công việc → Theo tổ chức and Tổng quan each show ``OrganizationFigures`` a line per
organisation, with their own columns; both say "% đúng hạn" the same way, explain it with
the same sentence, set the counts to the right and an overdue count in red.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.tasks.queries import OrganizationFigures

OVERDUE_RED = QColor("#b00020")
"""An organisation's overdue count reads red."""


def rate_rule() -> str:
    """How "% đúng hạn" is counted, for the tooltips and notes (no full stop: it is joined).

    The sentence keeps the translation context it was first translated in.
    """
    return QCoreApplication.translate(
        "OverviewPage",
        "% đúng hạn = số hoàn thành đúng hạn ÷ (tất cả đã hoàn thành + đang quá hạn); "
        "không tính nhiệm vụ thường xuyên và nhiệm vụ đã hủy",
    )


def rate_text(rate: float | None) -> str:
    """A whole percentage, or a dash when nothing counts yet."""
    return "—" if rate is None else f"{format_number(round(rate * 100))} %"


def count_look(
    role: int, column: int, figures: OrganizationFigures, *, name: int, overdue: int
) -> Any:
    """A cell's alignment and colour, for a table whose name and overdue columns are given.

    Every column but the name is set to the right; the overdue count is red when there is
    any. None for any other role or cell: the model answers those itself.
    """
    if role == Qt.ItemDataRole.TextAlignmentRole and column != name:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ForegroundRole and column == overdue and figures.overdue:
        return OVERDUE_RED
    return None
