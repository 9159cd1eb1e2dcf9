"""amity.extract.en.dates: the date grammar, PartialDate, datelines and years filled in."""

from __future__ import annotations

import pytest

from amity.extract import extract_doc
from amity.extract.en.dates import PartialDate, find_dates


def dates_of(text: str) -> list[tuple[str, tuple[str | None, str | None]]]:
    """Returns (surface, iso range) of each date mention found in the text."""
    return [(text[s.start : s.end], s.value.iso()) for s in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Held 20-26 January 2024 in Oslo.", "20-26 January 2024", ("2024-01-20", "2024-01-26")),
        ("It opened on March 5, 2024.", "March 5, 2024", ("2024-03-05", None)),
        ("It opened on 5 March 2024.", "5 March 2024", ("2024-03-05", None)),
        ("It opened on March 5th, 2024.", "March 5th, 2024", ("2024-03-05", None)),
        ("Signed on 2024-03-05 at noon.", "2024-03-05", ("2024-03-05", None)),
        ("Signed on 2021/11/30 at noon.", "2021/11/30", ("2021-11-30", None)),
        ("Ran from March to May 2018.", "March to May 2018", ("2018-03", "2018-05")),
        ("Planned for early March 2018.", "early March 2018", ("2018-03", None)),
        ("Met on Jan. 5, 2020 again.", "Jan. 5, 2020", ("2020-01-05", None)),
        ("Ran June 28 to July 2, 2019.", "June 28 to July 2, 2019", ("2019-06-28", "2019-07-02")),
        ("A plan for 2016-2018 only.", "2016-2018", ("2016", "2018")),
    ],
)
def test_dates_with_a_year(text: str, surface: str, iso: tuple[str | None, str | None]) -> None:
    assert dates_of(text) == [(surface, iso)]


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("From January 20 to 26 the camp ran.", "January 20 to 26", (1, 20, None, 26)),
        ("On April 22 to 24, talks went on.", "April 22 to 24", (4, 22, None, 24)),
        ("In March, they met.", "March", (3, None, None, None)),
        ("Tuesday, March 5 was busy.", "Tuesday, March 5", (3, 5, None, None)),
        ("On the 5th of March they left.", "the 5th of March", (3, 5, None, None)),
        ("From 30 November to 2 December all met.", "30 November to 2 December", (11, 30, 12, 2)),
    ],
)
def test_dates_without_a_year(text: str, surface: str, fields: tuple[int | None, ...]) -> None:
    (span,) = find_dates(text)
    value = span.value
    assert text[span.start : span.end] == surface
    assert (value.month, value.day, value.month2, value.day2) == fields
    assert value.year is None and not value.explicit_year
    assert value.iso() == (None, None)


def test_period_of_a_bulletin() -> None:
    text = "Latest News (2018.1-2018.6)"
    (span,) = find_dates(text)
    assert span.data["kind"] == "period"
    assert span.value.iso() == ("2018-01", "2018-06")


@pytest.mark.parametrize(
    "text",
    [
        "We May be late. Officials may come.",
        "It may rain; May we go?",
        "The youth team may also help the guests.",
        "A total of 2019 people signed up.",
        "Decree #2020 was issued.",
    ],
)
def test_words_that_are_not_dates(text: str) -> None:
    assert dates_of(text) == []


@pytest.mark.xfail(strict=False, reason="'May' after 'In' is taken as a verb when 'the' follows")
def test_may_after_in_is_a_month() -> None:
    assert dates_of("In May the group left.") == [("May", (None, None))]


@pytest.mark.parametrize(
    ("value", "year", "iso"),
    [
        (PartialDate(None, 3, 5), 2020, ("2020-03-05", None)),
        (PartialDate(None, 3), 2020, ("2020-03", None)),
        (PartialDate(None, 1, 20, day2=26), 2019, ("2019-01-20", "2019-01-26")),
        (PartialDate(None, 12, 30, month2=1, day2=3), 2018, ("2018-12-30", "2019-01-03")),
        (PartialDate(2001, 7, 4), 2020, ("2001-07-04", None)),
    ],
)
def test_with_year(value: PartialDate, year: int, iso: tuple[str, str | None]) -> None:
    assert value.with_year(year).iso() == iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 2023-04-22\nThe body.", "2023-04-22"),
        ("Published: 12 March 2024\nThe body.", "2024-03-12"),
        ("Posted on March 3, 2021\nThe body.", "2021-03-03"),
        ("Date: March 3\nNo year, so no date of its own.", None),
        ("A headline\n\nNo dateline in this one.", None),
    ],
)
def test_dateline(text: str, expected: str | None) -> None:
    assert extract_doc(text, lang="en").published == expected


