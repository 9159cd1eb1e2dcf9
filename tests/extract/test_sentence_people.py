"""amity.extract.en.sentence_people: titles before and after names, plural titles, copulas,
courtesy titles and relative clauses in one sentence."""

from __future__ import annotations

import pytest

from amity.extract import extract_records
from tests.extract.test_people import people_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guests were welcomed by Federation Council Mayor, Cr Patrick Bourke.",
            [("Patrick Bourke", "Mayor")],
        ),
        (
            "The Consul General of Russia in Brest, Oleg Murashev, spoke.",
            [("Oleg Murashev", "Consul General")],
        ),
        (
            "Consul General of Japan in Vladivostok Ken Sato spoke.",
            [("Ken Sato", "Consul General")],
        ),
        (
            "Liberia's Ambassador to the United States, Jeremiah Sulunteh, attended.",
            [("Jeremiah Sulunteh", "Ambassador to the United States")],
        ),
        (
            "Also present were City Attorney Charlie LeFevere and City Clerk Sharon Knutson.",
            [("Charlie LeFevere", "City Attorney"), ("Sharon Knutson", "City Clerk")],
        ),
        (
            "Councilmembers Carol Kleven, Kay Lasman and Dan Ryan voted aye.",
            [
                ("Carol Kleven", "Councilmember"),
                ("Kay Lasman", "Councilmember"),
                ("Dan Ryan", "Councilmember"),
            ],
        ),
        (
            "The board welcomed two new directors, Farrukh Saidov and Ellen Marsh.",
            [("Farrukh Saidov", "director"), ("Ellen Marsh", "director")],
        ),
    ],
)
def test_council_and_consular_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p[0], p[1]) for p in people_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kunio Fukuda of the Tsuyama Santa Fe Friendship Association joined the group.",
            [("Kunio Fukuda", None, "Tsuyama Santa Fe Friendship Association")],
        ),
        (
            "Councillor Lesley Vennell spoke. Moved Mrs L Vennell, seconded.",
            [("Lesley Vennell", "Councillor", None)],
        ),
        (
            "The guests met Jane Roe, San Antonio, SCI's vice chair, and visited General Santos.",
            [],
        ),
        ("The Chief Minister's delegation visited Kofu.", []),
    ],
)
def test_bodies_initials_and_places_that_look_like_people(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(p[0], p[1], p[2]) for p in people_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor of Ulaanbaatar E.Bat-Uul met the guests.", [("E.Bat-Uul", "Mayor")]),
        (
            "M.A.Grekhov, Chairman of the Energy Committee, signed it.",
            [("M.A.Grekhov", "Chairman")],
        ),
        (
            "Gov. Sarah Huckabee Sanders signed the agreement.",
            [("Sarah Huckabee Sanders", "Gov.")],  # as the report writes it
        ),
        (
            "Coun. Mae Reid, who chairs the committee, and State Rep. Sharon Santos came.",
            [("Mae Reid", "Coun."), ("Sharon Santos", "State Rep.")],
        ),
        (
            "Clr Ravi Dutt and Clr Ann Moss led the group.",
            [("Ravi Dutt", "Clr"), ("Ann Moss", "Clr")],
        ),
        (
            "Tom Reyes has been re-elected president of the Napa Sister City Association.",
            [("Tom Reyes", "president")],
        ),
        ("Ann Lee was appointed secretary of the Lahr Twinning Club.", [("Ann Lee", "secretary")]),
        (
            "Chairperson of the Council of the Republic Olga Brest opened the forum.",
            [("Olga Brest", "Chairperson")],
        ),
        ("Starost of Nowy Targ County Jan Kos spoke.", [("Jan Kos", "Starost")]),
        (
            "Ann Lee, a member of the Board of the Union of Baltic Municipalities (UBM), spoke.",
            [("Ann Lee", "member")],
        ),
        (
            "The talk was given by Japan specialist Tom Hay of the University of the Sunshine Coast.",
            [("Tom Hay", None)],
        ),
        (
            "George Keith and Irene Mulhall, Chair and Secretary of the Halifax Aachen Society, spoke.",
            [("George Keith", "Chair"), ("Irene Mulhall", "Secretary")],
        ),
        (
            "The Hon Bruce Atkinson MLC, President of the Legislative Council, opened the forum.",
            [("Bruce Atkinson", "President")],
        ),
        (
            "John Keaney was mayor of Rotorua when the agreement was signed.",
            [("John Keaney", "mayor")],
        ),
    ],
)
def test_initials_abbreviations_respective_titles_and_copulas(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p[0], p[1]) for p in people_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        (
            "The group includes Councillors Jason Shepherd and Carol James.",
            ["Jason Shepherd", "Carol James"],
            "Councillor",
        ),
        (
            "Town council staff members Ken Sato and Yui Mori joined the festival.",
            ["Ken Sato", "Yui Mori"],
            "member",
        ),
        (
            "Osh and Ashgabat are now twin cities: the mayors of the two capitals, Ali Karimov "
            "and Berdi Annayev, signed the agreement today.",
            ["Ali Karimov", "Berdi Annayev"],
            "mayor",
        ),
        (
            "Also there were the town's deputy mayors Hüdaver Ağun and İsmail Karakaş.",
            ["Hüdaver Ağun", "İsmail Karakaş"],
            "deputy mayor",
        ),
        (
            "The chaperones on the trip are Akiko Mori, Ken Ueda and Sho Kato.",
            ["Akiko Mori", "Ken Ueda", "Sho Kato"],
            "chaperone",
        ),
        (
            "Travelling with them are students Rin Abe, Yuto Ono and Mei Sato.",
            ["Rin Abe", "Yuto Ono", "Mei Sato"],
            "student",
        ),
        (
            "The veterans, including Carl Berg and Tom Riley, laid a wreath.",
            ["Carl Berg", "Tom Riley"],
            "veteran",
        ),
    ],
)
def test_a_plural_title_gives_each_name_its_singular(
    text: str, names: list[str], title: str
) -> None:
    found = people_of(text)
    assert [p[0] for p in found] == names
    assert {p[1] for p in found} == {title}


