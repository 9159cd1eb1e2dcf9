"""amity.extract.regex_words: first words of a regex, in the text's view and in the shown view."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

from amity.extract.scan import _TEXT
from amity.extract.wordstarts import _SHOWN


def firsts(view: object, pattern: str, flags: int = 0) -> set[str] | None:
    found = view.firsts(list(sre_parse.parse(pattern, flags)), bool(flags & re.I))  # type: ignore[attr-defined]
    return None if found is None else set(found)


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "shown"),
    [
        (r"ab+c", 0, {"a"}, {"ab"}),  # the shown view reads a repeat's first round
        (r"x\d", 0, {"x"}, {"x0"}),  # a digit is shown as "0"
        (r"(?:sister|twin) cit", re.I, {"sister cit", "twin cit"}, {"sister cit", "twin cit"}),
        # the shown view stops before what may match nothing
        (r"\bon (?:the )?day", 0, {"on the day", "on day"}, {"on "}),
    ],
)
def test_both_views_share_the_analysis(
    pattern: str, flags: int, text: set[str], shown: set[str]
) -> None:
    assert firsts(_TEXT, pattern, flags) == text
    assert firsts(_SHOWN, pattern, flags) == shown
