"""Matching tasks to events and ties: words, types, countries, regions, periods, scores."""

from __future__ import annotations

from typing import Any

import pytest

from amity.publish import plans_match as match
from amity.publish.plans_words import region_codes, regions, stem, terms, words
from amity.registry.api import resolve_all
from amity.registry.timeline import find_entity
from tests.publish.plans_samples import event_id, load_exchanges, tie_id
from tests.web.conftest import load_sample


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [("cities", "city"), ("visits", "visit"), ("Delegations", "delegation"), ("class", "class"),
     ("campus", "campus"), ("forum", "forum")],
)  # fmt: skip
def test_stem(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed


def test_words_drop_small_and_common_words_and_pair_chinese() -> None:
    assert words("Hold the 3 youth forums in our two Cities") == {
        "hold",
        "youth",
        "forum",
        "two",
        "city",
    }
    assert words("深化交流") == {"深化", "化交", "交流"}


@pytest.mark.parametrize(
    ("text", "event_types", "tie_types", "countries", "found_regions"),
    [
        ("Send a delegation to Japanese partners", {"visit"}, set(), {"JP"}, set()),
        ("Establish a new sister city in Africa", set(), {"sister_city", "friendship_city"}, set(), {"AF"}),
        ("Host a cultural festival with Latin America", {"culture"}, set(), set(), {"LA"}),
        ("Sign friendly school agreements with Kenya", {"signing"}, {"school", "agreement", "friendly_exchange"},
         {"KE"}, set()),
        ("举办中日青年论坛，与日本友好城市交流", {"forum"}, {"sister_city", "friendship_city"}, {"JP"}, set()),
        ("Tidy the archive", set(), set(), set(), set()),
    ],
)  # fmt: skip
def test_terms_of_task_text(
    text: str,
    event_types: set[str],
    tie_types: set[str],
    countries: set[str],
    found_regions: set[str],
) -> None:
    found = terms(text)
    assert (found.event_types, found.tie_types, found.countries, found.regions) == (
        event_types,
        tie_types,
        countries,
        found_regions,
    )


def test_regions_whole_words_and_latin_america() -> None:
    assert regions("Asian and European partners") == {"AS", "EU"}
    assert regions("Caucasia") == set()
    assert region_codes("CL") == {"SA", "LA"} and region_codes("MX") == {"NA", "LA"}
    assert (
        region_codes("KE") == {"AF"} and region_codes(None) == set() and region_codes("ZZ") == set()
    )


@pytest.mark.parametrize(
    ("when", "period", "inside"),
    [("2018-05-09", ("2018-01-01", "2018-12-31"), True), ("2018", ("2018-01-01", "2018-12-31"), True),
     ("2018-05", ("2018-06-01", "2018-12-31"), False), ("2017-12-31", ("2018-01-01", None), False),
     ("2030-01-01", ("2018-01-01", None), True), (None, ("2018-01-01", "2018-12-31"), False),
     (None, (None, None), True)],
)  # fmt: skip
def test_in_period(when: str | None, period: match.Period, inside: bool) -> None:
    assert match.in_period(when, period) is inside


def _candidate(kind: str, types: set[str], countries: set[str], **fields: str) -> match.Candidate:
    return match.Candidate(kind, 1, types, countries, {k: words(v) for k, v in fields.items()})


def test_score_adds_signals_and_weighs_rare_words() -> None:
    forum = _candidate("event", {"forum"}, {"KE"}, title="Lakeside youth forum", places="Lakeside")
    idf = {"lakeside": 0.2, "youth": 1.0, "forum": 1.0}
    assert match.score(terms("Tidy the archive"), forum, idf) == 0.0
    # type 2 + country 2 + place word 2 * 0.2 + title words youth, forum 2.0 (the place counts once)
    assert match.score(terms("Lakeside youth forum with Kenya"), forum, idf) == pytest.approx(6.4)
    # a region the country is in counts like the country: type 2 + region 2 + title word 1
    assert match.score(terms("Forum with Africa"), forum, idf) == pytest.approx(2 + 2 + 1)
    assert match.score(terms("Forum with Europe"), forum, idf) == pytest.approx(2 + 1)


def test_weights_fall_with_how_many_candidates_share_a_word() -> None:
    titles = ("Harbourton alpha", "Harbourton beta", "Harbourton gamma", "Harbourton delta")
    idf = match.weights([_candidate("event", set(), set(), title=t) for t in titles])
    assert idf["alpha"] == 1.0 and 0.2 <= idf["harbourton"] < 0.5


def _ids(found: list[tuple[str, int, float]]) -> list[tuple[str, int]]:
    return [(kind, target) for kind, target, _ in found]


def test_match_plan_keeps_the_period_and_scores_best_first(store: Any) -> None:
    load_exchanges(store)
    tasks = [{"id": 1, "title": "Youth exchanges with Latin America", "target": None, "owner": None},
             {"id": 2, "title": "Promote trade fairs", "target": None, "owner": None},
             {"id": 3, "title": "Tidy the archive", "target": None, "owner": None}]  # fmt: skip
    with store.engine.connect() as conn:
        found = match.match_plan(conn, tasks, ("2018-01-01", "2018-12-31"), None)
        anytime = match.match_plan(conn, tasks[1:2], (None, None), None)
    forum, culture = (
        event_id(store, "Harbourton Youth Forum"),
        event_id(store, "Harbourton Culture Week"),
    )
    assert _ids(found[1])[:2] == [("event", forum), ("event", culture)]
    assert [s for _, _, s in found[1]] == sorted((s for _, _, s in found[1]), reverse=True)
    assert found[2] == [] and found[3] == []  # the fair was in 2017
    assert _ids(anytime[2]) == [("event", event_id(store, "Harbourton trade fair"))]


def test_ties_of_the_plans_place_only(store: Any) -> None:
    load_exchanges(store)
    mombasa = tie_id(store, "Harbourton", "Mombasa")
    period = ("2018-01-01", "2018-12-31")
    with store.engine.connect() as conn:
        every = {c.id for c in match.tie_candidates(conn, period, None)}
        place = find_entity(conn, "Mombasa", "place")[1]
        of_mombasa = {c.id for c in match.tie_candidates(conn, period, place)}
        anytime = match.tie_candidates(conn, (None, None), None)
    assert mombasa in every and len(every) == 2  # and the friendly schools
    assert of_mombasa == {mombasa}
    assert anytime == []  # without a period or a place, every tie of the world would do


def test_an_event_reported_twice_is_suggested_once(store: Any) -> None:
    load_sample(store, "cities")
    load_sample(store, "cities", salt="\nReported again.")
    resolve_all(store)
    task = [{"id": 1, "title": "Culture week delegation to Boston", "target": None, "owner": None}]
    with store.engine.connect() as conn:
        found = match.match_plan(conn, task, ("2019-01-01", "2019-12-31"), None)
    assert len([k for k, _, _ in found[1] if k == "event"]) == 1
