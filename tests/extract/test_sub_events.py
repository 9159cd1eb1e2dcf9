"""amity.extract.en.sub_events: the panels and sub-forums a forum report lists after a lead."""

from __future__ import annotations

import pytest

from amity.extract import extract_records

FORUM = (
    "Partner towns meet\n\nPosted on 4 May 2017\n\nThe Baltic Forum of Partner Cities was held "
    "on 27-28 April 2017 in Gdansk.\n\n"
)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "On the first day the conference ran in three thematic panels:\n"
            "- the local government panel, devoted to city management;\n"
            "- the economic panel, on business between cities;\n"
            "- the civic panel, where associations met.\n\nThe guests then toured the old town.",
            [
                ("local government panel", "2017-04-27"),
                ("economic panel", "2017-04-27"),
                ("civic panel", "2017-04-27"),
            ],
        ),
        (
            "On 28 April the delegates split into two sub-forums:\n\n"
            'Sub-forum 1, "Tourism and Revival", compared ways of drawing visitors;\n'
            'Sub-forum 2, "Youth Exchange", looked at school twinning.\n\nThe forum closed.',
            [
                ("Sub-forum 1: Tourism and Revival", "2017-04-28"),
                ("Sub-forum 2: Youth Exchange", "2017-04-28"),
            ],
        ),
        (
            'The programme was built around two panel sessions: "Smart Cities" and "Young People '
            'in City Diplomacy".',
            [("Smart Cities", "2017-04-27"), ("Young People in City Diplomacy", "2017-04-27")],
        ),
    ],
)
def test_listed_parts_of_a_forum_are_forums_of_their_own(
    body: str, parts: list[tuple[str, str]]
) -> None:
    events = extract_records(FORUM + body, lang="en")["events"]
    found = [(e["title"], e["start"]) for e in events if e["title"] != events[0]["title"]]
    assert [p for p in found if p in parts] == parts
    assert all(e["city"] == "Gdansk" for e in events if (e["title"], e["start"]) in parts)


def test_no_forum_no_parts() -> None:
    text = (
        "Club news\n\nThe club meets in three sections:\n- the choir section;\n- the chess section."
    )
    assert extract_records(text, lang="en")["events"] == []


def test_a_part_told_as_a_sentence_subject_is_a_forum() -> None:
    body = (
        "The participants split up. On April 28, the section on youth policy will discuss "
        "migration. The same day, the section on tourism will meet at the university."
    )
    events = extract_records(FORUM + body, lang="en")["events"]
    assert [(e["title"], e["start"]) for e in events[1:]] == [
        ("section on youth policy", "2017-04-28"),
        ("section on tourism", "2017-04-28"),
    ]


def test_two_parts_one_on_each_topic() -> None:
    body = (
        "On April 28 the main forum was followed by two sub-forums, one on green urban "
        "development and one on youth exchanges."
    )
    events = extract_records(FORUM + body, lang="en")["events"]
    found = [(e["title"], e["start"]) for e in events]
    assert ("Sub-forum on green urban development", "2017-04-28") in found
    assert ("Sub-forum on youth exchanges", "2017-04-28") in found
