"""The six statistics tables of a period, laid out once for the screen, the print and Excel.

Each column's tooltip says, in one sentence, how its figure is counted; the rules
themselves are those of ``services/statistics`` (each written in its function's docstring).
"""

from __future__ import annotations

from giamsat_desktop.domain.statistics import Statistics
from giamsat_desktop.domain.statistics_tables import Column, Row, Table, Total

SUPERVISION_FORMS = "Hình thức giám sát (lượt)"
REPLIES = "Kết quả trả lời"
NO_REPLY = "Chưa trả lời"


def _as_of(statistics: Statistics) -> str:
    # The period itself stands in the title block above every table.
    return f"Tình trạng (trả lời, quá hạn, hoàn thành) tính đến ngày {statistics.as_of:%d/%m/%Y}."


def supervision_table(statistics: Statistics) -> Table:
    """Giám sát: per row, chủ trì, phối hợp, by form, not held; the distinct counts in notes."""
    figures = statistics.supervision
    columns = (
        Column(
            "total", "Tổng số (lượt)",
            tooltip="Số cuộc chủ trì cộng số lượt phối hợp của đơn vị trong kỳ.",
            sum_of=("led", "joined"),
        ),
        Column(
            "led", "Chủ trì",
            tooltip=(
                "Mỗi cuộc giám sát do Mặt trận hoặc tổ chức thành viên (theo đề nghị của "
                "Mặt trận) chủ trì tính một lần ở dòng đơn vị chủ trì, trong kỳ có buổi "
                "làm việc đầu tiên (giám sát qua văn bản: ngày báo cáo); cuộc đã hủy "
                "không tính."
            ),
        ),
        Column(
            "joined", "Phối hợp (lượt)",
            tooltip=(
                "Mỗi tổ chức tham gia một cuộc tính một lượt ở dòng của mình; cuộc Mặt "
                "trận tham gia cùng cơ quan nhà nước tính ở dòng cơ quan Mặt trận."
            ),
        ),
        Column(
            "documents", "Nghiên cứu, xem xét văn bản", SUPERVISION_FORMS,
            tooltip=(
                "Số cuộc theo hình thức (1) đơn vị chủ trì hoặc tham gia, tính theo ngày "
                "báo cáo kết quả nghiên cứu văn bản."
            ),
        ),
        Column(
            "delegation", "Tổ chức đoàn giám sát", SUPERVISION_FORMS,
            tooltip=(
                "Số cuộc theo hình thức (2) đơn vị chủ trì hoặc tham gia, tính theo buổi "
                "làm việc đầu tiên."
            ),
        ),
        Column(
            "boards", "Qua Ban TTND, Ban GSĐTCĐ", SUPERVISION_FORMS,
            tooltip=(
                "Số cuộc theo hình thức (3) đơn vị chủ trì hoặc tham gia, tính theo buổi "
                "làm việc đầu tiên."
            ),
        ),
        Column(
            "with_state", "Tham gia với cơ quan nhà nước", SUPERVISION_FORMS,
            tooltip=(
                "Số cuộc theo hình thức (4) đơn vị chủ trì hoặc tham gia, tính theo buổi "
                "làm việc đầu tiên."
            ),
        ),
        Column(
            "not_held", "Chưa thực hiện",
            tooltip=(
                "Cuộc chưa hủy, dự kiến bắt đầu trong kỳ nhưng đến ngày tính chưa có buổi"
                " làm việc đầu tiên (hoặc báo cáo), tính ở dòng đơn vị chủ trì."
            ),
        ),
    )  # fmt: skip
    rows = tuple(
        Row(
            line.name,
            (line.total, line.led, line.joined, line.documents, line.delegation, line.boards,
             line.with_state, line.not_held),
            line.organization_id,
        )  # fmt: skip
        for line in figures.lines
    )
    notes = (
        _as_of(statistics),
        f"Số cuộc giám sát đã thực hiện (mỗi cuộc tính một lần): {figures.held}, trong đó chủ trì "
        f"{figures.led}, phối hợp với cơ quan nhà nước {figures.joined}.",
        f"Theo hình thức: nghiên cứu, xem xét văn bản {figures.documents}; đoàn giám sát "
        f"{figures.delegation}; qua Ban TTND, Ban GSĐTCĐ {figures.boards}; tham gia với cơ quan "
        f"nhà nước {figures.with_state}. Chưa thực hiện: {figures.not_held}.",
    )
    return Table("giam_sat", "Giám sát", "KẾT QUẢ GIÁM SÁT", columns, rows, notes=notes)


