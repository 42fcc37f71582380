"""argparse's own words in Vietnamese, for the headless commands' parsers only.

Python's argparse looks its messages up through the module globals ``_`` and
``ngettext`` (``from gettext import gettext as _, ngettext``) each time it writes one.
``vietnamese_argparse`` puts this table in their place for as long as a block runs and
then puts back what it found, so that no other parser of the process (a library's, a
test's) is touched. The commands import no Qt, so they cannot follow the window's
language: they speak Vietnamese, as the window does by default.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

ARGPARSE_TEXTS: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "không hiểu tham số %s",
    "the following arguments are required: %s": "thiếu %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "không nhận giá trị %r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s không rõ: có thể là %(matches)s"
    ),
    "unexpected option string: %s": "không chờ tùy chọn %s",
    "invalid %(type)s value: %(value)r": "giá trị “%(value)s” không hợp lệ",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "không có lựa chọn “%(value)s” (chọn một trong: %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh “%(parser_name)s” (chọn một trong: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
    "cannot have multiple subparser arguments": "chỉ được một lệnh",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}
"""argparse's messages (Python 3.11) that a user of the commands can see, in Vietnamese.

The messages only a programmer can cause (a parser built wrongly) stay as argparse
writes them.
"""


def gettext(message: str) -> str:
    """Stand in for argparse's ``_``: the Vietnamese of a message (else the message)."""
    return ARGPARSE_TEXTS.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Stand in for argparse's ``ngettext``; Vietnamese has one form for every number."""
    return gettext(singular if count == 1 else plural)


@contextmanager
def vietnamese_argparse() -> Iterator[None]:
    """Let argparse speak Vietnamese inside the block, and as before after it."""
    found = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = found  # type: ignore[attr-defined]
