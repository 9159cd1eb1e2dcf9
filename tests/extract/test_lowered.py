"""amity.extract.lowered: case-blind regexes run case-sensitively over lower-cased text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from amity.extract import scan
from amity.extract.doc import Doc
from amity.extract.lowered import _lower_source, lowered
from tests.extract.test_scan import rule_patterns

REPORTS = sorted((Path(__file__).parents[1] / "quality" / "reports").glob("*.txt"))


@pytest.mark.parametrize(
    ("pattern", "flags", "twin"),
    [
        (r"\bsister[\s-]+cit(?:y|ies)\b", re.I, r"\bsister[\s-]+cit(?:y|ies)\b"),
        (r"(?P<Owner>[A-Z][\w-]+)['’]s\S", re.I, r"(?P<Owner>[a-z][\w-]+)['’]s\S"),
        (r"\bOn\s+\d+\W", re.I, r"\bon\s+\d+\W"),
        (r"\bsister\b", 0, None),  # case-sensitive already
        (r"caf\u00e9", re.I, None),  # é has a case partner lower-casing does not reach
        (r"\bforum\b", re.I | re.A, None),  # ASCII-only folding differs from str.lower
        (r"(?i:forum)|(?-i:Summit)", re.I, None),  # scoped case flags are not looked into
    ],
)
def test_lowered_twin_or_none(pattern: str, flags: int, twin: str | None) -> None:
    found = lowered(re.compile(pattern, flags))
    assert (found and found.pattern) == twin
    if found is not None:
        assert not found.flags & re.I


def test_lower_source_keeps_escapes_and_group_names() -> None:
    assert _lower_source(r"\W\S(?P<Own>A\x4B)(?P=Own)\N{LATIN SMALL LETTER A}") == (
        r"\W\S(?P<Own>a\x4b)(?P=Own)\N{LATIN SMALL LETTER A}"
    )


def _odd_texts() -> list[str]:
    rng = random.Random(11)
    pieces = ["Sister", "CITIES", "city", "Twinned", " with ", "the ", "On ", "May", "5", ", ",
              "’s ", "Forum", "K", "\u212a", "ß", "É", "é", "-", "\n", "MORE THAN ", "40", "%"]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(300)]


@pytest.mark.parametrize("source", ["reports", "odd"])
def test_every_rule_pattern_finds_the_same_over_lowered_text(source: str) -> None:
    texts = (
        [p.read_text(encoding="utf-8") for p in REPORTS] if source == "reports" else _odd_texts()
    )
    twins = [(rx, lowered(rx)) for rx in rule_patterns()]
    assert sum(cs is not None for _, cs in twins) > 40
    for text in texts:
        low = scan.folded(Doc(text=text))
        if low is None:  # "İ" lower-cases to two characters: scan falls back to plain regexes
            assert any(len(ch.lower()) != 1 for ch in text)
            continue
        for rx, cs in twins:
            if cs is not None:
                got = [m.span() for m in cs.finditer(low)]
                assert got == [m.span() for m in rx.finditer(text)], (rx.pattern, text[:80])


def test_scan_searches_equal_plain_ones_on_every_sentence() -> None:
    from amity.extract import extract_doc

    patterns = [rx for rx in rule_patterns() if lowered(rx) is not None]
    for path in REPORTS[:12]:
        doc = extract_doc(path.read_text(encoding="utf-8"), lang="en")
        for sent in doc.sentences:
            text = doc.text[sent.start : sent.end]
            for rx in patterns:
                plain = rx.search(text)
                fast = scan.search_in(doc, rx, text, sent.start)
                assert (fast and (fast.span(), fast.groups())) == (
                    plain and (plain.span(), plain.groups())
                ), rx.pattern
                spans = [m.span() for m in rx.finditer(doc.text, sent.start, sent.end)]
                assert [m.span() for m in scan.finditer(doc, rx, sent.start, sent.end)] == spans
