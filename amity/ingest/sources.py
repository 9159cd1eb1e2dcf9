"""Where reports come from: files, folders (walked lazily) and glob patterns."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from amity.errors import InputError
from amity.ingest.readers import format_of_name

_GLOB_MAGIC = frozenset("*?[")


@dataclass(frozen=True)
class Item:
    """One report to ingest: `name` for messages, `location` (absolute path or URL) to store."""

    name: str
    location: str
    error: str | None = None


@dataclass
class WalkCounts:
    """What a walk passed over: files of unknown type or hidden, left out silently."""

    ignored: int = 0


def iter_items(paths: Iterable[str | os.PathLike[str]], counts: WalkCounts) -> Iterator[Item]:
    """Yields an Item per report file under the paths: files, folders (recursive) and globs."""
    for raw in paths:
        arg = os.fspath(raw)
        if os.path.isdir(arg):
            yield from _walk(arg, counts)
        elif os.path.exists(arg):
            yield _item(arg)
        elif _GLOB_MAGIC & set(arg):
            yield from _expand(arg, counts)
        else:
            yield Item(arg, arg, f"{arg}: no such file or folder")


def _item(path: str) -> Item:
    """Returns the Item of a file named on the command line or found by a walk."""
    return Item(path, os.path.abspath(path))


def _expand(pattern: str, counts: WalkCounts) -> Iterator[Item]:
    """Yields the Items of the files and folders a glob pattern matches."""
    matches = sorted(glob.iglob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        yield Item(pattern, pattern, f"{pattern}: the pattern matches no file")
    for match in matches:
        if os.path.isdir(match):
            yield from _walk(match, counts)
        elif format_of_name(match):
            yield _item(match)
        else:
            counts.ignored += 1


def _walk(root: str, counts: WalkCounts) -> Iterator[Item]:
    """Yields report files under a folder, depth first in name order, skipping hidden names."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            files, folders = _scan(folder, seen, counts)
        except OSError as exc:
            yield Item(folder, folder, f"{folder}: cannot read the folder: {exc.strerror or exc}")
            continue
        stack.extend(reversed(folders))
        for path in files:
            yield _item(path)


def _scan(
    folder: str, seen: set[tuple[int, int]], counts: WalkCounts
) -> tuple[list[str], list[str]]:
    """Returns the report files and the subfolders of one folder, each sorted by name."""
    stat = os.stat(folder)
    if (stat.st_dev, stat.st_ino) in seen:
        return [], []
    seen.add((stat.st_dev, stat.st_ino))
    files: list[str] = []
    folders: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                counts.ignored += 1
            elif entry.is_dir():
                folders.append(entry.path)
            elif entry.is_file() and format_of_name(entry.name):
                files.append(entry.path)
            else:
                counts.ignored += 1
    return sorted(files), sorted(folders)


def read_file(path: str, name: str, max_bytes: int) -> bytes:
    """Returns the bytes of a file; InputError if it is over max_bytes (checked before reading)."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise too_large(name, size, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise too_large(name, len(data), max_bytes)
    return data


def too_large(name: str, size: int, max_bytes: int) -> InputError:
    """Returns the error for a report over the size limit."""
    return InputError(
        f"{name}: {_size(size)} is over the size limit of {_size(max_bytes)}",
        "raise the limit with --max-bytes or split the report",
    )


def _size(n: int) -> str:
    """Returns a byte count for people: "512 bytes", "3.4 MB"."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"