def recommendation_table(statistics: Statistics) -> Table:
    """Kiến nghị: sent in the period, per the session's lead row, replies as of the day."""
    columns = (
        Column(
            "sent", "Đã gửi",
            tooltip=(
                "Kiến nghị tính theo ngày gửi trong kỳ, ở dòng đơn vị chủ trì cuộc giám "
                "sát."
            ),
        ),
        Column(
            "accepted", "Tiếp thu, đã giải quyết", REPLIES,
            tooltip=(
                "Trả lời gần nhất đến ngày tính là tiếp thu hoặc đã giải quyết; trả lời "
                "sau ngày tính không tính."
            ),
        ),
        Column(
            "explained", "Giải trình", REPLIES,
            tooltip="Trả lời gần nhất đến ngày tính là giải trình.",
        ),
        Column(
            "refused", "Không tiếp thu", REPLIES,
            tooltip="Trả lời gần nhất đến ngày tính là không tiếp thu.",
        ),
        Column(
            "awaiting", "Đang chờ, chưa quá hạn", NO_REPLY,
            tooltip="Chưa có văn bản trả lời đến ngày tính, chưa đóng, chưa quá hạn trả lời.",
        ),
        Column(
            "overdue", "Quá hạn", NO_REPLY,
            tooltip="Chưa có văn bản trả lời đến ngày tính và đã quá hạn trả lời vào ngày đó.",
        ),
        Column(
            "escalated", "Kiến nghị cấp trên",
            tooltip="Đã có văn bản kiến nghị Mặt trận cấp trên đến ngày tính.",
        ),
    )  # fmt: skip
    rows = tuple(
        Row(
            line.name,
            (line.sent, line.accepted, line.explained, line.refused, line.awaiting, line.overdue,
             line.escalated),
            line.organization_id,
        )  # fmt: skip
        for line in statistics.recommendations
    )
    return Table(
        "kien_nghi", "Kiến nghị", "KIẾN NGHỊ SAU GIÁM SÁT VÀ KẾT QUẢ TRẢ LỜI", columns, rows,
        notes=(_as_of(statistics),),
    )  # fmt: skip


def criticism_table(statistics: Statistics) -> Table:
    """Phản biện: sessions held in the period, by form, opinions, points accepted."""
    forms = "Hình thức phản biện"
    columns = (
        Column(
            "total", "Tổng số cuộc",
            tooltip=(
                "Cuộc phản biện xã hội tổ chức trong kỳ (gửi dự thảo chưa có ngày: ngày "
                "gửi văn bản phản biện); cuộc đã hủy không tính."
            ),
            sum_of=("conferences", "drafts", "dialogues"),
        ),
        Column(
            "conferences", "Hội nghị", forms,
            tooltip="Cuộc phản biện bằng hình thức hội nghị tổ chức trong kỳ.",
        ),
        Column(
            "drafts", "Gửi dự thảo", forms,
            tooltip="Cuộc phản biện bằng hình thức gửi dự thảo lấy ý kiến trong kỳ.",
        ),
        Column(
            "dialogues", "Đối thoại", forms,
            tooltip="Cuộc phản biện bằng hình thức đối thoại trực tiếp trong kỳ.",
        ),
        Column(
            "opinions", "Số ý kiến",
            tooltip="Số ý kiến phát biểu hoặc gửi lại ở các cuộc được tính.",
        ),
        Column(
            "points", "Số nội dung phản biện",
            tooltip="Số nội dung phản biện của các cuộc được tính.",
        ),
        Column(
            "points_accepted", "Được tiếp thu",
            tooltip="Nội dung cơ quan soạn thảo trả lời tiếp thu bằng văn bản đến ngày tính.",
        ),
    )  # fmt: skip
    c = statistics.criticism
    values = (c.total, c.conferences, c.drafts, c.dialogues, c.opinions, c.points,
              c.points_accepted)  # fmt: skip
    return Table(
        "phan_bien", "Phản biện", "KẾT QUẢ PHẢN BIỆN XÃ HỘI", columns,
        (Row(statistics.office_name, values),), notes=(_as_of(statistics),),
    )  # fmt: skip


def contribution_table(statistics: Statistics) -> Table:
    """QĐ 218: góp ý held, summaries sent, dialogues, issues and commitments."""
    gop_y, dialogue = "Góp ý xây dựng Đảng, chính quyền", "Đối thoại trực tiếp"
    columns = (
        Column(
            "conferences", "Hội nghị góp ý", gop_y,
            tooltip="Hội nghị góp ý tổ chức trong kỳ; cuộc đã hủy không tính.",
        ),
        Column(
            "drafts", "Dự thảo được góp ý", gop_y,
            tooltip="Dự thảo góp ý bằng hình thức gửi lấy ý kiến trong kỳ.",
        ),
        Column("opinions", "Số ý kiến", gop_y, tooltip="Số ý kiến ở các cuộc góp ý được tính."),
        Column(
            "summaries_sent", "Văn bản tổng hợp đã gửi", gop_y,
            tooltip="Văn bản góp ý ban hành trong kỳ.",
        ),
        Column(
            "dialogues", "Số cuộc", dialogue,
            tooltip="Cuộc đối thoại trực tiếp tổ chức trong kỳ.",
        ),
        Column(
            "issues", "Vấn đề nhân dân nêu", dialogue,
            tooltip="Vấn đề nêu tại các cuộc đối thoại được tính.",
        ),
        Column(
            "commitments", "Cam kết", dialogue,
            tooltip=(
                "Vấn đề người đứng đầu cam kết giải quyết tại các cuộc đối thoại được "
                "tính."
            ),
        ),
        Column(
            "commitments_done", "Cam kết đã thực hiện", dialogue,
            tooltip="Cam kết có ngày hoàn thành đến ngày tính.",
        ),
    )  # fmt: skip
    c = statistics.contributions
    values = (c.conferences, c.drafts, c.opinions, c.summaries_sent, c.dialogues, c.issues,
              c.commitments, c.commitments_done)  # fmt: skip
    return Table(
        "qd_218", "QĐ 218", "GÓP Ý XÂY DỰNG ĐẢNG, XÂY DỰNG CHÍNH QUYỀN (QĐ 218)", columns,
        (Row(statistics.office_name, values),), notes=(_as_of(statistics),),
    )  # fmt: skip


