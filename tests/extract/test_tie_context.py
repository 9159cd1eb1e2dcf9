"""amity.extract.en.tie_context: the place a report is about and the pairs referred back to."""

from __future__ import annotations

from amity.extract import extract_records
from tests.extract.test_partnerships import brief, ties_of


def test_the_two_towns_are_the_reports_own_tie() -> None:
    body = (
        "Whanganui will send a delegation to its Japanese sister city, Nagaizumi in Shizuoka, "
        "in August.\n\nThe two towns signed their sister city agreement in 1988."
    )
    assert ("Whanganui", "Nagaizumi", "1988") in [
        (t["a"]["name"], t["b"]["name"], t["date"]) for t in ties_of(body)
    ]


def test_the_province_linked_with_a_list_is_the_province_named_before() -> None:
    body = (
        "Gyeonggi Province and Japan's Kanagawa Prefecture signed a sister-region agreement on "
        "March 28. Kanagawa is Gyeonggi Province's sixth partner. The province is already linked "
        "with the U.S. states of Oregon and Missouri and with China's Zhejiang."
    )
    ties = [brief(t) for t in ties_of(body)]
    assert ties[1:] == [
        ("sister_city", "Gyeonggi Province", "Oregon", None),
        ("sister_city", "Gyeonggi Province", "Missouri", None),
        ("sister_city", "Gyeonggi Province", "Zhejiang", None),
    ]


def test_the_region_that_has_an_agreement_is_the_region_named_before() -> None:
    body = (
        "Tver Region and China's Shaanxi Province signed a friendship agreement on March 28. "
        "Besides Shaanxi, the region has a cooperation agreement with the eastern province of "
        "Jiangsu, signed last year."
    )
    assert [brief(t)[:3] for t in ties_of(body)][-1] == ("agreement", "Tver Region", "Jiangsu")


def test_parties_before_equals_parties_from_the_start() -> None:
    """The parties of [0, before) open the report's list: what _focus counts stays the same."""
    from pathlib import Path

    from amity.extract import extract_doc
    from amity.extract.en.party_names import _parties
    from amity.extract.en.tie_context import _parties_before, _parties_by_name_end

    reports = sorted((Path(__file__).parents[1] / "quality" / "reports").glob("*.txt"))
    read = 0
    for path in reports[::4]:
        doc = extract_doc(path.read_text(encoding="utf-8"), lang="en")
        read += _parties_by_name_end(doc) is not None
        for sent in doc.sentences[::3]:
            fast = [(p.start, p.end, p.value) for p in _parties_before(doc, sent.start)]
            assert fast == [(p.start, p.end, p.value) for p in _parties(doc, 0, sent.start)]
    assert read > len(reports[::4]) // 2


def test_the_province_that_signs_is_the_one_told_of_before() -> None:
    text = (
        "Medical news\n\nGyeonggi Province sent 100 doctors to Mongolia in July.\n\n"
        "The province signed a memorandum on health cooperation with Darkhan-Uul Province in"
        " July 2021."
    )
    ties = extract_records(text, published="2024-08-02", lang="en")["partnerships"]
    assert [brief(t) for t in ties] == [
        ("agreement", "Gyeonggi Province", "Darkhan-Uul Province", "2021-07")
    ]


def test_the_bodies_of_two_signers_are_the_parties() -> None:
    body = "Mayor John Smith of Riverton and Mayor Ken Sato of Kobe signed a memorandum of understanding."
    assert [brief(t)[:3] for t in ties_of(body)] == [("agreement", "Riverton", "Kobe")]


def test_visitors_from_one_town_to_another_are_the_pair_that_signs() -> None:
    body = (
        "In 1993 a group from Clinton Township came to Yasu, and the Sister City Agreement "
        "was signed at a ceremony in the town hall."
    )
    assert [brief(t)[:3] for t in ties_of(body)] == [("sister_city", "Clinton Township", "Yasu")]


def test_the_two_schools_are_the_last_two_schools_named() -> None:
    body = (
        "McDonogh School in Washington and New York teachers welcomed students from Seijo Gakuen "
        "Senior High School in Tokyo. Since the two schools set up the partnership in 1988, "
        "Seijo students have come every spring."
    )
    assert [brief(t) for t in ties_of(body)] == [
        ("school", "McDonogh School", "Seijo Gakuen Senior High School", "1988")
    ]
