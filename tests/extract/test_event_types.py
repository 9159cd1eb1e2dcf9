"""amity.extract.en.event_types: the type of an event, from its title head and its main sentence."""

from __future__ import annotations

import pytest

from amity.extract import extract_records
from tests.extract.test_events import events_of, only_event


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "The highlight of the week is a civic ceremony on 14 September at the town hall.",
            "meeting",
        ),
        ("Brookfield Council hosted a group of teachers from Kumamoto last autumn.", "visit"),
        ("Twelve pupils from Osan spent a week in Brookfield in August.", "visit"),
        ("Our students travel to Osan in late October for the exchange.", "visit"),
    ],
)
def test_events_news_english_reports(body: str, kind: str) -> None:
    assert only_event(body)["type"] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On 9 August ten students from Susono arrived in Frankston.", "visit"),
        ("In March some 40 students spent a week at Tomioka.", "visit"),
        (
            "On April 30 a 12-member team of Chinese medical experts arrived in Djibouti.",
            "volunteering",
        ),
        ("At a welcome function on 27 July the deputy mayor thanked the host families.", "meeting"),
    ],
)
def test_event_types_of_arrivals_stays_teams_and_functions(sentence: str, kind: str) -> None:
    events = extract_records(f"News\n\n{sentence}", published="2020-08-20", lang="en")["events"]
    assert [e["type"] for e in events] == [kind]


def test_a_stay_with_its_dates_is_a_visit() -> None:
    event = only_event(
        "The veterans, including Carl Berg, will stay in Ulsan from Sept. 30 to Oct. 5."
    )
    assert (event["type"], event["city"], event["start"], event["end"]) == (
        "visit",
        "Ulsan",
        "2022-09-30",
        "2022-10-05",
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('In the afternoon the first panel discussion, "Cities and Water", was held.', "forum"),
        ("A party of seven students flies out on Thursday for a homestay in Japan.", "visit"),
    ],
)
def test_panels_and_parties_flying_out(sentence: str, kind: str) -> None:
    body = f"On 12 May the forum opened in Kazan. {sentence}" if kind == "forum" else sentence
    assert events_of(body)[-1]["type"] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The county will send a group of its young farmers to Mitoyo in May 2023.", "visit"),
        ("Eight students are due to come to Tsuyama in May 2023.", "visit"),
        ("In May 2023 a delegation from the association was in Lyon for the festivities.", "visit"),
        ("The 26th Meeting of Mayors of Cities of Siberia opened on 12 May 2023.", "forum"),
        ("The Annual General Meeting will be held on 12 May 2023.", "meeting"),
        ("On 12 May 2023 the committee held a céilí for the French guests.", "culture"),
        ("In May 2023 Agen hosted two young women on two-week work placements.", "training"),
        ("The hand-over took place on 12 May 2023 at the fire station.", "aid"),
        ("On 12 May 2023 the mayor gave the keys of six buses to Sumy.", "aid"),
    ],
)
def test_more_event_types(sentence: str, kind: str) -> None:
    assert only_event(sentence)["type"] == kind


@pytest.mark.parametrize(
    ("sentence", "kind", "start"),
    [
        (
            "Mayor Sato brought a four-member delegation to Emerald earlier this month.",
            "visit",
            "2022-09",
        ),
        ("Officials from both towns first met online in November 2021.", "meeting", "2021-11"),
        (
            "The mayor is expected to pay a return visit to Lviv before the end of the year.",
            "visit",
            "2022",
        ),
    ],
)
def test_delegations_brought_meetings_online_and_visits_before_the_years_end(
    sentence: str, kind: str, start: str
) -> None:
    event = only_event(sentence)
    assert (event["type"], event["start"][: len(start)]) == (kind, start)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On 21 May 2022 a koi fish centre was inaugurated in My Chau.", "founding"),
        ("In May 2022 the mayor also called at the Siberian Academy of Agriculture.", "meeting"),
        ("In May 2022 the Fritzlar party came over for a week.", "visit"),
    ],
)
def test_inaugurations_calls_at_and_parties_coming_over(sentence: str, kind: str) -> None:
    assert only_event(sentence)["type"] == kind


def test_a_party_that_came_over_years_ago_visited() -> None:
    events = extract_records(
        "News\n\nThe last Fritzlar party came over in 2018.", published="2023-05-12", lang="en"
    )["events"]
    assert [(e["type"], e["start"]) for e in events] == [("visit", "2018")]


def test_a_reception_for_visitors_is_a_meeting() -> None:
    body = (
        "On 14 May 2022 the Mayor received the visitors from Lyon at a Mayor's reception "
        "at the town hall."
    )
    assert [e["type"] for e in events_of(body)] == ["meeting"]


def test_a_group_in_a_city_from_one_day_to_another_is_a_visit() -> None:
    event = only_event("The group was in Gunma from 8 to 12 September.")
    assert (event["type"], event["start"], event["end"], event["city"]) == (
        "visit",
        "2022-09-08",
        "2022-09-12",
        "Gunma",
    )


def test_a_medical_support_project_being_carried_out_abroad_is_volunteering() -> None:
    event = only_event(
        "The provincial government is carrying out a medical support project in Kyrgyzstan "
        "from Sept. 5 to 16."
    )
    assert (event["type"], event["start"], event["end"], event["country"]) == (
        "volunteering",
        "2022-09-05",
        "2022-09-16",
        "KG",
    )


def test_a_mission_to_a_country_in_a_month_is_a_visit() -> None:
    event = only_event(
        "In May the council joined an investment mission to Japan in June with firms."
    )
    assert (event["type"], event["country"]) == ("visit", "JP")


def test_a_week_spent_abroad_is_no_event_named_week() -> None:
    event = only_event(
        "The group set off on 4 September and spent a week in Kobe with host families."
    )
    assert (event["type"], event["title"]) == ("visit", "visit to Kobe")


def test_a_group_hosted_in_a_city_is_a_visit() -> None:
    event = only_event(
        "This year a group of twelve from Kobe, ten students and two teachers, was hosted in "
        "Sydney from 4 to 13 August."
    )
    assert (event["type"], event["city"], event["end"]) == ("visit", "Sydney", "2022-08-13")


def test_emergency_help_sent_is_aid() -> None:
    event = only_event(
        "After the monsoon floods in May, the association sent emergency help to Matara."
    )
    assert (event["type"], event["start"]) == ("aid", "2022-05")
