"""Titles and publication dates found in the text of a report."""

from __future__ import annotations

import pytest

from amity.ingest.metadata import (
    clean_title,
    dateline,
    find_published,
    find_title,
    front_matter,
    parse_date,
    period_end,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-03-12", "2024-03-12"),
        ("on 2024/3/5 at noon", "2024-03-05"),
        ("12 March 2024", "2024-03-12"),
        ("3rd Sept. 2019", "2019-09-03"),
        ("March 12, 2024", "2024-03-12"),
        ("2023年8月4日", "2023-08-04"),
        ("2024-02-30", None),
        ("12 Smarch 2024", None),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("A title\nDate: 2023-04-22\nSource: an office", "2023-04-22"),
        ("A title\n\nPublished: 12 March 2024\n\nBody.", "2024-03-12"),
        ("A title\nPosted on March 1, 2020 by the editor", "2020-03-01"),
        ("标题\n发布时间：2023-08-04\n正文", "2023-08-04"),
        ("A title\n2024-03-12 10:31\nBody", "2024-03-12"),
        ("A title\nOn 2024-03-12 the mayor of a town far away visited a partner town.", None),
        ("A title\nOn May 27 the forum was held.", None),
        ("A title\nSource: Newswire | 2018-12-06 05:52:50 | Editor: kim\nBody.", "2018-12-06"),
        ("A title\nThe talks on 2018-12-06 went on until 17:30 and ended well.", None),
        ("A title\n\nFriday 16 November 2012, 5:35PM\n\nBody.", "2012-11-16"),
        ("A title\n\nSource: Newswire | 2018-12-05\n\nBody.", "2018-12-05"),
        ("A title\n\nTASHKENT, 9 February 2024.\n\nBody.", "2024-02-09"),
        ("A title\n\nCity News | July 11, 2024\n\nBody.", "2024-07-11"),
        ("A title\n\nPublished: April 2018\n\nBody.", "2018-04"),
        ("A title\n\nFriday the club met in the town hall.\n", None),
        (
            "A title\n\nPress release | Leeds City Council, International Relations Office | 3 May 2021\n",
            "2021-05-03",
        ),
        ("Friends of Ghent Association - NEWSLETTER No 4 - 9 June 2011\n\nBody.", "2011-06-09"),
        (
            "A title\n\nBody of the news.\n\n09:15 03.02.2022 (updated: 10:02 03.02.2022)\n",
            "2022-02-03",
        ),
        ("A title\n\nCLAIR Office\nNewsletter, April 2016 | Sister City News\n\nBody.", "2016-04"),
        ("A title\n\nTVER, July 17, 2022. Tver has gained a new twin city.\n", "2022-07-17"),
        (
            "A title\n\nThe talks lasted from 09:15 on 03.02.2022 until late in the evening, when the mayors left.\n",
            None,
        ),
    ],
)
def test_dateline(text: str, iso: str | None) -> None:
    assert dateline(text) == iso


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Latest News of the Network (2018.1-2018.6)\nbody", "2018-06"),
        ("Bulletin 2019.7 – 2019.12\nbody", "2019-12"),
        ("Half-year report (2020.1-6)\nbody", "2020-06"),
        ("Report (2018.1-2018.13)\nbody", None),
        ("No period\nbody", None),
    ],
)
def test_period_end(text: str, month: str | None) -> None:
    assert period_end(text) == month


def test_dateline_wins_over_period() -> None:
    assert find_published("News (2018.1-2018.6)\nDate: 2018-07-01\n") == "2018-07-01"
    assert find_published("News (2018.1-2018.6)\nbody\n") == "2018-06"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sister cities meet again\n\nBody text here.", "Sister cities meet again"),
        ("# A Markdown heading\n\nBody.", "A Markdown heading"),
        ("Chinese\nTopics:\n[District] The district holds a plenary meeting\nDate: 2023-04-22", "[District] The district holds a plenary meeting"),
        ("您的位置:首页\n >> 新闻中心\n两市缔结友好城市关系四十周年纪念活动举行\n正文", "两市缔结友好城市关系四十周年纪念活动举行"),
        ("EN\nhttps://example.org/\nA real headline for the piece\n", "A real headline for the piece"),
        ("This whole report is one long paragraph that ends with a full stop.", None),
        ("", None),
    ],
)  # fmt: skip
def test_find_title(text: str, title: str | None) -> None:
    assert find_title(text) == title


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("  Two   towns\n meet ", "Two towns meet"), ("untitled", None), ("", None), (None, None)],
)
def test_clean_title(raw: str | None, clean: str | None) -> None:
    assert clean_title(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "format: txt\ndate: 2023-11-03\nauthor: an office\n---\nThe real headline\n\nBody.",
        "---\ntitle: The real headline\ndate: 3 November 2023\n---\n# Another heading\nBody.",
    ],
)
def test_front_matter_gives_title_and_date(text: str) -> None:
    assert (find_title(text), find_published(text)) == ("The real headline", "2023-11-03")


def test_front_matter_needs_its_closing_line() -> None:
    assert front_matter("Kunming: three cities sign\nBody.") == (
        {},
        "Kunming: three cities sign\nBody.",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title here\n\nUnion news\n20/11/2020\n\nBody.", "2020-11-20"),
        ("Title\n\nCity news 11/20/2020\n\nBody.", "2020-11-20"),
        ("Title\n\nAgenda.ge, 16 Oct 2015 - 12:40, Tbilisi, Georgia\n\nBody text.", "2015-10-16"),
        ("Title\n\nPress note - Lucknow, 27 February 2026\n\nBody text.", "2026-02-27"),
        ("TWINNING COMMITTEE\nNewsletter No. 9 - Summer 2023\n\nBody.", "2023"),
        ("STATE PROGRAM\nOffice of the Secretary\n2021 Annual Report\n\nBody.", "2021"),
        ("SISTER CITIES CLUB\nNewsletter - June 2017\n\nBody.", "2017-06"),
        ("Friendship news\nIssue 4, March 2019\n\nBody.", "2019-03"),
        ("Friendship news\nIn May 2019 the club grew\n\nBody.", None),
        ("Valley Radio – Sunday 9 September 2018\n\nTown marks 25 years\n\nBody.", "2018-09-09"),
        ("Twinning at 25 - 50 years on\n\nBody.", None),
    ],
)
def test_dates_of_header_lines(text: str, expected: str | None) -> None:
    assert find_published(text) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Two towns twin\n\nAlmaty, 14.05.22. /Kazinform/. The akim signed today.", "2022-05-14"),
        ("Two towns twin\n\nTashkent, 03.11.2021 - The khokim met the mayor.", "2021-11-03"),
        ("Two towns twin\n\nMr. Jones, 12.3.4 was the score.", None),
    ],
)
def test_an_agency_dateline_opening_the_lead_dates_the_report(text: str, iso: str | None) -> None:
    assert find_published(text) == iso


def test_a_newsletters_title_line_gives_its_month() -> None:
    text = "TWIN TOWNS ASSOCIATION - NEWSLETTER, August 2018\n\nMAYOR VISITS\nThe mayor went.\n"
    assert find_published(text) == "2018-08"
