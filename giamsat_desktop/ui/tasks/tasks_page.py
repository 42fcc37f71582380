"""Nhiệm vụ: the tasks given to the member organisations, and Giao nhiệm vụ."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.tasks import TaskRecord
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks.records import list_tasks
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.record_table_view import sorted_table
from giamsat_desktop.ui.tasks.assign_dialog import AssignDialog
from giamsat_desktop.ui.tasks.tasks_model import (
    CONTENT,
    COOPERATING,
    DEADLINE,
    LEAD,
    PROGRESS,
    SOURCE,
    STATE,
    TasksTableModel,
)


class TasksPage(QWidget):
    """Every task, the newest given first."""

    changed = Signal(object)
    """Tasks given: the ``Changes`` it made."""

    def __init__(self, context: ServiceContext, runner: TaskRunner) -> None:
        super().__init__()
        self._context = context
        self._runner = runner
        self.last_dialog: AssignDialog | None = None
        self.model = TasksTableModel()
        self.proxy, self.view = sorted_table(self.model, self)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in (
            (LEAD, 190),
            (COOPERATING, 160),
            (DEADLINE, 100),
            (STATE, 120),
            (PROGRESS, 70),
            (SOURCE, 130),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        self.assign_button = QPushButton(self.tr("Giao nhiệm vụ…"))
        self.assign_button.setEnabled(context.actor.role.can_write)
        self.assign_button.clicked.connect(lambda: self.assign())
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.reload()

    def reload(self) -> None:
        """Read the tasks again (in the background)."""
        factory, actor = self._context.factory, self._context.actor

        def shown(tasks: list[TaskRecord]) -> None:
            self.model.set_records(tasks)
            self.count_label.setText(self.tr("{count} nhiệm vụ").format(count=len(tasks)))

        self._runner.query(lambda _c: list_tasks(factory, actor), on_done=shown)

    def on_changes(self, changes: Changes) -> None:
        """Re-read after a save elsewhere."""
        self.reload()

    def assign(self, document_id: int | None = None) -> None:
        """Giao nhiệm vụ: from an incoming document (its id), or without one."""
        if document_id is None:
            self._open(None)
            return
        factory, actor = self._context.factory, self._context.actor
        self._runner.query(
            lambda _c: incoming.get_incoming(factory, actor, document_id), on_done=self._open
        )

    def _open(self, document: IncomingRecord | None) -> None:
        dialog = AssignDialog(self._context, self._runner, document, self)
        dialog.assigned.connect(self._assigned)
        self.last_dialog = dialog
        dialog.open()

    def _assigned(self, changes: Changes) -> None:
        self.reload()
        self.changed.emit(changes)
