"""Citizens' reports (QĐ 124): written, forwarded, answered; who reported stays protected.

Every test runs on SQLite and on the shared PostgreSQL server. Each line of the protection
has its test: who sees the reporter, a save by a clerk who may not see it, the search, the
Excel export and the change log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from giamsat_desktop.db.models import AuditEntry, CitizenReport, Letter
from giamsat_desktop.domain.conduct import ReportChannel, ReportState
from giamsat_desktop.domain.conduct_records import ReportFilter
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.accounts import users
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import export, queries, reports
from tests.services.conduct.samples import (
    ADMIN,
    ALONE,
    CLERK,
    CONTACT,
    FLAGGED,
    FLAGGED_VIEWER,
    REPORT,
    REPORTER,
    VIEWER,
)

D = dt.date


def _stored(context: ServiceContext, key: int) -> tuple[str, str]:
    with context.factory() as session:
        row = session.get(CitizenReport, key)
        assert row is not None
        return row.reporter_name, row.reporter_contact


def _issued_letter(context: ServiceContext) -> int:
    with context.factory() as session, session.begin():
        letter = Letter(
            form="cong_van",
            state="da_phat_hanh",
            subject="V/v chuyển đơn phản ánh",
            symbol="27/MTTQ-BTT",
            number=27,
            issue_date=D(2026, 4, 10),
        )
        session.add(letter)
        session.flush()
        return letter.id


def test_who_sees_the_reporter(context: ServiceContext) -> None:
    record, _ = reports.create_report(context.factory, FLAGGED, REPORT)
    assert (record.reporter_name, record.reporter_contact) == (REPORTER, CONTACT)
    alone = users.automatic_actor(context.factory)  # an office without accounts
    assert alone is not None
    expected = {
        "viewer": (VIEWER, False),
        "flagged viewer": (FLAGGED_VIEWER, False),
        "clerk without the flag": (CLERK, False),
        "flagged clerk": (FLAGGED, True),
        "administrator": (ADMIN, True),
        "the one clerk of an office without accounts": (alone, True),
    }
    for who, (actor, sees) in expected.items():
        one = reports.get_report(context.factory, actor, record.id)
        listed = queries.reports_by_ids(context.factory, actor, [record.id])[0]
        for read in (one, listed):
            assert read.reporter_shown is sees, who
            assert (read.reporter_name, read.reporter_contact) == (
                (REPORTER, CONTACT) if sees else ("", "")
            ), who
            assert read.reported_name == "Đỗ Quang Vinh", who
    assert ALONE.sees_reporters and alone.sees_reporters


def test_a_clerk_without_the_flag_keeps_the_stored_reporter_and_cannot_set_one(
    context: ServiceContext,
) -> None:
    made, _ = reports.create_report(context.factory, FLAGGED, REPORT)
    seen = reports.get_report(context.factory, CLERK, made.id)
    draft = dataclasses.replace(
        REPORT,
        reporter_name=seen.reporter_name,
        reporter_contact=seen.reporter_contact,
        notes="Đã gọi điện xác minh",
    )
    saved, _ = reports.update_report(context.factory, CLERK, seen.id, seen.version, draft)
    assert saved.notes == "Đã gọi điện xác minh"
    assert (saved.reporter_name, saved.reporter_shown) == ("", False)
    assert _stored(context, made.id) == (REPORTER, CONTACT)
    assert reports.get_report(context.factory, ADMIN, made.id).reporter_name == REPORTER

    with pytest.raises(PermissionDeniedError):
        reports.update_report(
            context.factory,
            CLERK,
            saved.id,
            saved.version,
            dataclasses.replace(draft, reporter_name="Người khác"),
        )
    with pytest.raises(PermissionDeniedError):
        reports.create_report(context.factory, CLERK, REPORT)
    plain, _ = reports.create_report(
        context.factory, CLERK, dataclasses.replace(REPORT, reporter_name="", reporter_contact="")
    )
    assert _stored(context, plain.id) == ("", "")
    assert _stored(context, made.id) == (REPORTER, CONTACT)


def test_the_reporter_s_name_is_not_searchable(context: ServiceContext) -> None:
    record, _ = reports.create_report(context.factory, ADMIN, REPORT)

    def found(words: str) -> list[int]:
        return queries.report_keys(context.factory, ADMIN, ReportFilter(words=words))

    assert found("hoang thi man") == []
    assert found("0912") == []
    assert found("bai say") == []
    assert found("do quang vinh") == [record.id]
    assert found("cong chuc dia chinh") == [record.id]
    with context.factory() as session:
        text = session.scalar(select(CitizenReport.search_text))
    assert text is not None and fold(REPORTER) not in text and "0912" not in text


def test_the_excel_export_has_no_reporter_whoever_exports_it(
    context: ServiceContext, tmp_path: Path
) -> None:
    record, _ = reports.create_report(context.factory, ADMIN, REPORT)
    reports.create_report(
        context.factory,
        ADMIN,
        dataclasses.replace(REPORT, reported_name="Trần Văn Hải", channel=ReportChannel.PHONE),
    )
    path = tmp_path / "phan-anh.xlsx"
    written = export.export_reports_xlsx(context.factory, ADMIN, path, ReportFilter(year=2026))
    assert written == 2
    book = load_workbook(path)
    texts = [
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    everything = "\n".join(texts)
    assert "Đỗ Quang Vinh" in everything and "Trần Văn Hải" in everything
    assert REPORT.content in everything
    assert REPORTER not in everything and "Mận" not in everything
    assert "0912" not in everything and "Bãi Sậy" not in everything
    assert "Người phản ánh" not in everything
    assert export.REPORT_HEADERS[3] == "Người bị phản ánh" and record.id


def test_the_change_log_says_the_reporter_changed_never_what_it_is(
    context: ServiceContext,
) -> None:
    record, _ = reports.create_report(context.factory, FLAGGED, REPORT)
    changed = dataclasses.replace(REPORT, reporter_name="Lý Văn Sáu", reporter_contact="Xóm 3")
    record, _ = reports.update_report(context.factory, ADMIN, record.id, record.version, changed)
    record, _ = reports.update_report(
        context.factory, ADMIN, record.id, record.version, dataclasses.replace(changed, notes="x")
    )
    reports.remove_report(context.factory, ADMIN, record.id, record.version)
    with context.factory() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == reports.ENTITY).order_by(AuditEntry.id)
        ).all()
        raw = "\n".join(entry.changes for entry in entries)
        actions = [entry.action for entry in entries]
    assert actions == ["create", "update", "update", "delete"]
    for secret in (REPORTER, "Mận", "0912", "Bãi Sậy", "Lý Văn Sáu", "Sáu", "Xóm 3"):
        assert secret not in raw
    changes = [json.loads(entry.changes) for entry in entries]
    marker = reports.REPORTER_CHANGED
    assert changes[0]["reporter"] == [None, marker]
    assert changes[1]["reporter"] == [None, marker]
    assert "reporter" not in changes[2]  # only the notes changed
    assert changes[3]["reporter"] == [marker, None]


def test_a_report_is_forwarded_by_an_issued_letter_then_answered(
    context: ServiceContext,
) -> None:
    letter = _issued_letter(context)
    plain = dataclasses.replace(REPORT, reporter_name="", reporter_contact="")
    record, _ = reports.create_report(context.factory, CLERK, plain)
    assert record.state is ReportState.RECEIVED
    forward = dataclasses.replace(
        REPORT,
        reporter_name="",
        reporter_contact="",
        state=ReportState.FORWARDED,
        forwarded_to="Ủy ban nhân dân xã Tân Hưng",
        forwarded_on=D(2026, 4, 10),
        letter_id=letter,
    )
    with pytest.raises(ValidationError) as caught:
        reports.update_report(
            context.factory,
            CLERK,
            record.id,
            record.version,
            dataclasses.replace(forward, forwarded_to=""),
        )
    assert caught.value.code is ErrorCode.FIELD_REQUIRED
    with pytest.raises(ValidationError):
        reports.update_report(
            context.factory,
            CLERK,
            record.id,
            record.version,
            dataclasses.replace(forward, letter_id=letter + 99),
        )
    with pytest.raises(ValidationError) as caught:
        reports.update_report(
            context.factory,
            CLERK,
            record.id,
            record.version,
            dataclasses.replace(forward, forwarded_on=D(2026, 3, 1)),
        )
    assert caught.value.code is ErrorCode.DATE_AFTER
    forwarded, _ = reports.update_report(context.factory, CLERK, record.id, record.version, forward)
    assert (forwarded.state, forwarded.letter_symbol) == (ReportState.FORWARDED, "27/MTTQ-BTT")
    assert [letter.symbol for letter in reports.issued_letters(context.factory, CLERK)] == [
        "27/MTTQ-BTT"
    ]
    resolved, _ = reports.update_report(
        context.factory,
        CLERK,
        forwarded.id,
        forwarded.version,
        dataclasses.replace(
            forward,
            state=ReportState.RESOLVED,
            result="UBND xã đã kiểm tra, nhắc nhở công chức",
            result_on=D(2026, 5, 4),
        ),
    )
    assert resolved.state.is_handled and resolved.result_on == D(2026, 5, 4)
    assert queries.report_keys(
        context.factory, CLERK, ReportFilter(state=ReportState.RESOLVED)
    ) == [record.id]
    assert queries.report_keys(context.factory, CLERK, ReportFilter(words="nhac nho")) == [
        record.id
    ]


def test_a_stale_save_and_a_viewer_are_refused(context: ServiceContext) -> None:
    record, _ = reports.create_report(context.factory, ADMIN, REPORT)
    reports.update_report(context.factory, ADMIN, record.id, record.version, REPORT)
    with pytest.raises(ConflictError) as caught:
        reports.update_report(context.factory, ADMIN, record.id, record.version, REPORT)
    assert caught.value.code is ErrorCode.STALE_EDIT
    fresh = reports.get_report(context.factory, VIEWER, record.id)
    plain = dataclasses.replace(REPORT, reporter_name="", reporter_contact="")
    for attempt in (
        lambda: reports.create_report(context.factory, VIEWER, plain),
        lambda: reports.update_report(context.factory, VIEWER, fresh.id, fresh.version, plain),
        lambda: reports.remove_report(context.factory, VIEWER, fresh.id, fresh.version),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert _stored(context, record.id) == (REPORTER, CONTACT)
