"""Settings the whole office shares, kept in the database: the forms' standard wording first.

Every PC of a shared database reads the same values. A value is stored under its key as
JSON, with a version counter (a stale save is refused) and an audit entry for each change;
backups carry the table like any other. A key the office never changed reads as the
program's own default (``domain.letters.STANDARD_TEXTS``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import OfficeSetting
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.letters import STANDARD_TEXTS, LetterForm, StandardText, standard_text
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write

ENTITY = "office_setting"
"""The kind of record in the audit log."""
TEXT_LIMIT = 4000
"""The longest standard text the office may keep (a few paragraphs)."""


@dataclass(frozen=True, slots=True)
class StandardTextValue:
    """A part of a form and the office's wording of it.

    ``version`` is 0 while the office keeps the program's own wording (no row yet).
    """

    key: str
    name: str
    text: str
    default: str
    version: int

    @property
    def changed(self) -> bool:
        """Whether the office's wording differs from the program's."""
        return self.text != self.default


def _known(key: str) -> None:
    try:
        standard_text(key)
    except KeyError:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=key) from None


def _values(session: Session, texts: Iterable[StandardText]) -> list[StandardTextValue]:
    """Each part with the office's wording where it has one, else the program's."""
    stored = {row.key: row for row in session.scalars(select(OfficeSetting))}
    values = []
    for text in texts:
        row = stored.get(text.key)
        current = str(json.loads(row.value)["text"]) if row else text.text
        values.append(
            StandardTextValue(text.key, text.name, current, text.text, row.version if row else 0)
        )
    return values


def texts_in(session: Session) -> dict[str, str]:
    """Every standard text by key, the office's where it has one, inside the caller's work."""
    every = (text for texts in STANDARD_TEXTS.values() for text in texts)
    return {value.key: value.text for value in _values(session, every)}


def standard_texts(factory: SessionFactory, form: LetterForm) -> list[StandardTextValue]:
    """A form's parts with the office's wording, in the form's order."""
    with factory() as session:
        return _values(session, STANDARD_TEXTS[form])


def set_standard_text(
    factory: SessionFactory, actor: Actor, key: str, text: str, version: int
) -> Changes:
    """Keep the office's wording of ``key`` (the program's own when ``text`` is it).

    ``version`` is the one read (0 when the office had not changed it): a stale save is
    refused, as for every record.
    """
    return save_standard_texts(factory, actor, [(key, text, version)])


def save_standard_texts(
    factory: SessionFactory, actor: Actor, edits: Sequence[tuple[str, str, int]]
) -> Changes:
    """Keep the office's wording of several parts at once, all or none (Lưu of Mẫu văn bản).

    Each edit is ``(key, text, version read)``, the version 0 while the office kept the
    program's wording. One stale part (another PC saved it since) refuses the whole save;
    each part that changes gets its audit entry.

    Raises:
        ConflictError: a part saved elsewhere since it was read (``STALE_EDIT``).
        NotFoundError: a key no form has.
        PermissionDeniedError: a viewer.
        ValidationError: an empty or too long text.
    """
    require_write(actor)
    cleaned = []
    for key, text, version in edits:
        _known(key)
        cleaned.append((key, multi_line(text, "standard_text", TEXT_LIMIT, required=True), version))
    changed = False
    try:
        with unit_of_work(factory) as session:
            for key, clean, version in cleaned:
                changed = _save(session, actor, key, clean, version) or changed
    except IntegrityError as exc:  # another PC kept its first wording of a part meanwhile
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return Changes.of(Area.OFFICE) if changed else Changes.of()


def _save(session: Session, actor: Actor, key: str, text: str, version: int) -> bool:
    """Keep one part's wording in the caller's work; whether it changed."""
    row = session.get(OfficeSetting, key)
    if (row.version if row else 0) != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    old = json.loads(row.value) if row else None
    value = {"text": text}
    if row is None:
        session.add(OfficeSetting(key=key, value=_json(value)))
    elif old == value:
        return False
    else:
        row.value = _json(value)
        row.updated_at = utc_now()
    session.flush()
    audit.record(session, actor, "update", ENTITY, None, _with_key(key, old), {"key": key, **value})
    return True


def reset_standard_text(factory: SessionFactory, actor: Actor, key: str, version: int) -> Changes:
    """Go back to the program's own wording of ``key`` ("trở về mẫu gốc")."""
    return set_standard_text(factory, actor, key, standard_text(key).text, version)


def fill(text: str, values: Mapping[str, str]) -> str:
    """A standard text with its placeholders filled; an unknown placeholder stays as written."""
    out = text
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _with_key(key: str, value: dict[str, object] | None) -> dict[str, object] | None:
    return {"key": key, **value} if value is not None else None
