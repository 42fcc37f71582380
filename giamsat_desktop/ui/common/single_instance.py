"""A second start on the same database brings the running window forward."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show"


def server_name(database_file: Path) -> str:
    """A name for the local server that only this database's program uses."""
    key = str(database_file.resolve()).casefold().encode("utf-8")
    return "giamsat-" + hashlib.sha256(key).hexdigest()[:20]


def ask_running_to_show(name: str, timeout_ms: int = 1500) -> bool:
    """Tell the running program to come forward; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class ShowRequests(QObject):
    """Listens for a second start and calls ``show`` when one asks."""

    def __init__(self, name: str, show: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._show = show
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a server file left by a process that died
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW):
            self._show()
        socket.disconnectFromServer()
