"""Search: words and CJK substrings, across reports and records, on both backends."""

from __future__ import annotations

from typing import Any

import pytest

from amity.errors import InputError
from amity.store import Store


@pytest.fixture
def filled(store: Store, make_sample: Any) -> dict[str, int]:
    ids = {}
    for name in ("riverton", "xicheng_zh"):
        report, records = make_sample(name)
        ids[name] = store.add_report(report, records)
    return ids


def _keys(hits: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(h["kind"], h["report_id"]) for h in hits]


def test_english_word_finds_report_and_records(store: Store, filled: dict[str, int]) -> None:
    hits = store.search("Lakeside")
    kinds = {h["kind"] for h in hits}
    assert {"report", "events", "partnerships"} <= kinds
    assert {h["report_id"] for h in hits} == {filled["riverton"]}
    assert all(h["score"] >= 0 for h in hits)
    report_hit = next(h for h in hits if h["kind"] == "report")
    assert "Lakeside" in report_hit["snippet"]
    assert report_hit["title"].startswith("Riverton News")


def test_words_are_case_insensitive_and_all_required(store: Store, filled: dict[str, int]) -> None:
    assert ("report", filled["riverton"]) in _keys(store.search("harbour HALL"))
    assert store.search("harbour zanzibar") == []


@pytest.mark.parametrize("query", ["西城", "西城区", "里斯本市", "备忘录"])
def test_cjk_substrings(store: Store, filled: dict[str, int], query: str) -> None:
    hits = store.search(query)
    assert ("report", filled["xicheng_zh"]) in _keys(hits)
    assert {h["report_id"] for h in hits} == {filled["xicheng_zh"]}
    assert query in next(h for h in hits if h["kind"] == "report")["snippet"]


def test_substring_of_english_word(store: Store, filled: dict[str, int]) -> None:
    hits = store.search("Friendsh")
    assert ("report", filled["riverton"]) in _keys(hits)


def test_kinds_filter(store: Store, filled: dict[str, int]) -> None:
    assert {h["kind"] for h in store.search("Lakeside", kinds=["partnerships"])} == {"partnerships"}
    assert {h["kind"] for h in store.search("西城", kinds=["reports"])} == {"report"}


def test_word_hits_rank_first_and_paging(store: Store, filled: dict[str, int]) -> None:
    hits = store.search("Riverton", limit=50)
    assert len(hits) >= 4
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    paged = store.search("Riverton", limit=2, offset=1)
    assert [(h["kind"], h["id"]) for h in paged] == [(h["kind"], h["id"]) for h in hits[1:3]]


def test_rejected_records_leave_search(store: Store, filled: dict[str, int]) -> None:
    figure = store.records(kind="figures")[0]
    before = store.search("sister cities", kinds=["figures"])
    assert [h["id"] for h in before] == [figure["id"]]
    store.review("figures", figure["id"], "rejected", "ana")
    assert store.search("sister cities", kinds=["figures"]) == []
    store.review("figures", figure["id"], "confirmed", "ana")
    assert [h["id"] for h in store.search("sister cities", kinds=["figures"])] == [figure["id"]]


def test_corrected_values_are_searchable(store: Store, filled: dict[str, int]) -> None:
    person = store.records(kind="people")[0]
    store.review("people", person["id"], "corrected", "ana", {"title": "Lord Mayor of Quillford"})
    hits = store.search("Quillford", kinds=["people"])
    assert [h["id"] for h in hits] == [person["id"]]


@pytest.mark.parametrize("query", ["", "   ", '"', "a%_\\", "NEAR(", "*"])
def test_odd_queries_do_not_fail(store: Store, filled: dict[str, int], query: str) -> None:
    assert isinstance(store.search(query), list)


def test_unknown_search_kind(sqlite_store: Store) -> None:
    with pytest.raises(InputError):
        sqlite_store.search("x", kinds=["planets"])


def test_sqlite_title_hits_rank_before_newer_text_hits(sqlite_store: Store) -> None:
    from amity.records import ReportIn

    def add(i: int, title: str, text: str) -> int | None:
        return sqlite_store.add_report(ReportIn(f"r{i}.txt", text, f"hash-{i}", title=title))

    titled = add(1, "Harbour festival news", "The festival drew crowds.")
    newer = [add(i, "Other news", "Then the harbour festival came back.") for i in (2, 3)]
    hits = sqlite_store.search("harbour festival", kinds=["reports"])
    assert [h["id"] for h in hits] == [titled, newer[1], newer[0]]
    assert hits[0]["score"] > hits[1]["score"] == hits[2]["score"]
    assert [h["id"] for h in sqlite_store.search("harbour festival", limit=1, offset=1)] == [
        newer[1]
    ]


def _event_report(store: Store, i: int, title: str) -> int | None:
    """Stores a report of one sentence holding one event titled `title`; returns its id."""
    from amity.records import ReportIn

    text = f"The {title} took place."
    event = {"type": "forum", "title": title, "span": [0, len(text)]}
    return store.add_report(ReportIn(f"e{i}.txt", text, f"event-{i}"), {"events": [event]})


def test_sqlite_substrings_of_spaced_words_only_when_words_find_nothing(
    sqlite_store: Store,
) -> None:
    seaside = _event_report(sqlite_store, 1, "Seaside forum")
    inside = _event_report(sqlite_store, 2, "Oceanseaside gala")
    assert {h["report_id"] for h in sqlite_store.search("seaside", kinds=["events"])} == {seaside}
    assert {h["report_id"] for h in sqlite_store.search("ceanseasid", kinds=["events"])} == {inside}


def test_sqlite_only_the_last_word_is_a_prefix(sqlite_store: Store) -> None:
    festival = _event_report(sqlite_store, 1, "Harbour festival")
    assert [h["report_id"] for h in sqlite_store.search("harbour fest", kinds=["report"])] == [
        festival
    ]
    assert sqlite_store.search("harb festival", kinds=["report"]) == []
