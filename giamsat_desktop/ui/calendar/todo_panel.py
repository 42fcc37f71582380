"""Việc cần làm: a box on the right of the window, over its page, that never blocks it.

It lists the overdue tasks (red) and those due within the reminder window (amber), grouped
by lead organisation; then the supervision lead times due; then the recommendations whose
written reply is overdue (those only sent propose "Lập văn bản kiến nghị cấp trên") or due
soon; then the criticism sessions whose answers are overdue or due soon (answers awaited,
beside the replies); then the recommendations whose body's commitment to fix is overdue or
due soon. A line opens the list behind it on its page (Nhiệm vụ, Giám sát, Kiến nghị,
Phản biện xã hội), and the box stays open beside it. "Ẩn đến mai" puts it away until
tomorrow, "Đóng" until asked again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.calendar.commitment_deadlines import (
    CommitmentGroup,
    CommitmentStanding,
)
from giamsat_desktop.services.calendar.criticism_deadlines import (
    CriticismGroup,
    CriticismStanding,
)
from giamsat_desktop.services.calendar.deadlines import DeadlineEntry, DeadlineKind, DeadlineState
from giamsat_desktop.services.calendar.dialogue_commitments import (
    DialogueGroup,
    DialogueStanding,
)
from giamsat_desktop.services.calendar.recommendation_deadlines import ReplyGroup, ReplyStanding
from giamsat_desktop.services.calendar.todo import TodoGroup, TodoList, TodoTask
from giamsat_desktop.ui.calendar.deadline_words import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
)

QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's largest widget size: no maximum."""

TASK, DEADLINE, STANDING = range(3)
"""The list's columns: the task, its deadline, how late or how near."""

OPENS = Qt.ItemDataRole.UserRole
"""Where a line keeps the filter of the list it opens."""

MARGIN = 10
"""Pixels between the box and the edges of the window's page area."""

STYLE = """
QFrame#todoPanel { background: #ffffff; border: 1px solid #b9a98f; border-radius: 6px; }
QLabel#todoTitle { font-size: 12.5pt; font-weight: bold; color: #7a0f1d; }
QTreeWidget#todoList { selection-background-color: #f3d6da; selection-color: black; }
QLabel#todoTet { background: #fff3cd; color: #5c3b00; border: 1px solid #e0c36a;
                 border-radius: 4px; padding: 6px; }
"""


