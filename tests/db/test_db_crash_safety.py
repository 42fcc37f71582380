"""Crash safety, for real: the program killed with SIGKILL at random moments.

A child process (``spawn``: a fresh interpreter, as a restarted program would be) registers
documents, imports a register or writes a backup, and is killed without warning, as a power
cut or a killed task would stop it. After every kill the database must pass SQLite's own
integrity check, hold every record the child was told was committed, and hold nothing
half-written; the next start must carry on where the last committed record left off.

The kills run once per module (in fixtures) and the tests below each look at one promise
across all of them. The whole file takes about a minute; CI runs it with the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import multiprocessing
import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.excel.fields import ParsedRow
from giamsat_desktop.services.excel.headers import detect_layout
from giamsat_desktop.services.excel.reading import parse_rows
from giamsat_desktop.services.excel.workbooks import list_sheets
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers.excel_import import import_incoming
from giamsat_desktop.services.safety.backup import WORKING_PREFIX, make_backup, verify_backup
from giamsat_desktop.services.safety.backup_rotation import automatic_backups, latest_good_backup
from giamsat_desktop.services.safety.database import Database, open_database

pytestmark = pytest.mark.sqlite_only

TODAY = dt.date(2026, 11, 23)
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
WRITE_KILLS = 50
IMPORT_KILLS = 10
BACKUP_KILLS = 10
SEED = int(os.environ.get("GIAMSAT_CRASH_SEED", time.time_ns() % 1_000_000))
"""Printed with every failure; set GIAMSAT_CRASH_SEED to replay the same kill moments."""
ISSUERS = (
    "Đảng ủy xã Tân Hưng",
    "Ủy ban nhân dân xã Tân Hưng",
    "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    "Hội Nông dân xã Tân Hưng",
)
SPAWN = multiprocessing.get_context("spawn")
AHEAD = 3
"""Children loading the program while the current one works (starting one takes ~1 s)."""


def arrival(k: int) -> IncomingDraft:
    """The k-th document a clerk registers in the burst."""
    return IncomingDraft(
        arrival_date=TODAY,
        issuer=ISSUERS[k % len(ISSUERS)],
        subject=f"V/v báo cáo kết quả giám sát đợt {k} tại ấp Tân Lập",
        symbol=f"{k}-CV/ĐU",
    )


# ----- what the child processes run ---------------------------------------------------------
# Each waits for ``go`` (it is started early, so the program loads while another child
# works), opens the database as the program does, says ``started`` and works until killed.


def _register_until_killed(
    url: str, home: str, side_file: str, go: Event, started: Event, done: Flag
) -> None:
    """Register documents one after another; note each number only once it is committed."""
    go.wait()
    os.environ["GIAMSAT_HOME"] = home
    database = open_database(url, create=False)
    with open(side_file, "ab", buffering=0) as side:
        started.set()
        for k in itertools.count():
            record, _ = incoming.register_incoming(database.session_factory, CLERK, arrival(k))
            side.write(f"{record.arrival_number}\n".encode())
            side.flush()
            os.fsync(side.fileno())


def _import_until_killed(
    url: str, home: str, rows: list[ParsedRow], book: str, go: Event, started: Event, done: Flag
) -> None:
    """The program's import of a register, telling when it starts and when it is done."""
    go.wait()
    os.environ["GIAMSAT_HOME"] = home
    database = open_database(url, create=False)
    started.set()
    import_incoming(database.session_factory, CLERK, rows, book_name=book, source="so-den.xlsx")
    done.set()
    time.sleep(60)  # killed here when the kill comes late


def _back_up_until_killed(
    url: str, home: str, data: str, target: str, go: Event, started: Event, done: Flag
) -> None:
    go.wait()
    os.environ["GIAMSAT_HOME"] = home
    database = open_database(url, create=False)
    started.set()
    make_backup(database, Path(data), Path(target))
    done.set()
    time.sleep(60)


