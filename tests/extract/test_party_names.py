"""amity.extract.en.party_names: the names that can be a party to a tie, and what they leave
out: people, venues, agencies, initials, peoples, titles, documents and where a partner lies."""

from __future__ import annotations

import pytest

from tests.extract.test_partnerships import brief, ties_of


def test_news_agency_and_region_qualifiers_leave_party_names() -> None:
    body = (
        "OMSK. NEWSWIRE The Administration of Omsk and the city of Kazan of the Republic of "
        "Tatarstan have signed a cooperation agreement."
    )
    (tie,) = ties_of(body)
    assert (tie["a"]["name"], tie["b"]["name"]) == ("Administration of Omsk", "Kazan")


def test_sisterhood_and_a_venue_is_no_party() -> None:
    body = "Kazan and Bordeaux forged a sisterhood on 3 May at the Bordeaux City Hall."
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Kazan", "Bordeaux", "2019-05-03")]


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("Seoul now has 23 sister cities, among them Washington, D.C., Tokyo and Paris.", "D.C."),
        (
            "MINSK, 29 September (BelTA) - Grodno and Lida signed a twinning agreement, "
            "BelTA has learned.",
            "BelTA",
        ),
        ('A plaque reads, in English, "A gift from the sister city of Tsuyama".', "English"),
        (
            "Our Pakistani-American community marked the sister city tie with Karachi.",
            "Pakistani-American",
        ),
    ],
)
def test_agencies_initials_and_peoples_are_no_parties(body: str, absent: str) -> None:
    names = {t[side]["name"] for t in ties_of(body) for side in ("a", "b")}
    assert absent not in names


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "The Mayor of Koya signed a sister city agreement with Wagga Wagga.",
            ("Koya", "Wagga Wagga"),
        ),
        (
            "Holy Trinity Church and Bradford marked the twinning between Bradford and Sully.",
            ("Bradford", "Sully"),
        ),
    ],
)
def test_holders_and_venues_are_not_parties(body: str, pair: tuple[str, str]) -> None:
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] == [pair]


def test_a_body_is_no_sister_city() -> None:
    body = "Rujiena keeps twin-town relations with Pskov, the Ministry of Foreign Affairs said."
    assert [t["b"]["name"] for t in ties_of(body)] == ["Pskov"]


def test_a_known_persons_surname_is_no_party() -> None:
    body = (
        "Starosta Adam Chmiel led the delegation. At the ceremony, Chmiel and Landrat Ann "
        "Tritt signed a declaration reaffirming the partnership."
    )
    assert all("Chmiel" not in (t["a"]["name"], t["b"]["name"]) for t in ties_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Twenty years of friendship: Erlangen and Tarnow celebrate their partnership.",
        "Cyclists from the twin districts will ride via Opole and Pilsen to Erlangen.",
        "Contracts worth 37 million euros were concluded in Surkhandarya with Szeged.",
    ],
)
def test_number_words_routes_and_common_nouns_are_no_parties(body: str) -> None:
    names = {t[side]["name"] for t in ties_of(body) for side in "ab"}
    assert not names & {"Twenty", "Opole", "Pilsen", "Contracts"}


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Newcastle upon Tyne and Taiyuan, the capital of Shanxi Province, have been twin "
            "cities since 1985.",
            ("Newcastle upon Tyne", "Taiyuan", "1985"),
        ),
        (
            "Eight students from Himeji City in Hyogo Prefecture, Changwon's sister city in Japan, "
            "spent a week in Changwon from July 24 to 30.",
            ("Changwon", "Himeji City", None),
        ),
    ],
)
def test_names_with_upon_and_an_apposed_owner_after_a_province(
    body: str, pair: tuple[str, str, str | None]
) -> None:
    assert [(t["a"]["name"], t["b"]["name"], t["date"]) for t in ties_of(body)] == [pair]


def test_an_old_name_is_no_party_and_an_adjective_gives_the_country() -> None:
    body = (
        "Volgograd's twinning with the English city of Coventry dates from 1944, when the city "
        "still bore the name Stalingrad."
    )
    ties = ties_of(body)
    assert [brief(t) for t in ties] == [("sister_city", "Volgograd", "Coventry", "1944")]
    assert ties[0]["b"]["country"] == "GB"


@pytest.mark.parametrize(
    "body",
    [
        "Mayor greets 25 friends from German twin town Fritzlar.",
        "Published: 23 September 2024 | International Relations Division, Gangneung City",
    ],
)
def test_titles_and_labels_are_no_parties(body: str) -> None:
    assert all(
        "Mayor" not in brief(t)[1:3] and "Published" not in brief(t)[1:3] for t in ties_of(body)
    )


