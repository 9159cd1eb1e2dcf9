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
