"""amity.extract.en.tie_merge: restated ties merged into one record, and agreements of one pair
that stay apart."""

from __future__ import annotations

from typing import Any

from amity.extract import extract_records
from amity.extract.en.tie_merge import drop_listed_agreements
from tests.extract.test_partnerships import brief, ties_of


def test_agreements_between_the_same_parties_stay_apart() -> None:
    body = (
        "On 3 May Kazan and Bordeaux signed an agreement on trade. "
        "On 4 May Kazan and Bordeaux signed an agreement on tourism."
    )
    assert len(ties_of(body)) == 2


def test_memorandum_of_the_two_sides_dates_their_undated_tie() -> None:
    body = (
        "Adelanto and Hadong forge a sister city tie.\n\nBoth mayors came to the council. "
        "On March 22 the two mayors signed a Memorandum of Understanding."
    )
    assert [brief(t) for t in ties_of(body)] == [
        ("sister_city", "Adelanto", "Hadong", "2019-03-22")
    ]


def test_memorandum_of_the_two_sides_stays_apart_from_an_old_tie() -> None:
    body = (
        "Gangneung and Jingzhou became sister cities in 2004.\n\nOn 25 September the two "
        "cities will sign a memorandum of understanding on tourism."
    )
    assert [t["type"] for t in ties_of(body)] == ["sister_city", "agreement"]


def test_a_headline_agreement_is_the_one_the_report_tells() -> None:
    text = (
        "Kaunas and Lublin sign letter of intent\n\nOn 27 June 2012 the mayors of Kaunas and "
        "Lublin signed a letter of intent on cooperation between the two cities."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert [brief(t) for t in ties] == [("agreement", "Kaunas", "Lublin", "2012-06-27")]


def test_an_earlier_agreement_of_the_two_cities_stays_its_own_deed() -> None:
    text = (
        "Riga and Tallinn sign agreement on cooperation between twin cities\n\nMay 10, 2015\n\n"
        "On Friday, at Riga City Hall, Riga Mayor Nils Usakovs and Taavi Aas, Mayor of Tallinn, "
        "signed an agreement on cooperation between twin cities.\n\nThe two capitals concluded "
        "their first cooperation agreement on March 3, 1999. Last year Mayor Usakovs and Mr Aas "
        "signed a declaration that a twin-city agreement would follow."
    )
    found = [brief(t) for t in extract_records(text, lang="en")["partnerships"]]
    assert ("sister_city", "Riga", "Tallinn", "2015-05-08") in found
    assert ("agreement", "Riga", "Tallinn", "1999-03-03") in found


def test_signers_of_a_tie_told_before_add_no_agreement() -> None:
    body = (
        "Riverton and Kobe became sister cities on 3 March. The agreement was signed by Riverton "
        "Mayor John Smith and Kobe Mayor Ken Sato."
    )
    assert [brief(t)[:3] for t in ties_of(body)] == [("sister_city", "Riverton", "Kobe")]


def test_a_listed_tie_and_its_agreement_in_one_sentence_are_one_record() -> None:
    def tie(kind: str, b: str, date: str | None, span: list[int]) -> dict[str, Any]:
        a_party, b_party = {"name": "Riverton", "country": None}, {"name": b, "country": None}
        return {"type": kind, "a": a_party, "b": b_party, "date": date, "span": span}

    ties = [
        tie("agreement", "Zrenjanin", "1966", [10, 90]),
        tie("sister_city", "Zrenjanin", "1994", [10, 90]),
        tie("agreement", "Opole", "2001", [100, 140]),
        tie("sister_city", "Opole", None, [10, 90]),
    ]
    kept = [(t["type"], t["b"]["name"], t["date"]) for t in drop_listed_agreements(ties)]
    assert kept == [
        ("sister_city", "Zrenjanin", "1966"),
        ("agreement", "Opole", "2001"),
        ("sister_city", "Opole", None),
    ]