def test_year_filled_from_the_published_date() -> None:
    text = "City news\n\nFrom January 20 to 26, a youth camp was held.\n\nIn March, the mayor left."
    doc = extract_doc(text, published="2019-02-01", lang="en")
    found = [(doc.slice(s), s.value.iso()) for s in doc.get("date")]
    assert found == [
        ("January 20 to 26", ("2019-01-20", "2019-01-26")),
        ("March", ("2019-03", None)),
    ]
    assert doc.published == "2019-02-01"


def test_year_filled_from_the_bulletin_period() -> None:
    text = "Latest News (2018.1-2018.6)\n\nOn May 16, a forum was held in Kandy."
    doc = extract_doc(text, lang="en")
    assert doc.period == ("2018-01", "2018-06")
    assert [s.value.iso() for s in doc.get("date")][1] == ("2018-05-16", None)


def test_published_read_from_the_dateline() -> None:
    doc = extract_doc("Twin towns meet\n\nDate: 2021-05-02\n\nOn April 22, talks began.", lang="en")
    assert doc.published == "2021-05-02"
    assert [s.value.iso()[0] for s in doc.get("date")] == ["2021-05-02", "2021-04-22"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation arrived in the town on Monday.", "2016-06-06"),
        ("The mayor will sign the agreement on Friday.", "2016-06-10"),
        ("The talks ended on Wednesday.", "2016-06-08"),
        ("The group left yesterday.", "2016-06-07"),
        ("Officials have been visiting the town since Monday.", "2016-06-06"),
        ("The delegation arrived Monday and toured the port.", "2016-06-06"),
        ("They are on a four-day trip that began Monday.", "2016-06-06"),
    ],
)
def test_weekdays_and_days_resolve_against_the_report_date(sentence: str, expected: str) -> None:
    doc = extract_doc(f"Town news\n\nPublished: Wednesday 8 June 2016\n\n{sentence}", lang="en")
    relative = [s.value.iso()[0] for s in doc.get("date") if s.data.get("kind") == "rel"]
    assert relative == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The group arrived on Friday (12) and stays until Wednesday (17).",
            ["2025-09-12", "2025-09-17"],
        ),
        ("The festival closed on Sunday (31).", ["2025-08-31"]),
        ("Next Thursday morning the mayors will attend a ceremony.", ["2025-09-18"]),
        ("The club met last Monday.", ["2025-09-08"]),
        ("The fair opens this Friday.", ["2025-09-19"]),
    ],
)
def test_weekdays_with_their_day_or_a_which(sentence: str, expected: list[str]) -> None:
    doc = extract_doc(sentence, published="2025-09-15", lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("In the spring Agen hosted two students from Dinslaken.", "2017-01-20", ["2016"]),
        ("In the summer the club will travel to Japan.", "2017-01-20", ["2017"]),
        ("The guests were greeted with a powhiri this afternoon.", "2017-06-16", ["2017-06-16"]),
        (
            "The second visit follows in the autumn: in October the choir goes.",
            "2023-05-16",
            ["2023-10"],
        ),
    ],
)
def test_seasons_and_parts_of_today(sentence: str, published: str, expected: list[str]) -> None:
    doc = extract_doc(sentence, published=published, lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In October Agen welcomed a delegation of 30 people.", "2016-10"),
        ("The festival was held on 12 November in the park.", "2016-11-12"),
        ("In October a delegation will travel to Dinslaken.", "2017-10"),
        ("A visit is planned for October.", "2017-10"),
    ],
)
def test_a_later_month_told_as_past_is_last_years(sentence: str, expected: str) -> None:
    doc = extract_doc(sentence, published="2017-01-20", lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "The town celebrated the jubilee last weekend.",
            "2023-05-16",
            ("2023-05-13", "2023-05-14"),
        ),
        ("The fair takes place this weekend.", "2023-05-16", ("2023-05-20", "2023-05-21")),
        ("The choir sings next weekend.", "2023-05-16", ("2023-05-27", "2023-05-28")),
    ],
)
def test_weekends(sentence: str, published: str, expected: tuple[str, str]) -> None:
    doc = extract_doc(sentence, published=published, lang="en")
    assert [s.value.iso() for s in doc.get("date")] == [expected]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("The same day the ambassador gave a lecture at the university.", "2023-11-14"),
        ("That evening the mayor hosted a dinner.", "2023-11-14"),
        ("The next day the group toured the port.", "2023-11-15"),
        ("On the following morning they left for Seoul.", "2023-11-15"),
        ("Following the meeting the two signed a joint statement.", "2023-11-14"),
        ("After the talks the guests toured the port.", "2023-11-14"),
        ("The port had been closed the day before.", "2023-11-13"),
    ],
)
def test_days_counted_from_the_day_named_before(later: str, expected: str) -> None:
    text = f"Embassy news\n\nThe ambassador met the mayor of Busan on 14 November 2023.\n{later}"
    doc = extract_doc(text, published="2023-11-20", lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")][-1] == expected


@pytest.mark.parametrize(
    ("published", "later", "expected"),
    [
        (None, "On the Friday they were received at the town hall.", "2023-05-26"),
        ("2023-06-20", "On the Saturday the choir sang.", "2023-05-27"),
        ("2023-06-20", "On Sunday the guests left for home.", "2023-05-28"),
        # a weekday outside the stay, or far from it, keeps its usual reading
        ("2023-06-20", "On Tuesday the committee met.", "2023-06-20"),
    ],
)
def test_a_weekday_after_a_stay_is_a_day_of_that_stay(
    published: str | None, later: str, expected: str
) -> None:
    text = (
        "Twinning news\n\nGuests from our twin town stayed with host families from "
        f"Thursday 25th to Monday 29th May 2023.\n\n{later}"
    )
    doc = extract_doc(text, published=published, lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")][-1] == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The two cities signed the agreement on the 22nd at the city hall.", "2024-10-22"),
        ("The delegation arrived on the 29th and left on Monday.", "2024-09-29"),
        ("The ceremony on the 25th anniversary drew a crowd.", None),
    ],
)
def test_day_of_the_reports_month(text: str, iso: str | None) -> None:
    from amity.extract import extract_doc

    doc = extract_doc(text, published="2024-10-27")
    found = [d.value.iso()[0] for d in doc.get("date")]
    assert (found[0] if found else None) == iso


