"""Add or edit a member of the Standing Board (Ban Thường trực)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from giamsat_desktop.domain.board import (
    BoardMemberDraft,
    BoardMemberRecord,
    BoardPosition,
    signature_block,
)
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.catalog.board_model import position_text
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.record_dialog import RecordDialog


class BoardMemberDialog(RecordDialog):
    """Name, position and place in the list of a board member; shows how they sign."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        members: Sequence[BoardMemberRecord],
        record: BoardMemberRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Thêm thành viên Ban Thường trực")
            if record is None
            else self.tr("Sửa thành viên Ban Thường trực")
        )
        super().__init__(runner, title, parent)
        self._context = context
        self._record = record
        self._members = list(members)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.position = QComboBox()
        for position in BoardPosition:
            self.position.addItem(position_text(position), position)
        self.sort_order = QSpinBox()
        self.sort_order.setRange(1, board.MAX_ORDER)
        self.signature = QLabel()
        self.signature.setObjectName("boardSignature")
        self.signature.setStyleSheet("font-weight: bold;")
        self.chair_note = QLabel()
        self.chair_note.setObjectName("boardChairNote")
        self.chair_note.setWordWrap(True)
        self.chair_note.setStyleSheet("color: #8a4b00;")
        self.form.addRow(self.tr("Họ và tên:"), self.full_name)
        self.form.addRow(self.tr("Chức vụ:"), self.position)
        self.form.addRow(self.tr("Thứ tự:"), self.sort_order)
        self.form.addRow(self.tr("Ký văn bản:"), self.signature)
        self.form.addRow("", self.chair_note)
        if record is not None:
            self.full_name.setText(record.full_name)
            self.position.setCurrentIndex(self.position.findData(record.position))
            self.sort_order.setValue(record.sort_order)
        else:
            self.position.setCurrentIndex(self.position.findData(BoardPosition.VICE_CHAIR))
            last = max((m.sort_order for m in self._members), default=0)
            self.sort_order.setValue(min(last + 1, board.MAX_ORDER))
        self.full_name.textChanged.connect(self.revalidate)
        self.position.currentIndexChanged.connect(self._show_position)
        self._show_position()
        self.revalidate()

    def chosen_position(self) -> BoardPosition:
        """The position chosen in the list."""
        return BoardPosition(self.position.currentData())

    def _show_position(self) -> None:
        """The block the member will sign under; who steps down if a new chair is saved."""
        position = self.chosen_position()
        self.signature.setText(signature_block(position).one_line())
        own = self._record.id if self._record is not None else None
        active = self._record is None or self._record.active
        present = [
            m
            for m in self._members
            if m.active and m.position is BoardPosition.CHAIR and m.id != own
        ]
        shown = self.chair_note.isVisibleTo(self)
        if position is BoardPosition.CHAIR and active and present:
            self.chair_note.setText(
                self.tr(
                    "Đồng chí {name} đang là Chủ tịch: khi lưu, đồng chí {name} thôi giữ chức "
                    "(ngừng dùng) và tên Chủ tịch của đơn vị đổi theo."
                ).format(name=present[0].full_name)
            )
            self.chair_note.show()
        else:
            self.chair_note.clear()
            self.chair_note.hide()
        if self.isVisible() and shown != self.chair_note.isVisibleTo(self):
            self.adjustSize()  # room for the wrapped note, or none once it is gone

    def problems(self) -> list[str]:
        """A name is required."""
        if not normalize_line(self.full_name.text()):
            return [self.tr("Chưa nhập họ và tên.")]
        return []

    def draft(self) -> BoardMemberDraft:
        """What was typed."""
        return BoardMemberDraft(full_name=self.full_name.text(), position=self.chosen_position())

    def make_save(self) -> Callable[[TaskControl], Any]:
        """Add, or update at the version read."""
        draft, context, record = self.draft(), self._context, self._record
        order = self.sort_order.value()
        if record is None:
            return lambda _c: board.add_member(
                context.factory, context.actor, draft, sort_order=order
            )
        return lambda _c: board.update_member(
            context.factory, context.actor, record.id, draft, record.version, sort_order=order
        )
