"""amity.extract.en.report_year: the year a report speaks of, and the year an anniversary sets for
an agency dateline that gives none."""

from __future__ import annotations

import pytest

from amity.extract import extract_doc


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Tomsk marks 25 years of twinning with Tours\n\nTOMSK, May 14 (Interfax) -- Festivities "
            "for the twin towns closed on Sunday. The charter was signed in Tours in June 1991.",
            "2016-05-14",
        ),
        (
            "ODESSA, Sept. 3 (agency) -- Two decades of twin-city relations ended in a gala. "
            "The cities were twinned in 1998.",
            "2018-09-03",
        ),
    ],
)
def test_a_yearless_dateline_takes_the_year_an_anniversary_counts_to(
    text: str, published: str
) -> None:
    assert extract_doc(text, lang="en").published == published


def test_an_anniversary_does_not_move_a_report_that_names_its_own_year() -> None:
    text = (
        "PERM, March 2 (agency) -- The branch held its 2016 meeting in March. It marked the 25th "
        "anniversary of the branch, founded in 1995. Plans for 2016 were agreed."
    )
    assert extract_doc(text, lang="en").published is None


def test_a_yearless_dateline_dates_its_days_by_the_year_the_lead_names_its_event_for() -> None:
    from amity.extract import extract_records

    text = (
        "Mayors gather in Xiamen\n\nXIAMEN, Nov. 5 (agency) -- The 2021 World Cities Forum opened in "
        "Xiamen on Friday with guests from 40 cities.\n\nThe forum, held together with the city's "
        "innovation award from November 4 to 6, is backed by three bodies.\n\nXiamen, which signed "
        "its first sister-city agreement with Cardiff in 1983, opened a trade office there in 1983."
    )
    forum = [e for e in extract_records(text, lang="en")["events"] if "forum" in e["title"].lower()]
    assert [e["start"] for e in forum] == ["2021-11-04"]
