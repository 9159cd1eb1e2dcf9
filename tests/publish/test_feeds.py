"""Atom feeds of new records: structure, order, limits, scope, review states, escaping."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select, update

from amity.errors import NotFound
from amity.publish.feeds import clean, feed
from amity.records import ReportIn
from amity.registry.timeline import find_entity
from amity.store import schema
from tests.publish.plans_samples import event_id, load_exchanges
from tests.web.conftest import load_sample

NS = {"a": "http://www.w3.org/2005/Atom"}
BASE = "http://amity.test/"


def _parse(body: bytes) -> ET.Element:
    """Returns the feed element, checking the document is Atom."""
    assert body.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.fromstring(body)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def _stamp(text: str | None) -> datetime:
    """Returns an RFC 3339 timestamp, which must carry its zone."""
    assert text and text.endswith("Z"), text
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _titles(root: ET.Element) -> list[str]:
    return [str(e.findtext("a:title", namespaces=NS)) for e in root.findall("a:entry", NS)]


def test_feed_and_entries_have_what_atom_requires(store: Any) -> None:
    report = load_exchanges(store)
    root = _parse(feed(store, BASE))
    assert root.findtext("a:id", namespaces=NS) == "http://amity.test/feed.atom"
    assert root.findtext("a:title", namespaces=NS) == "Amity: new records"
    assert root.findtext("a:author/a:name", namespaces=NS) == "Amity"
    self_link = root.find("a:link[@rel='self']", NS)
    assert self_link is not None and self_link.get("href") == "http://amity.test/feed.atom"
    entries = root.findall("a:entry", NS)
    assert len(entries) == 7  # five events and two partnerships
    for entry in entries:
        page = entry.findtext("a:id", namespaces=NS)
        assert page and page.startswith("http://amity.test/records/")
        assert _stamp(entry.findtext("a:updated", namespaces=NS)) >= _stamp(
            entry.findtext("a:published", namespaces=NS)
        )
        alternate = entry.find("a:link[@rel='alternate']", NS)
        assert alternate is not None and alternate.get("href") == page
        related = entry.find("a:link[@rel='related']", NS)
        assert related is not None and related.get("href") == f"http://amity.test/reports/{report}"
        assert entry.findtext("a:summary", namespaces=NS)
    assert _stamp(root.findtext("a:updated", namespaces=NS)) == max(
        _stamp(e.findtext("a:updated", namespaces=NS)) for e in entries
    )
    forum = next(
        e for e in entries if e.findtext("a:title", namespaces=NS) == "Harbourton Youth Forum"
    )
    assert forum.findtext("a:summary", namespaces=NS) == (
        "forum · 2018-04-20 · Harbourton, CN · Harbourton Youth League · 80 participants · "
        "countries: JP, KE, CL\n"
        "“On 20 April 2018 the Harbourton Youth Forum gathered 80 students from Japan, Kenya and Chile.”\n"
        "Source: Harbourton District exchanges, January to June 2018"
    )
    category = forum.find("a:category", NS)
    assert category is not None and (category.get("term"), category.get("label")) == (
        "events",
        "forum",
    )


def test_newest_report_first_and_limited(store: Any) -> None:
    load_exchanges(store)
    load_sample(store, "cities")
    titles = _titles(_parse(feed(store, BASE)))
    # The cities report came last: its event, then its ties, then the Harbourton records.
    assert titles[:3] == ["Kyoto delegation visits Boston", "Paris – Kyoto", "Kyoto – Boston"]
    assert titles[3:8] == [
        "Harbourton trade fair",
        "Harbourton Culture Week",
        "Harbourton and Mombasa sign a sister city agreement",
        "Harbourton Youth Forum",
        "Harbourton teachers visit Nagano",
    ]
    assert _titles(_parse(feed(store, BASE, limit=2))) == titles[:2]
    assert len(_titles(_parse(feed(store, BASE, limit=10_000)))) == len(titles)


def test_rejected_records_leave_and_corrections_show(store: Any) -> None:
    report = load_exchanges(store)
    with store.engine.begin() as conn:  # stored long before it is reviewed
        stored = schema.reports.c.id == report
        conn.execute(
            update(schema.reports)
            .where(stored)
            .values(ingested_at=datetime(2020, 1, 1, tzinfo=UTC))
        )
    fair = event_id(store, "Harbourton trade fair")
    forum = event_id(store, "Harbourton Youth Forum")
    store.review("events", fair, "rejected", "ana")
    store.review("events", forum, "corrected", "ana", {"title": "Harbourton Youth Forum 2018"})
    root = _parse(feed(store, BASE))
    titles = _titles(root)
    assert "Harbourton trade fair" not in titles and "Harbourton Youth Forum 2018" in titles
    entry = root.findall("a:entry", NS)[titles.index("Harbourton Youth Forum 2018")]
    assert entry.findtext("a:published", namespaces=NS) == "2020-01-01T00:00:00Z"
    assert _stamp(entry.findtext("a:updated", namespaces=NS)) > datetime(2024, 1, 1, tzinfo=UTC)


def test_place_and_organization_feeds(store: Any) -> None:
    load_exchanges(store)
    load_sample(store, "cities")
    with store.engine.connect() as conn:
        kyoto = find_entity(conn, "Kyoto", "place")[1]
        league = find_entity(conn, "Harbourton Youth League", "organization")[1]
    root = _parse(feed(store, BASE, place_id=kyoto))
    assert root.findtext("a:title", namespaces=NS) == "Amity: new records of Kyoto"
    assert root.findtext("a:id", namespaces=NS) == f"http://amity.test/places/{kyoto}/feed.atom"
    assert sorted(_titles(root)) == ["Kyoto – Boston", "Paris – Kyoto"]
    org = _parse(feed(store, BASE, org_id=league))
    assert _titles(org) == ["Harbourton Youth Forum"]
    alternate = org.find("a:link[@rel='alternate']", NS)
    assert (
        alternate is not None
        and alternate.get("href") == f"http://amity.test/organizations/{league}"
    )
    with pytest.raises(NotFound, match="no place 99999"):
        feed(store, BASE, place_id=99999)


def test_hostile_text_stays_text(store: Any) -> None:
    load_sample(store, "hostile")
    body = feed(store, BASE)
    assert b"<script>" not in body and b"<img" not in body
    root = _parse(body)
    assert "<script>alert('title')</script>" in _titles(root)
    summaries = [e.findtext("a:summary", namespaces=NS) or "" for e in root.findall("a:entry", NS)]
    assert any('<img src=x onerror="alert(1)">' in s for s in summaries)


def test_characters_xml_cannot_hold_are_dropped(store: Any) -> None:
    text = "Page\x0cbreak report\n\nOn 1 May 2020 the Bell\x01ville choir\x1b visited Tonewood.\n"
    evidence = "On 1 May 2020 the Bell\x01ville choir\x1b visited Tonewood."
    start = text.index(evidence)
    report = ReportIn(source="ctl.txt", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                      title="Page\x0cbreak report", published="2020-05-02", language="en", fmt="text")  # fmt: skip
    event = {"type": "visit", "title": "Bell\x01ville choir visit", "start": "2020-05-01",
             "span": [start, start + len(evidence)], "confidence": 0.5}  # fmt: skip
    store.add_report(report, {"events": [event]})
    root = _parse(feed(store, BASE))
    assert _titles(root) == ["Bellville choir visit"]
    related = root.find("a:entry/a:link[@rel='related']", NS)
    assert related is not None and related.get("title") == "Pagebreak report"
    assert clean("a\x00b\ud800c\ufffed\te\nf") == "abcd\te\nf"


def test_empty_store_gives_a_valid_empty_feed(store: Any) -> None:
    root = _parse(feed(store, BASE))
    assert root.findall("a:entry", NS) == []
    _stamp(root.findtext("a:updated", namespaces=NS))
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.reports)).all() == []
