"""amity.extract.en.event_start: whether a sentence starts an event of its own (talks, a
reception, a concert during a visit) or says more about the event before it."""

from __future__ import annotations

from amity.extract import extract_records
from tests.extract.test_events import HEAD, events_of, only_event


def test_a_signing_recalled_from_years_ago_is_not_an_event() -> None:
    assert events_of("The two cities signed their sister city agreement on 23 April 1974.") == []


def test_a_later_paragraph_about_the_event_adds_to_it() -> None:
    body = (
        "The national conference of city twinning offices was held in Lyon from 4 to 5 May.\n\n"
        "More than 180 officials attended the conference."
    )
    assert only_event(body)["participants"] == 180


def test_talks_on_the_next_day_of_a_visit_are_part_of_it_but_a_lecture_is_not() -> None:
    body = (
        "The delegation arrived in Szeged on 15 September for a three-day visit.\n\n"
        "The next day the mayor met the heads of the county's companies.\n\n"
        "The same day the ambassador gave a lecture to students of the university."
    )
    assert [(e["start"], e["type"]) for e in events_of(body)] == [
        ("2022-09-15", "visit"),
        ("2022-09-16", "other"),
    ]


def test_the_forum_told_before_is_no_new_event_but_the_next_one_is() -> None:
    body = (
        "On 4 May the Riverside Sister Cities Forum opened in Geelong.\n\nFor the city's Greek "
        "community the forum was also a reminder of its tie with Kalamata, which was established "
        "in 1984.\n\nBallarat is due to host the next forum in the spring of 2024."
    )
    assert [e["start"] for e in events_of(body)] == ["2022-05-04", "2024"]


def test_what_a_visitor_does_on_a_dated_trip_is_an_event_of_its_own() -> None:
    body = (
        "The mayor will travel to Lyon and Turin from October 25 to November 3.\n\n"
        "In Lyon, the mayor will attend a reception to celebrate the 40th anniversary of the tie."
    )
    found = events_of(body)
    assert [(e["type"], e["start"]) for e in found] == [
        ("visit", "2022-10-25"),
        ("meeting", "2022-10-25"),
    ]


def test_an_undated_reception_with_no_trip_before_is_no_event() -> None:
    body = (
        "The council held its annual meeting on 3 May 2022.\n\n"
        "The mayor will attend a reception for volunteers."
    )
    assert [e["type"] for e in events_of(body)] == ["meeting"]


def test_the_visit_a_signing_was_part_of() -> None:
    body = (
        "On Sunday 11 September 2022 the mayor and a delegation from Gyumri signed a twinning agreement.\n\n"
        "The Gyumri delegation came to Tver for the City Day celebrations."
    )
    assert [(e["type"], e["start"]) for e in events_of(body)] == [
        ("signing", "2022-09-11"),
        ("visit", "2022-09-11"),
    ]


def test_the_items_a_visits_programme_included() -> None:
    body = (
        "The president arrived in Riga on 9 March 2022 on a state visit.\n\n"
        "The visit programme also included a Latvian-Lithuanian business forum and the national "
        "industrial exhibition of Lithuania in Riga, as well as a joint concert by artists of the two countries."
    )
    found = events_of(body)
    assert [(e["type"], e["start"]) for e in found[1:]] == [
        ("forum", "2022-03-09"),
        ("culture", "2022-03-09"),
        ("culture", "2022-03-09"),
    ]


def test_guests_who_came_to_the_capital_for_an_opening() -> None:
    body = (
        "On 8 August 2022 the mayor signed a cooperation agreement at a ceremony.\n\n"
        "The Russian guests came to the Kazakh capital for the opening of the Saint Petersburg Week."
    )
    assert len(events_of(body)) == 2


def test_talks_and_a_reception_during_a_dated_visit_are_events_of_their_own() -> None:
    found = events_of(
        "A delegation of the Busan Foundation visited Tajik National University in Dushanbe on "
        "26 August. The rector received the delegation in the main building, and the two sides "
        "held talks on joint programmes. In the evening the guests attended a reception."
    )
    assert [(e["type"], e["start"]) for e in found] == [
        ("visit", "2022-08-26"),
        ("meeting", "2022-08-26"),
        ("meeting", "2022-08-26"),
    ]


def test_a_courtesy_call_the_next_day_is_a_meeting_of_its_own() -> None:
    found = events_of(
        "A delegation from Jinju arrived in Kitami on 17 August. The following day the "
        "delegation paid a courtesy call at Kitami City Hall."
    )
    assert ("meeting", "2022-08-18") in [(e["type"], e["start"]) for e in found]


def test_the_concerts_and_exhibitions_of_culture_days_are_events_of_their_own() -> None:
    found = events_of(
        "The Days of Culture of Kazakhstan opened in Ashgabat on 28 November. "
        "A gala concert of Kazakh and Turkmen artists was held at the Watan centre. "
        "The ceremony was followed by a concert of folk musicians from Aktau."
    )
    assert [e["start"] for e in found] == ["2022-11-28"] * 3
    assert all(e["city"] == "Ashgabat" for e in found)


def test_arriving_to_take_part_in_culture_days_is_no_event_of_its_own() -> None:
    found = events_of(
        "The Days of Culture of Kazakhstan opened in Ashgabat on 28 November. "
        "A large delegation of artists has arrived to take part in the cultural forum."
    )
    assert len(found) == 1


def test_a_programme_summed_up_since_its_first_year_is_one_visit_not_a_figure() -> None:
    found = extract_records(
        HEAD
        + "Since 1992, more than 140 students from the two cities have taken part in the exchange.",
        lang="en",
    )
    (event,) = found["events"]
    assert (event["type"], event["start"], event["participants"]) == ("visit", "1992", 140)
    assert found["figures"] == []


def test_a_welcome_ceremony_during_a_visit_is_an_event_of_its_own() -> None:
    body = (
        "The Harbin delegation arrived in Riverton on 3 September. The group was welcomed by "
        "the deputy mayor at a formal ceremony in the council chambers."
    )
    assert [e["type"] for e in events_of(body)] == ["visit", "meeting"]


def test_all_who_took_part_over_the_years_is_the_programme_as_one_visit() -> None:
    body = (
        "Over those 20 years, more than 400 people, pupils among them, have taken part in "
        "homestays between the two towns."
    )
    event = only_event(body)
    assert (event["type"], event["participants"]) == ("visit", 400)


def test_a_range_of_years_of_pupils_living_with_host_families() -> None:
    body = "Between 1994 and 2019 more than 120 pupils lived with host families in Otsu."
    event = only_event(body)
    assert (event["type"], event["start"], event["participants"]) == ("visit", "1994", 120)


def test_pupils_exchanged_since_a_year_is_the_programme_as_one_visit() -> None:
    body = "Over 160 pupils have been exchanged between the two towns since 1991."
    event = only_event(body)
    assert (event["type"], event["start"], event["participants"]) == ("visit", "1991", 160)
