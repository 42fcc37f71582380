"""What the two register pages share: set-up, order, prints, Excel, edit, cancel and purge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Role
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers.queries import Register
from giamsat_desktop.ui.common import output_actions
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.registers.filter_bar import RegisterFilterBar


@dataclass(frozen=True)
class RegisterPrints:
    """What a register page prints and exports: the book's names and its two renderers."""

    title: str
    """The preview's title, in the window's language."""
    book_title: str
    """The book's printed name (always Vietnamese), e.g. "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"."""
    file_stem: str
    """The start of the file names offered, e.g. "So-van-ban-den"."""
    pdf: Callable[..., bytes]
    """The service printing the register of a period: (factory, actor, start, end)."""
    xlsx: Callable[..., int]
    """The service writing the filtered register: (factory, actor, path, filter, *, title,
    subtitle, progress, cancelled); the rows written."""


@dataclass(frozen=True)
class RegisterKind:
    """How a register page reads its register and changes a line: the services and orders."""

    register: Register[Any, Any, Any]
    """The register's lists (``queries.INCOMING`` or ``queries.OUTGOING``)."""
    sort_columns: Mapping[int, Any]
    """Each screen column a click can sort by → the register's column in the database."""
    own_column: int
    """The screen column of the register's own order, shown newest first at the start."""
    cancel: Callable[..., tuple[Any, Changes]]
    """The service cancelling a line: (factory, actor, id, reason, version)."""
    purge: Callable[..., Changes]
    """The service purging a cancelled line: (factory, actor, id, version)."""


