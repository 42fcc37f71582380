"""What a built bundle holds, by size: the figures printed beside every release build.

    python installer/bundle_sizes.py dist/GiamSat [--top N]

Standard library only. Groups the files the way a person asks about them (Qt's libraries,
Qt's plugins, Python, each bundled package, the program's own data) and lists the largest
files; a size counted once, even where a file is linked from two places.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path, PurePath

MB = 1024 * 1024


def group_of(relative: PurePath) -> str:
    """The group a file of the bundle is counted in."""
    parts = relative.parts
    if parts[0] != "_internal":
        return "the two programs (bootloader and archive)"
    inside = parts[1:]
    top = inside[0]
    name = inside[-1].lower()
    if top == "PySide6":
        if "plugins" in inside:
            return f"Qt plugins: {inside[inside.index('plugins') + 1]}"
        if name.startswith(("libqt6", "qt6")) or "icu" in name:
            return "Qt libraries (and ICU)"
        return "PySide6 bindings"
    if top == "giamsat_desktop":
        return f"the program's data: {inside[1] if len(inside) > 2 else top}"
    if top in ("base_library.zip", "python3.11") or name.startswith(("libpython", "python3")):
        return "Python"
    if len(inside) == 1:
        return "system and other shared libraries"
    return f"package: {top.split('.')[0].split('-')[0]}"


def sizes(folder: Path) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """Bytes by group, and (bytes, path) of every regular file (links not counted)."""
    by_group: dict[str, int] = defaultdict(int)
    files: list[tuple[int, str]] = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(folder)
        size = path.stat().st_size
        by_group[group_of(relative)] += size
        files.append((size, relative.as_posix()))
    return by_group, files


def main(argv: Sequence[str] | None = None) -> int:
    """Print the bundle's total, its groups by size and its largest files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--top", type=int, default=12, help="how many of the largest files")
    args = parser.parse_args(argv)
    by_group, files = sizes(args.bundle)
    total = sum(by_group.values())
    print(f"Bundle {args.bundle}: {total / MB:.1f} MB in {len(files)} files")
    for group, size in sorted(by_group.items(), key=lambda item: -item[1]):
        if size >= MB / 10:
            print(f"  {size / MB:7.1f} MB  {size / total:5.1%}  {group}")
    print("Largest files:")
    for size, name in sorted(files, reverse=True)[: args.top]:
        print(f"  {size / MB:7.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
