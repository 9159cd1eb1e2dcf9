"""amity.extract.alternatives: a regex's top-level alternatives, each compiled on its own."""

from __future__ import annotations

import re

import pytest

from amity.extract.alternatives import alternatives, split


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"\ba|b\b", [r"\ba", r"b\b"]),
        (r"(?:a|b)", ["a", "b"]),  # one whole group is opened
        (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
        (r"(?:(?:a|b)|c)|(d|e)", ["a", "b", "c", "(d|e)"]),  # a capturing group stays whole
        (r"[|(]x|\|y|[]|]z|[^]|]w", ["[|(]x", r"\|y", "[]|]z", "[^]|]w"]),
        (r"(?i:a|b)", ["(?i:a|b)"]),  # scoped flags stay with their group
    ],
)
def test_split(pattern: str, parts: list[str]) -> None:
    assert split(pattern) == parts


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?i)a|b", 0),  # global flags stand in front of the first alternative only
        (r"a | b", re.VERBOSE),
        (r"(a)|\1b", 0),  # references: group numbers change
        (r"(?P<n>a)|(?P=n)", 0),
        (r"abc", 0),
    ],
)
def test_not_cut(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    assert alternatives(rx) == (rx,)


def test_parts_keep_the_flags() -> None:
    parts = alternatives(re.compile(r"\bsister|twin\b", re.I))
    assert [p.pattern for p in parts] == [r"\bsister", r"twin\b"]
    assert all(p.flags & re.I for p in parts)