class RegisterPage(LazyListPage):
    """A register screen: a lazy list of documents with their prints, cancel and purge.

    ``kind`` says how to read the register; subclasses add their buttons, word a line's
    name, and open a line in their entry dialog.
    """

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        kind: RegisterKind,
        model: LazyTableModel[Any],
        title: str,
        filters: RegisterFilterBar,
        widths: dict[int, str],
        prints: RegisterPrints,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(
            context,
            runner,
            model,
            title,
            filters=filters,
            count=filters.count,
            buttons=filters.top_row,
            widths=widths,
            default_sort=(kind.own_column, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        self.kind = kind
        self._sort: tuple[Any, bool] = (kind.register.own_order, True)
        self.prints = prints
        self.settings = settings if settings is not None else Settings.load()
        """This PC's choices (the last folder a file was saved in), shared with the window."""
        self.last_preview: QWidget | None = None
        self.filters: RegisterFilterBar = filters
        self.filters.changed.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.add_record_buttons(self.tr("Vào sổ (Ctrl+N)"), self.tr("Sửa"))
        self.cancel_button = self.add_button(self.tr("Hủy văn bản"), self.cancel_selected)
        self.purge_button = self.add_purge_button()

    def start(self) -> None:
        """Once the page's own buttons are in: Ctrl+P, then the first reading and choices."""
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_register)
        self.update_buttons()
        self.reload()
        self.load_choices()

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force."""
        where = self.current_filter()
        column, descending = self._sort
        context, keys = self._context, self.kind.register.keys
        return lambda _c: keys(context.factory, context.actor, where, column, descending)

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = self.kind.sort_columns.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def load_choices(self) -> None:
        """Read the years offered in the filter; a page offering more choices replaces this."""
        factory, years = self._context.factory, self.kind.register.years
        self._runner.query(lambda _c: years(factory), on_done=self.filters.set_years)

    def on_changes(self, changes: Changes) -> None:
        """Re-read the register, and the choices offered in its filter."""
        super().on_changes(changes)
        if changes.touches(self.area):
            self.load_choices()

    def count_text(self, count: int) -> str:
        """The count under the filters: documents found."""
        return self.tr("{count} văn bản").format(count=format_number(count))

    def period(self) -> tuple[dt.date, dt.date]:
        """The dates a print covers: the filter's range, else its year, else this year."""
        bar = self.filters
        year = bar.year.currentData() or clock.today().year
        start = bar.date_from.date() or dt.date(year, 1, 1)
        end = bar.date_to.date() or dt.date(start.year if bar.date_from.date() else year, 12, 31)
        return start, end

    def current_filter(self) -> Any:
        """The filter the clerk has set above the register; override."""
        raise NotImplementedError

    def print_register(self) -> None:
        """The printed register of the period in the filter (secret documents left out)."""
        start, end = self.period()
        context, prints = self._context, self.prints
        self.show_pdf(
            lambda _c: prints.pdf(context.factory, context.actor, start, end),
            prints.title,
            f"{prints.file_stem}-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
        )

    def export_to_excel(self) -> None:
        """The register as filtered now, to an Excel file."""
        where = self.current_filter()
        subtitle = self.filters.describe()
        context, prints = self._context, self.prints
        year = where.year or clock.today().year
        self.export_excel(
            lambda path, control: prints.xlsx(
                context.factory,
                context.actor,
                path,
                where,
                title=prints.book_title,
                subtitle=subtitle,
                progress=control.report,
                cancelled=control.is_cancelled,
            ),
            f"{prints.file_stem}-{year}.xlsx",
        )

    def show_pdf(self, make: Callable[[object], bytes], title: str, file_name: str) -> None:
        """Make a PDF in the background, then show it with Print and Save."""

        def kept(preview: QWidget) -> None:
            self.last_preview = preview

        output_actions.show_pdf(
            self, self._runner, self.settings, make, title, file_name, shown=kept
        )

    def export_excel(self, write: Callable[[Path, Any], int], default_name: str) -> None:
        """Ask where, then write the register to Excel in the background with progress."""
        output_actions.export_excel(self, self._runner, self.settings, write, default_name)

    # ----- lines ------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def update_buttons(self) -> None:
        """Only writers change the register; a cancelled line cannot be cancelled again.

        Pages with more buttons extend this.
        """
        super().update_buttons()
        record = self.selected_if_read()
        writable = self._context.actor.role.can_write
        self.cancel_button.setEnabled(record is not None and writable and not record.cancelled)
        self.purge_button.setEnabled(record is not None and record.cancelled)

    def edit_selected(self) -> QWidget | None:
        """Open the selected document for editing (writers only)."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return None
        return self.open_entry(record)

    def open_entry(self, record: Any) -> QWidget:
        """Open the entry dialog of ``record`` (None: a new document); override."""
        raise NotImplementedError

    def record_name(self, record: Any) -> str:
        """The line as the purge question names it (its number or symbol); override."""
        raise NotImplementedError

    def cancel_label(self, record: Any) -> str:
        """The question above the field for the reason of cancelling ``record``; override."""
        raise NotImplementedError

    def cancel_selected(self) -> None:
        """Cancel the selected document with a reason (it stays in the register)."""
        record = self.selected()
        if record is None:
            return
        reason = self.ask_cancel_reason(self.cancel_label(record))
        if reason is None:
            return
        context, cancel = self._context, self.kind.cancel
        self._runner.command(
            lambda _c: cancel(context.factory, context.actor, record.id, reason, record.version),
            on_done=lambda result: self.saved(record.id, result[1]),
            parent=self,
        )

    def add_purge_button(self) -> QPushButton:
        """The administrator's "Xóa hẳn…" for a cancelled line; no one else sees it."""
        button = self.add_button(self.tr("Xóa hẳn…"), self.purge_selected)
        button.setVisible(self._context.actor.role is Role.ADMIN)
        button.setToolTip(
            self.tr("Xóa hẳn nội dung của văn bản đã hủy; dòng và số vẫn ở lại trong sổ.")
        )
        return button

    def purge_selected(self) -> None:
        """After asking, remove the selected cancelled document's content for good."""
        record = self.selected()
        if record is None or not record.cancelled or self._context.actor.role is not Role.ADMIN:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa hẳn văn bản đã hủy"),
            self.tr(
                "Xóa hẳn nội dung của văn bản đã hủy {name}?\n\n"
                "Trích yếu, nơi nhận, ghi chú và tệp đính kèm của văn bản bị xóa khỏi sổ "
                "và chỉ lấy lại được từ bản sao lưu. Dòng của văn bản và số của nó vẫn ở "
                "lại trong sổ; số đó không được cấp lại."
            ).format(name=self.record_name(record)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context, purge = self._context, self.kind.purge
        self._runner.command(
            lambda _c: purge(context.factory, context.actor, record.id, record.version),
            on_done=lambda changes: self.saved(record.id, changes),
            parent=self,
        )

    def ask_cancel_reason(self, label: str) -> str | None:
        """The reason for cancelling, or None if the clerk changed their mind."""
        reason, accepted = QInputDialog.getText(self, self.tr("Hủy văn bản"), label)
        return reason if accepted else None
