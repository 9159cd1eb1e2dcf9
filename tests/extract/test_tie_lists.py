"""amity.extract.en.tie_lists: lists of partners after a sentence on ties, items under a lead,
and tables of ties, one line each."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records
from tests.extract.test_partnerships import brief, ties_of


def test_partners_listed_as_with_items_under_a_lead() -> None:
    body = (
        "Lakeport keeps partnerships with three towns:\n"
        "With the English town of Hitchin since 1958. Hitchin has a population of 33,000.\n"
        "With Anamur in Turkey since 2011.\n"
        "And with the Czech city of Kolin since 2012.\n"
    )
    assert [brief(t) for t in ties_of(body)] == [
        ("sister_city", "Lakeport", "Hitchin", "1958"),
        ("sister_city", "Lakeport", "Anamur", "2011"),
        ("sister_city", "Lakeport", "Kolin", "2012"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Fairview has 4 sister state relationships in 3 countries:\n"
            "1985  Gunma Prefecture, Japan\n"
            "2003  Tarn and Aveyron Departments, France\n"
            "2011  Lviv Oblast, Ukraine (charter signed on 12 May 2011 in Lviv)\n\n"
            "2024 NEWS\nOct. 1 - Fairview. A choir from Gunma sang at the library.\n",
            [
                ("sister_city", "Fairview", "Gunma Prefecture", "1985"),
                ("sister_city", "Fairview", "Tarn Department", "2003"),
                ("sister_city", "Fairview", "Aveyron Department", "2003"),
                ("sister_city", "Fairview", "Lviv Oblast", "2011-05-12"),
            ],
        ),
        (
            "Riverton welcomes guests\n\nRiverton keeps close ties with towns abroad.\n\n"
            "Sister Cities\nKushiro, Japan (1965)\nHwaseong, Korea - 2010\n"
            "Zhongshan, China, since 2011\n\nThe council meets on Monday.\n",
            [
                ("sister_city", "Riverton", "Kushiro", "1965"),
                ("sister_city", "Riverton", "Hwaseong", "2010"),
                ("sister_city", "Riverton", "Zhongshan", "2011"),
            ],
        ),
        (
            "Killaloe keeps up its links. Killaloe is on the Shannon.\nThe town has twinning links with these towns:\n"
            "- Vertou, France (1983)\n- Plouguerneau, France\nIn 2023 the committee met 4 times.\n",
            [
                ("sister_city", "Killaloe", "Vertou", "1983"),
                ("sister_city", "Killaloe", "Plouguerneau", None),
            ],
        ),
    ],
)
def test_tables_of_ties_one_line_each(body: str, expected: list[Any]) -> None:
    assert [brief(t) for t in ties_of(body)] == expected


def test_lines_without_a_partner_country_are_no_table() -> None:
    body = "Lakeport's sister cities:\nAnnual Report\nOffice of the Mayor\nCity Hall, 2nd floor\n"
    assert ties_of(body) == []


def test_partners_listed_in_prose_with_shared_dates() -> None:
    body = (
        "Davao signs with Hamamatsu\n\nDavao signed a sister city agreement with Hamamatsu.\n\n"
        "The mayors spoke about trade.\n\n"
        "Its oldest foreign partners are Bitung and Manado in North Sulawesi, Indonesia, both "
        "twinned with Davao in 1993, followed by Tacoma, Washington, in 1994. Koror in Palau and "
        "Nanning in China joined in 2007, and Chongqing in 2019."
    )
    found = {(t["b"]["name"], t["date"]) for t in ties_of(body) if t["b"]["name"] != "Hamamatsu"}
    assert {("Bitung", "1993"), ("Manado", "1993"), ("Tacoma", "1994")} <= found
    assert "Washington" not in {name for name, _ in found}


def test_a_state_then_a_country_places_a_listed_city() -> None:
    body = "Rotorua has four sister cities: Klamath Falls, Oregon, United States (1962); Beppu, Japan (1987)."
    assert {t["b"]["name"] for t in ties_of(body)} == {"Klamath Falls", "Beppu"}


def test_a_lead_lists_the_possessors_twin_towns_with_pairs_in_one_item() -> None:
    body = (
        "Guests came from several of Tver's twin cities:\n\n* Bergamo (Italy)\n"
        "* Bielefeld and Osnabrück (Germany)\n* Hämeenlinna (Finland)"
    )
    assert [brief(t)[1:3] for t in ties_of(body)] == [
        ("Tver", "Bergamo"),
        ("Tver", "Bielefeld"),
        ("Tver", "Osnabrück"),
        ("Tver", "Hämeenlinna"),
    ]


def test_reports_of_sister_city_chairs_name_the_publishers_partners() -> None:
    text = (
        "Sister City Committee, City of Laredo - Minutes of the Regular Meeting\n\n"
        "Members met in Laredo on Monday.\n\nVII. REPORTS FROM SISTER CITY CHAIRS\n"
        "- Keelung, Taiwan: the chair will travel there later this month.\n"
        "- Agen, France: no report."
    )
    ties = extract_records(text, published="2010-02-01", lang="en")["partnerships"]
    assert [brief(t)[1:3] for t in ties] == [("Laredo", "Keelung"), ("Laredo", "Agen")]


def test_numbered_pairs_under_a_lead_of_agreements() -> None:
    body = (
        "The delegations signed three agreements on twinning relations, between:\n\n"
        "1. Namsky ulus and Kharkhorin soum;\n2. Verkhoyansky ulus and Arvaikheer soum;\n\n"
        "The governors also concluded two memoranda of cooperation:\n"
        "- between Korday district and Hutubi county;\n- between Shu district and Manas county."
    )
    found = {(t["type"], t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert {("sister_city", "Namsky", "Kharkhorin"), ("agreement", "Korday", "Hutubi")} <= found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kobe becomes Portland's ninth sister city. Among the others are Sapporo, Portland's "
            "oldest partner, linked since 1959; Mutare in Zimbabwe; and Ulsan and Suzhou in Asia.",
            {"Kobe": None, "Sapporo": "1959", "Mutare": None, "Ulsan": None, "Suzhou": None},
        ),
        (
            "Exchanges between Benicia and its five sister cities will grow. Besides Tula, they "
            "are Gunsan, Korea; Lecco, Italy, a sister city since 1988; and Nakatsu, Japan.",
            {"Gunsan": None, "Lecco": "1988", "Nakatsu": None},
        ),
        (
            "Benicia currently has 8 partner cities in 5 countries. Besides Tula, they include "
            "Gomel and Brest in Belarus and Varna in Bulgaria.",
            {"Gomel": None, "Brest": None, "Varna": None},
        ),
        (
            "Benicia counts four sister cities. Besides Tula, they include Gomel in Belarus, a "
            "sister city since 1996, and Varna.",
            {"Gomel": "1996", "Varna": None},
        ),
        (
            "Kobe became Portland's 15th sister city. The list already includes Sapporo and "
            "Mutare in Africa.",
            {"Sapporo": None, "Mutare": None},
        ),
    ],
)
def test_a_list_that_goes_on_from_the_sentence_counting_the_ties(
    body: str, expected: dict[str, str | None]
) -> None:
    owner = "Portland" if "Portland" in body else "Benicia"
    ties = {t["b"]["name"]: t["date"] for t in ties_of(body) if t["a"]["name"] == owner}
    assert {name: ties.get(name) for name in expected} == expected
    assert set(expected) <= set(ties)


def test_a_labelled_line_lists_the_reports_own_partners() -> None:
    body = (
        "Townsville City Council\n\nYOUTH AWARDS ENTRY\n\nEntrant: Townsville City Council\n"
        "Partner Cities: Iwaki, Japan; Suwon, Korea; Port Moresby, Papua New Guinea\n\n"
        "Townsville hosted students in July 2015.\n"
    )
    pairs = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert {("Townsville", "Iwaki"), ("Townsville", "Suwon")} <= pairs
    assert not any("Partner" in a or "Partner" in b for a, b in pairs)


def test_a_headline_after_a_label_is_no_list() -> None:
    from amity.extract import extract_doc
    from amity.extract.en.tie_lists import _labelled_items

    headline = "Twin towns: Lahr greets Belleville and welcomes guests from Dolo"
    listed = "Twin towns: Belleville, France; Dolo, Italy"
    doc = extract_doc(f"{headline}\n\nLAHR, May 2, 2019 - Lahr gave a party.\n\n{listed}\n")
    found = {doc.text[s.start : s.end]: _labelled_items(doc, s) for s in doc.sentences}
    assert found[headline] == []
    assert [t["b"]["name"] for t in found[listed]] == ["Belleville", "Dolo"]


def test_dashed_pairs_under_a_lead_of_pairs() -> None:
    body = (
        "At the ceremony memoranda on twinning were signed between the following towns of "
        "Georgia and Armenia:\n\n- Rustavi - Vanadzor;\n- Gori - Gyumri.\n"
    )
    pairs = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert {("Rustavi", "Vanadzor"), ("Gori", "Gyumri")} <= pairs


def test_the_partner_set_aside_owns_none_of_the_others() -> None:
    body = (
        "Benicia counts four sister cities. Besides Tula, they include Gomel in Belarus and Varna."
    )
    assert not any(
        t["a"]["name"] == "Tula" or t["b"]["name"] == "Tula" and t["a"]["name"] != "Benicia"
        for t in ties_of(body)
    )


def test_a_section_under_a_heading_of_partner_towns_lists_them_past_remarks() -> None:
    text = (
        "Tartu's partner towns\n\nTartu has twinning agreements with seven towns in Europe and "
        "Latin America.\n\nNORDIC PARTNER TOWNS\n\nHamar, Norway\nTartu's oldest link, sealed "
        "long ago. The towns meet every other year.\n\nViborg, Denmark\n\nPARTNER CITIES IN THE "
        "WORLD\n\nGreifswald, Germany (partner since 1990)\nLeón, Nicaragua\n\nNEWS\n\n"
        "Visitors from Oslo, Norway\nCame in May."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert [(t["a"]["name"], t["b"]["name"], t["date"]) for t in ties] == [
        ("Tartu", "Hamar", None),
        ("Tartu", "Viborg", None),
        ("Tartu", "Greifswald", "1990"),
        ("Tartu", "León", None),
    ]


def test_a_council_voting_to_terminate_its_partnerships_ends_them() -> None:
    body = (
        "Brno is twinned with many cities. In February 2022, hours after the invasion began, "
        "Brno city council voted to terminate its partnerships with Moscow and Voronezh."
    )
    assert ties_of(body) == []
