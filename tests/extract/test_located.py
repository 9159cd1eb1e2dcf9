"""amity.extract.en.located: where a report speaks from, and places named short."""

from __future__ import annotations

import pytest

from amity.extract import extract_doc
from amity.extract.en.located import home_place, report_country


def test_a_two_sided_society_speaks_from_its_own_side() -> None:
    text = (
        "Wearside-Korea Friendship Society\nNewsletter, Spring 2019\n\n"
        "In March six members flew to Busan. In Busan they met the city's friendship association "
        "and toured the port of Busan. Back home, the society's spring supper was held in "
        "Sunderland, England, on 12 April."
    )
    doc = extract_doc(text, lang="en")
    assert home_place(doc)[0] != "Busan"
    assert report_country(doc) == "GB"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (  # a society named for its own country first
            "NZ-China Friendship Society\nBranch news\n\n"
            "The branch welcomed guests from China in May. China's consul spoke on ties with China.",
            "NZ",
        ),
        (  # a council named on the header's second line
            "Minutes of the Sister City Committee held on Thursday 28 March 2019\n"
            "Wagga Wagga City Council\n\nPresent\nCouncillor Ann Lee\n\n"
            "The committee discussed a request from Erbil in Iraq's Kurdistan region. Iraq's "
            "consul wrote again about Iraq.",
            "AU",
        ),
    ],
)
def test_the_country_a_report_speaks_from(text: str, country: str) -> None:
    assert report_country(extract_doc(text, lang="en")) == country


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (  # a release signed by a city's press office
            "Jubilee of the partnership\n\nDate: 2018-07-01\n\n"
            "Mayor Anna Weber welcomed Mayor Paul Roux of Anglet. Anglet's delegation toured the "
            "town; Anglet's choir sang in the evening.\n\n"
            "The guests from Anglet stay until Sunday in Bamberg.\n\n"
            "City of Bamberg – Press Office",
            ("Bamberg", "DE"),
        ),
        (  # a header twinning association the gazetteer does not know
            "Wivelsfield Twinning Association - Spring Newsletter 2025\n\nNews from our twin\n\n"
            "In May a group travelled to Annonay. Annonay's mayor welcomed the group, and "
            "Annonay's choir sang for them. We hope to welcome Annonay next year.",
            ("Wivelsfield", None),
        ),
        (  # a town twinning association in the header
            "Chelmsford Town Twinning Association – Report on the AGM\n\n"
            "Members visited Annonay in October. Annonay's orchestra played; Annonay's mayor "
            "spoke and Annonay's school choir sang. Chelmsford members thanked their hosts.",
            ("Chelmsford", "GB"),
        ),
        (  # a capitals dateline
            "Council drops Russian sister city\n\nAug 2, 2022\n\n"
            "ROCKFORD, Illinois — The council voted to suspend the tie with Pyatigorsk. Signs for "
            "Pyatigorsk will come down, and Pyatigorsk Park will be renamed. Rockford keeps its "
            "other ties.",
            ("Rockford", "US"),
        ),
        (  # a council named on the header's second line
            "Minutes of the Sister City Committee held on Thursday 28 March 2019\n"
            "Wagga Wagga City Council\n\nPresent\nCouncillor Ann Lee\n\n"
            "The committee discussed a request from Erbil in Iraq's Kurdistan region. Iraq's "
            "consul wrote again about Iraq.",
            ("Wagga Wagga", "AU"),
        ),
        (  # a delegation leaving for abroad leaves from home
            "Bathurst councillors head to Tottori for the anniversary\n\nPublished: 12 April "
            "2024\n\nA delegation from Bathurst Regional Council leaves for Japan on Saturday. In "
            "Tottori the group will meet Tottori's mayor, tour Tottori's port and attend "
            "Tottori's festival.",
            ("Bathurst", "AU"),
        ),
        (  # a CITY OF line in the header is the publisher
            "Proclamation on the sister city tie\n\nCITY OF SOMERVILLE\n\nWHEREAS Tiznit and "
            "Somerville share ties; WHEREAS Tiznit's mayor wrote; WHEREAS Tiznit's people "
            "visited.",
            ("Somerville", "US"),
        ),
        (  # an association's header in capitals, its town too small for the gazetteer
            "KELLERBY SISTER CITIES COMMITTEE\nSecretary's report, 27 November 2019\n\n"
            "Our guests from Tateyama came in October. Tateyama's choir sang, Tateyama's mayor "
            "spoke and Tateyama's students stayed a week. Kellerby thanks its host families.",
            ("Kellerby", None),
        ),
        (  # a headline on a town's ties
            "Chiang Mai and its sister cities: what the new tie means\n\nQ: Is Austin a "
            "sister city now?\nA: Yes. Austin signed in Austin City Hall; Austin's mayor spoke.",
            ("Chiang Mai", "TH"),
        ),
    ],
)
def test_the_city_a_report_speaks_from(text: str, home: tuple[str, str | None]) -> None:
    found = home_place(extract_doc(text, lang="en"))
    assert found[0] == home[0]
    if home[1] is not None:
        assert found[1] == home[1]


def test_a_short_name_is_placed_as_the_full_name_the_report_gives() -> None:
    text = (
        "Twin towns\n\nDate: 2019-05-01\n\n"
        "Students from Newcastle upon Tyne visited Taiyuan. Newcastle has been twinned with "
        "Taiyuan since 1985."
    )
    doc = extract_doc(text, lang="en")
    newcastles = [p for p in doc.get("place") if str(p.value).startswith("Newcastle")]
    assert len(newcastles) == 2
    assert {p.data["country"] for p in newcastles} == {"GB"}


def test_a_town_named_with_its_state_is_a_place() -> None:
    doc = extract_doc(
        "News\n\nDate: 2014-10-20\n\nOn October 2, Concord, California, hosted a delegation.",
        lang="en",
    )
    assert "Concord" in {str(p.value) for p in doc.get("place")}


def test_a_memo_to_its_own_council_speaks_from_that_city() -> None:
    text = (
        "COUNCIL LAYDOWN\nRegular Meeting of May 28, 2019\n\n"
        "To: Mayor Lee and Members of the Seward City Council\nFrom: Ann Cole, Commissioner\n\n"
        "Our delegation spent five days in Yeosu. In Yeosu we met the mayor. Yeosu was kind, "
        "and we saw the festival in Yeosu."
    )
    assert home_place(extract_doc(text, lang="en")) == ("Seward", "US")
