"""Every word the commands print is Vietnamese, argparse's own words included.

Help and argument errors run as the installed program in a subprocess; none may carry
one of argparse's English phrases, and the exit codes stay argparse's: 0 for help, 2
for a wrong argument, with one line on stderr.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from giamsat_desktop import cli

GIAMSAT = Path(sys.executable).parent / "giamsat"

ENGLISH = (
    "usage:",
    "positional arguments",
    "optional arguments",
    "options:",
    "show this help",
    "show program's version",
    "and exit",
    "the following arguments are required",
    "required",
    "unrecognized arguments",
    "invalid choice",
    "choose from",
    "invalid",
    "expected one argument",
    "expected",
    "argument ",
    "error:",
    "PATH_OR_URL",
    "OUTPUT",
    "DATE_FROM",
)
"""argparse's words (and the English names it would make of options) a user could see."""


def giamsat(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def english_in(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text]


@pytest.mark.parametrize(
    "args",
    [["--help"], ["report", "--help"], ["office", "-h"], ["import-excel", "--help"]],
    ids=["giamsat", "report", "office", "import-excel"],
)
def test_the_help_is_vietnamese(tmp_path: Path, args: list[str]) -> None:
    result = giamsat(tmp_path, *args)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"cách dùng: giamsat {' '.join(args[:-1])}".rstrip())
    assert "tùy chọn:" in result.stdout
    assert "-h, --help" in result.stdout and "hiện trợ giúp này rồi thoát" in result.stdout
    assert english_in(result.stdout + result.stderr) == []


def test_the_main_help_names_its_commands_and_version_in_vietnamese(tmp_path: Path) -> None:
    result = giamsat(tmp_path, "--help")

    assert "tham số:" in result.stdout
    assert "hiện số phiên bản của chương trình rồi thoát" in result.stdout
    assert "office" in result.stdout and "xem hoặc khai báo thông tin đơn vị" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["report", "register-in"], "thiếu -o/--output"),
        (["report", "-o", "x.pdf"], "thiếu BIỂU_MẪU"),
        (["--bogus", "check"], "không hiểu tham số --bogus"),
        (["backup", "-o", "a.zip", "thừa"], "không hiểu tham số thừa"),
        (["report", "register-sideways", "-o", "x.pdf"], "không có lựa chọn “register-sideways”"),
        (["reprot"], "LỆNH: không có lựa chọn “reprot”"),
        (["demo-data", "--size", "huge"], "--size: không có lựa chọn “huge”"),
        (["export-register", "-o", "x.xlsx", "--year"], "--year: cần một giá trị"),
        (["demo-data", "--seed", "mười"], "--seed: giá trị “mười” không hợp lệ"),
        ([], "thiếu LỆNH"),
    ],
    ids=[
        "missing option",
        "missing positional",
        "unknown option",
        "unknown argument",
        "invalid form",
        "invalid command",
        "invalid size",
        "missing value",
        "not a number",
        "no command",
    ],
)
def test_a_wrong_argument_is_said_in_one_vietnamese_line(
    tmp_path: Path, args: list[str], says: str
) -> None:
    result = giamsat(tmp_path, *args)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("giamsat: tham số không đúng: ")
    assert says in result.stderr
    assert english_in(result.stderr) == []


def test_other_parsers_of_the_process_keep_argparse_s_own_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The Vietnamese is lent to the commands' parsers only, never left behind."""
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--bogus"])
    assert stopped.value.code == 2
    assert "không hiểu tham số --bogus" in capsys.readouterr().err

    other = argparse.ArgumentParser(prog="other")
    other.add_argument("--n", type=int)
    assert other.format_help().startswith("usage: other")
    assert "show this help message and exit" in other.format_help()
