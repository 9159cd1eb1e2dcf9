"""amity.extract.components.segment: items (paragraphs, bullets) and sentences."""

from __future__ import annotations

import pytest

from amity.extract.components.segment import segment
from amity.extract.doc import Doc


def sentences(text: str) -> list[str]:
    """Returns the text of each sentence the segmenter finds."""
    doc = segment(Doc(text=text))
    return [doc.slice(s) for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. delegation arrived. Talks began.",
            ["The U.S. delegation arrived.", "Talks began."],
        ),
        ("Dr. Lee spoke. She left.", ["Dr. Lee spoke.", "She left."]),
        ("They flew to St. Petersburg. Then home.", ["They flew to St. Petersburg.", "Then home."]),
        ("J. R. Smith signed it. It was done.", ["J. R. Smith signed it.", "It was done."]),
        ("Mr. and Mrs. Brown came. Prof. Kim too.", ["Mr. and Mrs. Brown came.", "Prof. Kim too."]),
        ("It cost 3.5 million yuan. Good.", ["It cost 3.5 million yuan.", "Good."]),
        ('He said "Yes." Then left.', ['He said "Yes."', "Then left."]),
        ("Is it true? Yes! Fine.", ["Is it true?", "Yes!", "Fine."]),
        (
            "Held in Washington, D.C. on May 2. Next.",
            ["Held in Washington, D.C. on May 2.", "Next."],
        ),
        ("See e.g. the list. Next.", ["See e.g. the list.", "Next."]),
        ("It ends here. and goes on", ["It ends here. and goes on"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_items_and_lines() -> None:
    text = "Title line\nFirst sentence. Second one!\n\n  New para? Yes.  \n"
    doc = segment(Doc(text=text))
    assert [doc.slice(i) for i in doc.items] == [
        "Title line\nFirst sentence. Second one!",
        "New para? Yes.",
    ]
    assert [doc.slice(s) for s in doc.sentences] == [
        "Title line",
        "First sentence.",
        "Second one!",
        "New para?",
        "Yes.",
    ]


@pytest.mark.parametrize("bullet", ["•", "-", "*", "1."])
def test_bullets_are_items(bullet: str) -> None:
    doc = segment(Doc(text=f"Highlights:\n{bullet} Item one.\n{bullet} Item two."))
    assert [doc.slice(i) for i in doc.items][-2:] == [f"{bullet} Item one.", f"{bullet} Item two."]


def test_sentence_at_finds_the_holder() -> None:
    text = "One two. Three four."
    doc = segment(Doc(text=text))
    assert doc.slice(doc.sentence_at(text.index("four"))) == "Three four."  # type: ignore[arg-type]
    assert doc.sentence_at(len(text) + 5) is None


@pytest.mark.xfail(strict=False, reason="a dotted acronym that ends a sentence never ends it")
def test_acronym_at_the_end_of_a_sentence() -> None:
    assert sentences("Talks with the U.S. Then more.") == ["Talks with the U.S.", "Then more."]


def test_a_sentence_may_open_with_a_capital_of_any_latin_alphabet() -> None:
    assert sentences("They came through Whitstable. Říčany joined in 2000. Łódź followed.") == [
        "They came through Whitstable.",
        "Říčany joined in 2000.",
        "Łódź followed.",
    ]


def test_the_number_of_a_list_line_does_not_end_a_sentence() -> None:
    assert sentences(
        "Pairs:\n1. Namsky ulus and Kharkhorin soum;\n2. Verkhoyansk and Bat-Ulzii."
    ) == [
        "Pairs:",
        "1. Namsky ulus and Kharkhorin soum;",
        "2. Verkhoyansk and Bat-Ulzii.",
    ]
