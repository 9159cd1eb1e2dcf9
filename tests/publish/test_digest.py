"""Digests: what goes in (never rejected records), totals, months, scope, and seed 002's months."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest

from amity.errors import InputError, NotFound
from amity.publish.digest import digest
from amity.publish.render import body_html
from tests.publish.conftest import SEED_002, gold, load_report, reject


class Months(HTMLParser):
    """Collects the ids and text of the items of each month section of a digest's HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.month: str | None = None
        self.item: str | None = None
        self.ids: dict[str, list[str]] = {}
        self.text: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "section" and found.get("data-month"):
            self.month = found["data-month"]
            self.ids[self.month], self.text[self.month] = [], ""
        if tag == "p" and self.month and "item" in (found.get("class") or ""):
            self.ids[self.month].append(str(found.get("id")))

    def handle_data(self, data: str) -> None:
        if self.month:
            self.text[self.month] += data


def months_of(data: dict[str, Any]) -> Months:
    """Returns the month sections of a digest as rendered in HTML."""
    parser = Months()
    parser.feed(str(body_html("digest", data)))
    return parser


def all_items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Returns every item of a digest."""
    return [item for month in data["months"] for item in month["items"]]


def test_rejected_records_never_appear(store: Any) -> None:
    report_id = load_report(store, "lakeford")
    before = digest(store, "2021-01", "2021-06")
    concert = reject(store, report_id, "events", "Lakeside concert")
    after = digest(store, "2021-01", "2021-06")
    assert f"event-{concert}" in months_of(before).ids["2021-04"]
    assert all(i["id"] != concert or i["kind"] != "event" for i in all_items(after))
    assert "concert" not in str(body_html("digest", after)).lower()
    assert after["totals"]["events"] == before["totals"]["events"] - 1
    assert after["totals"]["participants"] == before["totals"]["participants"] - 40
    assert "FR" not in {c["code"] for c in after["countries"]}


def test_totals_months_and_paragraphs(lakeford: Any) -> None:
    data = digest(lakeford, "2021-03", "2021-05")
    events = [i for i in all_items(data) if i["kind"] == "event"]
    ties = [i for i in all_items(data) if i["kind"] == "tie"]
    assert data["totals"]["events"] == len(events) == 2
    assert data["totals"]["new_ties"] == len(ties) == 2
    assert data["totals"]["participants"] == sum(i["participants"] or 0 for i in events)
    assert [m["month"] for m in data["months"]] == ["2021-03", "2021-04", "2021-05"]
    assert [m["events"] for m in data["months"]] == [1, 0, 1]
    forum = next(i for i in events if i["type"] == "forum")
    for fact in ("12 March 2021", "Lakeford", "Lakeford Youth Forum", "120 participants",
                 "Lakeford Friendship Office", "China"):  # fmt: skip
        assert fact in forum["text"]
    visit = next(i for i in events if i["type"] == "visit")
    assert "Anna Brook (Mayor of Lakeford)" in visit["text"]
    assert visit["sources"][0]["report_id"] is not None
    dates = [i["date"] for m in data["months"] for i in m["items"]]
    assert dates == sorted(dates)


def test_items_outside_the_period_are_left_out(lakeford: Any) -> None:
    data = digest(lakeford, "2021-04", "2021-04")
    assert {i["kind"] for i in all_items(data)} == {"tie"}
    assert data["totals"]["events"] == 0


@pytest.mark.parametrize(
    ("option", "name", "kinds"),
    [("place", "Lakeford", {"event", "tie"}), ("place", "Novosibirsk", {"event"}),
     ("org", "Lakeford Friendship Office", {"event"})],
)  # fmt: skip
def test_scope_of_a_place_or_organization(
    lakeford: Any, option: str, name: str, kinds: set[str]
) -> None:
    data = digest(lakeford, "2021-01", "2021-12", **{option: name})
    assert data["scope"]["name"].startswith(name[:5])
    assert {i["kind"] for i in all_items(data)} == kinds
    assert name in data["title"] or data["scope"]["name"] in data["title"]


def test_unknown_scope_and_both_scopes_are_errors(lakeford: Any) -> None:
    with pytest.raises(NotFound, match="Atlantis"):
        digest(lakeford, "2021-01", place="Atlantis")
    with pytest.raises(InputError, match="not both"):
        digest(lakeford, "2021-01", org="A", place="B")


def test_the_same_event_in_two_reports_is_one_item_with_two_sources(lakeford: Any) -> None:
    from tests.publish.conftest import DATA, store_text

    text = "Echo bulletin. " + (DATA / "lakeford.txt").read_text(encoding="utf-8")
    import json

    records = json.loads((DATA / "lakeford.json").read_text(encoding="utf-8"))
    records = {"events": records["events"][:1], "partnerships": [], "people": [], "figures": []}
    store_text(lakeford, text, records, "tests/echo.txt", title="Echo", published="2021-07-01")
    forums = [i for i in all_items(digest(lakeford, "2021-03")) if i["type"] == "forum"]
    assert len(forums) == 1
    assert len({s["report_id"] for s in forums[0]["sources"]}) == 2


@pytest.mark.corpus
def test_gold_seed_002_every_dated_item_in_its_month(gold_store: Any) -> None:
    """January to June 2018: each dated gold event of seed 002 is an item of its month."""
    data = digest(gold_store, "2018-01", "2018-06")
    sections = months_of(data)
    wanted = [
        e for e in gold(SEED_002)["events"] if "2018-01" <= str(e.get("start"))[:7] <= "2018-06"
    ]
    assert wanted
    for event in wanted:
        month = event["start"][:7]
        titles = [i["title"] for i in data["months"][int(month[5:]) - 1]["items"]]
        assert event["title"] in titles, f"{event['title']!r} not in {month}"
        assert re.sub(r"\s+", " ", event["title"]) in re.sub(r"\s+", " ", sections.text[month])
    assert data["totals"]["events"] == len(wanted)


@pytest.mark.corpus
def test_seed_002_extracted_items_sit_in_the_month_gold_gives(seeds_store: Any) -> None:
    """The seeds as extracted: each gold event the extractor found is in its gold month."""
    report = next(r for r in seeds_store.reports(limit=100) if SEED_002 in r["source"])
    text = seeds_store.report(report["id"])["text"]
    events = seeds_store.records(report_id=report["id"], kind="events", limit=None)
    data = digest(seeds_store, "2018-01", "2018-06")
    html = months_of(data).ids
    assert html == {m["month"]: [f"{i['kind']}-{i['id']}" for i in m["items"]]
                    for m in data["months"] if m["items"]}  # fmt: skip
    # An item stands for every record of its event (reports telling the same event).
    told = {m["month"]: {f"event-{r}" for i in m["items"] if i["kind"] == "event"
                         for s in i["sources"] for r in s["record_ids"]} for m in data["months"]}  # fmt: skip
    wanted = [
        e for e in gold(SEED_002)["events"] if "2018-01" <= str(e.get("start"))[:7] <= "2018-06"
    ]
    found = 0
    for event in wanted:
        start = text.find(event["evidence"])
        span = (start, start + len(event["evidence"]))
        ids = [f"event-{r['id']}" for r in events if r["span"] and r["span"][0] < span[1]
               and span[0] < r["span"][1] and str(r["start"])[:7] == event["start"][:7]]  # fmt: skip
        if ids:
            found += 1
            assert set(ids) & told[event["start"][:7]], event["title"]
    # The extraction gate guards recall; here most gold items must reach the digest at all.
    assert found >= 0.9 * len(wanted), f"{found} of {len(wanted)} gold items extracted"
