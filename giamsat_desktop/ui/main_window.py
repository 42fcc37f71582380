"""The main window: navigation on the left, one page per area, status bar below."""

from __future__ import annotations

import base64

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
from giamsat_desktop.ui.audit.audit_page import AuditPage
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.elided_label import ElidedLabel
from giamsat_desktop.ui.common.i18n import install_language
from giamsat_desktop.ui.common.placeholder_page import PlaceholderPage
from giamsat_desktop.ui.help.guide_dialog import GuideDialog
from giamsat_desktop.ui.help.shortcuts_dialog import ShortcutsDialog
from giamsat_desktop.ui.overview.overview_page import ListBehind, OverviewPage
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from giamsat_desktop.ui.registers.register_page import RegisterPage
from giamsat_desktop.ui.settings.backup_actions import BackupActions
from giamsat_desktop.ui.settings.settings_page import SettingsPage

PAGE_KEYS = (
    "overview",
    "incoming",
    "outgoing",
    "tasks",
    "supervision",
    "criticism",
    "recommendations",
    "reports",
    "catalog",
    "settings",
    "audit",
)


def page_titles() -> dict[str, str]:
    """Navigation entries in the window's language."""
    return {
        "overview": QCoreApplication.translate("MainWindow", "Tổng quan"),
        "incoming": QCoreApplication.translate("MainWindow", "Văn bản đến"),
        "outgoing": QCoreApplication.translate("MainWindow", "Văn bản đi"),
        "tasks": QCoreApplication.translate("MainWindow", "Nhiệm vụ"),
        "supervision": QCoreApplication.translate("MainWindow", "Giám sát"),
        "criticism": QCoreApplication.translate("MainWindow", "Phản biện xã hội"),
        "recommendations": QCoreApplication.translate("MainWindow", "Kiến nghị"),
        "reports": QCoreApplication.translate("MainWindow", "Báo cáo"),
        "catalog": QCoreApplication.translate("MainWindow", "Danh mục"),
        "settings": QCoreApplication.translate("MainWindow", "Cài đặt"),
        "audit": QCoreApplication.translate("MainWindow", "Nhật ký thay đổi"),
    }


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
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._settings = settings
        self._language = language
        self._database_option = database_option
        self._restart = False
        self.runner = TaskRunner(self)
        self.backups = BackupActions(context, self.runner, settings, self)
        self.backups.reminder_changed.connect(self._show_reminder)
        self.pages: dict[str, QWidget] = {}
        self.setMinimumSize(760, 520)
        self._build()
        self._restore_geometry()
        self.backups.check_at_start()

    # ----- building -------------------------------------------------------------------

    def _build(self) -> None:
        titles = page_titles()
        self.setWindowTitle(self.tr("Giám sát và phản biện xã hội - MTTQ Việt Nam"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.pages = {}
        for number, key in enumerate(PAGE_KEYS, start=1):
            self.stack.addWidget(QWidget())  # the page itself is built when first shown
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            if number <= 10:
                item.setToolTip(f"Ctrl+{number % 10}")
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
        self.page(PAGE_KEYS[row])
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built on first use (start-up builds only the first one)."""
        if key not in self.pages:
            index = PAGE_KEYS.index(key)
            page = self._make_page(key, page_titles()[key])
            self.pages[key] = page
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return self.pages[key]

    def _make_page(self, key: str, title: str) -> QWidget:
        page: QWidget
        if key == "overview":
            page = OverviewPage(self._context, self.runner)
            page.open_list.connect(self.open_list)
        elif key == "incoming":
            page = IncomingPage(self._context, self.runner, settings=self._settings)
            page.changed.connect(self.broadcast)
            page.answer_requested.connect(self.answer_incoming)
        elif key == "outgoing":
            page = OutgoingPage(self._context, self.runner, settings=self._settings)
            page.changed.connect(self.broadcast)
        elif key == "audit":
            page = AuditPage(self._context, self.runner)
        elif key == "catalog":
            page = CatalogPage(self._context, self.runner)
            page.changed.connect(self.broadcast)
        elif key == "settings":
            page = SettingsPage(
                self._context,
                self.runner,
                self._language,
                self.backups,
                settings=self._settings,
                database_option=self._database_option,
            )
            page.changed.connect(self.broadcast)
            page.restart_requested.connect(self.restart)
            page.language_chosen.connect(self.set_language)
        else:
            page = PlaceholderPage(title)
        page.setObjectName(f"page_{key}")
        return page

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
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(page_titles()[key], self)
            if number <= 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            go_menu.addAction(action)
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
        status.addWidget(self.office_label, 1)
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
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))
        return self.page(key)

    def answer_incoming(self, incoming_ids: tuple[int, ...]) -> object:
        """Open a new outgoing document that answers incoming documents."""
        page = self.show_page("outgoing")
        assert isinstance(page, OutgoingPage)
        return page.add(answers=incoming_ids)

    def open_list(self, behind: ListBehind, year: int) -> QWidget:
        """Show the list an overview figure counts, filtered to the same lines."""
        page = self.show_page(behind.page)
        if isinstance(page, RegisterPage):
            page.filters.show_only(year=year if behind.this_year else None, state=behind.state)
        elif isinstance(page, CatalogPage):
            page.tabs.setCurrentIndex(behind.tab)
        return page

    def current_page_key(self) -> str:
        """Key of the page on screen."""
        return PAGE_KEYS[self.stack.currentIndex()]

    def broadcast(self, changes: Changes) -> None:
        """Let every page refresh what a save changed."""
        for page in self.pages.values():
            handler = getattr(page, "on_changes", None)
            if handler is not None:
                handler(changes)
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
        titles = page_titles()
        pages = [(titles[key], self.page(key)) for key in PAGE_KEYS]
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
