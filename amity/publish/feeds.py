"""Atom 1.0 feeds of new records: of everything, of a place, of an organization.

A feed lists the newest events and partnerships (records are numbered as reports come in,
so the highest ids are the newest), never rejected ones, at most `limit`. Each entry links
to its record's page and to its source report. The XML is built with ElementTree, which
escapes text; characters XML 1.0 cannot hold (control characters from PDFs) are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.engine import Connection

from amity.errors import NotFound
from amity.store import schema
from amity.store.queries import record_dict, record_select
from amity.store.registry import canonical, members
from amity.store.rows import title

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50
MAX_LIMIT = 200
KINDS = ("events", "partnerships")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SCOPES = {"place": schema.places, "organization": schema.organizations}


def clean(text: Any) -> str:
    """Returns text without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", str(text or ""))


def scope_of(conn: Connection, kind: str, entity_id: int) -> dict[str, Any]:
    """Returns {kind, id, name, ids} of a place or organization (with its other names); NotFound."""
    table, plural = SCOPES[kind], f"{kind}s" if kind == "place" else "organizations"
    entity_id = canonical(conn, plural, [entity_id])[entity_id]
    row = conn.execute(select(table).where(table.c.id == entity_id)).mappings().first()
    if row is None:
        raise NotFound(f"no {kind} {entity_id}", "search for it by name")
    name = row.get("canonical_name") or row["name"]
    return {"kind": kind, "id": entity_id, "name": name, "ids": members(conn, plural, entity_id)}


def _where(kind: str, scope: dict[str, Any] | None) -> list[Any]:
    """Returns the conditions keeping a kind's unrejected records of the scope."""
    table = schema.record_table(kind)
    found = [table.c.review_state != "rejected"]
    if scope is None:
        return found
    ids = scope["ids"]
    if kind == "events" and scope["kind"] == "place":
        return [*found, table.c.place_id.in_(ids)]
    if kind == "events":
        hosts = schema.event_organizers
        return [
            *found,
            table.c.id.in_(select(hosts.c.event_id).where(hosts.c.organization_id.in_(ids))),
        ]
    side = "place_id" if scope["kind"] == "place" else "org_id"
    return [*found, or_(table.c[f"a_{side}"].in_(ids), table.c[f"b_{side}"].in_(ids))]


def _newest(kind: str, scope: dict[str, Any] | None, limit: int) -> Select[Any]:
    """Returns the SELECT of a kind's newest records of the scope with their report."""
    table, report = schema.record_table(kind), schema.reports.alias("source_report")
    return (
        record_select(kind)
        .add_columns(
            report.c.title.label("report_title"), report.c.ingested_at.label("ingested_at")
        )
        .join(report, report.c.id == table.c.report_id)
        .where(*_where(kind, scope))
        .order_by(None)
        .order_by(table.c.id.desc())
        .limit(limit)
    )


def entries(
    conn: Connection, scope: dict[str, Any] | None, limit: int = LIMIT
) -> list[dict[str, Any]]:
    """Returns the newest unrejected events and partnerships of the scope, newest first."""
    found = []
    for kind in KINDS:
        for row in conn.execute(_newest(kind, scope, limit)):
            record = record_dict(kind, row)
            record.update(report_title=row.report_title, ingested_at=row.ingested_at)
            found.append(record)
    found.sort(key=lambda r: (r["ingested_at"], r["kind"] == "events", r["id"]), reverse=True)
    return found[:limit]


def summary(record: dict[str, Any]) -> str:
    """Returns what an entry says: what, when, where, who, how many, and the report's words."""
    if record["kind"] == "events":
        place = ", ".join(str(x) for x in (record.get("city"), record.get("country")) if x)
        facts = [record.get("type"), record.get("start"), place,
                 ", ".join(record.get("organizers") or []),
                 f"{record['participants']} participants" if record.get("participants") else None,
                 "countries: " + ", ".join(record["countries"]) if record.get("countries") else None]  # fmt: skip
    else:
        facts = [(record.get("type") or "").replace("_", " "), record.get("date")]
    lines = [" · ".join(str(f) for f in facts if f)]
    if record.get("evidence"):
        lines.append(f"“{record['evidence']}”")
    lines.append(f"Source: {record.get('report_title') or 'report ' + str(record['report_id'])}")
    return "\n".join(line for line in lines if line)


def _add(parent: ET.Element, tag: str, text: Any = None, **attrs: str) -> ET.Element:
    """Returns a new Atom child element of parent with text and attributes, cleaned."""
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: clean(v) for k, v in attrs.items()})
    if text is not None:
        element.text = clean(text)
    return element


def _stamp(value: datetime | None) -> str:
    """Returns an RFC 3339 timestamp in UTC (naive ones are UTC already)."""
    value = _utc(value or datetime.now(UTC))
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def updated(record: dict[str, Any]) -> datetime:
    """Returns when a record last changed: stored, or reviewed since."""
    stored = _utc(record["ingested_at"])
    reviewed = record.get("reviewed_at")
    return max(stored, _utc(datetime.fromisoformat(reviewed))) if reviewed else stored


def _utc(value: datetime) -> datetime:
    """Returns a timestamp in UTC (SQLite's naive ones are UTC already)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _entry(feed: ET.Element, base: str, record: dict[str, Any]) -> None:
    """Adds the entry of one record to the feed."""
    page = f"{base}/records/{record['kind']}/{record['id']}"
    entry = _add(feed, "entry")
    _add(entry, "id", page)
    _add(entry, "title", title(record["kind"], record), type="text")
    _add(entry, "published", _stamp(record["ingested_at"]))
    _add(entry, "updated", _stamp(updated(record)))
    _add(entry, "link", rel="alternate", type="text/html", href=page)
    report = f"{base}/reports/{record['report_id']}"
    _add(entry, "link", rel="related", type="text/html", href=report,
         title=str(record.get("report_title") or ""))  # fmt: skip
    _add(entry, "category", term=record["kind"], label=str(record.get("type") or record["kind"]))
    _add(entry, "summary", summary(record), type="text")


def atom(base: str, scope: dict[str, Any] | None, records: list[dict[str, Any]]) -> bytes:
    """Returns the Atom document of the records (newest first) as UTF-8 XML."""
    ET.register_namespace("", ATOM)
    path = (
        f"/{'places' if scope['kind'] == 'place' else 'organizations'}/{scope['id']}"
        if scope
        else ""
    )
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", f"{base}{path}/feed.atom")
    _add(feed, "title", f"Amity: new records of {scope['name']}" if scope else "Amity: new records")
    newest = max((_stamp(r["ingested_at"]) for r in records), default=_stamp(None))
    _add(feed, "updated", newest)
    _add(_add(feed, "author"), "name", "Amity")
    _add(feed, "link", rel="self", type="application/atom+xml", href=f"{base}{path}/feed.atom")
    _add(feed, "link", rel="alternate", type="text/html", href=f"{base}{path or '/'}")
    _add(feed, "generator", "Amity")
    for record in records:
        _entry(feed, base, record)
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


def feed(
    store: Any,
    base: str,
    place_id: int | None = None,
    org_id: int | None = None,
    limit: int = LIMIT,
) -> bytes:
    """Returns the Atom feed of new records: all, of a place, or of an organization."""
    base = base.rstrip("/")
    limit = max(1, min(limit, MAX_LIMIT))
    with store.engine.connect() as conn:
        scope = None
        if place_id is not None:
            scope = scope_of(conn, "place", place_id)
        elif org_id is not None:
            scope = scope_of(conn, "organization", org_id)
        return atom(base, scope, entries(conn, scope, limit))
