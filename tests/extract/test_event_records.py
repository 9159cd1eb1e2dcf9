"""amity.extract.en.event_records: the record built from a draft: place, ends, title and host."""

from __future__ import annotations

import pytest

from amity.extract import extract_records
from tests.extract.test_events import events_of, only_event


def test_visit_takes_place_at_the_destination() -> None:
    event = only_event("On June 3, a delegation led by Mayor Ann Kelly visited Nagoya, Japan.")
    assert (event["city"], event["country"]) == ("Nagoya", "JP")


def test_an_event_of_the_trip_takes_its_place() -> None:
    first, second = events_of(
        "On 12 September a delegation from Brookfield visited Osan, South Korea. "
        "The centrepiece of the trip was a ceremony on 14 September in the council chamber."
    )
    assert (second["city"], second["country"]) == ("Osan", "KR")


def test_a_hosted_event_happens_in_the_home_city() -> None:
    body = (
        "Osan news. Osan keeps five sister cities.\n\n"
        "On 3 September the city hosted a reception for guests from Brookfield."
    )
    assert (only_event(body)["city"], only_event(body)["country"]) == ("Osan", "KR")


def test_a_council_heading_its_minutes_is_the_home_city() -> None:
    from amity.extract import extract_doc
    from amity.extract.en.located import home_place

    text = (
        "WAGGA WAGGA CITY COUNCIL\n\nMinutes of the Sister City Committee\n\n"
        "Councillor Rod Kendall reported on Leavenworth. Members also discussed Kunming."
    )
    assert home_place(extract_doc(text, lang="en")) == ("Wagga Wagga", "AU")


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("On 11 August the group was welcomed at the Frankston Civic Centre.", "Frankston"),
        (
            "On 5 May students came to the SCNZ youth workshop at the University of Auckland.",
            "Auckland",
        ),
        ("On 5 May the mayors signed the agreement in the Council Chambers in Nelson.", "Nelson"),
    ],
)
def test_the_city_of_a_venue(body: str, city: str) -> None:
    events = extract_records(f"News\n\n{body}", published="2023-08-20", lang="en")["events"]
    assert [e["city"] for e in events] == [city]


def test_an_event_that_names_no_other_place_happens_at_home() -> None:
    text = (
        "Frankston news\n\nFrankston welcomed guests from Susono. Frankston students hosted "
        "them.\n\nOn Sunday 14 April the festival drew more than 2,000 residents."
    )
    events = extract_records(text, published="2024-10-01", lang="en")["events"]
    assert (events[-1]["city"], events[-1]["country"]) == ("Frankston", "AU")


def test_the_region_of_where_visitors_come_from_is_not_the_event_place() -> None:
    event = only_event(
        "A group of twelve from Shiroishi City in Miyagi Prefecture, ten students and two"
        " teachers, stayed in Hurstville from 25 to 30 July."
    )
    assert (event["city"], event["country"]) == ("Hurstville", "AU")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The group of eight returned home on Sunday after a ten-day cultural exchange.",
            ("visit", "2022-08-26", "2022-09-04"),
        ),
        (
            "The delegation came back on 12 May after a two-week study tour in Japan.",
            ("visit", "2022-04-29", "2022-05-12"),
        ),
    ],
)
def test_a_return_after_a_stay_of_some_days_gives_the_stay(
    body: str, expected: tuple[str, str, str]
) -> None:
    event = only_event(body)
    assert (event["type"], event["start"], event["end"]) == expected


def test_a_stay_until_a_later_day_ends_there() -> None:
    event = only_event(
        "The delegation arrived in Verzuolo on 12 September and will stay until 17 September."
    )
    assert (event["start"], event["end"]) == ("2022-09-12", "2022-09-17")


def test_an_event_at_home_that_names_no_city_takes_the_reports_own() -> None:
    body = (
        "Agen news\n\nThe Agen twinning committee met in Agen. Agen thanks its members.\n\n"
        "The committee held its annual meeting on 12 January in the Picasso room.\n\n"
        "On 20 April, 12 pupils went to Dinslaken on a language trip."
    )
    found = [(e["start"], e["city"]) for e in events_of(body)]
    assert ("2022-01-12", "Agen") in found
    assert ("2022-04-20", "Agen") not in found


def test_an_agency_dateline_dates_the_report_and_a_visit_runs_from_the_day_it_began() -> None:
    text = (
        "Mayor in Tashkent\n\nTASHKENT, 30 May 2013 (UzDaily.com) -- The Mayor of Riga, Janis "
        "Ozols, on Wednesday completed a visit to Uzbekistan that began on Monday.\n\n"
        "Before this week, the two mayors had last met in Riga in 2009."
    )
    events = extract_records(text, lang="en")["events"]
    assert [(e["type"], e["start"], e["end"]) for e in events] == [
        ("visit", "2013-05-27", "2013-05-29"),
        ("meeting", "2009", None),
    ]


