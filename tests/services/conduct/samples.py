"""A QĐ 124 session, a citizen's report and the actors who read them, for the tests."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel
from giamsat_desktop.domain.conduct_records import ConductDraft, PersonDraft, ReportDraft

CLERK = Actor("vanthu", Role.CLERK)
"""A clerk without the flag "xem người phản ánh"."""
FLAGGED = Actor("thuky", Role.CLERK, sees_reporters=True)
ADMIN = Actor("quantri", Role.ADMIN)
VIEWER = Actor("khach", Role.VIEWER)
FLAGGED_VIEWER = Actor("khach2", Role.VIEWER, sees_reporters=True)
"""A viewer whose account carries the flag: it still never sees who reported."""
ALONE = Actor("Văn thư", Role.CLERK, sees_reporters=True)
"""The one clerk of an office without accounts, as ``automatic_actor`` gives it."""

SESSION = ConductDraft(
    held_on=dt.date(2026, 3, 12),
    place=ConductPlace.RESIDENCE,
    unit="Khu dân cư thôn Đông Hòa",
    content="Giám sát việc giữ gìn phẩm chất đạo đức, lối sống của đảng viên nơi cư trú",
    lead="Ban công tác Mặt trận thôn Đông Hòa",
    conclusion="Các đồng chí gương mẫu, chấp hành tốt quy định nơi cư trú",
)
PEOPLE = (
    PersonDraft("Lê Văn Khánh", "Trưởng thôn", "Gương mẫu, gần gũi nhân dân"),
    PersonDraft("Phạm Thị Duyên", "Phó Chủ tịch UBND xã", "Chấp hành tốt"),
)

REPORTER = "Hoàng Thị Mận"
CONTACT = "0912 345 678, xóm Bãi Sậy"
REPORT = ReportDraft(
    received_on=dt.date(2026, 4, 2),
    channel=ReportChannel.MAILBOX,
    reported_name="Đỗ Quang Vinh",
    reported_position="Công chức địa chính xã",
    content="Phản ánh việc hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất chậm trễ",
    reporter_name=REPORTER,
    reporter_contact=CONTACT,
)
