"""A digest's items: one per event or new tie, a short paragraph built from the record.

The paragraph says what, when, where, who and how many, in plain text (the renderers
escape it); the same event told by two reports is one item with two sources.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from amity.publish.common import country_name, date_phrase, names_list
from amity.store.rows import as_list, party

TIE_WORDS = {
    "sister_city": "became sister cities",
    "school": "became friendly schools",
    "agreement": "signed an agreement",
}


def place_text(city: str | None, country: str | None) -> str:
    """Returns 'Beijing, China', 'China', 'Beijing' or ''."""
    return ", ".join(x for x in (city, country_name(country)) if x)


def event_countries(record: dict[str, Any]) -> list[str]:
    """Returns the countries an event names: where it was and whom it gathered."""
    codes = [record.get("country"), *as_list(record.get("countries"))]
    return [c for c in dict.fromkeys(codes) if c]


def person_text(person: dict[str, Any]) -> str:
    """Returns 'Name (title)' or 'Name'."""
    title = person.get("title")
    return f"{person['name']} ({title})" if title else str(person["name"])


def people_at(people: list[dict[str, Any]], record: dict[str, Any]) -> list[dict[str, Any]]:
    """Returns the people the same report names within the record's evidence."""
    span = record.get("span")
    if not span:
        return []
    return [
        p
        for p in people
        if p["report_id"] == record["report_id"]
        and p.get("span")
        and p["span"][0] < span[1]
        and span[0] < p["span"][1]
        and p.get("name")
    ]


def event_paragraph(record: dict[str, Any], people: list[dict[str, Any]]) -> str:
    """Returns the paragraph of an event: when and where, what, who organized, who came, how many."""
    when = date_phrase(record.get("start"))
    where = place_text(record.get("city"), record.get("country"))
    what = record.get("title") or (record.get("type") or "event").capitalize()
    head = ", ".join(x for x in (when, f"in {where}" if where else "") if x)
    text = f"{head}: {what}" if head else str(what)
    text += f" ({record['type']})." if record.get("type") else "."
    organizers = [str(o) for o in as_list(record.get("organizers")) if o]
    if organizers:
        text += f" Organized by {names_list(organizers)}."
    if people:
        text += f" With {names_list(person_text(p) for p in people)}."
    count, countries = record.get("participants"), event_countries(record)
    if count:
        text += f" {count} participants."
    if len(countries) > 1:
        text += f" Countries: {names_list(country_name(c) for c in countries)}."
    return text


def tie_paragraph(record: dict[str, Any]) -> str:
    """Returns the paragraph of a new tie: when, the two sides, what they did."""
    a, b = party(record.get("a")), party(record.get("b"))
    sides = [
        f"{s['name']} ({country_name(s['country'])})" if s["country"] else str(s["name"] or "?")
        for s in (a, b)
    ]
    when = date_phrase(record.get("date"))
    if record.get("type") == "membership":
        text = f"{sides[0]} joined {sides[1]}"
    else:
        verb = TIE_WORDS.get(str(record.get("type")), "established a tie")
        text = f"{sides[0]} and {sides[1]} {verb}"
    return f"{when}, {text}." if when else f"{text[0].upper()}{text[1:]}."


def event_item(
    records: list[dict[str, Any]], people: list[dict[str, Any]], reports: dict[int, Any]
) -> dict[str, Any]:
    """Returns the item of one event told by one or more records (the first one speaks)."""
    first = records[0]
    met = people_at(people, first)
    return {
        "kind": "event", "id": first["id"], "date": first.get("start"),
        "type": first.get("type"), "title": first.get("title") or first.get("type") or "event",
        "where": place_text(first.get("city"), first.get("country")),
        "who": [str(o) for o in as_list(first.get("organizers")) if o],
        "people": [person_text(p) for p in met],
        "participants": first.get("participants"), "countries": event_countries(first),
        "text": event_paragraph(first, met),
        "sources": sources_of(records, reports), "review_state": first["review_state"],
    }  # fmt: skip


def tie_item(record: dict[str, Any], reports: dict[int, Any]) -> dict[str, Any]:
    """Returns the item of a tie a report states."""
    a, b = party(record.get("a")), party(record.get("b"))
    return {
        "kind": "tie", "id": record["id"], "date": record.get("date"),
        "type": record.get("type"), "title": f"{a['name'] or '?'} – {b['name'] or '?'}",
        "where": "", "who": [x for x in (a["name"], b["name"]) if x], "people": [],
        "participants": None, "countries": [c for c in (a["country"], b["country"]) if c],
        "text": tie_paragraph(record), "sources": sources_of([record], reports),
        "review_state": record["review_state"],
    }  # fmt: skip


def sources_of(records: list[dict[str, Any]], reports: dict[int, Any]) -> list[dict[str, Any]]:
    """Returns the source reports of records: {report_id, record_ids, title, url}, each once."""
    out: dict[int, dict[str, Any]] = {}
    for record in records:
        ref = reports.get(record["report_id"], {})
        source = out.setdefault(
            record["report_id"],
            {"report_id": record["report_id"], "kind": record["kind"], "record_ids": [],
             "title": ref.get("title") or f"report {record['report_id']}", "url": ref.get("url")},
        )  # fmt: skip
        source["record_ids"].append(record["id"])
    return list(out.values())


def group_events(records: list[dict[str, Any]], same: dict[int, int]) -> list[list[dict[str, Any]]]:
    """Returns the event records grouped by the event they report (canonical id), first first."""
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[same.get(record["id"], record["id"])].append(record)
    return [sorted(g, key=lambda r: r["id"]) for g in groups.values()]
