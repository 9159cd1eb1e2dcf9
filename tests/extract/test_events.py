"""amity.extract.en.events: one record per event, with type, dates, place and participants."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records

HEAD = "City news\n\nDate: 2022-09-10\n\n"


def events_of(body: str) -> list[dict[str, Any]]:
    """Returns the event records of a short report made of a headline, a dateline and body."""
    return extract_records(HEAD + body, lang="en")["events"]


def only_event(body: str) -> dict[str, Any]:
    """Returns the single event record of the report, failing if there is not exactly one."""
    found = events_of(body)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On September 5, the Third Riverside Friendship Cities Forum was held in Wuhan, "
            "China. More than 300 guests attended the forum, which was organized by the Wuhan "
            "Foreign Affairs Office.",
            {
                "type": "forum",
                "title": "Third Riverside Friendship Cities Forum",
                "start": "2022-09-05",
                "end": None,
                "city": "Wuhan",
                "country": "CN",
                "organizers": ["Wuhan Foreign Affairs Office"],
                "participants": 300,
            },
        ),
        (
            "On March 20 to 22, a training course on disaster relief for 40 officials from "
            "Laos and Cambodia was held in Kunming.",
            {
                "type": "training",
                "start": "2022-03-20",
                "end": "2022-03-22",
                "city": "Kunming",
                "country": "CN",
                "participants": 40,
                "countries": ["LA", "KH", "CN"],
            },
        ),
        (
            "On April 1, a medical team of 12 doctors was dispatched to Maputo, Mozambique.",
            {
                "type": "volunteering",
                "start": "2022-04-01",
                "participants": 12,
                "countries": ["MZ"],
            },
        ),
        (
            "On March 12, an exhibition of Kenyan paintings opened at the city museum in Perth, "
            "Australia.",
            {
                "type": "culture",
                "title": "an exhibition of Kenyan paintings",
                "city": "Perth",
                "country": "AU",
                "countries": ["KE", "AU"],
            },
        ),
        (
            "On March 28, the two cities signed a memorandum of understanding on youth exchange "
            "in Daegu.",
            {"type": "signing", "start": "2022-03-28", "city": "Daegu", "country": "KR"},
        ),
        (
            "From June 3 to 9, a five-member delegation led by Mayor Ann Kelly visited Nagoya, "
            "Japan.",
            {
                "type": "visit",
                "start": "2022-06-03",
                "end": "2022-06-09",
                "participants": 5,
                "countries": ["JP"],
            },
        ),
    ],
)
def test_event_fields(body: str, expected: dict[str, Any]) -> None:
    event = only_event(body)
    assert {k: event[k] for k in expected} == expected


def test_evidence_is_the_main_sentence() -> None:
    body = "On May 2, a youth camp was held in Lyon. The camp hosted pupils from Kenya."
    event = only_event(body)
    text = HEAD + body
    assert text[event["span"][0] : event["span"][1]] == "On May 2, a youth camp was held in Lyon."
    assert event["countries"] == ["KE", "FR"]
    assert 0 < event["confidence"] <= 1


def test_two_events_in_two_paragraphs() -> None:
    body = (
        "On May 2, a youth camp was held in Lyon.\n\n"
        "On June 14, the Harbour Cities Forum was held in Busan, Korea."
    )
    assert [(e["type"], e["start"], e["city"]) for e in events_of(body)] == [
        ("training", "2022-05-02", "Lyon"),
        ("forum", "2022-06-14", "Busan"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The council thanked the volunteers for their work.",
        "Our town is known for its apples and its old bridge.",
        "This year alone Almaty has received delegations from 27 foreign cities, the office said.",
        'The mayor spoke first. "Our cities can do much, and today we give our ties a new impetus,"'
        " Deputy Mayor Erlan Bek said at the conference.",
    ],
)
def test_no_event(body: str) -> None:
    assert events_of(body) == []


def test_headline_alone_is_no_event() -> None:
    assert extract_records("Youth Forum opens in Lyon", lang="en")["events"] == []


@pytest.mark.xfail(strict=False, reason="the fallback title keeps the year of 'On May 3, 2015,'")
def test_fallback_title_drops_the_lead_date() -> None:
    event = only_event("On May 3, 2015, the City of Goulburn signed an agreement with Shibetsu.")
    assert not event["title"].startswith("2015")


def test_a_signing_recalled_from_years_ago_is_not_an_event() -> None:
    assert events_of("The two cities signed their sister city agreement on 23 April 1974.") == []


def test_a_news_lead_without_a_date_happened_on_the_reports_date() -> None:
    body = "Kazan Mayor Ilsur Metshin welcomed a delegation from Bordeaux at the city hall."
    event = only_event(body)
    assert (event["type"], event["start"]) == ("visit", "2022-09-10")


def test_a_summary_lead_is_no_event() -> None:
    body = "It has been a busy season of visits between our sister cities in every state."
    assert events_of(body) == []


def test_a_named_event_timed_with_a_visit_shares_its_date() -> None:
    body = (
        "On 3 August a delegation from Kazan visited Bordeaux, France. "
        "The visit was timed to coincide with the annual Bordeaux Wine Festival."
    )
    found = events_of(body)
    assert [e["start"] for e in found] == ["2022-08-03", "2022-08-03"]


def test_a_later_paragraph_about_the_event_adds_to_it() -> None:
    body = (
        "The national conference of city twinning offices was held in Lyon from 4 to 5 May.\n\n"
        "More than 180 officials attended the conference."
    )
    assert only_event(body)["participants"] == 180


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


def test_editions_listed_in_one_sentence_are_events() -> None:
    text = (
        "News\n\nThe Friendship Cities Conference opened in Chongqing on Wednesday. It was first "
        "convened in Beijing in 2008, followed by Shanghai in 2010 and Chengdu in 2012."
    )
    events = extract_records(text, published="2016-11-12", lang="en")["events"]
    assert [(e["type"], e["city"], e["start"]) for e in events] == [
        ("forum", "Chongqing", "2016-11-09"),
        ("forum", "Beijing", "2008"),
        ("forum", "Shanghai", "2010"),
        ("forum", "Chengdu", "2012"),
    ]


def test_trips_to_several_cities_are_no_editions() -> None:
    text = (
        "News\n\nOn 3 May the mayor flew to Osaka. She has been to Tokyo in 2015 and Kyoto in 2016."
    )
    events = extract_records(text, published="2017-05-04", lang="en")["events"]
    assert all(e["type"] != "forum" for e in events)


def test_a_date_in_a_clause_recalling_the_first_signing_does_not_date_the_event() -> None:
    text = (
        "News\n\nOn Thursday the districts held a ceremony. At the ceremony, the two mayors "
        "signed a declaration reaffirming the partnership, which their predecessors first "
        "sealed on 12 October 2005."
    )
    events = extract_records(text, published="2025-06-16", lang="en")["events"]
    assert "2005-10-12" not in [e["start"] for e in events]


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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "City of Elmford Sister City Committee – Minutes\nWednesday, December 4, 1996\n\n"
            "Present: Tom Turba, Carol Stark\n\nThe committee discussed the exchange.",
            "meeting of City of Elmford Sister City Committee",
        ),
        (
            "ELMFORD SISTER CITIES\nPromoting friendship\n\nRegular Meeting Minutes\n"
            "Thursday, June 5, 2008\nLocation: City Hall\n\n1. Call to order at 4 pm.",
            "meeting of ELMFORD SISTER CITIES",
        ),
    ],
)
def test_minutes_headed_by_their_date_record_a_meeting(text: str, title: str) -> None:
    events = extract_records(text, lang="en")["events"]
    assert [(e["type"], e["title"]) for e in events][:1] == [("meeting", title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "From July 24 to 27, the Suwon Medical Volunteer Group treated about 5,000 residents of Darkhan.",
        "From July 24 to 27, the volunteer medical corps provided free care to around 5,000 residents.",
    ],
)
def test_a_medical_group_is_volunteering_and_those_it_treats_are_no_participants(
    sentence: str,
) -> None:
    event = only_event(sentence)
    assert (event["type"], event["start"], event["participants"]) == (
        "volunteering",
        "2022-07-24",
        None,
    )


def test_a_group_going_to_a_town_is_a_planned_visit() -> None:
    event = only_event("In October we are going to Rastatt for a weekend with our friends.")
    assert (event["type"], event["city"], event["start"]) == ("visit", "Rastatt", "2022-10")
    assert events_of("In October we are going to sign a charter.") == []


def test_a_named_forum_a_visit_went_to_is_an_event_too() -> None:
    text = "News\n\nIn October 2015 a delegation travelled to Harbin for the Harbin Trade Fair."
    events = extract_records(text, published="2016-05-23", lang="en")["events"]
    assert {e["type"] for e in events} == {"visit", "forum"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('News\n\n"From today we share a family name," Governor Lee said at the ceremony.', 0),
        (
            "News\n\nThe summit's final day, October 10, was held at the United Nations University.",
            0,
        ),
        (
            "CITY COUNCIL\n\nMinutes of the Sister City Committee held on Thursday 28 March 2019\n\nPresent: the mayor.",
            1,
        ),
        ("News\n\nOn 29 September the Hailey Centre will host an evening for former twinners.", 1),
    ],
)
def test_quotes_and_days_of_an_event_and_minutes(text: str, count: int) -> None:
    assert len(extract_records(text, published="2019-10-11", lang="en")["events"]) == count


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


def test_a_date_and_place_line_heads_the_news_after_it() -> None:
    body = (
        "Oct. 1 - Salisbury. The Friendship Bridge, named for the town's sister city, was "
        "dedicated at a ceremony attended by members of our committee.\n\n"
        "4 October - Mid-Autumn Festival. Members joined students for an evening of music."
    )
    found = [(e["start"], e["type"]) for e in events_of(body)]
    assert found == [("2022-10-01", "meeting"), ("2022-10-04", "culture")]


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


def test_an_event_held_during_a_named_one_gives_both() -> None:
    body = "The mayors met at a reception on 12 May during the Tulip Festival, which ran from 10 to 20 May in Xining."
    found = [(e["type"], e["title"], e["start"], e["end"]) for e in events_of(body)]
    assert found == [
        ("meeting", "reception", "2022-05-12", None),
        ("culture", "Tulip Festival", "2022-05-10", "2022-05-20"),
    ]


def test_on_that_occasion_takes_the_time_and_place_of_the_event_before() -> None:
    body = (
        "On 14 July an Agen delegation was invited to the Frankreichfest in Dinslaken. "
        "On that occasion three musicians from Agen played a concert in the town hall."
    )
    found = [(e["type"], e["start"], e["city"]) for e in events_of(body)]
    assert ("culture", "2022-07-14", "Dinslaken") in found


@pytest.mark.parametrize(
    ("sentence", "kind", "start", "city"),
    [
        (
            "The tie became official in 1994, when Mayor Okafor of Enugu came to Dayton with "
            "a delegation and signed the agreement.",
            "visit",
            "1994",
            "Dayton",
        ),
        (
            "The link goes back to 1961, when a group from Leeds went to the rebuilt city of "
            "Dortmund to meet its young people.",
            "visit",
            "1961",
            "Dortmund",
        ),
        (
            "Mayors of the two countries first sat down together in Vladivostok in 1992 to "
            "talk about ferries.",
            "meeting",
            "1992",
            "Vladivostok",
        ),
        (
            "Many recall the visit that Mayor Ruiz made to Tarnowskie Góry in May 2016.",
            "visit",
            "2016-05",
            "Tarnowskie Góry",
        ),
    ],
)
def test_visits_and_meetings_told_as_history(
    sentence: str, kind: str, start: str, city: str
) -> None:
    events = extract_records(f"News\n\n{sentence}", published="2024-05-25", lang="en")["events"]
    assert [(e["type"], e["start"], e["city"]) for e in events] == [(kind, start, city)]


def test_a_signing_is_titled_by_what_was_signed_and_where_a_later_paragraph_says() -> None:
    text = (
        "News\n\nAlmaty, 14.05.22. /Kazinform/. Shymkent and Bukhara today put their names to "
        "a memorandum of cooperation.\n\nThe memorandum was signed in Tashkent by the two mayors."
    )
    events = extract_records(text, lang="en")["events"]
    assert [(e["type"], e["start"], e["city"], e["title"]) for e in events] == [
        (
            "signing",
            "2022-05-14",
            "Tashkent",
            "signing of the memorandum of cooperation between Shymkent and Bukhara",
        )
    ]


def test_a_reception_that_evening_is_its_own_event_where_that_day_was_spent() -> None:
    body = (
        "The mayor travelled to Osaka from 29 July to 3 August. On his first full day there "
        "he toured the port. That evening he spoke at an official reception hosted by the "
        "ambassador at the New Zealand Embassy."
    )
    found = [(e["type"], e["start"], e["city"]) for e in events_of(body)]
    assert ("meeting", "2022-07-30", "Osaka") in found


def test_a_lead_that_tells_no_deed_dates_the_signing_the_next_paragraph_tells() -> None:
    text = (
        "Two cities twinned\n\nHUE, Vietnam, Dec. 21 (Yonhap) -- Wonju and the Vietnamese city "
        "of Hue formally became sister cities on Saturday.\n\nWonju Mayor Won Kang-su and the "
        "chairman of the Hue People's Committee put their signatures to the agreement at a "
        "ceremony in Hue."
    )
    events = extract_records(text, published="2019-12-22", lang="en")["events"]
    assert [(e["type"], e["start"], e["city"]) for e in events] == [
        ("signing", "2019-12-21", "Hue")
    ]


def test_the_forum_told_before_is_no_new_event_but_the_next_one_is() -> None:
    body = (
        "On 4 May the Riverside Sister Cities Forum opened in Geelong.\n\nFor the city's Greek "
        "community the forum was also a reminder of its tie with Kalamata, which was established "
        "in 1984.\n\nBallarat is due to host the next forum in the spring of 2024."
    )
    assert [e["start"] for e in events_of(body)] == ["2022-05-04", "2024"]


def test_a_sports_name_is_no_town_and_guests_welcomed_to_a_city_visit_it() -> None:
    body = (
        "A delegation from Beppu that was formally welcomed to Rotorua today is studying how "
        "the city stages a big match, as Japan prepares for the 2019 Rugby World Cup."
    )
    assert [(e["type"], e["city"]) for e in events_of(body)] == [("visit", "Rotorua")]


def test_a_day_anchor_opening_a_sentence_is_no_title() -> None:
    body = (
        "The governor received the mayor of Leeds on 14 October 2021.\n\n"
        "Following the meeting the governor and the mayor signed a joint declaration on friendship.\n\n"
        "In the evening the mayor joined the governor for a tea ceremony at a shrine."
    )
    found = events_of(body)[1:]
    assert [(e["type"], e["start"]) for e in found] == [
        ("signing", "2021-10-14"),
        ("culture", "2021-10-14"),
    ]
    assert not any(e["title"].startswith(("Following", "In the")) for e in found)


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


def test_the_days_a_next_sentence_gives_an_event_told_by_its_month() -> None:
    found = events_of(
        "Twelve pupils from Kotka spent the first week of July in Aarhus at the annual youth "
        "camp of the twin cities. The week ran from 30 June to 6 July 2022 and brought "
        "together 90 young people."
    )
    assert [(e["start"], e["end"]) for e in found] == [("2022-06-30", "2022-07-06")]


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


def test_memoranda_renewed_today_at_a_virtual_signing_event() -> None:
    event = only_event(
        "Four MoU underpinning Nelson's ties with Miyazu were renewed today at a virtual "
        "signing event attended by officials from both cities."
    )
    assert (event["type"], event["start"]) == ("signing", "2022-09-10")
    assert "MoU" in event["title"]


def test_a_courtesy_call_the_next_day_is_a_meeting_of_its_own() -> None:
    found = events_of(
        "A delegation from Jinju arrived in Kitami on 17 August. The following day the "
        "delegation paid a courtesy call at Kitami City Hall."
    )
    assert ("meeting", "2022-08-18") in [(e["type"], e["start"]) for e in found]


def test_a_finer_date_after_this_year_dates_the_event() -> None:
    text = (
        "Town news\n\nMonday 10 June 2013\n\nThe town of Kuressaare turns 450 this year, and the "
        "main anniversary celebrations were held last week."
    )
    found = extract_records(text, lang="en")["events"]
    assert [e["start"] for e in found] == ["2013-06"]


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


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "The club is looking forward to welcoming 13 ambassadors from Kempsey, who will stay "
            "with members in Durham from 4 to 11 March.",
            "2023-03-04",
            "2023-03-11",
        ),
        (
            "Members are preparing for the club's outgoing trip to New Zealand in October.",
            "2022-10",
            None,
        ),
        (
            "Anne Main, co-ordinator of the club's trip of three weeks to New Zealand in October, "
            "reported that fewer members are travelling.",
            "2022-10",
            None,
        ),
    ],
)
def test_stays_with_hosts_and_trips_named_with_their_time(
    body: str, start: str, end: str | None
) -> None:
    event = only_event(body)
    assert (event["type"], event["start"], event["end"]) == ("visit", start, end)


def test_visitors_flying_home_end_the_visit_and_an_unveiling_is_an_event() -> None:
    body = (
        "Valley Radio – Sunday 9 September 2018\n\nTown marks 25 years\n\n"
        "A delegation of fourteen from Kiskoros visited Riverton on Wednesday.\n\n"
        "The two mayors unveiled a commemorative tile together on Saturday morning.\n\n"
        "The visitors from Kiskoros fly home on Monday."
    )
    found = extract_records(body, lang="en")["events"]
    assert [(e["start"], e["end"]) for e in found] == [
        ("2018-09-05", "2018-09-10"),
        ("2018-09-08", None),
    ]


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


def test_a_programme_summed_up_since_its_first_year_is_one_visit_not_a_figure() -> None:
    found = extract_records(
        HEAD
        + "Since 1992, more than 140 students from the two cities have taken part in the exchange.",
        lang="en",
    )
    (event,) = found["events"]
    assert (event["type"], event["start"], event["participants"]) == ("visit", "1992", 140)
    assert found["figures"] == []


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


def test_a_welcome_ceremony_during_a_visit_is_an_event_of_its_own() -> None:
    body = (
        "The Harbin delegation arrived in Riverton on 3 September. The group was welcomed by "
        "the deputy mayor at a formal ceremony in the council chambers."
    )
    assert [e["type"] for e in events_of(body)] == ["visit", "meeting"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "At its statutory general assembly on Saturday, the twinning committee re-elected its "
            "board.",
            ("meeting", "2022-09-10"),
        ),
        (
            "A Korean tea tasting will be held on March 23-24 at the civic hall in Gumi.",
            ("other", "2023-03-23"),
        ),
    ],
)
def test_a_general_assembly_and_whatever_will_be_held_on_a_day(
    body: str, expected: tuple[str, str]
) -> None:
    event = only_event(body)
    assert (event["type"], event["start"]) == expected


def test_one_side_selecting_its_group_gives_no_head_count_to_the_next_event() -> None:
    body = (
        "The next youth week will be held in Vaasa from 25 June to 1 July 2023. "
        "Tartu will again select 12 participants."
    )
    assert only_event(body)["participants"] is None
