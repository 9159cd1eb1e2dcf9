"""Reading a plan's key tasks from a CSV file, with one-line errors naming file, row and problem.

The header names the columns, in any order and case: title, owner, target and due are
required (values may be empty except the title); status and target_count are optional.
A target starting with a number ('3 delegations') gives the numeric target when no
target_count is given. Commas, semicolons or tabs separate the fields; the text is
UTF-8 (a byte-order mark is fine) or UTF-16 with its byte-order mark.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from amity.errors import AmityError, InputError
from amity.store.plans import check_date, clean_task

REQUIRED = ("title", "owner", "target", "due")
OPTIONAL = ("status", "target_count")
ALIASES = {"task": "title", "due date": "due", "deadline": "due", "responsible": "owner",
           "count": "target_count", "numeric target": "target_count"}  # fmt: skip
HEADER_HINT = "the first row must name the columns title, owner, target, due"
_COUNT = re.compile(r"^\D{0,12}?(\d{1,6})(?!\d|\s*%|[-/.]\d)")
_MONTH = re.compile(r"^(\d{4})[-/](\d{1,2})$")
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
MAX_BYTES = 5 * 1024 * 1024


def decode(path: Path, data: bytes) -> str:
    """Returns the text of a CSV file's bytes; raises InputError for empty, binary or non-UTF-8."""
    if not data.strip():
        raise InputError(f"{path}: the file is empty", HEADER_HINT)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: broken UTF-16 text", "save the file as CSV UTF-8") from exc
    if b"\x00" in data:
        raise InputError(f"{path}: this is a binary file, not CSV text", "save the plan as CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}: row {row}: not UTF-8 text (byte {exc.start + 1})",
            "save the file as CSV UTF-8",
        ) from exc


def _column(name: str) -> str:
    """Returns the column a header cell names (folded, aliases applied)."""
    key = " ".join(name.replace("_", " ").split()).casefold()
    return ALIASES.get(key, key.replace(" ", "_"))


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Returns the CSV dialect of the text: comma, semicolon or tab separated."""
    try:
        return csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def header(path: Path, cells: list[str]) -> list[str]:
    """Returns the column names of the header row; raises InputError if one is missing."""
    names = [_column(c) for c in cells]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise InputError(f"{path}: row 1: missing column{plural} {', '.join(missing)}", HEADER_HINT)
    return names


def due_date(value: str) -> str | None:
    """Returns a due date as YYYY-MM-DD: YYYY/MM/DD too, and a month means its last day."""
    text = value.strip()
    if m := _SLASHED.match(text):
        text = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    elif m := _MONTH.match(text):
        text = _month_end(int(m[1]), int(m[2]))
    return check_date(text, "due date")


def _month_end(year: int, month: int) -> str:
    """Returns the last day of a month as YYYY-MM-DD (month 13 and up stay invalid)."""
    import calendar

    if not 1 <= month <= 12:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def count_of(target: str | None) -> int | None:
    """Returns the number a target starts with ('3 delegations', 'at least two visits'), if any."""
    text = target or ""
    for word in text.casefold().split()[:3]:
        if word in NUMBER_WORDS:
            return NUMBER_WORDS.index(word) + 1
    match = _COUNT.match(text)
    if match is None or 1900 <= int(match[1]) <= 2100:  # a year, not a count
        return None
    return int(match[1])


def task(path: Path, number: int, names: list[str], cells: list[str]) -> dict[str, Any]:
    """Returns the task of a data row; raises InputError naming the file, row and problem."""
    if len(cells) > len(names):
        raise InputError(
            f"{path}: row {number}: {len(cells)} fields but the header has {len(names)}",
            "quote fields that contain the separator",
        )
    values: dict[str, Any] = dict(zip(names, [c.strip() for c in cells], strict=False))
    try:
        values["due"] = due_date(values.get("due") or "")
        if not values.get("target_count"):
            values["target_count"] = count_of(values.get("target"))
        return clean_task(values)
    except AmityError as exc:
        raise InputError(f"{path}: row {number}: {exc.message}", exc.hint) from exc


def read_tasks(path: str | Path, data: bytes | None = None) -> list[dict[str, Any]]:
    """Returns the tasks of a plan CSV (read from path unless its bytes are given)."""
    path = Path(path)
    if data is None:
        data = _read(path)
    text = decode(path, data)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), _dialect(text)))
    except csv.Error as exc:
        raise InputError(f"{path}: not readable as CSV: {exc}", "save the plan as CSV") from exc
    names = header(path, rows[0])
    tasks = [
        task(path, i, names, r) for i, r in enumerate(rows[1:], 2) if any(c.strip() for c in r)
    ]
    if not tasks:
        raise InputError(f"{path}: the file has a header but no tasks", "add one row per task")
    return tasks


def _read(path: Path) -> bytes:
    """Returns a file's bytes; raises InputError if it is missing, a folder or too large."""
    if not path.is_file():
        raise InputError(f"{path}: no such file", "give the path of a CSV file")
    if path.stat().st_size > MAX_BYTES:
        raise InputError(f"{path}: larger than {MAX_BYTES // 1024 // 1024} MB", "split the plan")
    return path.read_bytes()
