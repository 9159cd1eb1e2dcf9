"""amity.extract.en.tie_pairs: the pairs one sentence ties and the lists of a party's partners."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.test_partnerships import brief, ties_of


def test_between_a_and_b() -> None:
    body = "The sister city agreement between Goulburn and Shibetsu was signed in 2001."
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Goulburn", "Shibetsu", "2001")]


def test_between_a_and_b_unknown_places() -> None:
    body = "The sister city agreement between Lakeport and Riverton was signed in 2001."
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Lakeport", "Riverton", "2001")]


def test_between_the_first_and_each_of_the_others() -> None:
    body = "Twinning documents between the cities of Kazan, Bordeaux and Tbilisi were signed."
    assert {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)} == {
        ("Kazan", "Bordeaux"),
        ("Kazan", "Tbilisi"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In May 2024 Filimonov and Zhao Gang signed a memorandum of cooperation between the "
            "Vologda Region government and the People's Government of Shaanxi Province.",
            ("agreement", "Vologda Region", "People's Government of Shaanxi Province", "2024-05"),
        ),
        (
            "The council adopted a resolution establishing a sister city relationship between the "
            "City of Brooklyn Center, Hennepin County, United States of America, and the City of "
            "Voinjama, Lofa County, Republic of Liberia.",
            ("sister_city", "Brooklyn Center", "Voinjama", None),
        ),
    ],
)
def test_between_a_and_b_names_the_parties_not_the_signers(
    body: str, expected: tuple[Any, ...]
) -> None:
    assert [brief(t) for t in ties_of(body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two agreements were signed: one makes the Kazakh city of Shymkent and China's Xi'an "
            "sister cities, the other joins North Kazakhstan region with Shaanxi Province.",
            {("Shymkent", "Xi'an"), ("North Kazakhstan", "Shaanxi Province")},
        ),
        (
            "Krasnodar celebrated City Day. Krasnodar welcomed many guests. Among the guests were "
            "delegations from the twin cities of Karlsruhe (Germany), Harbin (China) and Yerevan.",
            {("Krasnodar", "Karlsruhe"), ("Krasnodar", "Harbin"), ("Krasnodar", "Yerevan")},
        ),
        (
            "Alongside the groups from Rosignano's twin towns - Champigny-sur-Marne in France and "
            "Pardubice in the Czech Republic - the camp welcomed young people from Bernau.",
            {("Rosignano", "Champigny-sur-Marne"), ("Rosignano", "Pardubice")},
        ),
    ],
)
def test_pairs_made_joined_and_listed_between_dashes(
    body: str, expected: set[tuple[str, str]]
) -> None:
    assert {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hanam, which lies just east of Seoul, became Little Rock's sister city in 1992.",
            {("Little Rock", "Hanam", "1992")},
        ),
        (
            "The Khotyn city territorial community in Chernivtsi Oblast has become a twin of two "
            "European towns at once: Zagan in Poland and Teltow in Germany.",
            {("Khotyn", "Zagan", None), ("Khotyn", "Teltow", None)},
        ),
    ],
)
def test_relative_clauses_and_a_twin_of(body: str, expected: set[tuple[Any, ...]]) -> None:
    assert {(t["a"]["name"], t["b"]["name"], t["date"]) for t in ties_of(body)} == expected


def test_a_verb_is_no_list_of_partners() -> None:
    body = (
        "Plans for the twin towns were discussed, such as the Kazan Christmas Market and "
        "the Bordeaux Trade Fair."
    )
    assert ties_of(body) == []


def test_a_relative_clause_ties_the_listed_town_to_its_own_twin() -> None:
    body = (
        "Musselburgh signed its twinning agreement with Champigny in 1961, and in 1983 added a "
        "second link with Rosignano, which had been twinned with Champigny since 1962."
    )
    assert [brief(t) for t in ties_of(body)] == [
        ("sister_city", "Musselburgh", "Champigny", "1961"),
        ("sister_city", "Musselburgh", "Rosignano", "1983"),
        ("sister_city", "Rosignano", "Champigny", "1962"),
    ]


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        (
            "Andhra Pradesh has an MoU with Toyama, Kerala with Ehime and Gujarat with Shizuoka.",
            [("Andhra Pradesh", "Toyama"), ("Kerala", "Ehime"), ("Gujarat", "Shizuoka")],
        ),
        (
            "Hamamatsu joins Kitakyushu, a sister city of Davao since 2017.",
            [("Davao", "Kitakyushu")],
        ),
        (
            "Besides Kushiro, Burnaby has a friendship city relationship with Zhongshan in China.",
            [("Burnaby", "Zhongshan")],
        ),
        ("In June the council passed ordinances approving sister-city agreements with Iligan.", []),
    ],
)
def test_gapped_lists_apposed_sister_cities_lead_ins_and_approvals(
    body: str, pairs: list[tuple[str, str]]
) -> None:
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] == pairs


def test_a_list_ends_where_a_new_clause_begins_and_a_plaza_is_no_party() -> None:
    body = (
        "In February 2019 Marcos Juárez inaugurated a Plaza Genola to mark its twinning with "
        "Genola, and last year General Lagos, in Santa Fe province, sealed a twinning with Fermo."
    )
    ties = [brief(t)[1:3] for t in ties_of(body)]
    assert ("Marcos Juárez", "Genola") in ties
    assert not any("Plaza" in a or "Plaza" in b for a, b in ties)
    assert ("Marcos Juárez", "General Lagos") not in ties


@pytest.mark.parametrize(
    "sentence",
    [
        "Da Nang and Cebu are both friendship and cooperation cities of Incheon.",
        "Da Nang and Cebu are sister cities of Incheon.",
    ],
)
def test_cities_of_an_owner_are_each_tied_to_it(sentence: str) -> None:
    found = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(sentence)}
    assert found == {("Incheon", "Da Nang"), ("Incheon", "Cebu")}


def test_a_town_and_its_named_twin_cities_with_their_countries() -> None:
    found = ties_of(
        "The camp rotates between Kotka and its Baltic twin cities Tartu in Estonia and "
        "Kaliningrad in Russia."
    )
    assert {(t["a"]["name"], t["b"]["name"]) for t in found} == {
        ("Kotka", "Tartu"),
        ("Kotka", "Kaliningrad"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Matsuyama has been Sacramento's sister city since 1981.",
        "He returned from Matsuyama, the Ehime Prefecture city that has been Sacramento's "
        "sister city since 1981.",
        "He returned from Matsuyama, which has been Sacramento's sister city since 1981.",
    ],
)
def test_a_city_that_is_anothers_sister_city(sentence: str) -> None:
    assert [brief(t) for t in ties_of(sentence)] == [
        ("sister_city", "Sacramento", "Matsuyama", "1981")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A memorandum of understanding was signed by Bishkek and Almaty.",
            [("agreement", "Bishkek", "Almaty", "2019-04-02")],
        ),
        (
            "A letter of intent has been signed by the Quezon City Government (QCG) and Sejong "
            "Special Self-Governing City.",
            [
                (
                    "agreement",
                    "Quezon City Government",
                    "Sejong Special Self-Governing City",
                    "2019-04-02",
                )
            ],
        ),
        ("The agreement was signed by Mayor John Smith and Mayor Ken Sato.", []),
    ],
)
def test_a_document_signed_by_two_parties(sentence: str, expected: list[Any]) -> None:
    assert [brief(t) for t in ties_of(sentence)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On its first day, the city of Paju in Gyeonggi Province and the city of Hadano in "
            "Kanagawa became sister cities.",
            [("sister_city", "Paju", "Hadano")],
        ),
        (
            "Guangzhou is one of Sydney's six sister cities, alongside Nagoya and Portsmouth.",
            [
                ("sister_city", "Sydney", "Guangzhou"),
                ("sister_city", "Sydney", "Nagoya"),
                ("sister_city", "Sydney", "Portsmouth"),
            ],
        ),
        (
            "Ashgabat hosted the conference. Greetings from Ashgabat's other partner cities, "
            "Beijing, Tendo and Vienna, were read out.",
            [
                ("sister_city", "Ashgabat", "Beijing"),
                ("sister_city", "Ashgabat", "Tendo"),
                ("sister_city", "Ashgabat", "Vienna"),
            ],
        ),
        (
            "Friendship Force Dallas is one of more than 350 clubs in the network of "
            "Friendship Force International.",
            [("membership", "Friendship Force Dallas", "Friendship Force International")],
        ),
        (
            "Karasu Municipality and the municipality of Kara-Suu, both members of the Union of "
            "Turkic Municipalities, became sister cities on Thursday.",
            [
                ("sister_city", "Karasu Municipality", "Kara-Suu"),
                ("membership", "Karasu Municipality", "Union of Turkic Municipalities"),
                ("membership", "Kara-Suu", "Union of Turkic Municipalities"),
            ],
        ),
    ],
)
def test_located_pairs_lists_of_an_owner_and_members_in_apposition(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [brief(t)[:3] for t in ties_of(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pupils first came over in 1971; the twinning of Leeds and Dortmund itself "
            "only dates from 1969.",
            [("sister_city", "Leeds", "Dortmund", "1969")],
        ),
        (
            "The twinning of Leeds and Dortmund was sealed in 1969.",
            [("sister_city", "Leeds", "Dortmund", "1969")],
        ),
    ],
)
def test_the_twinning_of_a_and_b(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert [brief(t) for t in ties_of(body)] == expected


def test_a_counted_list_of_friendship_towns_after_a_dash() -> None:
    body = (
        "Ystad keeps up an exchange with its three Baltic friendship towns – Gdynia in Poland, "
        "Klaipėda in Lithuania and Pärnu in Estonia."
    )
    assert sorted(brief(t)[1:3] for t in ties_of(body)) == [
        ("Ystad", "Gdynia"),
        ("Ystad", "Klaipėda"),
        ("Ystad", "Pärnu"),
    ]


def test_the_town_has_friendship_towns_after_a_colon() -> None:
    body = "Linz hosted the meeting. The town has three friendship towns: Ystad in Sweden, Vejle in Denmark and Kotka in Finland."
    assert sorted(brief(t)[2] for t in ties_of(body) if brief(t)[1] == "Linz") == [
        "Kotka",
        "Vejle",
        "Ystad",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Tartu, which prefers projects to treaties, has no formal twinning agreement with Sumy.",
        "Sumy has no sister city relationship with Tartu yet.",
    ],
)
def test_no_tie_is_no_partnership(body: str) -> None:
    assert [t for t in ties_of(body) if {t["a"]["name"], t["b"]["name"]} == {"Tartu", "Sumy"}] == []


def test_a_possessive_after_a_final_s_is_no_part_of_the_name() -> None:
    body = "Gear heads south to Colorado Springs' sister city in Chihuahua."
    assert ("Colorado Springs", "Chihuahua") in [brief(t)[1:3] for t in ties_of(body)]


def test_pairs_named_two_by_two_after_among_them() -> None:
    body = (
        "Twelve Oregon cities have sister cities in Hyogo, among them Portland and Kobe, "
        "partners since 1960, and Salem and Himeji."
    )
    assert sorted(brief(t)[1:3] for t in ties_of(body)) == [
        ("Portland", "Kobe"),
        ("Salem", "Himeji"),
    ]


def test_pairs_named_two_by_two_after_a_dash() -> None:
    body = (
        "Pupils of four pairs of sister cities between Hubei and Japan — Wuhan and Oita, "
        "Xiangyang and Inuyama, Jingzhou and Aizuwakamatsu, and Ezhou and Sanjo — met online."
    )
    assert ("Wuhan", "Oita") in [brief(t)[1:3] for t in ties_of(body)]
    assert ("Ezhou", "Sanjo") in [brief(t)[1:3] for t in ties_of(body)]


@pytest.mark.parametrize(
    ("body", "owner", "partners"),
    [
        (
            "Among the guests were those of Valencia's sister cities Mainz, Bologna and Sapporo.",
            "Valencia",
            {"Mainz", "Bologna", "Sapporo"},
        ),
        (
            "The mayor said that Aktobe, Shymkent and Taraz are Konya's sister municipalities.",
            "Konya",
            {"Aktobe", "Shymkent", "Taraz"},
        ),
    ],
)
def test_the_owners_partners_listed_around_their_possessive(
    body: str, owner: str, partners: set[str]
) -> None:
    ties = ties_of(body)
    assert {t["b"]["name"] for t in ties if t["a"]["name"] == owner} == partners
    assert all(owner in (t["a"]["name"], t["b"]["name"]) for t in ties)


def test_besides_one_partner_the_town_is_the_reports_own() -> None:
    body = (
        "ESTE, 2 May 2019 - A delegation from Este went to Kolin last week.\n\n"
        "Besides Kolin, the town is twinned with Rovinj in Croatia and with Nysa in Poland."
    )
    ties = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert {("Este", "Rovinj"), ("Este", "Nysa")} <= ties
    assert not {("Kolin", "Rovinj"), ("Kolin", "Nysa")} & ties


def test_our_partner_towns_are_the_reports_own() -> None:
    body = (
        "Lindau twinning news, 3 June 2019\n\nA group from Lindau went to Chelm.\n\n"
        "The mayor welcomed delegations from our common partner towns Agen (France) and Lutsk "
        "(Ukraine)."
    )
    ties = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert {("Lindau", "Agen"), ("Lindau", "Lutsk")} <= ties


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "KAZAN, 3 May 2019 - Kazan hosted a forum.\n\n"
            "Among its twin cities is Braunschweig, a partner since 1988.",
            ("Kazan", "Braunschweig", "1988"),
        ),
        (
            "Four pupils from Bend are packing for Kawaguchi, Japan, Bend's sister city since 1991.",
            ("Bend", "Kawaguchi", "1991"),
        ),
    ],
)
def test_one_partner_told_in_passing(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(t["a"]["name"], t["b"]["name"], t["date"]) for t in ties_of(body)}


def test_a_society_named_sister_cities_is_no_list_mark() -> None:
    body = "Bend-Kawaguchi Sister Cities is run by volunteers and is a member of Sister Cities International."
    assert all(t["type"] == "membership" for t in ties_of(body))


def test_the_partnerships_with_a_and_b_are_the_reports_own_towns() -> None:
    body = (
        "Zittau marks 30 years with its twin towns\n\nZITTAU, 3 May 2022 - Zittau celebrated its "
        "twin towns.\n\nThe ties with Villingen (1991) and Liberec (1990) were honoured.\n\n"
        "The partnership with Jablonec nad Nisou, for example, produced the Smart Border project."
    )
    ties = {(t["a"]["name"], t["b"]["name"], t["date"]) for t in ties_of(body)}
    assert {("Zittau", "Villingen", "1991"), ("Zittau", "Liberec", "1990")} <= ties
    assert ("Zittau", "Jablonec nad Nisou", None) in ties
    assert not any("Smart" in b for _, b, _ in ties)


def test_besides_one_partner_it_is_the_reports_own_town() -> None:
    body = (
        "ROTORUA, 3 May 2019 - Rotorua hosted a delegation from Beppu this week.\n\n"
        "Besides Beppu, it is twinned with Klamath Falls in Oregon (since 1998) and with Wuzhong."
    )
    ties = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert {("Rotorua", "Klamath Falls"), ("Rotorua", "Wuzhong")} <= ties
    assert not {("Beppu", "Klamath Falls"), ("Beppu", "Wuzhong")} & ties


def test_an_owners_list_after_a_clause_and_a_colon() -> None:
    body = (
        "Ann Lee of the Tartu town government said the Finns are not the only guests: "
        "representatives of Lahr's other partner towns, Belleville in France and Dolo in Italy, "
        "have also come."
    )
    ties = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert {("Lahr", "Belleville"), ("Lahr", "Dolo")} <= ties
    assert not any(a == "Tartu" for a, _ in ties)
