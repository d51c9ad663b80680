"""One window per library: a second launch hands over to the first and exits.

Two windows on one library would each save their own copy of a group over the
other's. The first window holds a QLockFile beside the library (`<library>.lock`)
and listens on a local socket named after the library; a second launch finds the
lock taken, sends its arguments (a package to open) over the socket, and exits once
the first window has answered. QLockFile keeps an flock on Linux and checks the
process id elsewhere, so a lock left by a crash or a power loss is taken over at once.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from seminarnotes.core.window_lock import lock_path, window_holds

ANSWER_MS = 3000  # how long a second launch waits for the first window's answer


def server_name(library: Path) -> str:
    """The local socket's name: one per user and library file."""
    digest = hashlib.sha1(str(Path(library).resolve()).encode("utf-8")).hexdigest()[:16]
    user = hashlib.sha1(getpass.getuser().encode("utf-8")).hexdigest()[:8]
    return f"seminarnotes-{user}-{digest}"


class SingleInstance(QObject):
    """The lock and the hand-over socket of one library."""

    handedOver = Signal(object)
    """A second launch asked for the window (Path of a package to open, or None)."""

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = Path(library)
        self._lock = QLockFile(str(lock_path(library)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._name = server_name(library)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the library for this window; False when another live window has it.
        A folder where no lock can be made (read-only) does not stop the program."""
        if self._lock.tryLock(100):
            self._listen()
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def takeOverStale(self) -> bool:
        """The lock's holder did not answer: if no live process holds it (a crash or a
        power loss, and its process id now belongs to another program), take it."""
        if window_holds(self._library):
            return False
        lock_path(self._library).unlink(missing_ok=True)
        return self.acquire()

    def handOver(self, open_file: Path | None) -> bool:
        """Ask the window that holds the library to come to the front (and open
        `open_file`); True once it has answered."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(ANSWER_MS):
            return False
        message = {"open": str(Path(open_file).resolve()) if open_file else None}
        socket.write(json.dumps(message).encode("utf-8") + b"\n")
        socket.flush()
        answered = False
        while socket.waitForReadyRead(ANSWER_MS):
            if bytes(socket.readAll().data()).startswith(b"ok"):
                answered = True
                break
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _listen(self) -> None:
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(self._name):
            QLocalServer.removeServer(self._name)  # a socket file left by a crash; the lock is ours now
            self._server.listen(self._name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            message = json.loads(bytes(socket.readLine().data()).decode("utf-8"))
            path = message.get("open") if isinstance(message, dict) else None
        except (ValueError, UnicodeDecodeError):
            return
        socket.write(b"ok\n")
        socket.flush()
        self.handedOver.emit(Path(path) if isinstance(path, str) else None)
