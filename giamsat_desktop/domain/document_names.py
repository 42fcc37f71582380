"""An incoming document as a letter names it: its type, number, date and issuer; its subject.

``Kế hoạch số 45/KH-UBND ngày 02/12/2026 của Ủy ban nhân dân xã Tân Hưng`` about "giám sát
…": what a reply, a task letter, a plan's "Căn cứ" line say of the document they answer.
"""

from __future__ import annotations

import re

from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.registers import IncomingRecord

_SUBJECT_START = re.compile(r"^(?:v/v\.?|về việc)\s*:?\s*", re.IGNORECASE)


def document_name(asked: IncomingRecord) -> str:
    """An incoming document as a letter names it.

    ``Kế hoạch số 45/KH-UBND ngày 02/12/2026 của Ủy ban nhân dân xã Tân Hưng``; without a
    symbol ``Kế hoạch ngày … của …``, without a known type ``Văn bản số …``.
    """
    kind = by_code(asked.type_code)
    named = (
        f"{kind.name if kind else 'Văn bản'} số {asked.symbol}"
        if asked.symbol
        else (kind.name if kind else "Văn bản")
    )
    when = f" ngày {asked.doc_date:%d/%m/%Y}" if asked.doc_date else ""
    return f"{named}{when} của {asked.issuer}"


def document_subject(asked: IncomingRecord) -> str:
    """What an incoming document is about, to follow "về việc".

    Its trích yếu (the register's "tên loại và trích yếu") without its type's name, a
    leading "V/v" or "Về việc", nor a final full stop.
    """
    subject = " ".join(asked.subject.split()).rstrip(".")
    kind = by_code(asked.type_code)
    if kind and subject.lower().startswith(f"{kind.name.lower()} "):
        subject = subject[len(kind.name) :].lstrip()  # "Kế hoạch giám sát …": "giám sát …"
    return _SUBJECT_START.sub("", subject, count=1) or subject
