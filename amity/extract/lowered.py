"""Case-blind regexes run as case-sensitive ones over the lower-cased text, where that is exact.

An IGNORECASE regex lower-cases every character it compares; over a text lower-cased once
(`scan.folded`, same offsets) the same regex without IGNORECASE finds the same matches at the
same offsets, about twice as fast, as long as every character the regex names is one that
lower-casing cannot produce from another letter (ASCII other than A-Z, or uncased: digits,
punctuation, CJK). Whatever it finds is matched again by the original regex at the same
offset, so callers get the very match object they got before (groups read from the text).
"""

from __future__ import annotations

import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

IGNORECASE = int(re.IGNORECASE)
# Flags under which IGNORECASE folds otherwise than str.lower (ASCII-only or locale rules).
OTHER_FOLDING = int(re.ASCII | re.LOCALE)
MAX_RANGE = 0x10000  # a class range wider than this is not looked into (the regex runs as is)

_CACHE: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """Returns rx without IGNORECASE if it matches lower-cased text exactly as rx the text, else None."""
    known = _CACHE.get(id(rx))
    if known is None or known[0] is not rx:  # keyed by id: hashing a Pattern hashes its code
        known = _CACHE[id(rx)] = (rx, _lowered(rx))
    return known[1]


def _lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    if not rx.flags & IGNORECASE or rx.flags & OTHER_FOLDING or not isinstance(rx.pattern, str):
        return None
    source = _lower_source(rx.pattern)
    try:
        tree = sre_parse.parse(source, rx.flags)
        # The same program under IGNORECASE: lower-casing the letters changed nothing it matches.
        if source != rx.pattern and _program(source, rx.flags) != _program(rx.pattern, rx.flags):
            return None
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if not _items_ok(list(tree)):
        return None
    return re.compile(source, rx.flags & ~IGNORECASE)


def _program(pattern: str, flags: int) -> tuple[list[Any], dict[str, int]]:
    """Returns the compiled code of a regex and its group names."""
    tree = sre_parse.parse(pattern, flags)
    return sre_compile._code(tree, tree.state.flags), dict(tree.state.groupdict)


def _lower_source(pattern: str) -> str:
    """Returns the pattern with its letters A-Z lower-cased, escapes and group names kept."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            stop = pattern.find("}", i) + 1 if pattern.startswith("\\N{", i) else i + 2
            out.append(pattern[i : stop or n])
            i = stop or n
        elif pattern.startswith(("(?P<", "(?P="), i):
            stop = pattern.find(">" if pattern[i + 3] == "<" else ")", i) + 1
            out.append(pattern[i : stop or n])
            i = stop or n
        else:
            out.append(ch.lower() if "A" <= ch <= "Z" else ch)
            i += 1
    return "".join(out)


def _char_ok(code: int) -> bool:
    """True for a character no other one lower-cases to: ASCII but A-Z, or uncased."""
    ch = chr(code)
    if ch.isascii():
        return not "A" <= ch <= "Z"
    return ch.lower() == ch and ch.upper() == ch


def _items_ok(items: list[Any]) -> bool:
    return all(_item_ok(op, av) for op, av in items)


def _item_ok(op: Any, av: Any) -> bool:
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        return _char_ok(av)
    if op in (sre.ANY, sre.AT, sre.CATEGORY, sre.GROUPREF):
        return True
    if op is sre.IN:
        return all(_class_item_ok(o, v) for o, v in av)
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return not (add | remove) & (IGNORECASE | OTHER_FOLDING) and _items_ok(list(sub))
    if op is sre.BRANCH:
        return all(_items_ok(list(alt)) for alt in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _items_ok(list(av[2]))
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _items_ok(list(av[1]))
    if op is sre.ATOMIC_GROUP:
        return _items_ok(list(av))
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av
        return _items_ok(list(yes)) and (no is None or _items_ok(list(no)))
    return False


def _class_item_ok(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return _char_ok(av)
    if op in (sre.NEGATE, sre.CATEGORY):
        return True
    if op is sre.RANGE:
        lo, hi = av
        return hi - lo <= MAX_RANGE and all(_char_ok(c) for c in range(lo, hi + 1))
    return False
