"""amity.extract.en.located: where a report speaks from, and places named short."""

from __future__ import annotations

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


def test_a_society_named_for_its_own_country_first() -> None:
    text = (
        "NZ-China Friendship Society\nBranch news\n\n"
        "The branch welcomed guests from China in May. China's consul spoke on ties with China."
    )
    assert report_country(extract_doc(text, lang="en")) == "NZ"


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


def test_a_release_signed_by_a_citys_press_office_speaks_from_that_city() -> None:
    text = (
        "Jubilee of the partnership\n\nDate: 2018-07-01\n\n"
        "Mayor Anna Weber welcomed Mayor Paul Roux of Anglet. Anglet's delegation toured the "
        "town; Anglet's choir sang in the evening.\n\n"
        "The guests from Anglet stay until Sunday in Bamberg.\n\n"
        "City of Bamberg – Press Office"
    )
    assert home_place(extract_doc(text, lang="en")) == ("Bamberg", "DE")


def test_a_header_twinning_association_names_home_even_when_the_gazetteer_does_not() -> None:
    text = (
        "Wivelsfield Twinning Association - Spring Newsletter 2025\n\nNews from our twin\n\n"
        "In May a group travelled to Annonay. Annonay's mayor welcomed the group, and Annonay's "
        "choir sang for them. We hope to welcome Annonay next year."
    )
    assert home_place(extract_doc(text, lang="en"))[0] == "Wivelsfield"


def test_a_town_twinning_association_in_the_header() -> None:
    text = (
        "Chelmsford Town Twinning Association – Report on the AGM\n\n"
        "Members visited Annonay in October. Annonay's orchestra played; Annonay's mayor spoke "
        "and Annonay's school choir sang. Chelmsford members thanked their hosts."
    )
    assert home_place(extract_doc(text, lang="en")) == ("Chelmsford", "GB")


def test_a_capitals_dateline_counts_for_home() -> None:
    text = (
        "Council drops Russian sister city\n\nAug 2, 2022\n\n"
        "ROCKFORD, Illinois — The council voted to suspend the tie with Pyatigorsk. Signs for "
        "Pyatigorsk will come down, and Pyatigorsk Park will be renamed. Rockford keeps its other "
        "ties."
    )
    assert home_place(extract_doc(text, lang="en")) == ("Rockford", "US")


def test_a_council_named_on_the_second_header_line() -> None:
    text = (
        "Minutes of the Sister City Committee held on Thursday 28 March 2019\n"
        "Wagga Wagga City Council\n\nPresent\nCouncillor Ann Lee\n\n"
        "The committee discussed a request from Erbil in Iraq's Kurdistan region. Iraq's "
        "consul wrote again about Iraq."
    )
    doc = extract_doc(text, lang="en")
    assert home_place(doc) == ("Wagga Wagga", "AU")
    assert report_country(doc) == "AU"


def test_a_delegation_leaving_for_abroad_leaves_from_home() -> None:
    text = (
        "Bathurst councillors head to Tottori for the anniversary\n\nPublished: 12 April 2024\n\n"
        "A delegation from Bathurst Regional Council leaves for Japan on Saturday. In Tottori the "
        "group will meet Tottori's mayor, tour Tottori's port and attend Tottori's festival."
    )
    assert home_place(extract_doc(text, lang="en"))[0] == "Bathurst"


def test_a_city_of_line_in_the_header_is_the_publisher() -> None:
    text = (
        "Proclamation on the sister city tie\n\nCITY OF SOMERVILLE\n\nWHEREAS Tiznit and "
        "Somerville share ties; WHEREAS Tiznit's mayor wrote; WHEREAS Tiznit's people visited."
    )
    assert home_place(extract_doc(text, lang="en"))[0] == "Somerville"


def test_a_town_named_with_its_state_is_a_place() -> None:
    doc = extract_doc(
        "News\n\nDate: 2014-10-20\n\nOn October 2, Concord, California, hosted a delegation.",
        lang="en",
    )
    assert "Concord" in {str(p.value) for p in doc.get("place")}
