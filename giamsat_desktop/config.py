"""Where the program keeps its data and settings, and which database it opens.

A leaf module: it imports no other part of the program, so the window, the headless
commands and the tests can all ask it first.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

APP_DIR_NAME = "GiamSatMTTQ"
DATABASE_FILE_NAME = "giamsat.sqlite3"
ENV_HOME = "GIAMSAT_HOME"
"""Puts data and settings in one folder: a portable install, a test, a support session."""
ENV_DATABASE_URL = "GIAMSAT_DATABASE_URL"
LANGUAGES = ("vi", "en")


def data_dir() -> Path:
    """Folder of the database, attachments and local backups."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def settings_path() -> Path:
    """The per-PC settings file (language, window geometry, database choice)."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home) / "settings.json"
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "settings.json"


@dataclass
class Settings:
    """Per-PC choices; anything unknown in the file is kept as it was."""

    language: str = "vi"
    database_url: str = ""
    window_geometry: str = ""
    window_state: str = ""
    last_folder: str = ""
    """The folder a file was last saved to or opened from; the next file dialog starts there."""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings; a missing or unreadable file gives the defaults."""
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)} - {"extra"}
        settings = cls(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})
        settings.extra = {k: v for k, v in raw.items() if k not in known}
        if settings.language not in LANGUAGES:
            settings.language = "vi"
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write atomically, so a power cut leaves either the old or the new file."""
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = asdict(self)
        extra = data.pop("extra")
        data.update(extra)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def is_url(value: str) -> bool:
    """Whether ``--db`` got a database URL rather than a file path."""
    return "://" in value


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path.expanduser().resolve()}"


def resolve_database_url(db_option: str | None, settings: Settings | None = None) -> str:
    """Choose the database: ``--db``, then the environment, then settings, then the default."""
    if db_option:
        return db_option if is_url(db_option) else sqlite_url(Path(db_option))
    env = os.environ.get(ENV_DATABASE_URL)
    if env:
        return env if is_url(env) else sqlite_url(Path(env))
    if settings is not None and settings.database_url:
        return settings.database_url
    return sqlite_url(data_dir() / DATABASE_FILE_NAME)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another engine or an in-memory database."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def display_location(url: str) -> str:
    """The database as a clerk may be shown it: a path, or a URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        credentials, _, host = rest.rpartition("@")
        user = credentials.split(":", 1)[0]
        return f"{scheme}{sep}{user}@{host}"
    return url


def shipped_folder(name: str) -> Path:
    """A data folder shipped with the program: ``resources`` or ``i18n``.

    An installed wheel carries them inside the package; a source checkout has them at
    the top of the repository.
    """
    packaged = Path(str(resources.files("giamsat_desktop"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name
