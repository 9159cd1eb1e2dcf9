"""amity.extract.en.editions: editions of a recurring event listed in one sentence."""

from __future__ import annotations

from amity.extract import extract_records


def test_editions_listed_in_one_sentence_are_events() -> None:
    text = (
        "News\n\nThe Friendship Cities Conference opened in Chongqing on Wednesday. It was first "
        "convened in Beijing in 2008, followed by Shanghai in 2010 and Chengdu in 2012."
    )
    events = extract_records(text, published="2016-11-12", lang="en")["events"]
    assert [(e["type"], e["city"], e["start"]) for e in events] == [
        ("forum", "Chongqing", "2016-11-09"),
        ("forum", "Beijing", "2008"),
        ("forum", "Shanghai", "2010"),
        ("forum", "Chengdu", "2012"),
    ]


def test_trips_to_several_cities_are_no_editions() -> None:
    text = (
        "News\n\nOn 3 May the mayor flew to Osaka. She has been to Tokyo in 2015 and Kyoto in 2016."
    )
    events = extract_records(text, published="2017-05-04", lang="en")["events"]
    assert all(e["type"] != "forum" for e in events)
