"""Run a built bundle from itself alone, the way a clerk's PC runs it: the release smoke run.

    python installer/smoke_bundle.py dist/GiamSat [--postgres URL] [--older FOLDER]

Standard library only: it runs beside a bundle without the project's virtual environment,
on Linux (CI) and on Windows (the build workflow). The bundle's programs run in a folder of
their own, with an environment cleared of every Python and project variable, so a module or
data file missing from the bundle cannot be found elsewhere. Each step checks what a clerk
would notice (the file written, its contents, the words printed); every dynamic import path
is reached: the Alembic migrations and their env.py (init on an empty file), babel's Vietnamese
dates, the fonts (both the bundled Tinos and the Windows Times New Roman branch), python-docx's
template, openpyxl, calamine and xlrd, pdfminer, the PostgreSQL driver, Qt's plugins, the icons
and both translations; with --older, a data folder of an older version is upgraded. Exits 0
when every step passed, 1 at the first failure with its output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

WINDOWS = sys.platform == "win32"
SUFFIX = ".exe" if WINDOWS else ""
WINDOW_TITLE_VI = "Giám sát và phản biện xã hội - MTTQ Việt Nam"
WIZARD_TITLE_EN = "First-run set-up of the office"
TIMEOUT = 300
OLD_EXCEL = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "so_van_ban_den_2019.xls"
"""A register in the old Excel format, from the source tree the smoke run is started from."""


class SmokeFailure(Exception):
    """A step did not do what it should; the message says what and shows the output."""


class Bundle:
    """The bundle's two programs, run in a scratch folder with a clean environment."""

    def __init__(self, folder: Path, scratch: Path) -> None:
        self.folder = folder
        self.cli = folder / f"giamsat{SUFFIX}"
        self.window = folder / f"GiamSatMTTQ{SUFFIX}"
        self.scratch = scratch
        self.home = scratch / "home"
        self.db = str(scratch / "van-phong.sqlite3")
        for program in (self.cli, self.window):
            if not program.is_file():
                raise SmokeFailure(f"the bundle has no {program.name}")

    def environment(self, **extra: str) -> dict[str, str]:
        """The environment of a clean PC: no Python, Qt or project variables, no venv on PATH."""
        cleared = ("PYTHON", "VIRTUAL_ENV", "CONDA", "GIAMSAT_", "QT_", "PYSIDE")
        env = {k: v for k, v in os.environ.items() if not k.upper().startswith(cleared)}
        paths = env.get("PATH", "").split(os.pathsep)
        env["PATH"] = os.pathsep.join(p for p in paths if p and not _in_a_venv(Path(p)))
        env.update(GIAMSAT_HOME=str(self.home), QT_QPA_PLATFORM="offscreen")
        if not WINDOWS:
            env.update(HOME=str(self.scratch), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.update(extra)
        return env

    def run(
        self,
        program: Path,
        arguments: Sequence[str],
        expect_code: int = 0,
        env: dict[str, str] | None = None,
    ) -> str:
        """Run one program; return stdout and stderr together, or fail on another exit code."""
        started = time.monotonic()
        done = subprocess.run(
            [str(program), *arguments],
            cwd=self.scratch,
            env=env or self.environment(),
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        output = (done.stdout + done.stderr).decode("utf-8", errors="replace")
        seconds = time.monotonic() - started
        shown = " ".join(arguments)
        if done.returncode != expect_code:
            raise SmokeFailure(
                f"{program.name} {shown}: exit code {done.returncode}, expected {expect_code}\n"
                f"{output}"
            )
        print(f"  ok  {program.name} {shown}  ({seconds:.1f} s)", flush=True)
        return output

    def giamsat(self, *arguments: str, expect_code: int = 0, db: str | None = None) -> str:
        """One headless command on the smoke run's database (or another one)."""
        return self.run(self.cli, ["--db", db or self.db, *arguments], expect_code)


def _in_a_venv(folder: Path) -> bool:
    return (folder.parent / "pyvenv.cfg").is_file() or (folder / "pyvenv.cfg").is_file()


def expect(condition: bool, what: str, output: str = "") -> None:
    """Fail the run with what was expected, and the output that showed otherwise."""
    if not condition:
        raise SmokeFailure(f"{what}\n{output}".rstrip())


def expect_pdf(path: Path, family: str = "Tinos" if not WINDOWS else "TimesNewRoman") -> None:
    """A whole PDF, its text set in the expected embedded family."""
    data = path.read_bytes()
    expect(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], f"{path.name} is not a PDF")
    expect(f"+{family}".encode() in data, f"{path.name} does not embed the {family} font")


def expect_zip_text(path: Path, member: str, *words: str) -> None:
    """An Office file (a zip) whose member holds every word."""
    expect(zipfile.is_zipfile(path), f"{path.name} is not an Office file")
    with zipfile.ZipFile(path) as book:
        text = book.read(member).decode("utf-8")
    for word in words:
        expect(word in text, f"{path.name}: {member} does not contain {word!r}")


def expect_same_data(original: str, restored: str) -> None:
    """Two ``check`` reports of the same data: same schema, sound, the restore one entry more.

    The restore writes itself into the change log, so the log holds one entry more than the
    archive's.
    """
    lines, copy = original.splitlines(), restored.splitlines()
    shown = f"{original}\n{restored}"
    expect(len(lines) == len(copy) == 4, "check reported something unexpected", shown)
    expect(lines[1] == copy[1] and copy[3].startswith("Tốt"), "the restored data differs", shown)
    entries = [int("".join(c for c in line if c.isdigit())) for line in (lines[2], copy[2])]
    expect(entries[1] in (entries[0], entries[0] + 1), "the change log differs", shown)


def expect_bundled(bundle: Bundle) -> None:
    """The files read from disk at run time are in the bundle."""
    inside = bundle.folder / "_internal"
    package = inside / "giamsat_desktop"
    for relative in (
        "db/migrations/env.py",
        "resources/icons/giamsat.svg",
        "resources/fonts/Tinos-Regular.ttf",
        "resources/fonts/LICENSE-Tinos.txt",
        "resources/guide/huong-dan.html",
        "i18n/giamsat_en.qm",
        "i18n/qtbase_vi.qm",
    ):
        expect((package / relative).is_file(), f"the bundle lacks giamsat_desktop/{relative}")
    versions = list((package / "db" / "migrations" / "versions").glob("*.py"))
    expect(len(versions) >= 1, "the bundle has no migration scripts")
    plugins = inside / "PySide6" / ("plugins" if WINDOWS else "Qt/plugins")
    for kind, name in (("iconengines", "qsvgicon"), ("imageformats", "qsvg")):
        found = [p for p in (plugins / kind).glob("*") if name in p.name]
        expect(bool(found), f"the bundle lacks Qt's {kind}/{name} plugin (the SVG icon)")
    # calamine reads .xlsx; were it missing, openpyxl would read them instead, without a word.
    calamine = [p for p in (inside / "python_calamine").glob("*") if p.suffix in (".so", ".pyd")]
    expect(bool(calamine), "the bundle lacks calamine's compiled module")
    print(f"  ok  data files, {len(versions)} migrations, the SVG plugins, calamine", flush=True)


def headless(bundle: Bundle, year: int, postgres: str | None) -> None:
    """Every headless command a support person or a script runs."""
    from_to = ["--from", f"01/01/{year}", "--to", f"31/12/{year}"]
    version = bundle.run(bundle.cli, ["--version"])
    expect(version.strip() != "", "--version printed nothing")
    output = bundle.giamsat("init")
    expect(Path(bundle.db).is_file(), "init wrote no database", output)
    bundle.giamsat("check")
    output = bundle.giamsat("demo-data", "--size", "small")
    expect("văn bản đến" in output, "demo-data did not report what it wrote", output)
    output = bundle.giamsat("office")
    expect("Ủy ban MTTQ" in output, "office does not show the demo office", output)

    register = bundle.scratch / "so-den.xlsx"
    bundle.giamsat("export-register", "--year", str(year), "-o", str(register))
    expect_zip_text(register, "xl/workbook.xml", "<sheet")
    bundle.giamsat("export-register", "--year", str(year), "--outgoing", "-o", "so-di.xlsx")
    other = str(bundle.scratch / "don-vi-khac.sqlite3")
    bundle.giamsat("init", db=other)
    output = bundle.giamsat("import-excel", str(register), "--book", "Sổ cũ", db=other)
    expect("Đã nhập" in output, "import-excel reported nothing", output)
    if OLD_EXCEL.is_file():  # an .xls typed in TCVN3 (xlrd, and the old encodings)
        output = bundle.giamsat("import-excel", str(OLD_EXCEL), "--book", "Sổ 2019", db=other)
        expect("2019" in output, "the .xls register was not imported", output)
    bundle.giamsat("check", db=other)

    prints = {
        "so-den.pdf": ["register-in", *from_to],
        "so-di.pdf": ["register-out", *from_to],
        "phieu.pdf": ["handling-slip", "--id", "1"],
        "theo-doi.pdf": ["follow-up", *from_to],
        "cong-van.pdf": ["cong-van", "--id", "1", "--new"],  # a draft, then the letter issued:
        "cong-van-so.pdf": ["cong-van", "--id", "1", "--issue"],  # numbered and dated
        "cong-van.docx": ["cong-van", "--id", "1"],
        "ke-hoach-giam-sat.pdf": ["supervision-plan", "--id", "1"],
        "ke-hoach-giam-sat.docx": ["supervision-plan", "--id", "1"],
        "quyet-dinh.pdf": ["delegation-decision", "--id", "1"],
        "van-ban-phan-bien.docx": ["criticism-letter", "--id", "1"],
        "bien-ban-doi-thoai.pdf": ["dialogue-minutes", "--id", "1"],
        "bao-cao-nam.pdf": ["periodic", "--year", str(year)],
        "bao-cao-nam.docx": ["periodic", "--year", str(year)],
    }
    for name, arguments in prints.items():
        target = bundle.scratch / name
        bundle.giamsat("report", *arguments, "-o", str(target))
        if name.endswith(".pdf"):
            expect_pdf(target)
        else:
            expect_zip_text(target, "word/styles.xml", "Times New Roman")
            expect_zip_text(target, "word/document.xml", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")

    font_choice_the_other_way(bundle)

    output = bundle.giamsat("read-pdf", str(bundle.scratch / "cong-van-so.pdf"))
    expect("Trích yếu:" in output and "Công văn" in output, "read-pdf read nothing", output)
    output = bundle.giamsat("import-pdf", str(bundle.scratch / "cong-van-so.pdf"))
    bundle.giamsat("check")

    book = bundle.scratch / "thong-ke.xlsx"
    bundle.giamsat("export-excel", "--year", str(year), "-o", str(book))
    expect_zip_text(book, "xl/workbook.xml", "<sheet")
    output = bundle.giamsat("consolidate", str(book), "--year", str(year), "-o", "tong-hop.xlsx")
    expect("Đã tổng hợp 1 sổ" in output, "consolidate did not read the book back", output)
    bundle.giamsat("export-tasks", "--year", str(year), "-o", "nhiem-vu.xlsx")

    archive = bundle.scratch / "sao-luu.zip"
    bundle.giamsat("backup", "-o", str(archive))
    expect_zip_text(archive, "manifest.json", "schema")
    restored = str(bundle.scratch / "khoi-phuc.sqlite3")
    bundle.giamsat("restore", str(archive), db=restored)
    before = bundle.giamsat("check")
    expect_same_data(before, bundle.giamsat("check", db=restored))
    if postgres:
        bundle.giamsat("restore", str(archive), db=postgres)
        expect_same_data(before, bundle.giamsat("check", db=postgres))
    else:  # the driver loads and reaches the network: a refused connection, not a missing module
        output = bundle.giamsat(
            "check", db="postgresql+psycopg://giamsat@127.0.0.1:1/none", expect_code=2
        )
        expect("connection" in output.lower(), "the PostgreSQL driver did not load", output)


NOTO_SERIF = Path("/usr/share/fonts/truetype/noto")
"""Debian's fonts-noto-core, which .ci/run installs: a family to stand in for Times New Roman."""


def font_choice_the_other_way(bundle: Bundle) -> None:
    """The branch of the font choice this system does not take by itself.

    On Windows: a fonts folder without Times New Roman gives the bundled Tinos. Elsewhere: a
    fonts folder holding Times New Roman's four file names is used, whatever it holds; Noto
    Serif stands in, so the embedded name shows which files were read.
    """
    fonts = bundle.scratch / "Fonts"
    fonts.mkdir()
    family = "Tinos"
    if not WINDOWS:
        faces = ("Regular", "Bold", "Italic", "BoldItalic")
        files = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
        if not all((NOTO_SERIF / f"NotoSerif-{face}.ttf").is_file() for face in faces):
            print("  --  Noto Serif is not installed: the Windows font branch is not run")
            return
        for face, name in zip(faces, files, strict=True):
            shutil.copyfile(NOTO_SERIF / f"NotoSerif-{face}.ttf", fonts / name)
        family = "NotoSerif"
    env = bundle.environment(GIAMSAT_SYSTEM_FONTS=str(fonts))
    target = bundle.scratch / "phieu-phong-khac.pdf"
    arguments = ["--db", bundle.db, "report", "handling-slip", "--id", "1", "-o", str(target)]
    bundle.run(bundle.cli, arguments, env=env)
    expect_pdf(target, family)


def window(bundle: Bundle) -> None:
    """The window, started offscreen, closing itself: in Vietnamese, then in English."""
    def backups() -> set[Path]:
        return set(bundle.scratch.rglob("*.zip"))

    before = backups()
    output = bundle.run(bundle.window, ["--db", bundle.db, "--quit-after", "4"])
    if not WINDOWS:  # a windowed program has no stderr on Windows
        expect(f"đóng MainWindow «{WINDOW_TITLE_VI}»" in output, "no main window", output)
    expect(bool(backups() - before), "closing the window made no automatic backup", output)

    english = bundle.scratch / "english"
    english.mkdir()
    (english / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    env = bundle.environment(GIAMSAT_HOME=str(english))
    output = bundle.run(bundle.window, ["--quit-after", "3"], env=env)
    if not WINDOWS:
        expect(f"đóng FirstRunWizard «{WIZARD_TITLE_EN}»" in output, "no English wizard", output)


def older_version(bundle: Bundle, folder: Path) -> None:
    """A data folder of an older version, opened by this one: backed up, upgraded, all kept."""
    copy = bundle.scratch / "phien-ban-cu"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.lock"))
    database = str(copy / "giamsat.sqlite3")
    output = bundle.giamsat("check", db=database, expect_code=1)
    expect("chưa được nâng cấp" in output, "the older database is not older", output)
    old_schema = output.splitlines()[1]

    output = bundle.run(bundle.window, ["--db", database, "--quit-after", "4"])
    if not WINDOWS:
        expect("đóng MainWindow" in output, "the upgraded data did not open", output)
    saved = list((copy / "backups").glob("truoc-nang-cap-*"))
    expect(bool(saved), "no backup was made before the upgrade", output)
    output = bundle.giamsat("check", db=database)
    expect(output.splitlines()[3].startswith("Tốt"), "the upgraded data is not sound", output)
    print(f"  ok  {old_schema} → {output.splitlines()[1]}, backed up first as {saved[0].name}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every step against the bundle folder given; 0 when all passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/GiamSat)")
    parser.add_argument("--postgres", help="an empty PostgreSQL database to restore into")
    parser.add_argument(
        "--older", type=Path, help="a data folder of an older version (installer/older_database.py)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="giamsat-smoke-") as scratch:
        try:
            bundle = Bundle(args.bundle.resolve(), Path(scratch))
            print(f"Smoke run of {bundle.folder}", flush=True)
            expect_bundled(bundle)
            headless(bundle, dt.date.today().year, args.postgres)
            window(bundle)
            if args.older:
                older_version(bundle, args.older.resolve())
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"FAILED: {exc}", file=sys.stderr, flush=True)
            return 1
    print(f"Smoke run passed in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
