"""The main window: navigation on the left, one page per area, status bar below.

The pages come from the registry (``ui/pages.py``, each feature's ``pages.py``): the window
builds the navigation, the "Đi đến" menu and the refresh after a save from that list, and
joins the features only through :meth:`MainWindow.request` (see ``ui/common/page_registry``).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from giamsat_desktop import __version__, formatting
from giamsat_desktop.config import Settings
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.calendar.todo_reminder import TodoReminder
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.elided_label import ElidedLabel
from giamsat_desktop.ui.common.i18n import install_language
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec, Refreshable
from giamsat_desktop.ui.help.guide_dialog import GuideDialog
from giamsat_desktop.ui.help.shortcuts_dialog import ShortcutsDialog
from giamsat_desktop.ui.pages import PAGES
from giamsat_desktop.ui.settings.backup_actions import BackupActions

PAGE_KEYS = tuple(spec.key for spec in PAGES)
"""The pages' keys, in the order of the navigation."""


def page_titles() -> dict[str, str]:
    """Navigation entries in the window's language."""
    return {spec.key: spec.translated_title() for spec in PAGES}


class MainWindow(QMainWindow):
    """Builds its pages from the services it is given; rebuilds them when the language changes."""

    language_changed = Signal(str)
    """Emitted after the window switched to another language."""

    def __init__(
        self,
        context: ServiceContext,
        settings: Settings,
        language: str,
        parent: QWidget | None = None,
        *,
        database_option: str | None = None,
        specs: Sequence[PageSpec] = PAGES,
    ) -> None:
        super().__init__(parent)
        self.specs = tuple(specs)
        """The window's pages, in the order of the navigation (see ``ui/pages.py``)."""
        self._context = context
        self._settings = settings
        self._language = language
        self._database_option = database_option
        self._restart = False
        self.runner = TaskRunner(self)
        self.backups = BackupActions(context, self.runner, settings, self)
        self.backups.reminder_changed.connect(self._show_reminder)
        self.pages: dict[str, QWidget] = {}
        self.todo = TodoReminder(self, context, self.runner, settings, self.request)
        """Việc cần làm: the box shown at start, and the status bar's reminder."""
        self.setMinimumSize(760, 520)
        self._build()
        self._restore_geometry()
        self.backups.check_at_start()
        self.todo.check_at_start()

    # ----- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Giám sát và phản biện xã hội - MTTQ Việt Nam"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.pages = {}
        for spec in self.specs:
            self.stack.addWidget(QWidget())  # the page itself is built when first shown
            item = QListWidgetItem(spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if spec.shortcut:
                item.setToolTip(spec.shortcut)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        # As wide as the longest entry in the style sheet's font and padding, in any language.
        self.navigation.ensurePolished()
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFixedWidth(
            self.navigation.sizeHintForColumn(0)
            + 2 * self.navigation.frameWidth()
            + 2 * self.navigation.fontMetrics().averageCharWidth()
        )
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.navigation.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self.specs[row].key)
        self.stack.setCurrentIndex(row)

    def _index(self, key: str) -> int:
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                return index
        raise KeyError(key)

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built on first use (start-up builds only the first one)."""
        if key not in self.pages:
            index = self._index(key)
            spec = self.specs[index]
            page = spec.build(self._page_services())
            if spec.areas and not isinstance(page, Refreshable):
                raise TypeError(f"the page {key!r} refreshes on changes but has no on_changes")
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return self.pages[key]

    def _page_services(self) -> PageServices:
        """What a page is built with: the services, and the window's actions it may use."""
        return PageServices(
            context=self._context,
            runner=self.runner,
            settings=self._settings,
            language=self._language,
            backups=self.backups,
            database_option=self._database_option,
            changed=self.broadcast,
            request=self.request,
            restart=self.restart,
            set_language=self.set_language,
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        backup_action = QAction(self.tr("&Sao lưu ngay…"), self)
        backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup_action.triggered.connect(lambda: self.backups.backup_now())
        file_menu.addAction(backup_action)
        restore_action = QAction(self.tr("&Khôi phục từ bản sao lưu…"), self)
        restore_action.triggered.connect(lambda: self.backups.restore())
        restore_action.setEnabled(self._context.actor.role.can_write)
        file_menu.addAction(restore_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = bar.addMenu(self.tr("Đ&i đến"))
        for spec in self.specs:
            action = QAction(spec.translated_title(), self)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_page(k))
            go_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&Xem"))
        self.todo_action = QAction(self.tr("&Việc cần làm…"), self)
        self.todo_action.triggered.connect(lambda: self.todo.show_now())
        view_menu.addAction(self.todo_action)
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        guide_action = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide_action.triggered.connect(lambda: self.show_guide())
        help_menu.addAction(guide_action)
        shortcuts_action = QAction(self.tr("&Phím tắt"), self)
        shortcuts_action.triggered.connect(lambda: self.show_shortcuts())
        help_menu.addAction(shortcuts_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&Giới thiệu"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        for child in status.findChildren(QLabel):
            status.removeWidget(child)
            child.deleteLater()
        self.office_label = QLabel()
        self.office_label.setObjectName("officeLabel")
        self.location_label = ElidedLabel(
            self.tr("Dữ liệu: {location}").format(location=self._context.location)
        )
        self.location_label.setObjectName("locationLabel")
        self.location_label.setContentsMargins(0, 0, self.fontMetrics().averageCharWidth(), 0)
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("backupReminder")
        self.reminder_label.setStyleSheet("color: #b00020;")
        self._show_reminder(self.backups.reminder())
        status.removeWidget(self.todo.badge)  # put back in its place after a rebuild
        status.addWidget(self.office_label, 1)
        status.addWidget(self.todo.badge)
        status.addWidget(self.reminder_label)
        status.addPermanentWidget(self.location_label)
        self._refresh_office_label()

    def _show_reminder(self, text: str) -> None:
        """The red reminder about backups outside the PC; hidden when there is nothing to say."""
        self.reminder_label.setText(text)
        self.reminder_label.setVisible(bool(text))

    def _refresh_office_label(self) -> None:
        factory = self._context.factory
        self.runner.query(
            lambda _c: office_service.get_office(factory),
            on_done=lambda office: self.office_label.setText(getattr(office, "name", "")),
        )

    # ----- behaviour ------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        """Switch to a page by its key."""
        self.navigation.setCurrentRow(self._index(key))
        return self.page(key)

    # The one place where features meet: a page asks for an action, the page whose spec
    # handles it is shown and carries it out (the incoming register's "Trả lời" opens the
    # outgoing dialog, an overview figure opens its list). See ui/common/page_registry.py.
    def request(self, action: Action, /, *args: object, page: str | None = None) -> object:
        """Show ``page`` (or the one page that handles ``action``) and run ``action`` there.

        Returns what the action returns (a dialog it opened), or the page when ``page``
        carries out no such action (it is only shown).
        """
        if page is None:
            handling = [spec.key for spec in self.specs if action in spec.handles]
            if len(handling) != 1:
                raise LookupError(f"{len(handling)} pages handle {action}: {handling}")
            page = handling[0]
        shown = self.show_page(page)
        handler = self.specs[self._index(page)].handles.get(action)
        return shown if handler is None else handler(shown, *args)

    def current_page_key(self) -> str:
        """Key of the page on screen."""
        return self.specs[self.stack.currentIndex()].key

    def broadcast(self, changes: Changes) -> None:
        """Let each page built so far refresh, if the save touched an area its spec names."""
        for spec in self.specs:
            page = self.pages.get(spec.key)
            if isinstance(page, Refreshable) and spec.areas & changes.areas:
                page.on_changes(changes)
        self.todo.on_changes(changes)
        self._refresh_office_label()

    def set_language(self, language: str) -> None:
        """Switch the window's language now and keep the choice for the next start."""
        if language == self._language:
            return
        language = install_language(language)
        formatting.set_language(language)
        self._settings.language = language
        self._settings.save()
        self.retranslate(language)
        self.language_changed.emit(language)

    def retranslate(self, language: str) -> None:
        """Rebuild every page in the new language, staying on the same page."""
        self.runner.wait_for_all()
        QCoreApplication.processEvents()
        current = self.current_page_key()
        self._language = language
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        self.todo.retranslate()
        self.show_page(current)

    def about_text(self) -> str:
        """What Help → About says."""
        return self.tr(
            "<h3>Giám sát và phản biện xã hội</h3>"
            "<p>Chương trình quản lý công tác giám sát, phản biện xã hội của "
            "Ủy ban MTTQ Việt Nam và các tổ chức thành viên.</p>"
            "<p>Phiên bản: {version}<br>Cơ sở dữ liệu: {location}<br>"
            "Thư mục dữ liệu: {folder}</p>"
        ).format(
            version=__version__,
            location=self._context.location,
            folder=self._context.data_folder,
        )

    def show_guide(self) -> GuideDialog:
        """Help → User guide (F1): beside the window, which stays usable; one at a time."""
        for guide in self.findChildren(GuideDialog):
            if guide.isVisible():
                guide.raise_()
                guide.activateWindow()
                return guide
        guide = GuideDialog(self._language, self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        return guide

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Shortcuts: read from every page, so the pages not opened yet are built."""
        pages = [(spec.translated_title(), self.page(spec.key)) for spec in self.specs]
        dialog = ShortcutsDialog(self, pages)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        """Help → About."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Giới thiệu"),
            self.about_text(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ----- geometry -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self._settings.window_geometry:
            try:
                data = base64.b64decode(self._settings.window_geometry)
            except ValueError:
                data = b""
            if data and self.restoreGeometry(QByteArray(data)):
                return
        screen = self.screen().availableGeometry()
        if screen.width() < 1500 or screen.height() < 900:
            # A laptop's 1366×768: the register needs every pixel, as a clerk would set it.
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.resize(1280, 800)

    def save_geometry(self) -> None:
        """Keep size and position for the next start."""
        raw = bytes(self.saveGeometry().data())
        self._settings.window_geometry = base64.b64encode(raw).decode("ascii")
        self._settings.save()

    @property
    def restart_requested(self) -> bool:
        """After a restore, or a change of where the data is, the program opens it again."""
        return self.backups.restored or self._restart

    def restart(self) -> None:
        """Close, for the program to open again (on the data the settings now name)."""
        self._restart = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Let background work finish, back up once a day, remember the geometry."""
        self.runner.wait_for_all()
        self.backups.automatic_if_due()
        self.backups.remember_audit_head()
        self.save_geometry()
        super().closeEvent(event)
