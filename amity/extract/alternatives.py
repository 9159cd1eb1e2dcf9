"""The top-level alternatives of a regex, each compiled on its own.

A match of "A|B|C" at an offset is a match of one of A, B or C there: where a match can begin
is the union of where each alternative's can. Read one by one, most alternatives say what
they begin with ("\\bvolunteers?", "\\bput pen to paper") where the whole does not.
"""

from __future__ import annotations

import re

from amity.extract.regex_words import per_regex

INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# Group numbers change when alternatives stand alone: a pattern with references is not cut.
REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@per_regex
def alternatives(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Returns the top-level alternatives of rx compiled with its flags, or (rx,) if it has one
    (or cannot be cut: verbose syntax, global inline flags, a reference across alternatives)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.VERBOSE or INLINE_FLAGS.match(rx.pattern):
        return (rx,)
    if REFERENCE.search(rx.pattern):
        return (rx,)
    sources = split(rx.pattern)
    if len(sources) < 2:
        return (rx,)
    try:
        return tuple(re.compile(source, rx.flags) for source in sources)
    except re.error:
        return (rx,)


def split(pattern: str) -> list[str]:
    """Returns the top-level alternatives of a pattern's source; a whole "(?:...)" is opened."""
    out: list[str] = []
    for part in _cut(pattern):
        inner = _group_body(part)
        out.extend(split(inner) if inner is not None else [part])
    return out


def _cut(pattern: str) -> list[str]:
    """Returns the pattern cut at each "|" outside groups and character classes."""
    parts, depth, begin, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    parts.append(pattern[begin:])
    return parts


def _class_end(pattern: str, i: int) -> int:
    """Returns the offset just past the character class that opens at i."""
    i += 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1  # a "]" first in the class is one of its characters
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _group_body(part: str) -> str | None:
    """Returns what "(?:...)" holds when the part is that one group and nothing else."""
    if not part.startswith("(?:") or not part.endswith(")"):
        return None
    depth, i = 0, 0
    while i < len(part):
        ch = part[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(part, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return part[3:-1] if i == len(part) - 1 else None
        i += 1
    return None
