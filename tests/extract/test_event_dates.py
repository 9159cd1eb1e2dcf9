"""amity.extract.en.event_dates: when a sentence says its event happened: the date that opens
it, else the one it gives, with weekdays, parts of days and days within a month."""

from __future__ import annotations

import pytest

from amity.extract import extract_records
from tests.extract.test_events import events_of, only_event


def test_a_news_lead_without_a_date_happened_on_the_reports_date() -> None:
    body = "Kazan Mayor Ilsur Metshin welcomed a delegation from Bordeaux at the city hall."
    event = only_event(body)
    assert (event["type"], event["start"]) == ("visit", "2022-09-10")


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Next month we expect several Japanese municipalities to visit their partners.",
            "2017-12",
        ),
        ("Last year the choir of Osaka toured Chicago.", "2016"),
        (
            "In October a group of Sutherland students will make the return journey to Tokyo.",
            "2017-10",
        ),
        (
            "Mayors of cities that are home to 80 million people in total will be in Wellington "
            "on 3-4 December to meet their counterparts.",
            "2017-12-03",
        ),
    ],
)
def test_planned_and_relative_events(sentence: str, start: str) -> None:
    events = extract_records(f"News\n\n{sentence}", published="2017-11-20", lang="en")["events"]
    assert [e["start"] for e in events] == [start]


@pytest.mark.parametrize(
    ("sentence", "start", "kind"),
    [
        ("Last December a delegation from Sochi went to Nagato.", "2018-12", "visit"),
        (
            "Visitors from Yamanashi will be in town on Nov. 16 and 17 to mark twenty years "
            "since the two cities joined hands.",
            "2019-11-16",
            "visit",
        ),
        (
            "Mayor Ann Lee took part last week in the First Municipal Forum in Moscow.",
            "2019-10",
            "forum",
        ),
        ("Washington is due to host the next forum in the spring of 2020.", "2020", "forum"),
        (
            "The highlight of the year was our delegation visit in early October 2018.",
            "2018-10",
            "visit",
        ),
        (
            "Between 1983 and 2008 the club sent 38 young people from Frankston to Susono.",
            "1983",
            None,
        ),
    ],
)
def test_more_ways_of_dating_an_event(sentence: str, start: str, kind: str | None) -> None:
    events = extract_records(f"News\n\n{sentence}", published="2019-10-20", lang="en")["events"]
    assert [e["start"] for e in events] == [start]
    assert kind is None or events[0]["type"] == kind


def test_a_weekday_before_an_abbreviated_month_is_that_day() -> None:
    text = "News\n\nResidents can meet the guests at City Hall on Thursday, Nov. 16."
    events = extract_records(text, published="2023-11-10", lang="en")["events"]
    assert [e["start"] for e in events] == ["2023-11-16"]


def test_a_date_in_a_clause_recalling_the_first_signing_does_not_date_the_event() -> None:
    text = (
        "News\n\nOn Thursday the districts held a ceremony. At the ceremony, the two mayors "
        "signed a declaration reaffirming the partnership, which their predecessors first "
        "sealed on 12 October 2005."
    )
    events = extract_records(text, published="2025-06-16", lang="en")["events"]
    assert "2005-10-12" not in [e["start"] for e in events]


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "The guests stayed with host families from Thursday 25th to Monday 29th May.",
            "2023-05-25",
            "2023-05-29",
        ),
        ("On the afternoon of the 19th, the governors signed the memorandum.", "2023-08-19", None),
        ("The county will send a group of young farmers to Mitoyo next spring.", "2024", None),
    ],
)
def test_weekday_ranges_parts_of_days_and_groups_sent(
    sentence: str, start: str, end: str | None
) -> None:
    events = extract_records(f"News\n\n{sentence}", published="2023-09-15", lang="en")["events"]
    assert [(e["start"], e["end"]) for e in events] == [(start, end)]


def test_the_days_a_next_sentence_gives_an_event_told_by_its_month() -> None:
    found = events_of(
        "Twelve pupils from Kotka spent the first week of July in Aarhus at the annual youth "
        "camp of the twin cities. The week ran from 30 June to 6 July 2022 and brought "
        "together 90 young people."
    )
    assert [(e["start"], e["end"]) for e in found] == [("2022-06-30", "2022-07-06")]


def test_a_finer_date_after_this_year_dates_the_event() -> None:
    text = (
        "Town news\n\nMonday 10 June 2013\n\nThe town of Kuressaare turns 450 this year, and the "
        "main anniversary celebrations were held last week."
    )
    found = extract_records(text, lang="en")["events"]
    assert [e["start"] for e in found] == ["2013-06"]


def test_a_stay_told_with_its_days_dates_the_welcome_that_opens_it() -> None:
    body = (
        "Mayor Ann Lee rolled out the welcome last Thursday for Mayor Ken Sato of Kariya, whose "
        "four-day stay, from September 7 to 10, marked 35 years of the sister city relationship."
    )
    event = only_event(body)
    assert (event["type"], event["start"], event["end"]) == ("visit", "2022-09-07", "2022-09-10")


def test_the_days_a_sentence_gives_within_the_month_it_opens_with() -> None:
    body = (
        "Updated: 20 October 2025\n\nOme news\n\n"
        "The delegation stayed in Boppard from 2 to 7 October. Members visited Koblenz before "
        "leaving Boppard on 7 October.\n\n"
        "In May a group from Boppard opened the anniversary year in Ome, and in October 2024 a "
        "four-member delegation led by Deputy Mayor Jörg Puth stayed in Ome from 8 to 12 October."
    )
    found = extract_records(body, lang="en")["events"]
    assert [(e["start"], e["end"]) for e in found] == [
        ("2025-10-02", "2025-10-07"),
        ("2025-05", None),
        ("2024-10-08", "2024-10-12"),
    ]
