"""amity.extract.scan: the words a regex's matches contain, and searches that skip where none is."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from amity.extract import extract_doc, scan
from amity.extract.doc import Doc
from amity.extract.en import event_parts

REPORTS = sorted((Path(__file__).parents[1] / "quality" / "reports").glob("*.txt"))
RULES = ("cues", "dates", "events", "event_parts", "figures", "names", "numbers", "partnerships")


def rule_patterns() -> list[re.Pattern[str]]:
    """Returns every compiled regex of the English rules (module constants and lists of them)."""
    found: list[re.Pattern[str]] = []
    for name in RULES:
        for value in vars(importlib.import_module(f"amity.extract.en.{name}")).values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                rx = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                if isinstance(rx, re.Pattern) and rx not in found:
                    found.append(rx)
    return found


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\bsister[\s-]+cit(?:y|ies)\b", re.I, {"sister"}),
        (r"\b(?:Forum|summit)s?\b", re.I, {"forum", "summit"}),
        (r"organi[sz]ed by", 0, {"organised by", "organized by"}),
        (r"\bwill (?:be|visit)\b", 0, {"will be", "will visit"}),
        (r"(?:held|staged)?\s+in\b", 0, set()),  # every word is optional or too short
        (r"\b(?:(?i:May)|June)\b", 0, set()),  # scoped case flags are not looked into
        (r"twin|twinned|twinning", re.I, {"twin"}),  # a word holding another adds nothing
    ],
)
def test_required_words(pattern: str, flags: int, words: set[str]) -> None:
    assert set(scan.required_words(re.compile(pattern, flags))) == words


@pytest.mark.parametrize(
    ("pattern", "flags", "sets"),
    [
        (r"\b(?:sister|twin)[\s-]+(?:city|town)\b", re.I, [{"sister", "twin"}, {"city", "town"}]),
        (r"\bvisited\s+\w+\s+in\b", 0, [{"visited"}]),  # "in" is too short to look for
        (r"\w+ forum", 0, [{" forum"}]),
        (r"\d+", 0, []),
    ],
)
def test_required_sets(pattern: str, flags: int, sets: list[set[str]]) -> None:
    assert [set(words) for words in scan.required_sets(re.compile(pattern, flags))] == sets


def test_search_needs_a_word_of_each_set() -> None:
    rx = re.compile(r"\b(?:sister|twin)[\s-]+(?:city|town)\b", re.I)
    doc = Doc(text="A sister. Her twin. A city. The twin town.")
    assert not scan.may_match(doc, rx, 0, 19)  # words of the first set only
    assert not scan.may_match(doc, rx, 20, 27)  # of the second only
    assert scan.may_match(doc, rx, 10, 27)  # of both (the regex decides)
    assert scan.search(doc, rx, 0, len(doc.text)).group() == "twin town"  # type: ignore[union-attr]


def test_spellings_lists_every_form() -> None:
    assert scan.spellings(r"events?|Forum", re.I) == ("event", "events", "forum")
    with pytest.raises(ValueError, match="finite"):
        scan.spellings(r"\w+ forum")


@pytest.mark.parametrize("text", ["Istanbul ve İzmir", "ılık", "ſister cities"])
def test_folded_is_none_where_lowercasing_differs_from_ignorecase(text: str) -> None:
    assert scan.folded(Doc(text=text)) is None


def test_search_skips_only_where_no_word_is() -> None:
    rx = re.compile(r"\bsister[\s-]+cit(?:y|ies)\b", re.I)
    doc = Doc(text="Two SISTER cities. No such tie here. A sister-city pact.")
    assert scan.search(doc, rx, 0, 18).group() == "SISTER cities"  # type: ignore[union-attr]
    assert scan.search(doc, rx, 19, 36) is None
    assert scan.search(doc, rx, 0, 10) is None  # the word is there, the match is not
    assert [m.group() for m in scan.finditer(doc, rx)] == ["SISTER cities", "sister-city"]
    odd = Doc(text="ſister cities")  # IGNORECASE matches the long s, lower() keeps it
    assert scan.search(odd, rx, 0, len(odd.text)).group() == "ſister cities"  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    """Returns our quality reports, extracted."""
    return [extract_doc(p.read_text(encoding="utf-8"), lang="en") for p in REPORTS]


def test_guarded_search_equals_plain_search_on_every_sentence(docs: list[Doc]) -> None:
    patterns = rule_patterns()
    assert len(patterns) > 40
    for doc in docs:
        for sent in doc.sentences:
            for rx in patterns:
                plain = rx.search(doc.text, sent.start, sent.end)
                fast = scan.search(doc, rx, sent.start, sent.end)
                assert (fast and fast.span()) == (plain and plain.span()), (rx.pattern, sent)


def test_search_in_and_finditer_equal_plain_search_on_sentences_and_odd_slices(
    docs: list[Doc],
) -> None:
    import random

    rng = random.Random(11)
    patterns = rule_patterns()
    for doc in docs[:40]:
        # sentences, and slices that begin or end inside a word
        spans = [(s.start, s.end) for s in doc.sentences]
        spans += [tuple(sorted(rng.sample(range(len(doc.text) + 1), 2))) for _ in range(20)]
        for start, end in spans:
            text = doc.text[start:end]
            for rx in patterns:
                plain = rx.search(text)
                fast = scan.search_in(doc, rx, text, start)
                assert (fast and fast.span()) == (plain and plain.span()), (rx.pattern, text)
                whole = [m.span() for m in rx.finditer(doc.text, start, end)]
                assert [m.span() for m in scan.finditer(doc, rx, start, end)] == whole


def test_event_np_from_its_earliest_start_equals_plain_search(docs: list[Doc]) -> None:
    found = 0
    for doc in docs:
        for sent in doc.sentences:
            plain = event_parts.EVENT_NP.search(doc.text, sent.start, sent.end)
            if not event_parts.HEAD_WORD.search(doc.text, sent.start, sent.end):
                plain = None
            fast = event_parts._event_np(doc, sent)
            assert (fast and fast.span()) == (plain and plain.span()), doc.slice(sent)
            found += plain is not None
    assert found > 20


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\b(?:early\s+)?(?:May|June)\b", 0, {"early", "May", "June"}),
        (r"\b(?:[12]\d|0?[1-9])\s+May", 0, {str(d) for d in range(10)}),
        (r"(?:the\s+)?Forum", re.I, {"the", "forum"}),
        (r"\w+ forum", 0, set()),  # any word character may open a match
        (r"(?:x)?", 0, set()),  # a match may be empty
    ],
)
def test_first_words(pattern: str, flags: int, words: set[str]) -> None:
    assert set(scan.first_words(re.compile(pattern, flags))) == words


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_finditer_all_equals_finditer_on_reports_and_odd_strings(docs: list[Doc]) -> None:
    import random

    from amity.extract.en.dates import COMPILED

    rng = random.Random(7)
    pieces = ["May", "March", "Mar.", "5", "05", "31st", "2019", "1998", "-", "–", " to ", ", ",
              " ", "\n", "the ", "of ", "Monday, ", "early ", "x", "12", "2020.3", ".", "/"]  # fmt: skip
    odd = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(400)]
    texts = [d.text for d in docs] + odd
    for text in texts:
        doc = Doc(text=text)
        for _, rx in COMPILED:
            assert _spans(scan.finditer_all(doc, rx)) == _spans(rx.finditer(text)), (rx, text)