class TodoPanel(QFrame):
    """The box itself: its list, its two buttons; placed by its window's size."""

    line_opened = Signal(object)
    """A line was clicked (or Enter pressed on it): the filter of the list it opens."""
    dismissed = Signal()
    """"Ẩn đến mai" was clicked."""
    closed = Signal()
    """"Đóng" was clicked, or Esc pressed in the box."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("todoPanel")
        self.setStyleSheet(STYLE)
        self.setAutoFillBackground(True)
        self.todo: TodoList | None = None
        self.title = QLabel()
        self.title.setObjectName("todoTitle")
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        self.summary.setWordWrap(True)
        self.tet_note = QLabel()
        self.tet_note.setObjectName("todoTet")
        self.tet_note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("todoList")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DEADLINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STANDING, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(lambda item, _column: self._open(item))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.tree)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open(self.tree.currentItem()))
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("todoHide")
        self.hide_button.clicked.connect(lambda: self.dismissed.emit())
        self.close_button = QPushButton()
        self.close_button.setObjectName("todoClose")
        self.close_button.clicked.connect(lambda: self.closed.emit())
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda: self.closed.emit())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        buttons.addWidget(self.close_button)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tet_note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()
        window.installEventFilter(self)
        self.hide()

    # ----- words ----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Say everything again in the window's language."""
        self.hide_button.setText(self.tr("Ẩn đến mai"))
        self.hide_button.setToolTip(self.tr("Không nhắc lại cho đến ngày mai"))
        self.close_button.setText(self.tr("Đóng"))
        self.tree.setHeaderLabels([self.tr("Việc"), self.tr("Thời hạn"), self.tr("Tình trạng")])
        if self.todo is not None:
            self.show_list(self.todo)

    def _summary(self, todo: TodoList) -> str:
        if not todo.groups:
            text = self.tr("Không có nhiệm vụ quá hạn hay đến hạn trong {days} ngày tới.").format(
                days=todo.window
            )
            if todo.lead_times:
                text += " " + self._lead_times_text(todo)
        else:
            text = self.tr(
                "{overdue} nhiệm vụ quá hạn, {soon} nhiệm vụ đến hạn trong {days} ngày tới."
            ).format(overdue=todo.overdue, soon=todo.due_soon, days=todo.window)
        if todo.replies:
            text += " " + self._replies_text(todo)
        if todo.criticisms:
            text += " " + self._criticisms_text(todo)
        if todo.commitments:
            text += " " + self._commitments_text(todo)
        if todo.dialogues:
            parts = []
            if todo.overdue_dialogue_commitments:
                overdue = todo.overdue_dialogue_commitments
                parts.append(self.tr("{count} quá hạn").format(count=overdue))
            if todo.dialogue_commitments_due_soon:
                soon = todo.dialogue_commitments_due_soon
                parts.append(self.tr("{count} sắp đến hạn").format(count=soon))
            text += " " + self.tr("Cam kết tại đối thoại: {parts}.").format(parts=", ".join(parts))
        return text

    def _criticisms_text(self, todo: TodoList) -> str:
        """The criticism sessions awaiting answers in a sentence: overdue, due soon."""
        parts = []
        if todo.overdue_criticisms:
            parts.append(self.tr("{count} quá hạn trả lời").format(count=todo.overdue_criticisms))
        if todo.criticisms_due_soon:
            parts.append(
                self.tr("{count} sắp đến hạn trả lời").format(count=todo.criticisms_due_soon)
            )
        return self.tr("Phản biện xã hội: {parts}.").format(parts=", ".join(parts))

    def _commitments_text(self, todo: TodoList) -> str:
        """The commitments to fix in a sentence: overdue, due soon."""
        parts = []
        if todo.overdue_commitments:
            parts.append(self.tr("{count} quá hạn").format(count=todo.overdue_commitments))
        if todo.commitments_due_soon:
            parts.append(self.tr("{count} sắp đến hạn").format(count=todo.commitments_due_soon))
        return self.tr("Cam kết khắc phục: {parts}.").format(parts=", ".join(parts))

    def _replies_text(self, todo: TodoList) -> str:
        """The recommendations in a sentence: overdue (escalations due), due soon."""
        parts = []
        if todo.overdue_replies:
            overdue = self.tr("{count} quá hạn trả lời").format(count=todo.overdue_replies)
            if todo.escalations_due:
                overdue += " " + self.tr("({count} cần kiến nghị cấp trên)").format(
                    count=todo.escalations_due
                )
            parts.append(overdue)
        if todo.replies_due_soon:
            parts.append(self.tr("{count} đến hạn trả lời").format(count=todo.replies_due_soon))
        return self.tr("Kiến nghị: {parts}.").format(parts=", ".join(parts))

    def _group_text(self, group: TodoGroup) -> str:
        parts = []
        if group.overdue:
            parts.append(self.tr("{count} quá hạn").format(count=group.overdue))
        if group.due_soon:
            parts.append(self.tr("{count} sắp đến hạn").format(count=group.due_soon))
        return f"{group.name} — {', '.join(parts)}"

    def _standing(self, task: TodoTask) -> str:
        if task.state is DeadlineState.OVERDUE:
            return self.tr("Quá hạn {days} ngày").format(days=task.days_overdue)
        if task.days_left == 0:
            return self.tr("Đến hạn hôm nay")
        return self.tr("Còn {days} ngày").format(days=task.days_left)

    def _entry_standing(self, entry: DeadlineEntry, today: dt.date) -> str:
        days = (entry.day - today).days
        if entry.state is DeadlineState.OVERDUE:
            return self.tr("Quá hạn {days} ngày").format(days=-days)
        if days == 0:
            return self.tr("Đến hạn hôm nay")
        return self.tr("Còn {days} ngày").format(days=days)

    # ----- the list -------------------------------------------------------------------

    def show_list(self, todo: TodoList) -> None:
        """Fill the box with ``todo`` (a list with nothing due says so)."""
        self.todo = todo
        self.title.setText(self.tr("Việc cần làm ngày {day}").format(day=format_date(todo.today)))
        self.summary.setText(self._summary(todo))
        self.tet_note.setText(
            self.tr(
                "Chưa có ngày nghỉ Tết năm {year}: vào Cài đặt → Ngày nghỉ lễ, Tết… để nhập."
            ).format(year=todo.tet_year)
        )
        self.tet_note.setVisible(todo.tet_year is not None)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in todo.groups:
            heading = QTreeWidgetItem(self.tree, [self._group_text(group)])
            heading.setFont(TASK, bold)
            heading.setData(TASK, OPENS, group.opens)
            heading.setToolTip(TASK, self.tr("Mở danh sách các nhiệm vụ này"))
            heading.setFirstColumnSpanned(True)
            for task in group.tasks:
                self._task_line(heading, task)
            if group.more:
                more = QTreeWidgetItem(
                    heading, [self.tr("… và {count} nhiệm vụ khác").format(count=group.more)]
                )
                more.setData(TASK, OPENS, group.opens)
                more.setFirstColumnSpanned(True)
        if todo.lead_times:
            self._lead_time_lines(todo, bold)
        for replies in todo.replies:
            self._reply_lines(todo, replies, bold)
        for criticisms in todo.criticisms:
            self._criticism_lines(todo, criticisms, bold)
        for commitments in todo.commitments:
            self._commitment_lines(todo, commitments, bold)
        for dialogues in todo.dialogues:
            self._dialogue_lines(todo, dialogues, bold)
        self.tree.expandAll()
        listed = (todo.groups, todo.lead_times, todo.replies, todo.commitments, todo.criticisms)
        listed += (todo.dialogues,)
        self.tree.setVisible(any(listed))
        self.place()

    def _lead_times_text(self, todo: TodoList) -> str:
        return self.tr("{count} hạn gửi kế hoạch, báo cáo của cuộc giám sát.").format(
            count=len(todo.lead_times)
        )

    def _lead_time_lines(self, todo: TodoList, bold: QFont) -> None:
        """The supervision lead times under their own heading, each opening its session."""
        heading = QTreeWidgetItem(
            self.tree,
            [self.tr("Giám sát — {count} hạn theo NQLT 403").format(count=len(todo.lead_times))],
        )
        heading.setFont(TASK, bold)
        heading.setFirstColumnSpanned(True)
        for entry in todo.lead_times:
            if entry.kind is DeadlineKind.SUPERVISION_NOTICE:
                what = self.tr("Gửi kế hoạch, quyết định: {title}")
            else:
                what = self.tr("Báo cáo kết quả giám sát: {title}")
            self._entry_line(heading, entry, what.format(title=entry.title), todo.today)

    def _reply_heading(self, group: ReplyGroup) -> str:
        if group.standing is ReplyStanding.ESCALATION_DUE:
            text = self.tr("Kiến nghị quá hạn trả lời, cần kiến nghị cấp trên — {count}")
        elif group.standing is ReplyStanding.OVERDUE:
            text = self.tr("Kiến nghị quá hạn trả lời, đã kiến nghị cấp trên — {count}")
        else:
            text = self.tr("Kiến nghị đến hạn trả lời — {count}")
        return text.format(count=group.count)

    def _reply_lines(self, todo: TodoList, group: ReplyGroup, bold: QFont) -> None:
        """One group of recommendations waiting for their reply; each line opens its list."""
        heading = QTreeWidgetItem(self.tree, [self._reply_heading(group)])
        heading.setFont(TASK, bold)
        heading.setData(TASK, OPENS, group.opens)
        heading.setToolTip(TASK, self.tr("Mở danh sách các kiến nghị này"))
        heading.setFirstColumnSpanned(True)
        for entry in group.entries:
            if group.standing is ReplyStanding.ESCALATION_DUE:
                text = self.tr("Lập văn bản kiến nghị cấp trên: {title}").format(title=entry.title)
            else:
                text = entry.title
            line = self._entry_line(heading, entry, text, todo.today)
            line.setToolTip(
                TASK,
                self.tr("{text}\nCơ quan được kiến nghị: {body}").format(
                    text=text, body=entry.organization
                ),
            )
        if group.more:
            more = QTreeWidgetItem(
                heading, [self.tr("… và {count} kiến nghị khác").format(count=group.more)]
            )
            more.setData(TASK, OPENS, group.opens)
            more.setFirstColumnSpanned(True)

    def _commitment_lines(self, todo: TodoList, group: CommitmentGroup, bold: QFont) -> None:
        """One group of commitments to fix; each line opens its recommendation."""
        if group.standing is CommitmentStanding.OVERDUE:
            text = self.tr("Cam kết khắc phục quá hạn — {count}")
        else:
            text = self.tr("Cam kết khắc phục sắp đến hạn — {count}")
        heading = QTreeWidgetItem(self.tree, [text.format(count=group.count)])
        heading.setFont(TASK, bold)
        heading.setData(TASK, OPENS, group.opens)
        heading.setToolTip(TASK, self.tr("Mở danh sách các kiến nghị này"))
        heading.setFirstColumnSpanned(True)
        for entry in group.entries:
            line = self._entry_line(heading, entry, entry.title, todo.today)
            line.setToolTip(
                TASK,
                self.tr("{text}\nCơ quan được kiến nghị: {body}").format(
                    text=entry.title, body=entry.organization
                ),
            )
        if group.more:
            more = QTreeWidgetItem(
                heading, [self.tr("… và {count} kiến nghị khác").format(count=group.more)]
            )
            more.setData(TASK, OPENS, group.opens)
            more.setFirstColumnSpanned(True)

    def _criticism_lines(self, todo: TodoList, group: CriticismGroup, bold: QFont) -> None:
        """One group of criticism sessions awaiting answers; each line opens its session."""
        if group.standing is CriticismStanding.OVERDUE:
            text = self.tr("Phản biện quá hạn trả lời — {count}")
        else:
            text = self.tr("Phản biện sắp đến hạn trả lời — {count}")
        heading = QTreeWidgetItem(self.tree, [text.format(count=group.count)])
        heading.setFont(TASK, bold)
        heading.setData(TASK, OPENS, group.opens)
        heading.setToolTip(TASK, self.tr("Mở danh sách các cuộc phản biện này"))
        heading.setFirstColumnSpanned(True)
        for entry in group.entries:
            line = self._entry_line(heading, entry, entry.title, todo.today)
            tip = self.tr("{title}\nCơ quan soạn thảo: {body}\n{count} nội dung chưa được trả lời")
            tip = tip.format(title=entry.title, body=entry.organization, count=entry.pending)
            line.setToolTip(TASK, tip)
            line.setToolTip(STANDING, tip)
        if group.more:
            more = QTreeWidgetItem(
                heading, [self.tr("… và {count} cuộc phản biện khác").format(count=group.more)]
            )
            more.setData(TASK, OPENS, group.opens)
            more.setFirstColumnSpanned(True)

    def _dialogue_lines(self, todo: TodoList, group: DialogueGroup, bold: QFont) -> None:
        """One group of commitments made at dialogues; each line opens its dialogue."""
        if group.standing is DialogueStanding.OVERDUE:
            text = self.tr("Cam kết tại đối thoại quá hạn — {count}")
        else:
            text = self.tr("Cam kết tại đối thoại sắp đến hạn — {count}")
        heading = QTreeWidgetItem(self.tree, [text.format(count=group.count)])
        heading.setFont(TASK, bold)
        heading.setData(TASK, OPENS, group.opens)
        heading.setToolTip(TASK, self.tr("Mở danh sách các cuộc đối thoại này"))
        heading.setFirstColumnSpanned(True)
        for entry in group.entries:
            line = self._entry_line(heading, entry, entry.title, todo.today)
            tip = self.tr("{title}\nThực hiện: {who}").format(
                title=entry.title, who=entry.organization
            )
            line.setToolTip(TASK, tip)
        if group.more:
            more = QTreeWidgetItem(
                heading, [self.tr("… và {count} cam kết khác").format(count=group.more)]
            )
            more.setData(TASK, OPENS, group.opens)
            more.setFirstColumnSpanned(True)

    def _entry_line(
        self, heading: QTreeWidgetItem, entry: DeadlineEntry, text: str, today: dt.date
    ) -> QTreeWidgetItem:
        """A line of a deadline under ``heading``: red when overdue, else amber."""
        standing = self._entry_standing(entry, today)
        line = QTreeWidgetItem(heading, [text, format_date(entry.day), standing])
        line.setData(TASK, OPENS, entry.opens)
        line.setToolTip(TASK, text)
        overdue = entry.state is DeadlineState.OVERDUE
        colour = QBrush(OVERDUE_COLOUR if overdue else DUE_SOON_COLOUR)
        for column in (TASK, DEADLINE, STANDING):
            line.setForeground(column, colour)
        if not overdue:
            line.setBackground(STANDING, QBrush(DUE_SOON_BACKGROUND))
        return line

    def _task_line(self, heading: QTreeWidgetItem, task: TodoTask) -> None:
        line = QTreeWidgetItem(
            heading, [task.content, format_date(task.deadline), self._standing(task)]
        )
        line.setData(TASK, OPENS, task.opens)
        line.setToolTip(TASK, task.content)
        overdue = task.state is DeadlineState.OVERDUE
        colour = QBrush(OVERDUE_COLOUR if overdue else DUE_SOON_COLOUR)
        for column in (TASK, DEADLINE, STANDING):
            line.setForeground(column, colour)
        if not overdue:
            line.setBackground(STANDING, QBrush(DUE_SOON_BACKGROUND))

    def lines(self) -> list[QTreeWidgetItem]:
        """Every line of the list, headings and tasks, top to bottom."""
        found: list[QTreeWidgetItem] = []
        for row in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(row)
            if heading is None:
                continue
            found.append(heading)
            lines = (heading.child(i) for i in range(heading.childCount()))
            found.extend(line for line in lines if line is not None)
        return found

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(TASK, OPENS) is not None:
            self.line_opened.emit(item.data(TASK, OPENS))

    # ----- place ----------------------------------------------------------------------

    def place(self) -> None:
        """On the right of the window's page area, as tall as its lines need."""
        window = self.parentWidget()
        if window is None:
            return
        central = getattr(window, "centralWidget", lambda: None)()
        area = central.geometry() if central is not None else window.rect()
        metrics = self.fontMetrics()
        width = min(max(64 * metrics.averageCharWidth(), 380), max(area.width() // 2, 300))
        tallest = area.height() - 2 * MARGIN
        rows = len(self.lines())
        if rows:
            row_height = self.tree.sizeHintForRow(0)
            if row_height <= 0:
                row_height = metrics.height() + 4
            frame = 2 * self.tree.frameWidth() + 4
            header = self.tree.header().sizeHint().height()
            self.tree.setFixedHeight(header + rows * row_height + frame)
        layout = self._layout
        layout.activate()  # the box's least height follows the list's at once
        height = layout.totalHeightForWidth(width)
        if height > tallest:  # the list scrolls in what is left
            self.tree.setMinimumHeight(4 * metrics.height())
            self.tree.setMaximumHeight(QWIDGETSIZE_MAX)
            layout.activate()
            height = tallest
        self.setGeometry(area.right() - width - MARGIN, area.top() + MARGIN, width, height)
        self.raise_()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Placed again once shown, in the style's fonts."""
        super().showEvent(event)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the window's size."""
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
        ):
            self.place()
        return super().eventFilter(watched, event)
