"""What the dialogue tests share: a dialogue of the Party secretary and its three issues."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.domain.dialogue_records import DialogueDraft, IssueDraft
from giamsat_desktop.domain.dialogues import LeaderBody

D = dt.date
DRAFT = DialogueDraft(
    held_on=D(2026, 3, 12),
    leader="Đồng chí Lê Văn Quang, Bí thư Đảng ủy xã",
    topic="Giải phóng mặt bằng đường liên thôn 3 – thôn 5",
    leader_body=LeaderBody.PARTY,
    place="Nhà văn hóa thôn 3",
    chair="Nguyễn Thị Thu Hà, Chủ tịch Ủy ban MTTQ xã",
    participants="Đại diện Ủy ban nhân dân xã\nTrưởng thôn 3, thôn 5",
    attendance=86,
)
ISSUES = [
    IssueDraft(
        raised="Tiền đền bù đất nông nghiệp chậm chi trả",
        raised_by="Ông Phạm Văn Tư, thôn 3",
        answer="Ủy ban nhân dân xã đã trình huyện phê duyệt phương án",
        commitment="Chi trả xong tiền đền bù cho các hộ",
        responsible="Ủy ban nhân dân xã",
        due_on=D(2026, 4, 30),
    ),
    IssueDraft(
        raised="Mương thoát nước bị lấp khi thi công",
        raised_by="Bà Trần Thị Mai, thôn 5",
        answer="Nhà thầu sẽ khơi thông",
        commitment="Khơi thông mương thoát nước",
        responsible="Ban quản lý dự án xã",
        due_on=D(2026, 3, 31),
        done_on=D(2026, 3, 28),
        result="Đã khơi thông 300 m mương",
    ),
    IssueDraft(
        raised="Đề nghị công khai bản đồ giải phóng mặt bằng",
        raised_by="Cử tri thôn 3",
        answer="Bản đồ đã niêm yết tại nhà văn hóa thôn",
    ),
]
