"""The wording rules of the supervision forms: subjects in a sentence, "Căn cứ" lines, dates."""

from __future__ import annotations

import dataclasses
import datetime as dt

from giamsat_desktop.domain.letters import table_line
from giamsat_desktop.domain.programme_letter import programme_content
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_letters import period_text
from giamsat_desktop.domain.supervision_programme import (
    ProgrammeItemRecord,
    ProgrammeItemState,
    ProgrammeRecord,
)
from giamsat_desktop.domain.supervision_wording import (
    ground_lines,
    in_sentence,
    matter_of,
    supervision_of,
)


def test_a_common_first_word_is_lowered_inside_a_sentence_and_a_name_is_kept() -> None:
    assert in_sentence("Việc cấp thẻ bảo hiểm y tế.") == "việc cấp thẻ bảo hiểm y tế"
    assert in_sentence("Công tác tiếp công dân") == "công tác tiếp công dân"
    assert in_sentence("Ủy ban nhân dân xã Tân Hưng") == "Ủy ban nhân dân xã Tân Hưng"
    assert supervision_of("Việc quản lý đất đai") == "giám sát việc quản lý đất đai"
    assert supervision_of("Giám sát việc quản lý đất đai") == "giám sát việc quản lý đất đai"
    assert matter_of("Giám sát Việc quản lý đất đai") == "việc quản lý đất đai"


def test_grounds_keep_the_longer_of_two_lines_one_starts_and_end_as_the_form_needs() -> None:
    lines = ground_lines(
        [
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025);",
            "Luật Mặt trận Tổ quốc Việt Nam năm 2015",
            "  ",
            "Nghị quyết số 12-NQ/ĐU ngày 10/01/2026 của Đảng ủy xã.",
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025)",
        ],
        ",",
    )
    assert lines == (
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025);",
        "Căn cứ Nghị quyết số 12-NQ/ĐU ngày 10/01/2026 của Đảng ủy xã,",
    )


def test_a_short_line_given_first_gives_way_to_the_longer_one_after() -> None:
    lines = ground_lines(["Căn cứ Luật Đất đai", "Căn cứ Luật Đất đai năm 2024"], ".")
    assert lines == ("Căn cứ Luật Đất đai năm 2024.",)


def _item(number: int, **changes: object) -> ProgrammeItemRecord:
    item = ProgrammeItemRecord(
        id=number,
        programme_id=1,
        year=2026,
        subject=f"Việc thứ {number}",
        supervised_body="Ủy ban nhân dân xã",
        planned_month=None,
        planned_quarter=number,
        form=SupervisionForm.DELEGATION,
        role=SupervisionRole.LEAD,
        lead_id=None,
        lead_name="",
        participants="Hội Nông dân",
        state=ProgrammeItemState.PLANNED,
        note="",
        sort_order=number,
        version=1,
    )
    return dataclasses.replace(item, **changes)


def test_the_programme_table_says_who_leads_and_leaves_out_the_cancelled() -> None:
    programme = ProgrammeRecord(
        id=1,
        year=2026,
        title="",
        agreed_on=None,
        notes="",
        version=1,
        items=(
            _item(1),
            _item(2, lead_name="Hội Liên hiệp Phụ nữ xã"),
            _item(3, state=ProgrammeItemState.CANCELLED),
            _item(4, role=SupervisionRole.JOIN, form=SupervisionForm.WITH_STATE),
        ),
    )
    body = programme_content("Ủy ban MTTQ Việt Nam xã Tân Hưng", programme, {}).body
    rows = [line for line in body.splitlines() if line.startswith("| ")]
    assert rows[1:] == [
        table_line(("1", "Giám sát việc thứ 1", "Ủy ban nhân dân xã", "Quý I",
                    "Ban Thường trực", "Hội Nông dân")),
        table_line(("2", "Giám sát việc thứ 2", "Ủy ban nhân dân xã", "Quý II",
                    "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân")),
        table_line(("3", "Giám sát việc thứ 4", "Ủy ban nhân dân xã", "Quý IV",
                    "Cơ quan nhà nước có thẩm quyền", "Ban Thường trực, Hội Nông dân")),
    ]  # fmt: skip


@dataclasses.dataclass
class _Days:
    """What ``period_text`` reads of a session: its planned days."""

    planned_start: dt.date | None
    planned_end: dt.date | None


def test_a_period_reads_from_its_days() -> None:
    one, three = dt.date(2026, 3, 3), dt.date(2026, 3, 5)
    assert period_text(_Days(one, one)) == "ngày 03/03/2026"  # type: ignore[arg-type]
    assert period_text(_Days(one, three)) == "từ ngày 03/03/2026 đến ngày 05/03/2026"  # type: ignore[arg-type]
    assert period_text(_Days(None, three)) == "ngày 05/03/2026"  # type: ignore[arg-type]
    assert period_text(_Days(None, None)) == "…"  # type: ignore[arg-type]