def test_plural_title_before_places_names_no_one() -> None:
    assert people_of("The mayors of Bishkek and Osh met in May.") == []


def test_courtesy_titles_name_people_but_not_places() -> None:
    found = people_of("Present: Mrs Ali Tanner, Mr Brian Andrews PSM and Miss Wagga Wagga.")
    assert [p[0] for p in found] == ["Ali Tanner", "Brian Andrews"]


def test_a_relative_clause_without_a_role_verb_names_no_one() -> None:
    assert people_of("John Smith, who met the delegation, spoke.") == []


def test_plural_titles_with_bodies_in_brackets_and_a_clause_between() -> None:
    text = (
        "Chapter presidents Ann Hill (Nashville), who also sits on the Board, Li Wei (Fresno) "
        "and Tom Ray (Tampa) came too."
    )
    assert [p[:3] for p in people_of(text)] == [
        ("Ann Hill", "Chapter president", "Nashville"),
        ("Li Wei", "Chapter president", "Fresno"),
        ("Tom Ray", "Chapter president", "Tampa"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was signed by then-Mayor Raj Patel.", [("Raj Patel", "then-Mayor")]),
        ("With him were the Mayoress, Jill Burke, and others.", [("Jill Burke", "Mayoress")]),
        (
            "Guests included former principals Ann Ito and Rob Kane.",
            [("Ann Ito", "former principal"), ("Rob Kane", "former principal")],
        ),
    ],
)
def test_then_mayors_mayoresses_and_former_holders(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_records(f"News\n\nDate: 2019-08-01\n\n{sentence}", lang="en")["people"]
    assert [(p["name"], p["title"]) for p in found] == expected


def test_a_title_of_a_body_then_an_honorific_and_the_name() -> None:
    text = "News\n\nDate: 2019-08-01\n\nThe rector of KNU, Professor Aigul Bekova, received them."
    found = extract_records(text, lang="en")["people"]
    assert [(p["name"], p["title"], p["organization"]) for p in found] == [
        ("Aigul Bekova", "rector", "KNU")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pat Andeweg is the Exchange Director of the club.",
            [("Pat Andeweg", "Exchange Director")],
        ),
        (
            "Sharon Mullin and Karen Schenavar are the English teachers on the trip.",
            [("Sharon Mullin", "English teacher"), ("Karen Schenavar", "English teacher")],
        ),
        (
            "Speaking were Deputy Mayor of Kabul S. Sidigi, Mayor of Baku E. Aziz and the "
            "Hyakim of Ashgabat Yaztagan Gylydzhov.",
            [("S. Sidigi", "Deputy Mayor"), ("E. Aziz", "Mayor"), ("Yaztagan Gylydzhov", "Hyakim")],
        ),
        (
            "They were received by the Marshal of the Malopolska Region, Jacek Krupa.",
            [("Jacek Krupa", "Marshal")],
        ),
    ],
)
def test_copulas_shared_plural_roles_and_initials_after_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [p[:2] for p in people_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our new President is Cezary Salamonczyk from Chojna.",
            [("Cezary Salamonczyk", "President")],
        ),
        ("A group headed by Supervisor Mark Kohl arrived.", [("Mark Kohl", "Supervisor")]),
        ("Belmont MLA Glenys Godfrey spoke.", [("Glenys Godfrey", "MLA")]),
        (
            "The meeting elected two Vice Presidents, Ann Lee from Germany and Bo Kim from Belgium.",
            [("Ann Lee", "Vice President"), ("Bo Kim", "Vice President")],
        ),
    ],
)
def test_a_title_before_is_supervisors_members_and_names_with_where_from(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [p[:2] for p in people_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They were welcomed by the Mayor, Madame Ingrid Bona, at the town hall.",
            [("Ingrid Bona", "Mayor")],
        ),
        ("Consul General Mr LEI Kezhong spoke at the dinner.", [("LEI Kezhong", "Consul General")]),
        (
            "Executive vice president ZHAO Guoxiang signed the agreement.",
            [("ZHAO Guoxiang", "Executive vice president")],
        ),
    ],
)
def test_french_courtesy_titles_and_family_names_in_capitals(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [p[:2] for p in people_of(text)] == expected


def test_title_before_a_name_with_a_relative_role_stays_the_title() -> None:
    found = people_of("Mayor Rolf Ebner, who led the Lindau party, gave a speech.")
    assert [p[:2] for p in found] == [("Rolf Ebner", "Mayor")]


def test_the_mayor_then_a_list_of_bodies_names_nobody() -> None:
    assert people_of("They met the mayor, the council and the local police.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks followed with Governor of Tomsk region Pavel Sergeyev.",
            ("Pavel Sergeyev", "Governor", "Tomsk region"),
        ),
        (
            "They were received by the Chairman of Khujand city Rustam Karimov.",
            ("Rustam Karimov", "Chairman", "Khujand city"),
        ),
    ],
)
def test_title_of_a_place_with_a_lowercase_area_word_then_name(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [p[:3] for p in people_of(text)] == [expected]
