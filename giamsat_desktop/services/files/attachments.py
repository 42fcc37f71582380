r"""Files attached to documents: copied into the data folder under their SHA-256.

The same file attached twice is stored once; the original may be moved or deleted
afterwards without loss. The file is copied before the database row is written, so a
crash leaves at worst an unreferenced copy, never a row pointing at nothing.

On a shared database the bytes also go into the database, in the same transaction as
the row, and another PC fetches them into its own data folder the first time it needs
them: every PC of the office opens every attachment.

A file's name is a label, never a path: whatever a row holds (a restored archive may
carry ``C:\Users\Public\x.bat`` or ``../../x.txt``), it goes through
``domain.file_names.safe_file_name`` when it is stored, listed, shown or written, so a
copy is only ever written inside the folder the program chose.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    Attachment,
    AttachmentContent,
    IncomingAttachment,
    IncomingDocument,
    OutgoingAttachment,
    OutgoingDocument,
)
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.file_names import safe_file_name
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write
from giamsat_desktop.services.files.output_files import output_file

DEFAULT_SIZE_LIMIT = 200 * 1024 * 1024
FOLDER = "attachments"
_CHUNK = 1024 * 1024

_LINKS: dict[
    str,
    tuple[
        type[IncomingDocument] | type[OutgoingDocument],
        type[IncomingAttachment] | type[OutgoingAttachment],
        Area,
    ],
] = {
    "incoming": (IncomingDocument, IncomingAttachment, Area.INCOMING),
    "outgoing": (OutgoingDocument, OutgoingAttachment, Area.OUTGOING),
}


@dataclass(frozen=True, slots=True)
class AttachedFile:
    """A file attached to a document."""

    link_id: int
    file_name: str
    """A plain base name (``safe_file_name``), whatever the database row holds."""
    sha256: str
    size: int
    media_type: str


def stored_path(data_folder: Path, sha256: str) -> Path:
    """Where the content with this checksum lives: ``attachments/ab/abcdef…``."""
    return data_folder / FOLDER / sha256[:2] / sha256


def store_file(
    data_folder: Path, source: Path, size_limit: int = DEFAULT_SIZE_LIMIT
) -> tuple[str, int]:
    """Copy ``source`` into the store, before the work that links it; checksum and size.

    Raises:
        ValidationError: an empty file, or one beyond ``size_limit``.
    """
    return _store(data_folder, source, size_limit)


def _store(data_folder: Path, source: Path, size_limit: int) -> tuple[str, int]:
    """Copy ``source`` into the store (once per content); returns checksum and size."""
    name = source.name
    size = source.stat().st_size
    if size == 0:
        raise ValidationError(ErrorCode.FILE_EMPTY, field="attachment", name=name)
    if size > size_limit:
        raise ValidationError(
            ErrorCode.FILE_TOO_LARGE,
            field="attachment",
            name=name,
            size=round(size / 1024 / 1024, 1),
            limit=round(size_limit / 1024 / 1024),
        )
    (data_folder / FOLDER).mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, temporary = tempfile.mkstemp(prefix=".incoming-", dir=data_folder / FOLDER)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
            copied = 0
            while chunk := handle.read(_CHUNK):
                copied += len(chunk)
                if copied > size_limit:
                    raise ValidationError(
                        ErrorCode.FILE_TOO_LARGE,
                        field="attachment",
                        name=name,
                        size=round(copied / 1024 / 1024, 1),
                        limit=round(size_limit / 1024 / 1024),
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        checksum = digest.hexdigest()
        target = stored_path(data_folder, checksum)
        if target.exists():
            Path(temporary).unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temporary, target)
        return checksum, copied
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def attach_files(
    factory: SessionFactory,
    actor: Actor,
    data_folder: Path,
    kind: str,
    document_id: int,
    paths: list[Path],
    *,
    size_limit: int = DEFAULT_SIZE_LIMIT,
) -> tuple[list[AttachedFile], Changes]:
    """Attach files to an incoming or outgoing document, all of them or none."""
    require_write(actor)
    document_model, link_model, area = _LINKS[kind]
    stored = []
    for path in paths:
        if not path.is_file():
            raise NotFoundError(ErrorCode.FILE_NOT_FOUND, path=str(path))
        stored.append((path, *_store(data_folder, path, size_limit)))
    with unit_of_work(factory) as session:
        if session.get(document_model, document_id) is None:
            raise NotFoundError(ErrorCode.NOT_FOUND, what=kind, id=document_id)
        added = link_stored(
            session,
            actor,
            data_folder,
            kind,
            document_id,
            [(path.name, checksum, size) for path, checksum, size in stored],
        )
    return added, Changes.of(area)


def store_bytes(
    data_folder: Path, name: str, data: bytes, *, size_limit: int = DEFAULT_SIZE_LIMIT
) -> tuple[str, int]:
    """Keep generated bytes (a letter's PDF) in the store, as a file the clerk attached is kept.

    Returns the checksum and size, for :func:`link_stored` inside the caller's transaction.
    """
    (data_folder / FOLDER).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".generated-", dir=data_folder / FOLDER) as work:
        source = Path(work) / safe_file_name(name)
        source.write_bytes(data)
        return _store(data_folder, source, size_limit)


def link_stored(
    session: Session,
    actor: Actor,
    data_folder: Path,
    kind: str,
    document_id: int,
    files: list[tuple[str, str, int]],
) -> list[AttachedFile]:
    """Attach stored contents ``(name, checksum, size)`` to a document, in the caller's work.

    Each link has its audit entry; on a shared database the bytes go into it too.
    """
    _document_model, link_model, _area = _LINKS[kind]
    added = []
    for name, checksum, size in files:
        content = session.scalar(select(Attachment).where(Attachment.sha256 == checksum))
        if content is None:
            media = mimetypes.guess_type(name)[0] or "application/octet-stream"
            content = Attachment(sha256=checksum, size=size, media_type=media)
            session.add(content)
            session.flush()
        if _shared(session) and session.get(AttachmentContent, checksum) is None:
            content_bytes = stored_path(data_folder, checksum).read_bytes()
            session.add(AttachmentContent(sha256=checksum, content=content_bytes))
        link = link_model(
            document_id=document_id,
            attachment_id=content.id,
            file_name=safe_file_name(normalize_line(name)),
        )
        session.add(link)
        session.flush()
        audit.record(
            session,
            actor,
            "attach",
            kind,
            document_id,
            None,
            {"file": link.file_name, "sha256": checksum},
        )
        added.append(AttachedFile(link.id, link.file_name, checksum, size, content.media_type))
    return added


def list_attachments(factory: SessionFactory, kind: str, document_id: int) -> list[AttachedFile]:
    """The files of a document, in the order they were attached."""
    _document_model, link_model, _area = _LINKS[kind]
    query = (
        select(link_model, Attachment)
        .join(Attachment, Attachment.id == link_model.attachment_id)
        .where(link_model.document_id == document_id)
        .order_by(link_model.id)
    )
    with factory() as session:
        return [
            AttachedFile(
                link.id,
                safe_file_name(link.file_name),
                content.sha256,
                content.size,
                content.media_type,
            )
            for link, content in session.execute(query)
        ]


def detach(
    factory: SessionFactory, actor: Actor, kind: str, document_id: int, link_id: int
) -> Changes:
    """Take a file off a document (the stored content stays for other documents and backups)."""
    require_write(actor)
    _document_model, link_model, area = _LINKS[kind]
    with unit_of_work(factory) as session:
        link = session.get(link_model, link_id)
        # None when there is no such line; isinstance also tells the type checker its model.
        if not isinstance(link, link_model) or link.document_id != document_id:
            raise NotFoundError(ErrorCode.NOT_FOUND, what="attachment", id=link_id)
        audit.record(session, actor, "detach", kind, document_id, {"file": link.file_name}, None)
        session.execute(delete(link_model).where(link_model.id == link_id))
    return Changes.of(area)


def local_copy(factory: SessionFactory, data_folder: Path, sha256: str, name: str = "") -> Path:
    """The stored file in this PC's data folder, fetched from a shared database if need be.

    Raises:
        NotFoundError: the content is neither here nor in the database (or damaged there).
    """
    path = stored_path(data_folder, sha256)
    if path.exists():
        return path
    with factory() as session:
        content = session.get(AttachmentContent, sha256) if _kept_in_database(session) else None
        data = content.content if content is not None else None
    if data is None or hashlib.sha256(data).hexdigest() != sha256:
        raise NotFoundError(ErrorCode.ATTACHMENT_MISSING, name=name or sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{sha256}.fetching")
    with partial.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
    return path


def share_contents(factory: SessionFactory, data_folder: Path) -> int:
    """Put into a shared database the contents it lacks that this PC has; returns how many.

    Used after data is restored or moved into a shared database. Nothing to do on SQLite.
    """
    shared = 0
    with unit_of_work(factory) as session:
        if not _shared(session):
            return 0
        missing = session.scalars(
            select(Attachment.sha256).where(
                ~select(AttachmentContent.sha256)
                .where(AttachmentContent.sha256 == Attachment.sha256)
                .exists()
            )
        ).all()
        for checksum in missing:
            path = stored_path(data_folder, checksum)
            if path.exists():
                session.add(AttachmentContent(sha256=checksum, content=path.read_bytes()))
                session.flush()
                shared += 1
    return shared


@dataclass(frozen=True, slots=True)
class MissingFile:
    """An attached file whose content cannot be opened (``giamsat check`` lists them)."""

    kind: str
    """``incoming`` or ``outgoing``."""
    document_id: int
    file_name: str
    sha256: str


def missing_files(factory: SessionFactory, data_folder: Path) -> list[MissingFile]:
    """Attached files that are neither whole in this PC's data folder nor in the database.

    A stored file of the wrong size counts as missing (cut short by a failing disk); the
    contents are not re-hashed here, which on years of scans would take minutes.
    """
    with factory() as session:
        shared = _shared(session)
        in_database: set[str] = (
            set(session.scalars(select(AttachmentContent.sha256))) if shared else set()
        )
        found: list[MissingFile] = []
        for kind, (_document, link_model, _area) in _LINKS.items():
            rows = session.execute(
                select(
                    link_model.document_id, link_model.file_name, Attachment.sha256, Attachment.size
                )
                .join(Attachment, Attachment.id == link_model.attachment_id)
                .order_by(link_model.id)
            )
            for document_id, file_name, checksum, size in rows:
                path = stored_path(data_folder, checksum)
                whole = path.exists() and path.stat().st_size == size
                if not whole and checksum not in in_database:
                    found.append(
                        MissingFile(kind, document_id, safe_file_name(file_name), checksum)
                    )
    return found


def export_copy(
    factory: SessionFactory, data_folder: Path, attached: AttachedFile, folder: Path
) -> Path:
    """A copy under its own name inside ``folder``, for opening with the system viewer.

    The name is reduced to a plain base name first (``safe_file_name``): a name holding
    a path or a drive never leads the copy out of ``folder``. The copy is written whole
    or not at all, and never over a folder or a device.
    """
    name = safe_file_name(attached.file_name)
    source = local_copy(factory, data_folder, attached.sha256, name)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.parent != folder:  # cannot happen with a base name; a guard against a regression
        raise ValueError(f"{name!r} is not a plain file name")
    with output_file(target) as temporary:
        shutil.copyfile(source, temporary)
    return target


def _shared(session: Session) -> bool:
    """Whether the database is a shared server one (attachment bytes kept in it too)."""
    return session.get_bind().dialect.name != "sqlite"


def _kept_in_database(session: Session) -> bool:
    """Whether this shared database keeps attachment bytes: not yet if still before 0003.

    A backup taken before an upgrade or a restore reads a database of an older schema.
    """
    return _shared(session) and inspect(session.connection()).has_table(
        AttachmentContent.__tablename__
    )