class Flag:
    """A "done" flag that a kill cannot leave locked.

    A ``multiprocessing.Event`` takes a lock shared with the child: a child killed inside
    ``done.set()`` would hold it for good, and the parent's ``is_set()`` would wait forever.
    One byte of shared memory, no lock, is read and written whole.
    """

    def __init__(self) -> None:
        self._value = SPAWN.RawValue("b", 0)

    def set(self) -> None:
        self._value.value = 1

    def is_set(self) -> bool:
        return bool(self._value.value)

    def wait(self, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while not self.is_set():
            if time.monotonic() > end:
                return False
            time.sleep(0.01)
        return True


@dataclass
class Child:
    process: BaseProcess
    go: Event
    started: Event
    done: Flag

    def kill(self) -> None:
        assert self.process.pid is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(30)
        assert self.process.exitcode == -signal.SIGKILL, (
            f"ended by itself ({self.process.exitcode})"
        )


def spawn(target: Callable[..., None], *args: object) -> Child:
    go, started, done = SPAWN.Event(), SPAWN.Event(), Flag()
    process = SPAWN.Process(target=target, args=(*args, go, started, done), daemon=True)
    process.start()
    return Child(process, go, started, done)


def run(child: Child) -> Child:
    child.go.set()
    assert child.started.wait(60), "the child did not start"
    return child


def one_after_another(
    target: Callable[..., None], args: Callable[[int], tuple[object, ...]], count: int
) -> Iterator[tuple[int, Child]]:
    """Started children, one at a time; the next ones load the program meanwhile."""
    waiting = [spawn(target, *args(n)) for n in range(min(AHEAD, count))]
    try:
        for n in range(count):
            child = waiting.pop(0)
            if n + AHEAD < count:
                waiting.append(spawn(target, *args(n + AHEAD)))
            yield n, run(child)
    finally:
        for child in waiting:
            child.kill()


# ----- looking at the database after a kill -------------------------------------------------


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def search_index_sound(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        connection.execute("INSERT INTO incoming_search(incoming_search) VALUES('integrity-check')")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def query(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def number(path: Path, sql: str, *args: object) -> int:
    """The one number a query answers (a count, a last number)."""
    return int(str(query(path, sql, *args)[0][0]))


def new_office(folder: Path) -> tuple[Path, str]:
    path = folder / "giamsat.sqlite3"
    url = f"sqlite:///{path}"
    database = open_database(url)
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
    finally:
        database.close()
    return path, url


# ----- fifty kills during a burst of writes -------------------------------------------------


@dataclass
class AfterKill:
    """What the database held after one kill."""

    delay: float
    integrity: list[str]
    search_index_sound: bool
    noted: list[int]
    """Numbers the killed (and earlier) children noted as committed."""
    numbers: list[int]
    """Arrival numbers of this year's book, in the database."""
    last_number: int
    burst_documents: int
    create_entries: int
    half_written: int


@dataclass
class Burst:
    path: Path
    url: str
    demo_entries: int
    """The creations of documents the demo office logged before the burst (its replies)."""
    after: list[AfterKill] = field(default_factory=list)


def noted_numbers(side_file: Path) -> list[int]:
    if not side_file.exists():
        return []
    text = side_file.read_bytes().decode()
    complete = text[: text.rfind("\n") + 1]
    return [int(line) for line in complete.splitlines()]


CREATE_ENTRIES = (
    "SELECT count(*) FROM audit_entries WHERE action = 'create' AND entity = 'incoming'"
)
"""How many documents the change log says were registered."""


@pytest.fixture(scope="module")
def burst(tmp_path_factory: pytest.TempPathFactory) -> Burst:
    folder = tmp_path_factory.mktemp("burst")
    home = tmp_path_factory.mktemp("home")
    path, url = new_office(folder)
    book = "SELECT id FROM register_books WHERE kind = 'den' AND year = 2026 AND secret = 0"
    book_id = number(path, book)
    result = Burst(path, url, number(path, CREATE_ENTRIES))
    side_file = folder / "da-ghi.txt"
    rng = random.Random(SEED)
    writers = one_after_another(
        _register_until_killed, lambda _n: (url, str(home), str(side_file)), WRITE_KILLS
    )
    for _n, child in writers:
        delay = rng.uniform(0.05, 0.4)
        time.sleep(delay)
        child.kill()
        numbers = [
            int(str(n))
            for (n,) in query(
                path,
                "SELECT arrival_number FROM incoming_documents WHERE book_id = ?"
                " ORDER BY arrival_number",
                book_id,
            )
        ]
        result.after.append(
            AfterKill(
                delay=delay,
                integrity=integrity(path),
                search_index_sound=search_index_sound(path),
                noted=noted_numbers(side_file),
                numbers=numbers,
                last_number=number(
                    path, "SELECT last_number FROM register_books WHERE id = ?", book_id
                ),
                burst_documents=number(
                    path,
                    "SELECT count(*) FROM incoming_documents WHERE subject LIKE ?",
                    "V/v báo cáo kết quả giám sát đợt %",
                ),
                create_entries=number(path, CREATE_ENTRIES),
                half_written=number(
                    path,
                    "SELECT count(*) FROM incoming_documents WHERE issuer = ''"
                    " OR subject = '' OR search_text = '' OR arrival_number_text = ''",
                ),
            )
        )
    return result


def test_the_burst_was_killed_fifty_times_while_it_was_writing(burst: Burst) -> None:
    assert len(burst.after) == WRITE_KILLS
    written = [after.burst_documents for after in burst.after]
    assert written == sorted(written)
    assert written[-1] >= WRITE_KILLS, f"too few writes to test anything (seed {SEED})"


def test_the_database_passes_the_integrity_check_after_every_kill(burst: Burst) -> None:
    failed = [(n, a.integrity) for n, a in enumerate(burst.after) if a.integrity != ["ok"]]
    assert failed == [], f"seed {SEED}"


def test_the_search_index_is_sound_after_every_kill(burst: Burst) -> None:
    failed = [n for n, after in enumerate(burst.after) if not after.search_index_sound]
    assert failed == [], f"seed {SEED}"


def test_every_number_the_clerk_was_given_is_in_the_register_after_every_kill(
    burst: Burst,
) -> None:
    missing = [
        (n, sorted(set(after.noted) - set(after.numbers)))
        for n, after in enumerate(burst.after)
        if not set(after.noted) <= set(after.numbers)
    ]
    assert missing == [], f"seed {SEED}"


def test_no_document_is_half_written_after_any_kill(burst: Burst) -> None:
    assert [after.half_written for after in burst.after] == [0] * WRITE_KILLS


def test_every_registered_document_has_its_audit_entry_after_every_kill(burst: Burst) -> None:
    pairs = [(after.burst_documents, after.create_entries) for after in burst.after]
    assert [documents for documents, _ in pairs] == [
        entries - burst.demo_entries for _, entries in pairs
    ]


def test_numbering_continues_without_gaps_or_duplicates_across_the_kills(burst: Burst) -> None:
    for n, after in enumerate(burst.after):
        expected = list(range(1, len(after.numbers) + 1))
        assert after.numbers == expected, f"after kill {n} (seed {SEED})"
        if after.burst_documents:  # the demo office's books are filled without numbering
            assert after.last_number == len(after.numbers), f"after kill {n} (seed {SEED})"


def test_the_next_document_after_the_last_kill_takes_the_next_number(burst: Burst) -> None:
    database = open_database(burst.url, create=False)
    try:
        record, _ = incoming.register_incoming(database.session_factory, CLERK, arrival(10_000))
    finally:
        database.close()
    assert record.arrival_number == len(burst.after[-1].numbers) + 1


# ----- ten kills during an import ------------------------------------------------------------

IMPORT_ROWS = 1500


def register_workbook(path: Path, rows: int) -> Path:
    """The former commune's Sổ đăng ký văn bản đến, kept in Excel."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sổ đến 2026"
    sheet.append(["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2026 - XÃ TÂN PHÚ (CŨ)"])
    sheet.append(["Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Trích yếu nội dung"])
    start = dt.date(2026, 1, 5)
    for n in range(1, rows + 1):
        day = start + dt.timedelta(days=n * 300 // rows)
        sheet.append(
            [
                n,
                day.strftime("%d/%m/%Y"),
                ISSUERS[n % len(ISSUERS)],
                f"{n}/KH-UBND",
                f"Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư số {n}",
            ]
        )
    book.save(path)
    return path


@dataclass
class AfterImportKill:
    mid_import: bool
    integrity: list[str]
    rows_per_book: dict[str, int]
    import_entries: int


@dataclass
class Imports:
    rows: int
    after: list[AfterImportKill] = field(default_factory=list)


@pytest.fixture(scope="module")
def imports(tmp_path_factory: pytest.TempPathFactory) -> Imports:
    folder = tmp_path_factory.mktemp("import")
    home = tmp_path_factory.mktemp("home")
    path, url = new_office(folder)
    workbook = register_workbook(folder / "so-den-tan-phu.xlsx", IMPORT_ROWS)
    sheet = list_sheets(workbook)[0].name
    parsed = parse_rows(workbook, sheet, detect_layout(workbook, sheet))
    assert parsed.problems == [] and len(parsed.rows) == IMPORT_ROWS

    def book(n: int) -> str:
        return f"Sổ xã Tân Phú (cũ) - lần {n + 1}"

    trial = run(spawn(_import_until_killed, url, str(home), parsed.rows, "Sổ xã Tân Phú (thử)"))
    begun = time.monotonic()
    assert trial.done.wait(60), "the import did not finish"
    duration = time.monotonic() - begun
    trial.kill()
    result = Imports(IMPORT_ROWS)
    rng = random.Random(SEED)
    importers = one_after_another(
        _import_until_killed, lambda n: (url, str(home), parsed.rows, book(n)), IMPORT_KILLS
    )
    for _n, child in importers:
        time.sleep(rng.uniform(0.0, 1.2 * duration))
        child.kill()
        mid = not child.done.is_set()
        counts = query(
            path,
            "SELECT b.name, count(d.id) FROM register_books b"
            " LEFT JOIN incoming_documents d ON d.book_id = b.id"
            " WHERE b.imported = 1 GROUP BY b.name",
        )
        result.after.append(
            AfterImportKill(
                mid_import=mid,
                integrity=integrity(path),
                rows_per_book={str(name): int(str(count)) for name, count in counts},
                import_entries=number(
                    path, "SELECT count(*) FROM audit_entries WHERE action = 'import'"
                ),
            )
        )
    return result


def test_some_imports_were_killed_half_way(imports: Imports) -> None:
    assert any(after.mid_import for after in imports.after), f"seed {SEED}"


def test_the_database_passes_the_integrity_check_after_every_killed_import(
    imports: Imports,
) -> None:
    assert [after.integrity for after in imports.after] == [["ok"]] * IMPORT_KILLS


def test_a_killed_import_left_all_its_rows_or_none(imports: Imports) -> None:
    partial = [
        (n, book, count)
        for n, after in enumerate(imports.after)
        for book, count in after.rows_per_book.items()
        if count not in (0, imports.rows)
    ]
    assert partial == [], f"seed {SEED}"


def test_every_import_in_the_register_is_in_the_audit_log(imports: Imports) -> None:
    for after in imports.after:
        complete = sum(1 for count in after.rows_per_book.values() if count == imports.rows)
        assert after.import_entries == complete


# ----- ten kills during a backup -------------------------------------------------------------


@dataclass
class AfterBackupKill:
    target: Path
    partial_left: bool
    """The archive was being written when the kill came."""
    working_left: bool
    """A working folder of the killed backup was left in the data folder (never elsewhere)."""
    target_exists: bool
    target_valid: bool
    good_backup_unchanged: bool
    good_backup_valid: bool
    database_integrity: list[str]


@dataclass
class Backups:
    database: Path
    url: str
    data: Path
    folder: Path
    good: Path
    after: list[AfterBackupKill] = field(default_factory=list)


def valid(path: Path) -> bool:
    try:
        verify_backup(path)
    except Exception:  # noqa: BLE001 - any refusal counts as not valid
        return False
    return True


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def backups(tmp_path_factory: pytest.TempPathFactory) -> Backups:
    data = tmp_path_factory.mktemp("data")
    home = tmp_path_factory.mktemp("home")
    path, url = new_office(data)
    database: Database = open_database(url)
    scans = tmp_path_factory.mktemp("scans")
    rng = random.Random(2026)
    try:
        for n in range(3):
            scan = scans / f"bien-ban-giam-sat-{n + 1}.pdf"
            scan.write_bytes(b"%PDF-1.4\n" + rng.randbytes(3 * 1024 * 1024))
            attachments.attach_files(
                database.session_factory, CLERK, data, "incoming", n + 1, [scan]
            )
        folder = data / "backups"
        good = make_backup(database, data, folder / "giamsat-20261122-173000.zip").path
    finally:
        database.close()
    good_sha = sha256(good)
    trial_target = tmp_path_factory.mktemp("trial") / "thu.zip"
    trial = run(spawn(_back_up_until_killed, url, str(home), str(data), str(trial_target)))
    begun = time.monotonic()
    assert trial.done.wait(60), "the backup did not finish"
    duration = time.monotonic() - begun
    trial.kill()
    result = Backups(path, url, data, folder, good)
    kills = random.Random(SEED)

    def target(n: int) -> Path:
        return folder / f"giamsat-20261123-1730{n:02d}.zip"

    writers = one_after_another(
        _back_up_until_killed, lambda n: (url, str(home), str(data), str(target(n))), BACKUP_KILLS
    )
    for n, child in writers:
        time.sleep(kills.uniform(0.0, 1.2 * duration))
        child.kill()
        result.after.append(
            AfterBackupKill(
                target=target(n),
                partial_left=target(n).with_name(f".{target(n).name}.partial").exists(),
                working_left=bool(list(data.glob(f"{WORKING_PREFIX}*"))),
                target_exists=target(n).exists(),
                target_valid=target(n).exists() and valid(target(n)),
                good_backup_unchanged=sha256(good) == good_sha,
                good_backup_valid=valid(good),
                database_integrity=integrity(path),
            )
        )
    return result


def test_some_backups_were_killed_while_writing_the_archive(backups: Backups) -> None:
    assert any(after.partial_left for after in backups.after), f"seed {SEED}"


def test_the_previous_good_backup_stays_valid_and_unchanged_after_every_kill(
    backups: Backups,
) -> None:
    assert all(after.good_backup_valid for after in backups.after)
    assert all(after.good_backup_unchanged for after in backups.after)


def test_no_half_written_archive_is_left_under_a_backup_name(backups: Backups) -> None:
    for after in backups.after:
        assert after.target_valid == after.target_exists, after.target


def test_leftovers_of_killed_backups_are_never_listed_as_backups(backups: Backups) -> None:
    leftovers = [path for path in backups.folder.iterdir() if path.name.endswith(".partial")]
    listed = [path for _moment, path in automatic_backups(backups.folder)]
    assert leftovers
    assert not set(leftovers) & set(listed)
    assert all(valid(path) for path in listed)


def test_every_zip_file_left_in_the_folder_is_a_valid_backup(backups: Backups) -> None:
    assert all(valid(path) for path in backups.folder.glob("*.zip"))


def test_the_newest_good_backup_is_found_among_the_leftovers(backups: Backups) -> None:
    latest = latest_good_backup([backups.folder])
    assert latest is not None and valid(latest)


def test_the_database_is_unharmed_by_a_killed_backup(backups: Backups) -> None:
    assert [after.database_integrity for after in backups.after] == [["ok"]] * BACKUP_KILLS


def test_a_backup_after_the_kills_succeeds_under_a_name_a_killed_one_used(
    backups: Backups,
) -> None:
    target = next(
        (after.target for after in backups.after if not after.target_exists),
        backups.after[0].target,
    )
    database = open_database(backups.url, create=False)
    try:
        info = make_backup(database, backups.data, target)
    finally:
        database.close()
    held = number(backups.database, "SELECT count(*) FROM incoming_documents")
    assert held > 0
    assert verify_backup(info.path).tables["incoming_documents"] == held


def test_the_working_copies_of_killed_backups_stay_in_the_data_folder(backups: Backups) -> None:
    assert any(after.working_left for after in backups.after), f"seed {SEED}"


def test_the_next_command_removes_the_working_copies_of_killed_backups(backups: Backups) -> None:
    open_database(backups.url, create=False).close()
    assert not list(backups.data.glob(f"{WORKING_PREFIX}*"))
