"""amity.extract.wordstarts: word-start regexes tried only where their first words begin."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from amity.extract import wordstarts
from amity.extract.doc import Doc
from amity.extract.en.dates import COMPILED
from amity.extract.en.numbers import NUMBER
from tests.extract.test_scan import rule_patterns

REPORTS = sorted((Path(__file__).parents[1] / "quality" / "reports").glob("*.txt"))


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"(?<![\w.-])(?:more\s+than\s+)?\d+", re.I, {" more ", " 0"}),
        (r"\b(?:Early|late)[\s-]+May", 0, {" Early ", " late "}),
        (r"\b[12]\d\d\d\b", 0, {" 0000"}),  # every digit reads as "0"
        (r"\b(?:a\s+)?dozen", re.I, {" a ", " dozen"}),
        (r"(?<![.-])\d+", 0, set()),  # a word character may precede a match
        (r"\b-\d", 0, set()),  # \b before a dash: a word ends there, none starts
        (r"\b\w+ forum", 0, set()),  # any word character may open a match
        # a part that ignores case lower-cases all: "Today" is a start too, rx.match decides
        (r"\b(?:(?i:last|next)\s+year|today)", 0, {" last ", " next ", " today"}),
    ],
)
def test_start_words(pattern: str, flags: int, words: set[str]) -> None:
    assert set(wordstarts.start_words(re.compile(pattern, flags))) == words


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\bmet|\bmade", 0, {" met", " made"}),  # start words of the whole
        # an alternative that may begin inside a word gives its first words, marked
        (r"\bput on|put-off\b", 0, {" put on", "\x01put off"}),
        (r"\bHeld (?i:on)|Staged", 0, {" held on", "\x01staged"}),  # a lower-cased view
        (r"\bheld|is", 0, set()),  # "is" is found inside too many words
        (r"\bheld|\w+ forum", 0, set()),
    ],
)
def test_view_words(pattern: str, flags: int, words: set[str]) -> None:
    assert set(wordstarts.view_words(re.compile(pattern, flags))) == words


def _odd_texts() -> list[str]:
    rng = random.Random(5)
    pieces = ["May", "March", "Mar.", "5", "05", "31st", "2019", "1998", "-", "–", " to ", ", ",
              " ", "\n", "\t", "the ", "of ", "Monday, ", "early ", "x", "12", "2020.3", ".", "/",
              "more than ", "MORE\u00a0THAN ", "about ", "a dozen ", "A  couple of ", "twenty-one",
              "one", "someone ", "3,000", "40%", "٣", "１２", "five-member", "K", "\u212a", "é",
              "’s ", "_", "ten", "İ", "ſ", "Last ", "NEXT ", "year", "Today", "On ", "Monday"]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(600)]


@pytest.mark.parametrize("source", ["reports", "odd"])
def test_finditer_words_equals_finditer(source: str) -> None:
    texts = (
        [p.read_text(encoding="utf-8") for p in REPORTS[:15]]
        if source == "reports"
        else _odd_texts()
    )
    patterns = [NUMBER, *(rx for _, rx in COMPILED), *rule_patterns()]
    assert sum(bool(wordstarts.start_words(rx)) for rx in patterns) > 20
    for text in texts:
        doc = Doc(text=text)
        for rx in patterns:
            got = [(m.span(), m.groupdict()) for m in wordstarts.finditer_words(doc, rx)]
            assert got == [(m.span(), m.groupdict()) for m in rx.finditer(text)], (rx, text)
