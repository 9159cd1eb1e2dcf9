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


def test_a_date_and_place_line_heads_the_news_after_it() -> None:
    body = (
        "Oct. 1 - Salisbury. The Friendship Bridge, named for the town's sister city, was "
        "dedicated at a ceremony attended by members of our committee.\n\n"
        "4 October - Mid-Autumn Festival. Members joined students for an evening of music."
    )
    found = [(e["start"], e["type"]) for e in events_of(body)]
    assert found == [("2022-10-01", "meeting"), ("2022-10-04", "culture")]


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


def test_memoranda_renewed_today_at_a_virtual_signing_event() -> None:
    event = only_event(
        "Four MoU underpinning Nelson's ties with Miyazu were renewed today at a virtual "
        "signing event attended by officials from both cities."
    )
    assert (event["type"], event["start"]) == ("signing", "2022-09-10")
    assert "MoU" in event["title"]


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


def test_a_named_event_that_opened_and_its_days_told_in_the_next_paragraph() -> None:
    text = (
        "Mayors gather in Xiamen\n\nXIAMEN, Nov. 5 (agency) -- The 2021 World Cities Forum opened "
        "in Xiamen on Friday with guests from 40 cities.\n\nThe forum, held together with the city's "
        "innovation award from November 4 to 6, is backed by three bodies."
    )
    found = extract_records(text, lang="en")["events"]
    assert [(e["title"], e["start"], e["end"]) for e in found] == [
        ("2021 World Cities Forum", "2021-11-04", "2021-11-06")
    ]


def test_the_forum_first_held_in_another_year_is_another_event() -> None:
    body = (
        "The third Danube Cities Forum was held in Ulm on 5 May.\n\n"
        "The forum, a spin-off of the Danube Festival, was first held in Vienna in May 2012."
    )
    assert len(events_of(body)) == 2


@pytest.mark.parametrize(
    "body",
    [
        "The sides agreed that a delegation from Osh will pay a return visit to Lida next year.",
        "The third forum of the twin towns takes place in Valmiera next year.",
    ],
)
def test_a_visit_or_meeting_planned_for_next_year(body: str) -> None:
    assert [e["start"] for e in events_of(body)] == ["2023"]


def test_a_bodys_members_are_no_head_count_of_an_event() -> None:
    body = (
        "The club now has 85 members, and families from Agen are due to be hosted here next summer."
    )
    assert all(e["participants"] is None for e in events_of(body))


def test_the_same_days_in_the_same_country_are_the_visit_again() -> None:
    body = (
        "Mayor Ann Kelly is in Nagoya, Japan, on an official visit from October 8 to 13. During "
        "the week from October 8 to 13 the delegation was due to see stadiums built for the 2019 "
        "Rugby World Cup."
    )
    assert [e["title"] for e in events_of(body)] == ["visit to Nagoya"]


def test_minutes_of_a_meeting_held_on_a_day() -> None:
    text = (
        "THE RIVERTON SOCIETY\nMinutes of the 120th Annual General Meeting\n\n"
        "Held at the Town Hall, Riverton, at 6.00 p.m. on Wednesday, 12 July 2017\n\n"
        "1. The minutes of the 119th AGM, held on 15 June 2016, were signed as a correct record.\n"
        "2. The accounts for the year ended 31 December 2016 were received.\n"
    )
    events = extract_records(text, lang="en")["events"]
    assert [(e["type"], e["start"]) for e in events] == [
        ("meeting", "2017-07-12"),
        ("meeting", "2016-06-15"),
    ]
    assert events[0]["title"].startswith("120th Annual General Meeting")