def conduct_table(statistics: Statistics) -> Table:
    """QĐ 124: sessions by place, people supervised, citizens' reports."""
    sessions, reports = "Giám sát cán bộ, đảng viên", "Phản ánh của nhân dân"
    columns = (
        Column(
            "sessions", "Số cuộc", sessions,
            tooltip="Cuộc giám sát theo QĐ 124 tổ chức trong kỳ.",
            sum_of=("at_work", "at_home"),
        ),
        Column(
            "at_work", "Nơi công tác", sessions,
            tooltip="Cuộc giám sát tại nơi công tác tổ chức trong kỳ.",
        ),
        Column(
            "at_home", "Nơi cư trú", sessions,
            tooltip="Cuộc giám sát tại nơi cư trú tổ chức trong kỳ.",
        ),
        Column(
            "people", "Số người được giám sát", sessions,
            tooltip="Cán bộ, đảng viên được giám sát ở các cuộc được tính.",
        ),
        Column("reports", "Tiếp nhận", reports, tooltip="Phản ánh tiếp nhận trong kỳ."),
        Column(
            "forwarded", "Đã chuyển", reports,
            tooltip=(
                "Phản ánh tiếp nhận trong kỳ đã chuyển cơ quan có thẩm quyền đến ngày "
                "tính."
            ),
        ),
        Column(
            "handled", "Đã giải quyết", reports,
            tooltip="Phản ánh tiếp nhận trong kỳ đã có kết quả đến ngày tính hoặc đã lưu.",
        ),
    )  # fmt: skip
    c = statistics.conduct
    values = (c.sessions, c.at_work, c.at_home, c.people, c.reports, c.forwarded, c.handled)
    return Table(
        "qd_124", "QĐ 124", "GIÁM SÁT THEO QUY ĐỊNH 124-QĐ/TW", columns,
        (Row(statistics.office_name, values),), notes=(_as_of(statistics),),
    )  # fmt: skip


def task_table(statistics: Statistics) -> Table:
    """Nhiệm vụ: per organisation, given in the period, states as of the day, % on time."""
    results = "Kết quả đến ngày tính"
    whole = ("done_on_time", "done_late", "overdue")
    columns = (
        Column(
            "assigned", "Được giao",
            tooltip="Nhiệm vụ giao trong kỳ cho tổ chức chủ trì; nhiệm vụ đã hủy không tính.",
        ),
        Column(
            "done_on_time", "Hoàn thành đúng hạn", results,
            tooltip="Hoàn thành đến ngày tính, không muộn hơn hạn.",
        ),
        Column(
            "done_late", "Hoàn thành quá hạn", results,
            tooltip="Hoàn thành đến ngày tính, muộn hơn hạn.",
        ),
        Column(
            "overdue", "Quá hạn", results,
            tooltip="Chưa hoàn thành đến ngày tính và đã quá hạn.",
        ),
        Column(
            "in_progress", "Đang thực hiện", results,
            tooltip="Chưa hoàn thành đến ngày tính, chưa đến hạn.",
        ),
        Column(
            "rate", "Tỷ lệ đúng hạn (%)", total=Total.RATE, rate_of=("done_on_time", whole),
            tooltip="Hoàn thành đúng hạn chia cho tổng số đã hoàn thành và quá hạn.",
        ),
    )  # fmt: skip
    rows = tuple(
        Row(
            line.name,
            (line.assigned, line.done_on_time, line.done_late, line.overdue, line.in_progress,
             line.rate),
            line.organization_id,
        )  # fmt: skip
        for line in statistics.tasks
    )
    return Table(
        "nhiem_vu", "Nhiệm vụ", "THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO", columns, rows,
        row_heading="Tổ chức", notes=(_as_of(statistics),),
    )  # fmt: skip


def tables(statistics: Statistics) -> tuple[Table, ...]:
    """The six tables in the book's order (Giám sát … Nhiệm vụ), sheets named as ``Table.sheet``."""
    return (
        supervision_table(statistics),
        recommendation_table(statistics),
        criticism_table(statistics),
        contribution_table(statistics),
        conduct_table(statistics),
        task_table(statistics),
    )
