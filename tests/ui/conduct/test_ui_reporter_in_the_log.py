"""Nhật ký thay đổi says that a report's reporter was written or changed, never who it is."""

from __future__ import annotations

from giamsat_desktop.services.conduct.reports import REPORTER_CHANGED, REPORTER_FIELD
from giamsat_desktop.ui.audit.audit_text import AuditText


def test_the_log_reads_that_the_reporter_changed() -> None:
    text = AuditText()
    created = {REPORTER_FIELD: [None, REPORTER_CHANGED], "reported_name": [None, "Đỗ Quang Vinh"]}
    assert text.change_lines("citizen_report", created) == [
        "Người phản ánh: (đã thay đổi)",
        "Người bị phản ánh: “Đỗ Quang Vinh”",
    ]
    changed = {REPORTER_FIELD: [None, REPORTER_CHANGED], "notes": ["", "Đã xác minh"]}
    assert text.changes("citizen_report", changed) == (
        "Người phản ánh: (đã thay đổi); Ghi chú: “Đã xác minh”"
    )
    assert text.kind_name("citizen_report") == "Phản ánh của nhân dân"