def test_a_dateline_set_off_by_a_plain_hyphen_is_not_the_deed_s_date() -> None:
    text = (
        "Twin cities\n\nOSH, 5 November 2012 - Osh and Trabzon signed a twinning protocol "
        "on Thursday in Osh."
    )
    events = extract_records(text, lang="en")["events"]
    assert [(e["type"], e["start"]) for e in events] == [("signing", "2012-11-01")]


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("On 4 May 2023 the City of Chitose in Hokkaido celebrated the anniversary.", "Chitose"),
        ("On 4 May 2023 the mayor visited our sister city, Santa Fe in New Mexico.", "Santa Fe"),
    ],
)
def test_a_city_placed_in_its_region_is_where_the_event_was(sentence: str, city: str) -> None:
    assert only_event(sentence)["city"] == city


def test_a_trip_there_goes_to_the_city_just_named() -> None:
    text = (
        "Woking Twinning Association - Newsletter\n\nDate: 2022-09-10\n\nOur German twin, "
        "Rastatt, has been linked with Woking since 1989. In May 2022 a party of members "
        "travelled there with the Mayor."
    )
    trips = [e for e in extract_records(text, lang="en")["events"] if e["type"] == "visit"]
    assert trips and (trips[0]["city"], trips[0]["country"]) == ("Rastatt", "DE")


def test_a_visit_told_twice_is_one_visit_named_for_who_came_and_where() -> None:
    text = (
        "Sister city visit\n\nFeb 8, 2023\n\n"
        "FOSTER CITY — A nine-member delegation from Inagi spent last weekend in Foster City.\n\n"
        "The group, led by its mayor, arrived on Saturday, Feb. 4, and was welcomed by the "
        "superintendent of the San Mateo-Foster City School District."
    )
    visits = [e for e in extract_records(text, lang="en")["events"] if e["type"] == "visit"]
    assert [(v["title"], v["city"]) for v in visits] == [
        ("Inagi delegation visit to Foster City", "Foster City")
    ]


def test_a_meeting_told_without_a_name_is_named_for_the_occasion_and_venue() -> None:
    found = events_of(
        "A delegation from Inagi visited Foster City on 4 September. More than 80 people "
        "attended the association's welcome banquet that evening at the Crowne Plaza Hotel."
    )
    assert [e["title"] for e in found if e["type"] == "meeting"] == [
        "association's welcome banquet at the Crowne Plaza Hotel"
    ]


def test_a_signing_told_in_the_passive_is_named_for_what_was_signed() -> None:
    event = only_event(
        "Their sister city agreement was signed at an online ceremony on July 26, 2021."
    )
    assert (event["type"], event["title"]) == ("signing", "signing of the sister city agreement")


def test_a_signing_held_at_an_embassy_in_a_city() -> None:
    event = only_event(
        "The towns of Hel and Tropea signed a partnership agreement on 8 September at a "
        "ceremony held at the Embassy of the Republic of Poland in Rome."
    )
    assert (event["type"], event["city"], event["country"]) == ("signing", "Rome", "IT")
    assert event["title"].startswith("signing of the partnership agreement")


def test_a_mayor_who_received_a_delegation_hosts_the_meeting() -> None:
    found = events_of(
        "On 14 September, Newport Beach Mayor Ann Lee received a delegation from Okazaki for "
        "the dedication of a statue."
    )
    assert found and found[0]["city"] == "Newport Beach"


def test_a_stay_abroad_and_a_return_home_give_both_ends() -> None:
    body = (
        "Five Riverton students left for Japan on September 1 and are due home on September 30.\n\n"
        "The Hofu students arrived on September 5 and will fly back on Sept. 14."
    )
    found = events_of(body)
    assert [(e["type"], e["start"], e["end"]) for e in found] == [
        ("visit", "2022-09-01", "2022-09-30"),
        ("visit", "2022-09-05", "2022-09-14"),
    ]


def test_a_visit_that_arrived_one_day_and_will_leave_another() -> None:
    text = (
        "Mayor in town\n\nPublished: Monday 20 May 2013\n\n"
        "The five-member Korean delegation arrived Saturday and will leave Wednesday after visits "
        "to the university."
    )
    (event,) = extract_records(text, lang="en")["events"]
    assert (event["start"], event["end"]) == ("2013-05-18", "2013-05-22")


@pytest.mark.parametrize(
    ("body", "city", "country"),
    [
        (
            "The mayor is in the Russian capital on an official visit from October 8 to 13.",
            "Moscow",
            "RU",
        ),
        ("On 3 May a youth forum opened in the Kyrgyz capital with 200 guests.", "Bishkek", "KG"),
    ],
)
def test_a_country_capital_named_by_its_people(body: str, city: str, country: str) -> None:
    event = only_event(body)
    assert (event["city"], event["country"]) == (city, country)
