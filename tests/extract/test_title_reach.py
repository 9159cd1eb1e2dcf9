"""amity.extract.en.title_reach: how far a title reaches ("Consul General in Almaty",
"councillor for youth affairs") and the names and bodies a title is apposed to."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records
from tests.extract.test_people import people_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forum was opened by Ann Boyd, Chairman Emeritus of Sister Cities International.",
            ("Ann Boyd", "Chairman Emeritus", "Sister Cities International", "US"),
        ),
        (
            "Also present was Russia's Consul General in Almaty Ivan Petrov.",
            ("Ivan Petrov", "Consul General in Almaty", None, "RU"),
        ),
    ],
)
def test_emeritus_and_a_consul_posted_in_a_city(text: str, expected: tuple[Any, ...]) -> None:
    assert people_of(text) == [expected]


@pytest.mark.xfail(
    strict=False, reason="'China' before a capitalized name is dropped as a person's name"
)
def test_ambassador_to_a_country() -> None:
    assert people_of("Ambassador to China Peter Lee attended.") == [
        ("Peter Lee", "Ambassador to China", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal was signed by Acting Khokim of Samarkand Aziz Karimov.",
            ("Aziz Karimov", "Khokim", "Samarkand", "UZ"),
        ),
        (
            "He met the Akim (governor) of Pavlodar region, Bolat Sadykov, on Monday.",
            ("Bolat Sadykov", "Akim (governor)", "Pavlodar region", "KZ"),
        ),
    ],
)
def test_central_asian_titles(text: str, expected: tuple[Any, ...]) -> None:
    assert people_of(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They thanked the provincial government and its chairman, Le Van Minh, for the welcome.",
            ("Le Van Minh", "chairman", None, None),
        ),
        (
            "Anna Kern, Second Secretary of the German Embassy in Moscow, was present.",
            ("Anna Kern", "Second Secretary", "German Embassy in Moscow", "DE"),
        ),
        ("It followed President Mirziyoyev's visit.", ("Mirziyoyev", "President", None, None)),
    ],
)
def test_appositions_prefixed_titles_and_possessives(text: str, expected: tuple[Any, ...]) -> None:
    assert people_of(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The visit was planned by Mary Olsen, the council's director of parks.",
            ("Mary Olsen", "director"),
        ),
        (
            "Tim Brook, the Council's Principal Advisor for international relations, spoke.",
            ("Tim Brook", "Principal Advisor"),
        ),
        (
            "Leo Hart III, a former chairperson of the Hartford Board of Supervisors, spoke.",
            ("Leo Hart III", "former chairperson"),
        ),
        ("Yerlan Bekov, a diplomat at the embassy, attended.", ("Yerlan Bekov", "diplomat")),
        ("Thanks go to our Secretary, Dr Tom Hale, for the talks.", ("Tom Hale", "Secretary")),
        ("The talks were attended by Chinese Vice-Premier Wu Yi.", ("Wu Yi", "Vice-Premier")),
    ],
)
def test_apposed_and_hyphened_titles(text: str, expected: tuple[str, str]) -> None:
    assert [p[:2] for p in people_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He thanked Kiyokazu Ueda, Miyazu's deputy mayor, for the gift.",
            ("Kiyokazu Ueda", "deputy mayor", "Miyazu"),
        ),
        ("Miyazu's mayor, Shoji Inoue, spoke at the dinner.", ("Shoji Inoue", "mayor", "Miyazu")),
        (
            "The guest of honour was Japan's ambassador, His Excellency Toshihisa Takata.",
            ("Toshihisa Takata", "ambassador", None),
        ),
        (
            "The guests were welcomed by our own mayor, Cllr Ruth Buckmaster.",
            ("Ruth Buckmaster", "mayor", None),
        ),
        (
            "Valery Voloshin, who chairs the Perm Sister Cities Committee, was in the hall.",
            ("Valery Voloshin", "chair", "Perm Sister Cities Committee"),
        ),
        (
            "Brendan Hickey, languages coordinator at McClelland College, joined us.",
            ("Brendan Hickey", "languages coordinator", "McClelland College"),
        ),
        (
            "The Oberbürgermeister of Nördlingen, Hermann Faul, sent greetings.",
            ("Hermann Faul", "Oberbürgermeister", "Nördlingen"),
        ),
        (
            "Anna Berg of Sweden, president of the Nordic Retail Forum, spoke next.",
            ("Anna Berg", "president", "Nordic Retail Forum"),
        ),
        (
            "The chairman of the Lahr town council, Rolf Weber, opened the evening.",
            ("Rolf Weber", "chairman", "Lahr town council"),
        ),
        (
            "The head of the Tartu delegation, Ivo Saar, thanked the hosts.",
            ("Ivo Saar", "head", "Tartu delegation"),
        ),
        (
            "They were greeted by the Ambassador of Latvia to Georgia, Ilze Ruse, at the gate.",
            ("Ilze Ruse", "Ambassador", None),
        ),
        (
            "The head of the press service, Zolotkhan Khatueva, confirmed the talks.",
            ("Zolotkhan Khatueva", "head of the press service", None),
        ),
        (
            "The mayor of Grozny, Zolotkhan Khatueva, confirmed the talks.",
            ("Zolotkhan Khatueva", "mayor", "Grozny"),
        ),
        (
            "The town's historian, Luis Lozano, guided the guests round the walls.",
            ("Luis Lozano", "historian", None),
        ),
        (
            "The ceremony was attended by the then U.S. Ambassador to Japan, Rahm Emanuel.",
            ("Rahm Emanuel", "Ambassador to Japan", None),
        ),
    ],
)
def test_possessive_relative_and_courtesy_forms(text: str, expected: tuple[Any, ...]) -> None:
    assert [p[:3] for p in people_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The keynote came from Amy Fraenkel, Regional Director for North America of UNEP.",
            ("Amy Fraenkel", "Regional Director"),
        ),
        (
            "The award went to Kirsty Lawson, the Association's youth convener.",
            ("Kirsty Lawson", "youth convener"),
        ),
        (
            "He thanked the Council's Civic and International Relations Manager, Duncan Sandeman.",
            ("Duncan Sandeman", "Manager"),
        ),
        (
            "He walked beside his Polish counterpart, Starosta Krystyna Kosmala.",
            ("Krystyna Kosmala", "Starosta"),
        ),
        (
            "Thanks to Simona Torretta, a volunteer with the association.",
            ("Simona Torretta", "volunteer"),
        ),
    ],
)
def test_more_apposed_titles(text: str, expected: tuple[str, str]) -> None:
    assert [p[:2] for p in people_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They were joined by Kenji Sato, Managing Director of the Sakai Friendship Association.",
            ("Kenji Sato", "Managing Director", "Sakai Friendship Association"),
        ),
        (
            "Aroha Smith, Te Tai Tokerau Regional Manager of Te Puni Kokiri, spoke.",
            ("Aroha Smith", "Te Tai Tokerau Regional Manager", "Te Puni Kokiri"),
        ),
        (
            "Mr Street, Chairman of Hadlow Parish Council, welcomed the guests.",
            ("Street", "Chairman", "Hadlow Parish Council"),
        ),
        (
            "The group includes former twinning co-ordinator Jane Hill.",
            ("Jane Hill", "co-ordinator", None),
        ),
    ],
)
def test_job_titles_qualified_by_a_region_and_surnames_after_mr(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert [p[:3] for p in people_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plaque was made by the artist Karl Brenner.", ("Karl Brenner", "artist")),
        (
            "The group included Joan Pike, former Sister Cities co-ordinator, and her husband.",
            ("Joan Pike", "former Sister Cities co-ordinator"),
        ),
    ],
)
def test_artists_and_former_coordinators(text: str, expected: tuple[str, str]) -> None:
    assert [p[:2] for p in people_of(text)] == [expected]


def test_a_holder_ending_a_bodys_name_before_and() -> None:
    text = (
        "News\n\nDate: 2020-01-01\n\nThe meeting was attended by Chairman of the Osh City Council "
        "Bolot Baetov and Askar Madaminov, Deputy Minister of Culture."
    )
    names = [p[0] for p in people_of(text)]
    assert names == ["Bolot Baetov", "Askar Madaminov"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Guests included the KSCA's new president, Maria Lopez.",
            ("Maria Lopez", "president", "KSCA"),
        ),
        (
            "Earlier he met Valence's incoming mayor, Claire Dubois.",
            ("Claire Dubois", "mayor", "Valence"),
        ),
    ],
)
def test_a_bodys_new_holder_named_after_a_comma(sentence: str, expected: tuple[str, ...]) -> None:
    found = extract_records(f"News\n\nDate: 2019-08-01\n\n{sentence}", lang="en")["people"]
    assert [(p["name"], p["title"], p["organization"]) for p in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guests were met by the mayor, Tomas Ferrer, at noon.", ("Tomas Ferrer", "mayor")),
        (
            "Later the committee's president, Odile Marchand, spoke.",
            ("Odile Marchand", "president"),
        ),
        ("The band's musical director, Pavel Orlov, bowed.", ("Pavel Orlov", "director")),
        (
            "We heard the club secretary, Ruth Hallam, read the minutes.",
            ("Ruth Hallam", "secretary"),
        ),
        (
            "They thanked the councillor for youth affairs, Marta Ibáñez, for her help.",
            ("Marta Ibáñez", "councillor for youth affairs"),
        ),
        (
            "Dana Whitfield, who co-ordinates the Riverside Sister Cities Program, flew in.",
            ("Dana Whitfield", "co-ordinator"),
        ),
        (
            "Gwen Tabor, who chairs the St. Albans Twinning Association, welcomed them.",
            ("Gwen Tabor", "chair"),
        ),
    ],
)
def test_titles_apposed_after_the_or_a_common_body(text: str, expected: tuple[str, str]) -> None:
    assert [p[:2] for p in people_of(text)] == [expected]


def test_a_title_with_its_remit_in_capitals_before_the_name() -> None:
    found = people_of("She came with Deputy Mayor for Youth Affairs Olga Ivanova and others.")
    assert [p[:2] for p in found] == [("Olga Ivanova", "Deputy Mayor for Youth Affairs")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mia Kerr, a former Sister Cities co-ordinator, spoke.",
            ("Mia Kerr", "former Sister Cities co-ordinator"),
        ),
        ("Ana Sato, the Otsu exchange student, spoke.", ("Ana Sato", "Otsu exchange student")),
        ("We met Rangiora High School student Tom Reed there.", ("Tom Reed", "student")),
        ("Eva Kiss, a pupil at a bilingual school, sang.", ("Eva Kiss", "pupil")),
    ],
)
def test_students_pupils_and_titles_after_a(text: str, expected: tuple[str, str]) -> None:
    assert [p[:2] for p in people_of(text)] == [expected]


@pytest.mark.parametrize(
    "text", ["The Student Goodwill Tour came to town.", "The student exchange began in 1990."]
)
def test_student_before_a_noun_is_no_title(text: str) -> None:
    assert people_of(text) == []


def test_a_remit_in_charge_of_and_a_day_before_a_title() -> None:
    text = (
        "We were received by the councillor in charge of Youth, Ana Ruiz, at noon. "
        "The following evening, Saturday, the Hyogo governor rode in the parade."
    )
    assert [p[:2] for p in people_of(text)] == [("Ana Ruiz", "councillor in charge of Youth")]
