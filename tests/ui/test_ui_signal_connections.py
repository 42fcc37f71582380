"""No button or menu item hands its ``checked`` flag to a slot's optional parameter.

``QAbstractButton.clicked(bool)`` and ``QAction.triggered(bool)`` call a connected Python
method with the ``checked`` flag when the method takes a parameter: a slot declared
``save_as(self, path: str | None = None)`` then runs with ``path=False`` and does nothing
useful, while a test that calls ``save_as(path)`` passes. This test reads the program's
source and names each such connection (file and line); connect through a lambda, a method
without parameters, or a ``@Slot()`` without arguments. A lambda's first parameter may
take the flag when its name says so (``checked``, or ``_checked`` thrown away).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import giamsat_desktop

SIGNALS = {"clicked", "triggered"}
"""Signals that pass a ``checked`` flag to a slot that takes one."""


@dataclass(frozen=True)
class Connection:
    """One faulty connection: where, and to what."""

    path: str
    line: int
    signal: str
    slot: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.signal}.connect({self.slot})"


def _takes_flag_into_optional(args: ast.arguments, *, method: bool) -> bool:
    """True when the first parameter after ``self`` has a default and is not ``bool``."""
    positional = args.posonlyargs + args.args
    if method:
        positional = positional[1:]
    if not positional:
        return False
    first = positional[0]
    first_index = len(args.posonlyargs + args.args) - len(positional)
    defaults_from = len(args.posonlyargs + args.args) - len(args.defaults)
    has_default = first_index >= defaults_from
    is_bool = isinstance(first.annotation, ast.Name) and first.annotation.id == "bool"
    if isinstance(first.annotation, ast.Constant) and first.annotation.value == "bool":
        is_bool = True
    return has_default and not is_bool


def _declared_without_arguments(function: ast.FunctionDef) -> bool:
    """``@Slot()`` with no types: Qt connects the no-argument form of the signal."""
    for decorator in function.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Name | ast.Attribute)
            and (getattr(decorator.func, "id", None) or getattr(decorator.func, "attr", None))
            == "Slot"
            and not decorator.args
        ):
            return True
    return False


def _classes(trees: dict[str, ast.Module]) -> dict[str, ast.ClassDef]:
    return {
        node.name: node
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }


def _method(
    classes: dict[str, ast.ClassDef], owner: ast.ClassDef, name: str
) -> ast.FunctionDef | None:
    """The method ``name`` of ``owner`` or of its bases defined in the program."""
    seen: set[str] = set()
    pending = [owner]
    while pending:
        cls = pending.pop(0)
        if cls.name in seen:
            continue
        seen.add(cls.name)
        for node in cls.body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                return node
        for base in cls.bases:
            base_name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
            if base_name in classes:
                pending.append(classes[base_name])
    return None


def faulty_connections(trees: dict[str, ast.Module]) -> list[Connection]:
    """Every ``clicked``/``triggered`` connection that fills a slot's optional parameter."""
    classes = _classes(trees)
    found: list[Connection] = []
    for path, tree in trees.items():
        owners = {
            id(node): cls
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef)
            for node in ast.walk(cls)
        }
        for call in ast.walk(tree):
            func = call.func if isinstance(call, ast.Call) else None
            if not (
                isinstance(func, ast.Attribute)
                and func.attr == "connect"
                and isinstance(func.value, ast.Attribute)
                and func.value.attr in SIGNALS
                and call.args  # type: ignore[union-attr]
            ):
                continue
            slot = call.args[0]  # type: ignore[union-attr]
            bad = False
            if isinstance(slot, ast.Lambda):
                # A lambda cannot be annotated: its first parameter takes the flag when it is
                # named for it (``checked``) or as thrown away (``_checked``).
                names = [a.arg for a in slot.args.posonlyargs + slot.args.args]
                takes_flag = bool(names) and (names[0] == "checked" or names[0].startswith("_"))
                bad = not takes_flag and _takes_flag_into_optional(slot.args, method=False)
            elif (
                isinstance(slot, ast.Attribute)
                and isinstance(slot.value, ast.Name)
                and slot.value.id == "self"
                and id(call) in owners
            ):
                method = _method(classes, owners[id(call)], slot.attr)
                bad = (
                    method is not None
                    and not _declared_without_arguments(method)
                    and _takes_flag_into_optional(method.args, method=True)
                )
            if bad:
                found.append(
                    Connection(path, call.lineno, func.value.attr, ast.unparse(slot))  # type: ignore[union-attr]
                )
    return found


def _program_sources() -> dict[str, ast.Module]:
    root = Path(giamsat_desktop.__file__).parent
    return {
        str(path.relative_to(root.parent)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(root.rglob("*.py"))
    }


def test_no_button_or_menu_item_fills_an_optional_parameter_of_its_slot() -> None:
    faults = faulty_connections(_program_sources())
    assert not faults, "connect these through a lambda or a slot without parameters:\n" + "\n".join(
        map(str, faults)
    )


SAMPLE = """
class Page(Base):
    def __init__(self):
        self.save.clicked.connect(self.save_as)
        self.ok.clicked.connect(self.accept_it)
        self.flag.clicked.connect(self.set_flag)
        self.menu.triggered.connect(lambda path=None: self.save_as(path))
        self.menu.triggered.connect(lambda _checked=False: self.save_as())
        self.slot.clicked.connect(self.declared)
        self.inherited.clicked.connect(self.base_print)

    def save_as(self, path: str | None = None): ...
    def accept_it(self): ...
    def set_flag(self, checked: bool = False): ...
    @Slot()
    def declared(self, path: str | None = None): ...

class Base:
    def base_print(self, printer=None): ...
"""


def test_the_check_finds_each_kind_of_fault_and_nothing_else() -> None:
    faults = faulty_connections({"sample.py": ast.parse(SAMPLE)})
    assert [(f.line, f.slot) for f in faults] == [
        (4, "self.save_as"),
        (7, "lambda path=None: self.save_as(path)"),
        (10, "self.base_print"),
    ]
