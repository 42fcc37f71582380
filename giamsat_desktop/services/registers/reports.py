"""Printed registers, the handling slip and Excel exports, gathered from the database.

The renderers in ``reports`` take plain records; this module reads them (secret
documents never go into a general print), asks for the office's letterhead, and writes
through ``output_files``: a workbook replaces its target only when complete, and never
replaces a folder or a device.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Required, TypedDict, Unpack

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.domain.registers import (
    IncomingFilter,
    OutgoingFilter,
    RegisterPeriod,
)
from giamsat_desktop.services.catalog import office
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.files.output_files import output_file
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers import queries as register_queries


class ExportOptions(TypedDict, total=False):
    """What an Excel export of a register is told besides the filter: its heading, its pace."""

    title: Required[str]
    """The book's name above the table."""
    subtitle: str
    """The filter in words, under the title."""
    progress: Progress | None
    """Told the share of rows written as they are written."""
    cancelled: Callable[[], bool] | None
    """Asked between blocks of rows: True stops the export, leaving ``path`` as it was."""
    today: dt.date | None
    """Marks open incoming lines past their deadline "Quá hạn" on that day; none when None."""


def _office(factory: SessionFactory) -> OfficeInfo:
    found = office.get_office(factory)
    if found is None:
        raise ConflictError(ErrorCode.OFFICE_MISSING)
    return found


def _period(date_from: dt.date, date_to: dt.date, numbers: list[str]) -> RegisterPeriod:
    return RegisterPeriod(
        year=date_from.year,
        date_from=date_from,
        date_to=date_to,
        number_from=numbers[0] if numbers else "",
        number_to=numbers[-1] if numbers else "",
    )


def incoming_register_pdf(
    factory: SessionFactory, actor: Actor, date_from: dt.date, date_to: dt.date
) -> bytes:
    """Sổ đăng ký văn bản đến for a date range, in register order, without secret documents."""
    from giamsat_desktop.reports.registers.incoming import render_incoming_register

    where = IncomingFilter(date_from=date_from, date_to=date_to, include_secret=False)
    rows = list(register_queries.iter_incoming(factory, actor, where))
    period = _period(date_from, date_to, [r.arrival_number_text for r in rows])
    return render_incoming_register(_office(factory), period, rows)


def outgoing_register_pdf(
    factory: SessionFactory, actor: Actor, date_from: dt.date, date_to: dt.date
) -> bytes:
    """Sổ đăng ký văn bản đi for a date range, without secret documents."""
    from giamsat_desktop.reports.registers.outgoing import render_outgoing_register

    where = OutgoingFilter(date_from=date_from, date_to=date_to, include_secret=False)
    rows = list(register_queries.iter_outgoing(factory, actor, where))
    period = _period(date_from, date_to, [r.number_text for r in rows])
    return render_outgoing_register(_office(factory), period, rows)


def handling_slip_pdf(
    factory: SessionFactory, actor: Actor, document_id: int, today: dt.date | None = None
) -> bytes:
    """Phiếu giải quyết văn bản đến for one document."""
    from giamsat_desktop.reports.registers.handling_slip import render_handling_slip

    record = incoming.get_incoming(factory, actor, document_id)
    return render_handling_slip(_office(factory), record, today=today or clock.today())


def _export(
    path: Path,
    read: Callable[[], register_queries.Rows[Any]],
    write: Callable[..., int],
    options: ExportOptions,
) -> int:
    """Write the rows ``read()`` gives through ``write`` to ``path``; returns the rows written.

    The register is read only once ``output_file`` found the path good, and written beside
    it: ``path`` is replaced when the workbook is complete, and stays as it was otherwise.
    """
    with output_file(path) as temporary:
        rows = read()
        return write(temporary, rows, total=len(rows), **options)


def export_incoming_xlsx(
    factory: SessionFactory,
    actor: Actor,
    path: Path,
    where: IncomingFilter,
    **options: Unpack[ExportOptions],
) -> int:
    """Write the filtered incoming register to an Excel file; returns the rows written.

    Raises:
        StorageError: ``path`` is a folder, a device or in a missing folder (said before
            the register is read), or the disk refused the file (see ``output_files``).
        InterruptedError: ``cancelled()`` returned True; ``path`` is as it was.
    """
    from giamsat_desktop.reports.registers.workbook import write_incoming_register

    read = partial(register_queries.iter_incoming, factory, actor, where)
    return _export(path, read, write_incoming_register, options)


def export_outgoing_xlsx(
    factory: SessionFactory,
    actor: Actor,
    path: Path,
    where: OutgoingFilter,
    **options: Unpack[ExportOptions],
) -> int:
    """Write the filtered outgoing register to an Excel file, as :func:`export_incoming_xlsx`."""
    from giamsat_desktop.reports.registers.workbook import write_outgoing_register

    read = partial(register_queries.iter_outgoing, factory, actor, where)
    return _export(path, read, write_outgoing_register, options)