def test_where_a_partner_lies_is_no_part_of_its_name() -> None:
    found = ties_of("Ansbach and its French partner town Biarritz on the Atlantic coast met.")
    assert [(t["a"]["name"], t["b"]["name"]) for t in found] == [("Ansbach", "Biarritz")]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Golden jubilee for Sinzig and Hettange-Grande was marked in June.", "Golden"),
        (
            "Harpenden is twinned with Alzey in Germany.\n\nSpeaking on her return, Cllr Gaskell "
            "said the town was proud to have kept its links with both Alzey and Cosne, in France.",
            "Speaking",
        ),
        (
            "Four Memorandums of Understanding underpinning Dunedin's ties with its sister city "
            "Shanghai were renewed today.",
            "Memorandums of Understanding",
        ),
    ],
)
def test_a_jubilee_or_a_document_is_no_party(sentence: str, absent: str) -> None:
    names = {t[side]["name"] for t in ties_of(sentence) for side in ("a", "b")}
    assert absent not in names


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Holsworthy has celebrated its twinning with the Normandy town of Aunay-sur-Odon.",
            {"Holsworthy", "Aunay-sur-Odon"},
        ),
        (
            "Nelson College and Huangshi No. 2 Middle School have been partner schools since 2012.",
            {"Nelson College", "Huangshi No. 2 Middle School"},
        ),
        (
            '"Lively exchanges with our partner cities make Ulsan known," said the mayor.',
            set(),
        ),
    ],
)
def test_a_region_before_its_town_a_numbered_school_and_an_opening_adverb(
    sentence: str, parties: set[str]
) -> None:
    ties = ties_of(sentence)
    assert {t[side]["name"] for t in ties for side in "ab"} <= parties | {"Ulsan"}
    assert parties <= {t[side]["name"] for t in ties for side in "ab"}


def test_a_river_that_places_a_town_is_no_party() -> None:
    body = "The castle town on the Lieser welcomed Porcia, its twin town since 1987."
    assert "Lieser" not in [t["a"]["name"] for t in ties_of(body)]


def test_a_town_with_an_der_is_one_name_and_not_its_own_twin() -> None:
    body = (
        "Spittal an der Drau and Porcia have been twinned since 1987. "
        "Visitors from Moosburg an der Isar came too, and Spittal thanked Moosburg."
    )
    pairs = [brief(t)[1:3] for t in ties_of(body)]
    assert ("Spittal an der Drau", "Porcia") in pairs
    assert all("Moosburg" not in a or "Moosburg" not in b for a, b in pairs)


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Leeds entered a partnership with Andover in Hampshire as early as 1980.",
            ("Leeds", "Andover"),
        ),
        (
            "Lyon has been twinned with Ottweiler, in the German Saarland, since 1982.",
            ("Lyon", "Ottweiler"),
        ),
    ],
)
def test_a_region_after_in_only_places_the_town(body: str, pair: tuple[str, str]) -> None:
    assert [brief(t)[1:3] for t in ties_of(body)] == [pair]


def test_an_apposition_places_its_town_and_the_owned_tie_goes_on() -> None:
    body = "Redon, a small town in the east of Brittany, has been Goch's French partner town since 1983."
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Goch", "Redon", "1983")]


@pytest.mark.parametrize(
    "body",
    [
        "The first and second China-Russia Friendship City Meetings were held in Moscow in 1997.",
        "In 1990 the people of Dushanbe gave Boulder its Tajik Teahouse.",
    ],
)
def test_meetings_and_buildings_are_no_parties(body: str) -> None:
    names = {n for t in ties_of(body) for n in (t["a"]["name"], t["b"]["name"])}
    assert not {n for n in names if n.endswith(("Meetings", "Teahouse"))}


def test_a_line_label_is_no_party() -> None:
    from amity.extract import extract_doc
    from amity.extract.en.party_names import _parties

    doc = extract_doc(
        "Q: How did Lahr and Belleville become twins?\n\nMinsk: talks begin.", lang="en"
    )
    assert [str(p.value) for p in _parties(doc, 0, len(doc.text))] == [
        "Lahr",
        "Belleville",
        "Minsk",
    ]


def test_a_town_named_for_a_bridge_is_a_party_a_hall_is_not() -> None:
    from amity.extract import extract_doc
    from amity.extract.en.party_names import _parties

    doc = extract_doc("Paeroa met Murray Bridge officials at Gyumri City Hall.", lang="en")
    names = [str(p.value) for p in _parties(doc, 0, len(doc.text))]
    assert "Murray Bridge" in names and "Gyumri City Hall" not in names
