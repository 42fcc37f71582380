"""What the criticism tests share: a draft criticised and its three points."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.domain.criticism import CriticismForm
from giamsat_desktop.domain.criticism_records import CriticismDraft, PointDraft

D = dt.date
DRAFT = CriticismDraft(
    title="Dự thảo Nghị quyết về chính sách hỗ trợ người có công trên địa bàn xã",
    drafting_body="Ủy ban nhân dân xã Tân Hưng",
    form=CriticismForm.CONFERENCE,
    received_on=D(2026, 6, 1),
    submit_on=D(2026, 6, 25),
    held_on=D(2026, 6, 10),
    place="Hội trường Ủy ban MTTQ xã",
    chair="Nguyễn Thị Thu Hà",
    participants="Đại diện Hội Cựu chiến binh\nĐại diện Hội Nông dân",
    experts="Luật sư Trần Văn Bình",
    opinions=14,
)
POINTS = [
    PointDraft("Điều 3, khoản 2: đối tượng hỗ trợ", "Chưa gồm thân nhân liệt sĩ", "Bổ sung"),
    PointDraft("Điều 5: mức hỗ trợ", "Mức 500.000 đồng thấp", "Nâng lên 800.000 đồng"),
    PointDraft("Điều 7: thủ tục", "Hồ sơ nhiều giấy tờ", "Bỏ bản sao chứng thực"),
]
