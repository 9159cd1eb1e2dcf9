"""amity.extract.en.partnerships: sister cities, friendly schools, agreements, memberships."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records

HEAD = "Partner news\n\nDate: 2019-04-02\n\n"


def ties_of(body: str) -> list[dict[str, Any]]:
    """Returns the partnership records of a short report made of a headline, dateline and body."""
    return extract_records(HEAD + body, lang="en")["partnerships"]


def brief(tie: dict[str, Any]) -> tuple[Any, ...]:
    """Returns (type, a name, b name, date) of a partnership record."""
    return (tie["type"], tie["a"]["name"], tie["b"]["name"], tie["date"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On March 28, Riverton signed a sister city agreement with Lakeport, Canada.",
            ("sister_city", "Riverton", "Lakeport", "2019-03-28"),
        ),
        (
            "In 2015, Goulburn established sister city relations with Shibetsu of Japan.",
            ("sister_city", "Goulburn", "Shibetsu", "2015"),
        ),
        (
            "In 2015, Goulburn and Shibetsu established sister city relations.",
            ("sister_city", "Goulburn", "Shibetsu", "2015"),
        ),
        (
            "Seoul and Hanoi signed a cooperation agreement on tourism on March 3.",
            ("agreement", "Seoul", "Hanoi", "2019-03-03"),
        ),
        (
            "Hillside Primary School signed a friendly school agreement with Kita Elementary "
            "School on 12 March.",
            ("school", "Hillside Primary School", "Kita Elementary School", "2019-03-12"),
        ),
        (
            "Riverton College signed a memorandum of understanding with Kyoto University on "
            "student exchange.",
            # a news lead: signed as of the report's date
            ("agreement", "Riverton College", "Kyoto University", "2019-04-02"),
        ),
        (
            "Riverton College signed a cooperation agreement with Kyoto University on student "
            "exchange.",
            ("agreement", "Riverton College", "Kyoto University", "2019-04-02"),
        ),
        (
            "The Lima Cultural Association joined the Pacific Friendship Network in the spring.",
            ("membership", "Lima Cultural Association", "Pacific Friendship Network", "2019"),
        ),
        (
            "The General Assembly accepted the Nairobi Youth Club as a new member of the Pacific "
            "Friendship Network.",
            ("membership", "Nairobi Youth Club", "Pacific Friendship Network", None),
        ),
    ],
)
def test_one_tie(body: str, expected: tuple[Any, ...]) -> None:
    assert [brief(t) for t in ties_of(body)] == [expected]


def test_evidence_is_the_sentence() -> None:
    body = "Our town is small. In 2015, Goulburn established sister city relations with Shibetsu."
    (tie,) = ties_of(body)
    text = HEAD + body
    assert text[tie["span"][0] : tie["span"][1]] == body.split(". ", 1)[1]


@pytest.mark.parametrize(
    "body",
    [
        "Riverton hopes to find a sister city in Asia one day.",
        "Toowoomba has 5 sister cities in 4 countries.",
    ],
)
def test_no_named_tie(body: str) -> None:
    assert ties_of(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Kazan-Bordeaux sister city relationship was formalised in 1993.",
            ("sister_city", "Kazan", "Bordeaux", "1993"),
        ),
        (
            "Kazan will welcome a delegation from French sister city Bordeaux this week.",
            ("sister_city", "Kazan", "Bordeaux", None),
        ),
        (
            "The mayor leads 40 citizens travelling to Kazan's sister city of Bordeaux on Monday.",
            ("sister_city", "Kazan", "Bordeaux", None),
        ),
        (
            "The 20-year sister city relationship between Kazan and Bordeaux will be celebrated "
            "this month.",
            ("sister_city", "Kazan", "Bordeaux", None),
        ),
    ],
)
def test_ties_named_in_passing(body: str, expected: tuple[Any, ...]) -> None:
    assert [brief(t) for t in ties_of(body)] == [expected]


def test_ties_still_to_be_signed_are_none() -> None:
    body = (
        "In June the City Council passed ordinances approving sister-city agreements with Iligan "
        "City and Cagayan de Oro City."
    )
    assert ties_of(body) == []


def test_an_ended_tie_gives_no_record() -> None:
    body = (
        "Kazan's sister city is Bordeaux; a link with Reno, set up in 1973, has since been ended."
    )
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] == [("Kazan", "Bordeaux")]


@pytest.mark.parametrize(
    "body",
    [
        "The Committee considered a letter from the Mayor of Koya proposing a sister city "
        "relationship with Wagga Wagga.",
        "The council declined a request to become sister cities with Koya.",
    ],
)
def test_proposed_ties_are_not_ties(body: str) -> None:
    assert ties_of(body) == []


def test_putting_names_to_an_agreement_signs_it() -> None:
    body = "On March 28, the mayors of Kaunas and Lublin put their names to a twinning agreement."
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Kaunas", "Lublin", "2019-03-28")]


def test_a_council_named_for_two_towns_is_the_home_of_its_minutes() -> None:
    text = (
        "SEVENOAKS AND WESTERHAM DISTRICT COUNCIL\n\nTWINNING COMMITTEE\n\n"
        "The Chairman reported on the Council's link with Rheinbach, twinned with the district "
        "since 1979. Sevenoaks hosted the Rheinbach choir, and Sevenoaks pupils went to Rheinbach."
    )
    ties = extract_records(text, published="2012-12-13", lang="en")["partnerships"]
    assert [(brief(t), t["a"]["country"]) for t in ties] == [
        (("sister_city", "Sevenoaks and Westerham", "Rheinbach", "1979"), "GB")
    ]


def test_a_tie_hoped_for_is_none_yet() -> None:
    body = (
        "Kazan and the Iranian city of Kashan signed a letter of intent. Both sides hope to "
        "conclude a full twinning agreement next year."
    )
    assert [brief(t)[0] for t in ties_of(body)] == ["agreement"]


@pytest.mark.parametrize(
    "body",
    [
        "The conference opened with the signing of a memorandum of understanding between "
        "Sister Cities International and the Lakeport Institute of Local Government.",
        "On Monday Sister Cities International and Riverton University signed a memorandum.",
    ],
)
def test_a_network_named_for_sister_cities_signs_an_agreement(body: str) -> None:
    (tie,) = ties_of(body)
    assert (tie["type"], tie["a"]["name"]) == ("agreement", "Sister Cities International")
    assert tie["b"]["name"] in ("Lakeport Institute of Local Government", "Riverton University")


def test_an_agreement_the_council_is_asked_to_consider_is_no_tie() -> None:
    body = "The association asks the council to consider the attached MOU between Riverton and Lakeport."
    assert ties_of(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Ter Aar and Dobruska were twinned in 1990, but that twinning came to an end in 2007.",
        "Halle's council has already voted for a partnership with Gyumri.",
    ],
)
def test_ended_and_voted_ties_give_no_record(body: str) -> None:
    assert ties_of(body) == []


def test_a_renewed_agreement_is_the_tie_keeping_its_first_date() -> None:
    body = (
        "Talks between the two mayors took place on Monday. At the meeting the mayors renewed the "
        "partnership agreement between Tartu and Uppsala. Both noted that the cities have worked "
        "together ever since the agreement establishing sister city relations between them was "
        "signed in 1996."
    )
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Tartu", "Uppsala", "1996")]


def test_a_question_verb_opens_no_party() -> None:
    body = "Q: Is Austin now officially a sister city of Chiang Mai?\nA: Yes, since last year."
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] == [("Austin", "Chiang Mai")]


def test_the_older_partners_are_the_towns_of_the_headline() -> None:
    text = (
        "Kelowna and its sister cities: what the new tie means\n\nDate: 2024-02-09\n\n"
        "Q: Is Riverton now a sister city of Kelowna?\nA: Yes. The mayors signed the agreement in "
        "Riverton last year; Riverton hosted the signing.\n\nQ: Which other cities is Kelowna "
        "twinned with?\nA: The older partners are Uozu in Japan (since 8 August 1989) and Harbin "
        "in China (29 April 2008)."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert {(t["a"]["name"], t["b"]["name"], t["date"]) for t in ties} >= {
        ("Kelowna", "Uozu", "1989-08-08"),
        ("Kelowna", "Harbin", "2008-04-29"),
    }


def test_joining_a_people_on_stage_is_no_membership() -> None:
    text = (
        "Chiang Mai news\nNorthern Thailand desk | February 9, 2024\n\nThe consul, a native of "
        "Texas, joined Thai performers on stage at the launch."
    )
    assert extract_records(text, lang="en")["partnerships"] == []


def test_a_district_apposition_locates_the_party() -> None:
    body = (
        "Mapo-gu, one of the districts of Seoul in South Korea, officially became the newest "
        "sister city of Iloilo City on March 5."
    )
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] in (
        [("Mapo-gu", "Iloilo City")],
        [("Iloilo City", "Mapo-gu")],
    )


def test_a_region_describing_a_party_named_before_is_no_party() -> None:
    body = (
        "Taichung Mayor Lu Shiow-yen and Governor Shunji Kono of Japan's Miyazaki Prefecture "
        "put their names to a sister-city agreement on 12 March. With the signing, the Kyushu "
        "prefecture becomes the first Japanese sister city of Taichung."
    )
    assert [brief(t) for t in ties_of(body)] == [
        ("sister_city", "Taichung", "Miyazaki Prefecture", "2019-03-12")
    ]


def test_we_of_an_association_are_its_town() -> None:
    text = (
        "KELLERBY SISTER CITIES COMMITTEE\nSecretary's report, 27 November 2019\n\n"
        "Our committee came into being in 1988. Since then we have signed sister city agreements "
        "with Kushiro and Tateyama in Japan. In 2018 we ran an exchange in partnership with the "
        "Kellerby SeaSide Singers. The Kellerby Choir joined the Tateyama Singers on stage."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert sorted((t["a"]["name"], t["b"]["name"]) for t in ties) == [
        ("Kellerby", "Kushiro"),
        ("Kellerby", "Tateyama"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Riverton to seek twinning with Lublin and Kosice next year.",
        "Riverton intends next year to set up twinning relations with Lublin and Kosice.",
        "Expressions of interest have been received for a sister city relationship with Handan.",
    ],
)
def test_ties_sought_are_none_yet(body: str) -> None:
    assert ties_of(body) == []


def test_a_town_that_has_long_been_anothers_friendly_city() -> None:
    text = (
        "Napier's sister cities\n\nVictoria, the capital of British Columbia in Canada, has long "
        "been Napier's friendly city."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties] == [("Napier", "Victoria")]


def test_the_sister_cities_are_the_counted_towns() -> None:
    text = (
        "District news\n\nAshburton District currently counts two sister cities and one "
        "friendship city. The sister cities are Minamiuonuma in Niigata, Japan; and Pulaski in "
        "Virginia, United States. The friendship cities are Puyang in Henan, China."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert [(t["a"]["name"].split()[0], t["b"]["name"]) for t in ties] == [
        ("Ashburton", "Minamiuonuma"),
        ("Ashburton", "Pulaski"),
        ("Ashburton", "Puyang"),
    ]


def test_bodies_welcomed_as_members() -> None:
    body = (
        "The Board is pleased to welcome Bancorp Group Limited and the Harbour Business Council "
        "as new corporate members of Sister Cities New Zealand."
    )
    assert [(t["type"], t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] == [
        ("membership", "Bancorp Group Limited", "Sister Cities New Zealand"),
        ("membership", "Harbour Business Council", "Sister Cities New Zealand"),
    ]


def test_an_acronym_network_and_a_council_of_the_same_town() -> None:
    body = (
        "The meeting formally admitted the city of Groningen as a member of the WECP, bringing a "
        "new country into the network. At City Hall the delegation called on Suwon Mayor Yeom "
        "Tae-young and City Council Chairman Roh Young-kwan, and the two cities signed a "
        "business agreement to promote their friendly relations."
    )
    found = [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)]
    assert ("city of Groningen", "WECP") in found or ("Groningen", "WECP") in found
    assert all("Council" not in (a, b) for a, b in found)
