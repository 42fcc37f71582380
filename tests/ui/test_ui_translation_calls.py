"""Every sentence the window translates is one lupdate can find.

lupdate reads the literal arguments of ``tr``, ``translate`` and ``QT_TRANSLATE_NOOP``; a
helper that passes its own parameter on (``def _tr(text): return translate(CONTEXT,
text)``) hides every sentence given to it, and the English window shows them in Vietnamese.
Only the modules below translate words held in a table, each table marked for lupdate with
``QT_TRANSLATE_NOOP`` (or a label table whose words ``ui.common.labels`` marks).
"""

from __future__ import annotations

import ast
from pathlib import Path

import giamsat_desktop

PACKAGE = Path(giamsat_desktop.__file__).parent
TABLE_DRIVEN = {
    "messages/wording.py",
    "ui/audit/audit_text.py",
    "ui/calendar/deadline_words.py",
    "ui/common/date_field.py",
    "ui/common/error_text.py",
    "ui/common/labels.py",
    "ui/common/page_registry.py",
    "ui/overview/organization_table.py",
    "ui/settings/day_off_entry_dialog.py",
    "ui/settings/standard_texts_dialog.py",
}
NAMES = {"tr": 0, "translate": 1}
"""The translating calls and where their sentence stands among the arguments."""


def _hidden_sentences(path: Path) -> list[str]:
    """The translating calls of ``path`` whose sentence is not written out in the call."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else None
        name = function.id if isinstance(function, ast.Name) else name
        if (
            name not in NAMES
            or isinstance(function, ast.Attribute)
            and name == "translate"
            and (
                isinstance(function.value, ast.Name)
                and function.value.id not in ("QCoreApplication",)
            )
        ):
            continue  # str.translate and the like
        where = NAMES[name]
        if len(node.args) <= where:
            continue
        sentence = node.args[where]
        if not (isinstance(sentence, ast.Constant) and isinstance(sentence.value, str)):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(node)[:70]}")
    return found


def test_no_module_hides_a_sentence_from_lupdate_behind_a_helper() -> None:
    hidden = [
        line
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).as_posix() not in TABLE_DRIVEN
        and path.relative_to(PACKAGE).parts[0] in ("ui", "messages")
        for line in _hidden_sentences(path)
    ]
    assert hidden == []


def test_the_rule_finds_a_helper_that_passes_its_parameter_on(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Page', text)\n"
        "TITLE = QCoreApplication.translate('Page', 'Kiến nghị')\n"
        "SAFE = 'abc'.translate({})\n",
        encoding="utf-8",
    )
    global PACKAGE
    kept, PACKAGE = PACKAGE, tmp_path
    try:
        assert [line.split(":")[1] for line in _hidden_sentences(sample)] == ["3"]
    finally:
        PACKAGE = kept