def test_a_weekday_picks_the_year() -> None:
    from amity.extract import extract_doc

    doc = extract_doc(
        "Talks\n\nThe deal was signed on Thursday, 8 February.", published="2025-01-10"
    )
    assert [d.value.iso()[0] for d in doc.get("date")] == ["2024-02-08"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The cities signed their agreement in October last year.", "2023-10"),
        ("On 23 May last year the mayors signed a twin-city agreement.", "2023-05-23"),
        ("The festival returns in June of next year.", "2025-06"),
        ("A student exchange to Costa Rica next March was discussed.", "2025-03"),
        ("Last October a delegation from Osaka visited Chicago.", "2024-10"),
        ("Last December the choir toured Sendai.", "2023-12"),
        ("The choir toured Sendai in December.", "2024-12"),
    ],
)
def test_months_with_year_words(text: str, iso: str) -> None:
    doc = extract_doc(text, published="2024-11-20", lang="en")
    assert [d.value.iso()[0] for d in doc.get("date")] == [iso]


def test_an_annual_report_adopted_the_next_year_dates_its_days_in_the_year_it_reviews() -> None:
    text = (
        "Society\nAnnual Report of the Committee for the year 2017\n\nAdopted on 14 April 2018\n\n"
        "On 11 March members heard a talk on the Silk Road. In 2018 we plan a study tour."
    )
    doc = extract_doc(text, lang="en")
    assert "2017-03-11" in [d.value.iso()[0] for d in doc.get("date")]


