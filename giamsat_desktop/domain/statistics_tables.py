"""The statistics tables of a periodic report, as one layout the screen, the print and Excel share.

No official statistics form was found, so these tables are the program's own; each one is
described here once — its title, its columns under their group headers, its rows (the
office itself, then its organisations), how its total row is made — so that an office can
follow a form its province issues later by changing this layout alone. The statistics
service fills the rows; the Báo cáo page shows them, the report's Phụ lục prints them, the
Excel book writes them with a total row of formulas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Total(StrEnum):
    """How a column's total is made on the total row."""

    SUM = "sum"
    """The sum of the rows above (a formula in Excel)."""
    RATE = "rate"
    """A percentage of other columns' totals (``Column.rate_of``)."""
    NONE = "none"
    """Nothing: the cell stays empty."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of figures.

    Attributes:
        key: Names the figure (``led``, ``joined``, ``done_on_time`` …), unique in its table.
        title: The column's heading.
        group: The merged header above it, shared by the columns next to it that name the
            same group; empty when the column stands alone (its heading then spans both
            header rows).
        total: How the total row makes its cell.
        rate_of: For a rate: the key counted, and the keys of the whole it is a share of.
        tooltip: How the figure is counted (the counting rule, said once).
        sum_of: The columns whose figures make this one's on every row (the total of
            chủ trì and phối hợp …); a blank book computes it by a formula there.
    """

    key: str
    title: str
    group: str = ""
    total: Total = Total.SUM
    rate_of: tuple[str, tuple[str, ...]] | None = None
    tooltip: str = ""
    sum_of: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One row: the office itself or an organisation, and its figures in column order.

    ``organization_id`` is None for the office's own row. A rate's cell is a fraction
    (0.75 for 75 %), None when there is nothing to judge.
    """

    label: str
    values: tuple[int | float | None, ...]
    organization_id: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """One statistics table, one sheet of the Excel book.

    Attributes:
        key: Names the table (``giam_sat``, ``kien_nghi`` …) for the program.
        sheet: The Excel sheet's name (at most 31 characters, none of ``[]:*?/`` or a
            backslash).
        title: The table's title, upper case as printed ("KẾT QUẢ GIÁM SÁT").
        columns: The figures, left to right, after the row label.
        rows: The office, then its organisations.
        row_heading: The heading of the label column.
        notes: Lines printed under the title: the distinct counts that no total gives
            (a joint session counted once), the counting rules in short.
        total_label: The total row's label.
    """

    key: str
    sheet: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    row_heading: str = "Đơn vị"
    notes: tuple[str, ...] = field(default=())
    total_label: str = "Tổng cộng"

    def total(self, key: str) -> int | float | None:
        """The total row's figure of column ``key``, as the Excel formulas compute it."""
        index = [column.key for column in self.columns].index(key)
        column = self.columns[index]
        if column.total is Total.NONE:
            return None
        if column.total is Total.RATE:
            if column.rate_of is None:
                return None
            counted, whole = column.rate_of
            part = self.total(counted) or 0
            base = sum((self.total(name) or 0) for name in whole)
            return part / base if base else None
        return sum(row.values[index] or 0 for row in self.rows)
