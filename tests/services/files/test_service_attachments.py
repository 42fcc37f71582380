"""Files attached to documents: copied once under their checksum, all of a batch or none."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from giamsat_desktop.db.models import (
    Attachment,
    AuditEntry,
    IncomingAttachment,
    OutgoingAttachment,
)
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import (
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.registers import IncomingDraft, IncomingRecord, OutgoingDraft
from giamsat_desktop.messages import describe
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.files.attachments import AttachedFile
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.registers.queries import incoming_rows, outgoing_rows
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.backup_rotation import make_automatic_backup

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
ADMIN = Actor("Trần Văn Phúc", Role.ADMIN)
VIEWER = Actor("Nguyễn Văn Bình", Role.VIEWER)

SCAN = b"%PDF-1.4\n% Cong van 558-CV/DUK\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"


def receive(context: ServiceContext, symbol: str = "558-CV/ĐUK") -> IncomingRecord:
    record, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            dt.date(2026, 3, 2),
            "Đảng ủy xã Tân Hưng",
            "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế",
            symbol=symbol,
        ),
    )
    return record


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    """Where the clerk saved the scans (outside the data folder's store)."""
    folder = tmp_path / "Tải về"
    folder.mkdir()
    return folder


def scan(folder: Path, name: str = "558-CV-ĐUK.pdf", content: bytes = SCAN) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def attach(
    context: ServiceContext,
    document_id: int,
    *paths: Path,
    kind: str = "incoming",
    actor: Actor = CLERK,
    size_limit: int = attachments.DEFAULT_SIZE_LIMIT,
) -> list[AttachedFile]:
    added, _ = attachments.attach_files(
        context.factory,
        actor,
        context.data_folder,
        kind,
        document_id,
        list(paths),
        size_limit=size_limit,
    )
    return added


def store_files(context: ServiceContext) -> list[Path]:
    """Every file under the store, hidden temporary ones included."""
    store = context.data_folder / attachments.FOLDER
    return sorted(p for p in store.rglob("*") if p.is_file()) if store.exists() else []


def count(context: ServiceContext, model: type) -> int:
    with context.factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# ---------------------------------------------------------------------------------------------
# storing


def test_an_attached_pdf_is_copied_under_its_checksum(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    checksum = hashlib.sha256(SCAN).hexdigest()

    [added] = attach(context, document.id, scan(downloads))

    stored = context.data_folder / "attachments" / checksum[:2] / checksum
    assert stored.read_bytes() == SCAN
    assert (added.sha256, added.size, added.media_type) == (checksum, len(SCAN), "application/pdf")
    assert store_files(context) == [stored]


def test_the_attached_file_keeps_the_name_the_clerk_gave_it(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    decomposed = unicodedata.normalize("NFD", "Công văn 558 Đảng ủy.pdf")

    attach(context, document.id, scan(downloads, decomposed))

    [listed] = attachments.list_attachments(context.factory, "incoming", document.id)
    assert listed.file_name == "Công văn 558 Đảng ủy.pdf"


def test_the_same_file_attached_to_two_documents_is_stored_once(
    context: ServiceContext, downloads: Path
) -> None:
    first, second = receive(context), receive(context, "559-CV/ĐUK")
    path = scan(downloads)

    attach(context, first.id, path)
    attach(context, second.id, path)

    assert len(store_files(context)) == 1
    assert count(context, Attachment) == 1
    assert count(context, IncomingAttachment) == 2


def test_the_same_content_under_two_names_is_stored_once(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)

    attach(context, document.id, scan(downloads, "ban-scan.pdf"), scan(downloads, "ban-goc.pdf"))

    listed = attachments.list_attachments(context.factory, "incoming", document.id)
    assert [a.file_name for a in listed] == ["ban-scan.pdf", "ban-goc.pdf"]
    assert len({a.sha256 for a in listed}) == 1
    assert len(store_files(context)) == 1
    assert count(context, Attachment) == 1


def test_the_stored_copy_outlives_the_original(
    context: ServiceContext, downloads: Path, tmp_path: Path
) -> None:
    document = receive(context)
    original = scan(downloads)
    [added] = attach(context, document.id, original)

    original.unlink()
    exported = attachments.export_copy(
        context.factory, context.data_folder, added, tmp_path / "Mở tệp"
    )

    assert exported.name == "558-CV-ĐUK.pdf"
    assert exported.read_bytes() == SCAN


def test_an_empty_file_is_refused(context: ServiceContext, downloads: Path) -> None:
    document = receive(context)

    with pytest.raises(ValidationError) as raised:
        attach(context, document.id, scan(downloads, "trang.pdf", b""))

    assert raised.value.code is ErrorCode.FILE_EMPTY
    assert raised.value.values["name"] == "trang.pdf"
    assert count(context, IncomingAttachment) == 0


def test_a_file_over_the_limit_is_refused_and_nothing_is_kept(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    big = scan(downloads, "ho-so-day-du.pdf", b"%PDF-1.4\n" + b"x" * 1991)

    with pytest.raises(ValidationError) as raised:
        attach(context, document.id, big, size_limit=1000)

    assert raised.value.code is ErrorCode.FILE_TOO_LARGE
    assert raised.value.values["name"] == "ho-so-day-du.pdf"
    assert store_files(context) == []
    assert count(context, Attachment) == 0
    assert count(context, IncomingAttachment) == 0


def test_a_file_of_exactly_the_limit_is_accepted(context: ServiceContext, downloads: Path) -> None:
    document = receive(context)

    [added] = attach(context, document.id, scan(downloads, content=b"y" * 1000), size_limit=1000)

    assert added.size == 1000


def test_if_one_file_is_missing_nothing_is_attached(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    present = scan(downloads)
    missing = downloads / "da-xoa.pdf"

    with pytest.raises(NotFoundError) as raised:
        attach(context, document.id, present, missing)

    assert raised.value.code is ErrorCode.FILE_NOT_FOUND
    assert raised.value.values["path"] == str(missing)
    assert attachments.list_attachments(context.factory, "incoming", document.id) == []
    assert count(context, Attachment) == 0


def test_if_one_file_is_too_large_none_of_the_batch_is_attached(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    small = scan(downloads, "to-trinh.pdf", b"z" * 500)
    big = scan(downloads, "ho-so.pdf", b"w" * 2000)

    with pytest.raises(ValidationError):
        attach(context, document.id, small, big, size_limit=1000)

    assert attachments.list_attachments(context.factory, "incoming", document.id) == []


def test_attaching_to_a_missing_document_is_refused(
    context: ServiceContext, downloads: Path
) -> None:
    with pytest.raises(NotFoundError) as raised:
        attach(context, 4242, scan(downloads))

    assert raised.value.values == {"what": "incoming", "id": 4242}
    assert count(context, IncomingAttachment) == 0


def test_a_viewer_cannot_attach(context: ServiceContext, downloads: Path) -> None:
    document = receive(context)

    with pytest.raises(PermissionDeniedError):
        attach(context, document.id, scan(downloads), actor=VIEWER)

    assert store_files(context) == []


# ---------------------------------------------------------------------------------------------
# links


def test_detaching_removes_the_link_only(context: ServiceContext, downloads: Path) -> None:
    first, second = receive(context), receive(context, "559-CV/ĐUK")
    path = scan(downloads)
    [link] = attach(context, first.id, path)
    attach(context, second.id, path)

    attachments.detach(context.factory, CLERK, "incoming", first.id, link.link_id)

    assert attachments.list_attachments(context.factory, "incoming", first.id) == []
    assert len(attachments.list_attachments(context.factory, "incoming", second.id)) == 1
    assert count(context, Attachment) == 1
    assert [p.read_bytes() for p in store_files(context)] == [SCAN]


def test_detaching_a_file_of_another_document_is_refused(
    context: ServiceContext, downloads: Path
) -> None:
    first, second = receive(context), receive(context, "559-CV/ĐUK")
    [link] = attach(context, first.id, scan(downloads))

    with pytest.raises(NotFoundError):
        attachments.detach(context.factory, CLERK, "incoming", second.id, link.link_id)

    assert len(attachments.list_attachments(context.factory, "incoming", first.id)) == 1


def test_attachment_count_appears_in_incoming_rows(
    context: ServiceContext, downloads: Path
) -> None:
    with_files, without = receive(context), receive(context, "559-CV/ĐUK")
    attach(
        context,
        with_files.id,
        scan(downloads, "cong-van.pdf"),
        scan(downloads, "phu-luc.pdf", SCAN + b"phu luc"),
    )

    rows = incoming_rows(context.factory, [with_files.id, without.id])

    assert [r.attachment_count for r in rows] == [2, 0]
    record = incoming.get_incoming(context.factory, CLERK, with_files.id)
    assert record.attachment_count == 2


def test_files_attach_to_outgoing_documents_too(context: ServiceContext, downloads: Path) -> None:
    report, _ = outgoing.register_outgoing(
        context.factory,
        CLERK,
        OutgoingDraft(
            dt.date(2026, 9, 5),
            "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế",
            type_code="BC",
        ),
    )

    attach(context, report.id, scan(downloads, "01-BC-MTTQ-BTT.pdf"), kind="outgoing")

    [row] = outgoing_rows(context.factory, [report.id])
    assert row.attachment_count == 1
    listed = attachments.list_attachments(context.factory, "outgoing", report.id)
    assert [a.file_name for a in listed] == ["01-BC-MTTQ-BTT.pdf"]


def test_purging_a_document_with_files_keeps_the_stored_content(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    attach(context, document.id, scan(downloads))
    cancelled, _ = incoming.cancel_incoming(
        context.factory, CLERK, document.id, "Vào sổ nhầm", document.version
    )

    incoming.purge_incoming(context.factory, ADMIN, document.id, cancelled.version)

    assert count(context, IncomingAttachment) == 0
    assert count(context, Attachment) == 1
    assert [p.read_bytes() for p in store_files(context)] == [SCAN]


def test_attaching_and_detaching_are_written_to_the_audit_log(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    [link] = attach(context, document.id, scan(downloads))
    attachments.detach(context.factory, CLERK, "incoming", document.id, link.link_id)

    with context.factory() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.changes)
            .where(AuditEntry.action.in_(["attach", "detach"]))
            .order_by(AuditEntry.id)
        ).all()
    assert [(action, entity_id, json.loads(changes)) for action, entity_id, changes in rows] == [
        (
            "attach",
            document.id,
            {"file": [None, "558-CV-ĐUK.pdf"], "sha256": [None, link.sha256]},
        ),
        ("detach", document.id, {"file": ["558-CV-ĐUK.pdf", None]}),
    ]


# ----- a shared database: every PC opens every attachment ------------------------------------


def another_pc(context: ServiceContext, tmp_path: Path, name: str) -> ServiceContext:
    """A second PC of the office: the same database, a data folder of its own."""
    return ServiceContext(context.factory, context.location, tmp_path / name)


@pytest.mark.sqlite_only  # a shared database still holds the bytes: see below
def test_a_file_whose_stored_copy_is_gone_is_reported_by_its_name(
    context: ServiceContext, downloads: Path, tmp_path: Path
) -> None:
    document = receive(context)
    [added] = attach(context, document.id, scan(downloads))
    attachments.stored_path(context.data_folder, added.sha256).unlink()

    with pytest.raises(NotFoundError) as raised:
        attachments.export_copy(context.factory, context.data_folder, added, tmp_path / "Mở tệp")

    assert raised.value.code is ErrorCode.ATTACHMENT_MISSING
    assert describe(raised.value.code, raised.value.values).startswith(
        "Không tìm thấy nội dung tệp đính kèm 558-CV-ĐUK.pdf"
    )


@pytest.mark.postgresql
def test_a_file_attached_on_one_pc_opens_on_another(
    context: ServiceContext, downloads: Path, tmp_path: Path
) -> None:
    document = receive(context)
    [added] = attach(context, document.id, scan(downloads))
    second = another_pc(context, tmp_path, "may-2")

    [listed] = attachments.list_attachments(second.factory, "incoming", document.id)
    exported = attachments.export_copy(second.factory, second.data_folder, listed, tmp_path / "xem")

    assert exported.read_bytes() == SCAN
    assert attachments.stored_path(second.data_folder, added.sha256).read_bytes() == SCAN


@pytest.mark.postgresql
def test_a_backup_made_on_another_pc_holds_the_file(
    context: ServiceContext, office_database: Any, downloads: Path, tmp_path: Path
) -> None:
    document = receive(context)
    [added] = attach(context, document.id, scan(downloads))
    second = another_pc(context, tmp_path, "may-2")

    info = make_backup(office_database, second.data_folder, tmp_path / "sao-luu.zip")

    assert info.manifest.files[f"attachments/{added.sha256}"] == added.sha256
    assert "attachment_contents" not in info.manifest.tables
    with zipfile.ZipFile(info.path) as archive:
        assert archive.read(f"attachments/{added.sha256}") == SCAN


@pytest.mark.postgresql
def test_a_file_only_one_pc_had_is_shared_by_its_automatic_backup(
    context: ServiceContext, office_database: Any, downloads: Path, tmp_path: Path
) -> None:
    document = receive(context)
    [added] = attach(context, document.id, scan(downloads))
    with office_database.engine.begin() as connection:  # as attached before migration 0003
        connection.exec_driver_sql("DELETE FROM attachment_contents")

    make_automatic_backup(office_database, context.data_folder, None, tmp_path / "sao-luu")
    second = another_pc(context, tmp_path, "may-2")
    exported = attachments.export_copy(second.factory, second.data_folder, added, tmp_path / "xem")

    assert exported.read_bytes() == SCAN


def test_no_file_is_missing_where_every_pc_can_open_it(
    context: ServiceContext, downloads: Path, tmp_path: Path, engine_name: str
) -> None:
    document = receive(context)
    attach(context, document.id, scan(downloads))
    second = another_pc(context, tmp_path, "may-2")

    here = attachments.missing_files(context.factory, context.data_folder)
    there = attachments.missing_files(second.factory, second.data_folder)

    assert here == []
    if engine_name == "postgresql":  # fetched from the shared database
        assert there == []
    else:  # a file on one PC is not on another
        assert [(m.file_name, m.document_id) for m in there] == [("558-CV-ĐUK.pdf", document.id)]


# ----- names from a restored archive are labels, never paths ---------------------------------


def stored_name(context: ServiceContext, model: type, link_id: int, name: str) -> None:
    """Write a name straight into the row, as a crafted archive's restore would leave it."""
    with context.factory.begin() as session:
        session.execute(update(model).where(model.id == link_id).values(file_name=name))


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def hostile_names(tmp_path: Path) -> dict[str, str]:
    """Names a restored row may hold; the absolute ones point into this test's own folder."""
    elsewhere = tmp_path / "nơi khác"
    return {
        "windows-absolute": "C:\\Users\\Public\\x.bat",
        "absolute": str(elsewhere / ".profile"),
        "posix-absolute": elsewhere.as_posix() + "/x.sh",
        "parent": "../../x.txt",
        "windows-parent": "..\\..\\x.txt",
        "device": "NUL",
        "dots": "..",
        "empty": "",
        "control": "a\x1b[2Jb\n.pdf",
    }


@pytest.mark.parametrize(
    "case",
    [
        "windows-absolute",
        "absolute",
        "posix-absolute",
        "parent",
        "windows-parent",
        "device",
        "dots",
        "empty",
        "control",
    ],
)
def test_opening_a_file_whose_restored_name_is_a_path_writes_inside_the_chosen_folder(
    context: ServiceContext, downloads: Path, tmp_path: Path, case: str
) -> None:
    document = receive(context)
    [added] = attach(context, document.id, scan(downloads))
    name = hostile_names(tmp_path)[case]
    stored_name(context, IncomingAttachment, added.link_id, name)
    outside = tmp_path / "ngoài"
    chosen = outside / "dữ liệu" / "mở tệp"
    before = files_under(tmp_path)

    [listed] = attachments.list_attachments(context.factory, "incoming", document.id)
    opened = attachments.export_copy(context.factory, context.data_folder, listed, chosen)

    assert opened.parent == chosen
    assert opened.read_bytes() == SCAN
    assert [p for p in files_under(tmp_path) if p not in before] == [opened]
    assert "/" not in listed.file_name and "\\" not in listed.file_name
    assert listed.file_name not in {"", ".", ".."}
    assert listed.file_name.split(".")[0].upper() != "NUL"  # a device on Windows
    assert not any(unicodedata.category(c) == "Cc" for c in listed.file_name)


def test_a_copy_asked_for_under_a_crafted_name_still_lands_in_the_folder(
    context: ServiceContext, downloads: Path, tmp_path: Path
) -> None:
    """A caller holding the raw row (not the listed file) gets the same plain name."""
    document = receive(context)
    [added] = attach(context, document.id, scan(downloads))
    chosen = tmp_path / "a" / "b" / "mở tệp"
    crafted = AttachedFile(added.link_id, "../../x.txt", added.sha256, added.size, added.media_type)

    opened = attachments.export_copy(context.factory, context.data_folder, crafted, chosen)

    assert opened == chosen / "x.txt"
    assert not (tmp_path / "a" / "x.txt").exists()
    assert files_under(tmp_path / "a") == [opened]


def test_outgoing_files_with_restored_paths_open_inside_the_folder_too(
    context: ServiceContext, downloads: Path, tmp_path: Path
) -> None:
    record, _ = outgoing.register_outgoing(
        context.factory,
        CLERK,
        OutgoingDraft(
            issue_date=dt.date(2026, 3, 5),
            type_code="BC",
            subject="Báo cáo kết quả giám sát quý I",
            signer_name="Nguyễn Thị Thu Hà",
            recipients="Đảng ủy xã",
        ),
    )
    [added] = attach(context, record.id, scan(downloads), kind="outgoing")
    stored_name(context, OutgoingAttachment, added.link_id, "../../../x.bat")
    chosen = tmp_path / "1" / "2" / "3"

    [listed] = attachments.list_attachments(context.factory, "outgoing", record.id)
    opened = attachments.export_copy(context.factory, context.data_folder, listed, chosen)

    assert (listed.file_name, opened) == ("x.bat", chosen / "x.bat")
    assert not (tmp_path / "x.bat").exists()


@pytest.mark.sqlite_only  # a shared database still holds the bytes: nothing is missing there
def test_check_lists_a_missing_file_under_its_plain_name(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)
    [added] = attach(context, document.id, scan(downloads))
    stored_name(context, IncomingAttachment, added.link_id, "..\\..\\\x1b[31mx.pdf")
    attachments.stored_path(context.data_folder, added.sha256).unlink()

    missing = attachments.missing_files(context.factory, context.data_folder)

    assert [m.file_name for m in missing] == ["_[31mx.pdf"]


@pytest.mark.skipif(os.name == "nt", reason="Windows refuses these names itself")
def test_a_file_attached_under_an_odd_name_is_stored_as_a_plain_one(
    context: ServiceContext, downloads: Path
) -> None:
    document = receive(context)

    [added] = attach(context, document.id, scan(downloads, "Công văn: số 5|6\x1b.pdf"))

    [listed] = attachments.list_attachments(context.factory, "incoming", document.id)
    assert added.file_name == listed.file_name == "Công văn_ số 5_6.pdf"
    with context.factory() as session:
        assert session.scalar(select(IncomingAttachment.file_name)) == "Công văn_ số 5_6.pdf"