def test_today_in_friendships_that_continue_today_is_no_date() -> None:
    doc = extract_doc(
        "Many visits produced friendships that continue today.", published="2020-07-21", lang="en"
    )
    assert doc.get("date") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The conference will be held in Napier from 21 to 23 March.", "2019-03-21"),
        ("The next exchange is scheduled for 4 May.", "2019-05-04"),
        ("The conference was held in Napier on 21 March.", "2018-03-21"),
        ("A visit is planned for October.", "2018-10"),
    ],
)
def test_an_earlier_month_told_as_to_come_is_next_years(sentence: str, expected: str) -> None:
    doc = extract_doc(sentence, published="2018-08-20", lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")] == [expected]


def test_the_first_full_day_of_a_stay_and_the_days_after_it() -> None:
    text = (
        "The mayor travelled to Japan from 29 July to 3 August. On his first full day in Tokyo "
        "he met investors. That evening he spoke at a reception. The following day he went on "
        "to Osaka. On the last day he flew home."
    )
    doc = extract_doc(text, published="2018-08-20", lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")] == [
        "2018-07-29",
        "2018-07-30",
        "2018-07-30",
        "2018-07-31",
        "2018-08-03",
    ]


def test_the_day_news_was_told_does_not_date_the_deed() -> None:
    text = (
        "City news\n\nThe city announced on 22 November 2024 that it had signed an agreement "
        "with Leipzig the day before."
    )
    doc = extract_doc(text, lang="en")
    from amity.extract.en.event_dates import sentence_date

    d = sentence_date(doc, doc.sentences[-1])
    assert d is not None and d.value.iso()[0] == "2024-11-21"


def test_a_dateline_with_its_weekday_and_date_does_not_date_the_deed() -> None:
    text = (
        "Mayor to visit Lyon\n\nDate: 2007-10-17\n\nYOKOHAMA, JAPAN – Wednesday, October 17, 2007 – "
        "The mayor will travel to Lyon from October 25 to November 3."
    )
    doc = extract_doc(text, lang="en")
    from amity.extract.en.event_dates import sentence_date

    d = sentence_date(doc, doc.sentences[-1])
    assert d is not None and d.value.iso()[0] == "2007-10-25"


def test_that_evening_of_a_stay_known_by_its_month() -> None:
    text = (
        "Twinning news\n\nThe association welcomed 38 guests for six days at "
        "the end of July. Their last visit was in 2019.\n\nThat evening the mayor held a reception."
    )
    doc = extract_doc(text, published="2024-08-05", lang="en")
    assert [s.value.iso()[0] for s in doc.get("date")][-1] == "2024-07"


def test_a_day_without_its_year_takes_the_year_its_sentence_names() -> None:
    text = "Mayors to meet\n\nThe 2017 meeting will run from 23 to 25 August. The last one was in 2015."
    doc = extract_doc(text, lang="en")
    days = [d.value.iso() for d in doc.get("date") if d.value.day]
    assert days == [("2017-08-23", "2017-08-25")]


@pytest.mark.parametrize(
    ("anniversary", "year"),
    [
        (
            "as the country marks the 60th anniversary of the armistice that ended the 1950-53 war",
            2013,
        ),
        ("on the 25th anniversary of the twinning signed in 1994", 2019),
    ],
)
def test_an_undated_report_takes_its_year_from_an_anniversary(anniversary: str, year: int) -> None:
    text = (
        "City news\n\nTOWN, Sept. 25 -- The city signed an agreement on Wednesday.\n\n"
        f"Veterans will visit, {anniversary}. A first accord was signed on Aug. 27, 2006.\n\n"
        "The agreement of Aug. 27, 2006 set up the exchanges."
    )
    doc = extract_doc(text, lang="en")
    assert doc.get("date")[0].value.iso()[0] == f"{year}-09-25"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The group was greeted Thursday evening at City Hall.", [("Thursday", "2019-07-25")]),
        # the sentence before speaks of the future; this one's own verb is past
        (
            "They are due home soon. The guests arrived on Thursday and will fly back later.",
            [("on Thursday", "2019-07-25")],
        ),
        ("The Sunday school met as usual.", []),
    ],
)
def test_weekdays_of_a_friday_report(sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = extract_doc("News\n\n" + sentence, published="2019-07-26", lang="en")
    assert [(doc.slice(s), s.value.iso()[0]) for s in doc.get("date")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The delegation is in Guangzhou from Sunday 29 May to Friday 3 June.",
            [("Sunday 29 May to Friday 3 June", ("2016-05-29", "2016-06-03"))],
        ),
        ("The mayor last night launched the week.", [("last night", ("2016-05-29", None))]),
        ("A sustainability forum follows on Tuesday.", [("on Tuesday", ("2016-05-31", None))]),
        ("A forum was held on Tuesday.", [("on Tuesday", ("2016-05-24", None))]),
    ],
)
def test_days_of_a_programme_told_on_a_monday(
    sentence: str, expected: list[tuple[str, tuple[str, str | None]]]
) -> None:
    doc = extract_doc("News\n\n" + sentence, published="2016-05-30", lang="en")
    assert [(doc.slice(s), s.value.iso()) for s in doc.get("date")] == expected


def test_years_ago_count_back_from_the_report() -> None:
    doc = extract_doc(
        "News\n\nThe link began 50 years ago and the school exchange twenty years ago. "
        "Two years ago a choir went to Lahr.",
        published="2022-06-27",
        lang="en",
    )
    found = [(doc.slice(s), s.value.iso()[0]) for s in doc.get("date")]
    assert found == [
        ("50 years ago", "1972"),
        ("twenty years ago", "2002"),
        ("Two years ago", "2020"),
    ]


def test_the_following_year_counts_from_the_year_told_before() -> None:
    doc = extract_doc(
        "News\n\nIn 1992 the park opened, and the association was set up the following year.",
        published="2023-06-04",
        lang="en",
    )
    assert [(doc.slice(s), s.value.iso()[0]) for s in doc.get("date")][-1] == (
        "the following year",
        "1993",
    )
