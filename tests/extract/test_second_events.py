"""amity.extract.en.second_events: second events in the sentence of an event: a visit that
goes on to another place, a later clause with a journey of its own, and a named forum or
festival a visit went to."""

from __future__ import annotations

import pytest

from amity.extract import extract_records
from tests.extract.test_events import events_of


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "She will lead a delegation to Seattle later this year to mark the 45th anniversary.",
            "2019",
        ),
        (
            "While in Korea for the summit at the end of June, she will also call on Songpa-gu.",
            "2019-06",
        ),
        (
            "The tie has its roots in a visit that Mayor Ann Lee made to Tiznit in December 2009.",
            "2009-12",
        ),
    ],
)
def test_planned_leads_calls_and_visits_made(sentence: str, start: str) -> None:
    events = extract_records(f"News\n\n{sentence}", published="2019-05-25", lang="en")["events"]
    assert events and {e["start"] for e in events} == {start}


def test_a_visit_that_goes_on_to_a_second_city_is_two_visits() -> None:
    text = "News\n\nOn 3 June she will lead a delegation to Seattle and will go to Adelaide."
    events = extract_records(text, published="2017-05-25", lang="en")["events"]
    assert [(e["type"], e["city"], e["start"]) for e in events] == [
        ("visit", "Seattle", "2017-06-03"),
        ("visit", "Adelaide", "2017-06-03"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our Irish friends will stay with us from 15-18 September, and a Tralee group will"
            " travel to Rastatt from 19-22 October.",
            {("Rastatt", "2022-10-19", "2022-10-22")},
        ),
        (
            "The mayor travelled to Adelaide in 2014 and to Wuhan and Sichuan on a trip to China"
            " in 2015.",
            {("Adelaide", "2014", None), ("Wuhan", "2015", None)},
        ),
        (
            "A council delegation went to Rastatt for the 10th anniversary in 1998, and a smaller"
            " group made the trip in 2008 for the 20th.",
            {("Rastatt", "1998", None), ("Rastatt", "2008", None)},
        ),
        (
            "In July our students spend a week in Omura with their partners; in August the Omura"
            " students come to Rastatt and stay with families.",
            {("Omura", "2022-07", None), ("Rastatt", "2022-08", None)},
        ),
    ],
)
def test_a_later_clause_with_its_own_date_tells_another_journey(
    sentence: str, expected: set[tuple[str, str, str | None]]
) -> None:
    events = extract_records("News\n\n" + sentence, published="2022-05-25", lang="en")["events"]
    assert expected <= {(e["city"], e["start"], e["end"]) for e in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "The pupils arrived on Thursday, March 17, and will stay with host families until March 27.",
        "The guests arrived on 25 April, and our visitors headed home on Monday 29 April.",
        "They came in 1987, and our guests want to see how we host the 2019 Rugby World Cup.",
    ],
)
def test_a_later_clause_that_ends_the_same_stay_is_no_journey(sentence: str) -> None:
    events = extract_records("News\n\n" + sentence, published="2022-05-25", lang="en")["events"]
    assert len(events) == 1, events


def test_a_named_forum_a_visit_went_to_is_an_event_too() -> None:
    text = "News\n\nIn October 2015 a delegation travelled to Harbin for the Harbin Trade Fair."
    events = extract_records(text, published="2016-05-23", lang="en")["events"]
    assert {e["type"] for e in events} == {"visit", "forum"}


def test_an_event_held_during_a_named_one_gives_both() -> None:
    body = "The mayors met at a reception on 12 May during the Tulip Festival, which ran from 10 to 20 May in Xining."
    found = [(e["type"], e["title"], e["start"], e["end"]) for e in events_of(body)]
    assert found == [
        ("meeting", "reception", "2022-05-12", None),
        ("culture", "Tulip Festival", "2022-05-10", "2022-05-20"),
    ]


def test_a_signing_told_in_a_clause_of_another_events_sentence() -> None:
    text = (
        "Culture days\n\nDate: 2016-04-19\n\nThe town of Balchik will hold Days of Polish Culture in "
        "June, the municipality announced after a cultural cooperation agreement was signed in "
        "Balchik on Monday."
    )
    found = extract_records(text, lang="en")["events"]
    assert [(e["type"], e["start"]) for e in found] == [
        ("culture", "2016-06"),
        ("signing", "2016-04-18"),
    ]


def test_a_named_festival_a_visit_joined_is_an_event_with_its_own_days() -> None:
    body = (
        "The delegation visited Kagoshima from 1 to 4 November. The delegation joined the 73rd "
        "Ohara Matsuri, the biggest festival in southern Kyushu.\n\n"
        "A group will travel to Nördlingen in September and attend the Stadtmauerfest, "
        "which this year runs from 6 to 8 September."
    )
    found = [(e["type"], e["title"], e["start"], e["end"]) for e in events_of(body)]
    assert ("culture", "73rd Ohara Matsuri", "2022-11-01", "2022-11-04") in found
    assert ("culture", "Stadtmauerfest", "2022-09-06", "2022-09-08") in found
