"""Tests of resolve_report: places, ties, organizations, people and events of stored reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from amity.ingest.batch import ingest_paths
from amity.registry.importer import import_registry
from amity.registry.queries import partners
from amity.registry.resolve import resolve_all, resolve_report, tie_type
from amity.registry.timeline import timeline
from amity.store import schema
from amity.store.registry import canonical
from tests.registry.conftest import add

FORUM = """Friendship ties signed at the Wuhan forum

On 2 June 2021 Rybinsk City of Russia and Chongzuo City of Guangxi Zhuang Autonomous Region became friendship cities.
Wuhan and Manchester renewed their sister city ties.
Minsk Soviet District and Changning District of Shanghai also signed a friendship agreement.
Chairman Lin Songtian of the CPAFFC opened the forum.
The Silk Road NGO Cooperation Network (SIRONET) welcomed the Cambodia Journalists Club as a member.
"""
NEWS = """SIRONET news

The Wuhan Friendship Cities Forum opened on 2 June 2021 with guests from Russia and Belarus.
SIRONET thanked the Chinese People's Association for Friendship with Foreign Countries.
"""


def forum_records() -> dict[str, list[dict[str, Any]]]:
    """Returns the records of FORUM, evidence as words of the text."""
    lines = FORUM.splitlines()
    return {
        "partnerships": [
            {"type": "sister_city", "a": {"name": "Chongzuo City of Guangxi Zhuang Autonomous Region", "country": "CN"},
             "b": {"name": "Rybinsk City", "country": "RU"}, "date": "2021-06-02", "evidence": lines[2]},
            {"type": "sister_city", "a": {"name": "Wuhan", "country": "CN"},
             "b": {"name": "Manchester", "country": "GB"}, "date": None, "evidence": lines[3]},
            {"type": "sister_city", "a": {"name": "Minsk Soviet District", "country": "BY"},
             "b": {"name": "Changning District of Shanghai", "country": "CN"}, "date": None,
             "evidence": lines[4]},
            {"type": "membership", "a": {"name": "Cambodia Journalists Club", "country": "KH"},
             "b": {"name": "Silk Road NGO Cooperation Network (SIRONET)", "country": None},
             "date": "2021-06-02", "evidence": lines[6]},
        ],
        "people": [
            {"name": "Lin Songtian", "title": "Chairman", "organization": "CPAFFC", "country": "CN",
             "evidence": lines[5]},
        ],
        "events": [
            {"type": "forum", "title": "Wuhan forum on friendship cities", "start": "2021-06-02",
             "end": None, "city": "Wuhan", "country": "CN", "organizers": ["CPAFFC"],
             "participants": None, "countries": ["CN", "RU"], "evidence": lines[2]},
        ],
    }  # fmt: skip


def news_records() -> dict[str, list[dict[str, Any]]]:
    """Returns the records of NEWS."""
    lines = NEWS.splitlines()
    return {
        "events": [
            {"type": "forum", "title": "Wuhan Friendship Cities Forum", "start": "2021-06-02",
             "end": None, "city": "Wuhan", "country": "CN",
             "organizers": ["SIRONET", "Chinese People's Association for Friendship with Foreign Countries"],
             "participants": None, "countries": ["RU", "BY"], "evidence": lines[2]},
        ],
    }  # fmt: skip


@pytest.fixture
def forum(imported: Any) -> int:
    """Returns the id of FORUM, stored and resolved in the store with the small registry."""
    report_id = add(imported, FORUM, forum_records(), published="2021-06-03")
    resolve_report(imported, report_id)
    return report_id


def tie_to(store: Any, place: str, partner: str) -> dict[str, Any]:
    """Returns the tie of a place with a partner (by partner name)."""
    with store.engine.connect() as conn:
        ties = partners(conn, place)["ties"]
    return next(t for t in ties if t["partner"]["name"] == partner)


def test_every_place_of_the_report_resolves_with_coordinates(imported: Any, forum: int) -> None:
    with imported.engine.connect() as conn:
        p = schema.partnerships
        ids = [i for r in conn.execute(select(p.c.a_place_id, p.c.b_place_id)) for i in r if i]
        rows = conn.execute(select(schema.places).where(schema.places.c.id.in_(ids))).all()
    assert len(rows) == 6
    assert all(r.resolved and r.lat is not None for r in rows)
    by_name = {r.name: r for r in rows}
    assert by_name["Rybinsk City"].canonical_name == "Rybinsk"
    assert by_name["Changning District of Shanghai"].parent == "Shanghai"
    assert by_name["Minsk Soviet District"].parent == "Minsk"


def test_a_tie_the_registry_knows_gets_the_report_as_source(imported: Any, forum: int) -> None:
    tie = tie_to(imported, "Wuhan", "Manchester")
    assert tie["in_registry"] and tie["in_reports"]
    assert [s["report_id"] for s in tie["sources"] if s["source"] == "report"] == [forum]


def test_a_new_tie_is_marked_found_in_reports_with_its_date_and_type(
    imported: Any, forum: int
) -> None:
    tie = tie_to(imported, "Rybinsk", "Chongzuo")
    assert (tie["in_registry"], tie["in_reports"]) == (False, True)
    assert (tie["type"], tie["established"], tie["status"]) == (
        "friendship_city",
        "2021-06-02",
        "active",
    )
    assert tie["partner"]["country"] == "CN" and tie["partner"]["lat"] is not None
    assert tie_to(imported, "Chongzuo", "Rybinsk")["id"] == tie["id"]
    assert tie_to(imported, "Rybinsk", "Bobruysk")["in_registry"]


def test_a_signing_report_dates_a_tie_without_a_date(imported: Any, forum: int) -> None:
    part = tie_to(imported, "Changning", "Soviet District")
    assert part["established"] == "2021-06-03"  # "signed" and no date: the report's own date
    assert tie_to(imported, "Wuhan", "Manchester")["established"] is None  # renewed, not signed


def test_resolving_again_changes_nothing(imported: Any, forum: int) -> None:
    tables = (schema.places, schema.ties, schema.tie_sources, schema.entity_links,
              schema.organizations)  # fmt: skip

    def counts() -> list[int]:
        with imported.engine.connect() as conn:
            return [conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables]

    before = counts()
    again = resolve_report(imported, forum)
    assert (again.ties_new, again.organizations_linked, again.events_merged) == (0, 0, 0)
    assert counts() == before


def org_entity(store: Any, name: str) -> int:
    """Returns the entity id an organization name stands for."""
    from amity.store.rows import norm

    with store.engine.connect() as conn:
        table = schema.organizations
        row_id = conn.execute(
            select(table.c.id).where(table.c.normalized == norm(name))
        ).scalar_one()
        return canonical(conn, "organizations", [row_id])[row_id]


def test_acronyms_and_full_names_are_one_organization(imported: Any, forum: int) -> None:
    news = add(imported, NEWS, news_records(), published="2021-06-04")
    resolve_report(imported, news)
    full = "Chinese People's Association for Friendship with Foreign Countries"
    assert org_entity(imported, "CPAFFC") == org_entity(imported, full)
    network = org_entity(imported, "Silk Road NGO Cooperation Network")
    assert org_entity(imported, "SIRONET") == network
    assert org_entity(imported, "Silk Road NGO Cooperation Network (SIRONET)") == network
    with imported.engine.connect() as conn:
        table = schema.organizations
        row = conn.execute(select(table).where(table.c.id == org_entity(imported, full))).one()
    assert (row.kind, row.country) == ("friendship", "CN")


def test_the_same_event_in_two_reports_is_one_event_with_two_sources(
    imported: Any, forum: int
) -> None:
    news = add(imported, NEWS, news_records(), published="2021-06-04")
    assert resolve_report(imported, news).events_merged == 1
    with imported.engine.connect() as conn:
        e = schema.events
        ids = list(conn.execute(select(e.c.id).order_by(e.c.id)).scalars())
        assert set(canonical(conn, "events", ids).values()) == {ids[0]}


def test_people_get_their_country_and_dated_roles(imported: Any, forum: int) -> None:
    with imported.engine.connect() as conn:
        person = conn.execute(
            select(schema.persons).where(schema.persons.c.key == "lin songtian")
        ).one()
        found = timeline(conn, "Lin Songtian")
    assert person.country == "CN"
    assert found["kind"] == "person"
    assert [(i["date"], i["what"]) for i in found["items"]] == [("2021-06-03", "Chairman, CPAFFC")]


def test_a_report_tie_stored_before_the_registry_meets_it_on_import(
    store: Any, twins: Path
) -> None:
    report_id = add(store, FORUM, forum_records(), published="2021-06-03")
    resolve_report(store, report_id)
    assert not tie_to(store, "Wuhan", "Manchester")["in_registry"]
    import_registry(store, twins)
    tie = tie_to(store, "Wuhan", "Manchester")
    assert tie["in_registry"] and tie["in_reports"]
    assert sorted(s["source"] for s in tie["sources"]) == [
        "report",
        "wikidata",
        "wikipedia",
        "wikipedia",
    ]


def test_ingest_resolves_each_new_report(sqlite_imported: Any, tmp_path: Path) -> None:
    (tmp_path / "forum.txt").write_text(FORUM, encoding="utf-8")

    def extractor(text: str, **_: Any) -> dict[str, Any]:
        return {"published": None, **forum_records()}

    summary = ingest_paths(sqlite_imported, [tmp_path], extractor=extractor)
    assert summary.new == 1
    assert tie_to(sqlite_imported, "Rybinsk", "Chongzuo")["in_reports"]


def test_resolve_all_covers_every_report(imported: Any, forum: int) -> None:
    add(imported, NEWS, news_records(), published="2021-06-04")
    total = resolve_all(imported)
    assert total.reports == 2
    assert total.places_resolved == total.places == 7


@pytest.mark.parametrize(
    ("kind", "evidence", "expected"),
    [
        ("sister_city", "The two cities signed friendship city agreements.", "friendship_city"),
        ("sister_city", "They agreed to become friendly exchange cities.", "friendly_exchange"),
        ("sister_city", "They became twin towns.", "sister_city"),
        ("school", "The schools became friendly schools.", "school"),
        ("agreement", "They signed an MoU.", "agreement"),
    ],
)
def test_tie_type(kind: str, evidence: str, expected: str) -> None:
    assert tie_type(kind, evidence) == expected


def test_a_network_timeline_has_its_dated_memberships_under_any_of_its_names(
    imported: Any, forum: int
) -> None:
    news = add(imported, NEWS, news_records(), published="2021-06-04")
    resolve_report(imported, news)
    with imported.engine.connect() as conn:
        found = timeline(conn, "SIRONET")
    assert (found["kind"], found["name"]) == ("organization", "Silk Road NGO Cooperation Network")
    kinds = [(i["date"], i["kind"], i["report_id"]) for i in found["items"]]
    assert ("2021-06-02", "membership", forum) in kinds
    assert ("2021-06-02", "event", news) in kinds


def test_an_acronym_seen_before_its_full_name_joins_it_later(store: Any) -> None:
    first = "Choir news\n\nThe HYCA choir sang in Wuhan on 3 May 2022.\n"
    second = "More choir news\n\nThe Harbour Youth Cultural Association thanked Wuhan.\n"
    for text, org in ((first, "HYCA"), (second, "Harbour Youth Cultural Association")):
        evidence = text.splitlines()[2]
        records = {"events": [{"type": "culture", "title": "Choir", "start": None, "end": None,
                               "city": "Wuhan", "country": "CN", "organizers": [org],
                               "participants": None, "countries": [], "evidence": evidence}]}  # fmt: skip
        resolve_report(store, add(store, text, records))
    assert org_entity(store, "HYCA") == org_entity(store, "Harbour Youth Cultural Association")
    again = resolve_all(store)
    assert again.organizations_linked == 0


def test_a_person_with_an_honorific_is_the_same_person(imported: Any, forum: int) -> None:
    text = "A visit\n\nMr. Lin Songtian visited Rybinsk in July 2021.\n"
    records = {"people": [{"name": "Mr. Lin Songtian", "title": "Chairman", "organization": None,
                           "country": None, "evidence": text.splitlines()[2]}]}  # fmt: skip
    report_id = add(imported, text, records, published="2021-07-10")
    assert resolve_report(imported, report_id).people_linked == 1
    with imported.engine.connect() as conn:
        found = timeline(conn, "Lin Songtian")
        mister = timeline(conn, "Mr. Lin Songtian")
    assert [i["date"] for i in found["items"]] == ["2021-06-03", "2021-07-10"]
    assert mister["id"] == found["id"]


@pytest.mark.parametrize(
    ("name", "plain"),
    [("Mr. Wang Yi", "Wang Yi"), ("H.E. Lohela", "Lohela"), ("LIN SONGTIAN", "Lin Songtian"),
     ("Dr Ada Brightwater", "Ada Brightwater"), ("Mark Twain", "Mark Twain")],
)  # fmt: skip
def test_plain_name(name: str, plain: str) -> None:
    from amity.registry.people import plain_name

    assert plain_name(name) == plain


def test_a_failed_resolution_is_recorded_and_the_report_kept(sqlite_store: Any) -> None:
    from sqlalchemy import text

    from amity.registry.resolve import resolve_after_ingest

    report_id = add(sqlite_store, FORUM, forum_records())
    with sqlite_store.engine.begin() as conn:
        conn.execute(text("DROP TABLE tie_sources"))  # a damaged store
    message = resolve_after_ingest(sqlite_store, report_id, "forum.txt")
    assert message is not None and message.startswith("resolution failed")
    with sqlite_store.engine.connect() as conn:
        failures = conn.execute(select(schema.extraction_failures)).all()
    assert [(f.report_id, f.component) for f in failures] == [(report_id, "registry")]
    assert sqlite_store.report(report_id)["records"]["partnerships"]
