"""Danh mục: organisations, people, the Standing Board; add, edit, deactivate (nothing deleted)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.board import BoardMemberRecord, default_signer
from giamsat_desktop.domain.organizations import OrganizationRecord, PersonRecord
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.catalog.board_member_dialog import BoardMemberDialog
from giamsat_desktop.ui.catalog.board_model import BoardTableModel
from giamsat_desktop.ui.catalog.organization_dialog import OrganizationDialog
from giamsat_desktop.ui.catalog.organization_model import OrganizationTableModel
from giamsat_desktop.ui.catalog.people_model import PeopleTableModel
from giamsat_desktop.ui.catalog.person_dialog import PersonDialog
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.record_table_model import RecordTableModel
from giamsat_desktop.ui.common.record_table_view import sorted_table


class _RecordList(QWidget):
    """A sortable table with Thêm / Sửa / Ngừng dùng buttons."""

    def __init__(self, model: RecordTableModel[Any]) -> None:
        super().__init__()
        self.model = model
        self.proxy, self.view = sorted_table(model, self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Thêm (Ctrl+N)"))
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.toggle_button = QPushButton(self.tr("Ngừng dùng"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> Any:
        """The record of the selected row, if any."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select_where(self, wanted: Callable[[Any], bool]) -> None:
        """Select the first row whose record matches."""
        for row in range(self.model.rowCount()):
            if wanted(self.model.record(row)):
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def _update_buttons(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.toggle_button.setEnabled(record is not None)
        if record is not None and not record.active:
            self.toggle_button.setText(self.tr("Dùng lại"))
        else:
            self.toggle_button.setText(self.tr("Ngừng dùng"))


Lists = tuple[list[OrganizationRecord], list[PersonRecord], list[BoardMemberRecord]]


class CatalogPage(QWidget):
    """Three tabs: Tổ chức, Cán bộ / thành viên, Ban Thường trực."""

    changed = Signal(object)
    """Emitted with the :class:`Changes` of each save, so other pages refresh."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._organizations: list[OrganizationRecord] = []
        self._board: list[BoardMemberRecord] = []
        title = QLabel(self.tr("Danh mục"))
        title.setObjectName("pageTitle")
        self.organizations = _RecordList(OrganizationTableModel())
        self.people = _RecordList(PeopleTableModel())
        self.board = _RecordList(BoardTableModel())
        self.board_note = QLabel()
        self.board_note.setObjectName("boardNote")
        self.board_note.setWordWrap(True)
        self.board_note.setStyleSheet("color: #555555;")
        board_layout = self.board.layout()
        assert isinstance(board_layout, QVBoxLayout)
        board_layout.insertWidget(1, self.board_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.organizations, self.tr("Tổ chức"))
        self.tabs.addTab(self.people, self.tr("Cán bộ, thành viên"))
        self.tabs.addTab(self.board, self.tr("Ban Thường trực"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        self.organizations.add_button.clicked.connect(lambda: self.edit_organization(None))
        self.organizations.edit_button.clicked.connect(
            lambda: self.edit_organization(self.organizations.selected())
        )
        self.organizations.view.doubleClicked.connect(
            lambda _i: self.edit_organization(self.organizations.selected())
        )
        self.organizations.toggle_button.clicked.connect(self._toggle_organization)
        self.people.add_button.clicked.connect(lambda: self.edit_person(None))
        self.people.edit_button.clicked.connect(lambda: self.edit_person(self.people.selected()))
        self.people.view.doubleClicked.connect(lambda _i: self.edit_person(self.people.selected()))
        self.people.toggle_button.clicked.connect(self._toggle_person)
        self.board.add_button.clicked.connect(lambda: self.edit_member(None))
        self.board.edit_button.clicked.connect(lambda: self.edit_member(self.board.selected()))
        self.board.view.doubleClicked.connect(lambda _i: self.edit_member(self.board.selected()))
        self.board.toggle_button.clicked.connect(self._toggle_member)
        if not context.actor.role.can_write:  # a viewer reads; the services refuse anyway
            for table in (self.organizations, self.people, self.board):
                for button in (table.add_button, table.edit_button, table.toggle_button):
                    button.hide()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the three lists in the background."""
        factory = self._context.factory

        def read(_control: object) -> Lists:
            return (
                catalog.list_organizations(factory),
                catalog.list_people(factory),
                board.list_board(factory),
            )

        self._runner.query(read, on_done=self._show, parent=self)

    def _show(self, result: Lists) -> None:
        self._organizations, people, self._board = result
        self.organizations.model.set_records(self._organizations)
        self.people.model.set_records(people)
        self.board.model.set_records(self._board)
        for table in (self.organizations, self.people, self.board):
            table.view.resizeColumnsToContents()
        if default_signer(self._board) is None:
            self.board_note.setText(
                self.tr(
                    "Chưa có Chủ tịch đang giữ chức trong danh sách: văn bản đi lấy người ký "
                    "là Chủ tịch ghi trong thông tin đơn vị. Bấm Thêm để ghi Chủ tịch và các "
                    "Phó Chủ tịch."
                )
            )
        else:
            self.board_note.setText(
                self.tr("Người ký văn bản đi mặc định là Chủ tịch; Phó Chủ tịch ký thay (KT.).")
            )

    def on_changes(self, changes: Changes) -> None:
        """Reload when organisations or people changed elsewhere."""
        if changes.touches(Area.ORGANIZATIONS) or changes.touches(Area.PEOPLE):
            self.refresh()

    def edit_organization(self, record: OrganizationRecord | None) -> OrganizationDialog:
        """Open the organisation dialog (new when ``record`` is None)."""
        dialog = OrganizationDialog(self._context, self._runner, record, self)
        dialog.accepted.connect(lambda: self._after_save(dialog.result_record))
        dialog.open()
        return dialog

    def edit_person(self, record: PersonRecord | None) -> PersonDialog:
        """Open the person dialog (new when ``record`` is None)."""
        dialog = PersonDialog(self._context, self._runner, self._organizations, record, self)
        dialog.accepted.connect(lambda: self._after_save(dialog.result_record))
        dialog.open()
        return dialog

    def edit_member(self, record: BoardMemberRecord | None) -> BoardMemberDialog:
        """Open the board member dialog (new when ``record`` is None)."""
        dialog = BoardMemberDialog(self._context, self._runner, self._board, record, self)
        dialog.accepted.connect(lambda: self._after_save(dialog.result_record))
        dialog.open()
        return dialog

    def _after_save(self, result: tuple[object, Changes] | None) -> None:
        if result is not None:
            self.changed.emit(result[1])

    def _toggle_organization(self) -> None:
        record: OrganizationRecord | None = self.organizations.selected()
        if record is None:
            return
        context = self._context
        self._runner.command(
            lambda _c: catalog.set_organization_active(
                context.factory, context.actor, record.id, not record.active, record.version
            ),
            on_done=self._after_save,
            parent=self,
        )

    def _toggle_person(self) -> None:
        record: PersonRecord | None = self.people.selected()
        if record is None:
            return
        context = self._context
        self._runner.command(
            lambda _c: catalog.set_person_active(
                context.factory, context.actor, record.id, not record.active, record.version
            ),
            on_done=self._after_save,
            parent=self,
        )

    def _toggle_member(self) -> None:
        record: BoardMemberRecord | None = self.board.selected()
        if record is None:
            return
        context = self._context
        self._runner.command(
            lambda _c: board.set_member_active(
                context.factory, context.actor, record.id, not record.active, record.version
            ),
            on_done=self._after_save,
            parent=self,
        )
