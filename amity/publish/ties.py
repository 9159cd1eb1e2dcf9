"""The ties of a place or organization (registry and reports), each with its partner and sources."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from amity.publish.scope import Scope
from amity.registry.queries import sources_of
from amity.store import schema
from amity.store.registry import canonical, chunks
from amity.web.entities import registry_ties


def shaped(tie: dict[str, Any]) -> dict[str, Any]:
    """Returns a tie with the report ids among its sources, its sources left out."""
    reports = [s["report_id"] for s in tie.get("sources", []) if s.get("report_id")]
    out = {k: v for k, v in tie.items() if k not in ("sources", "a", "b")}
    out["report_ids"] = list(dict.fromkeys(reports))
    return out


def place_ties(conn: Connection, scope: Scope) -> list[dict[str, Any]]:
    """Returns the ties of a place entity, partner first, as the place page shows them."""
    return [shaped(t) for t in registry_ties(conn, scope.entity["id"])]


def org_ties(conn: Connection, scope: Scope) -> list[dict[str, Any]]:
    """Returns the ties between the organization and other organizations."""
    t, o = schema.ties, schema.organizations
    rows: list[Any] = []
    for part in chunks(scope.ids):
        query = select(t).where(or_(t.c.a_org_id.in_(part), t.c.b_org_id.in_(part)))
        rows += conn.execute(query).all()
    ends = canonical(conn, "organizations", [i for r in rows for i in (r.a_org_id, r.b_org_id)])
    names = {
        row.id: {"id": row.id, "name": row.name, "country": row.country}
        for row in conn.execute(select(o).where(o.c.id.in_(list(ends.values()) or [0])))
    }
    sources = sources_of(conn, [r.id for r in rows])
    out = []
    for row in rows:
        a, b = ends[row.a_org_id], ends[row.b_org_id]
        other = b if a == scope.entity["id"] else a
        tie = {
            "id": row.id, "type": row.type, "status": row.status, "established": row.established,
            "in_registry": bool(row.in_registry), "in_reports": bool(row.in_reports),
            "partner": names.get(other, {"id": other, "name": "?", "country": None}),
            "sources": sources.get(row.id, []),
        }  # fmt: skip
        out.append(shaped(tie))
    return sorted(out, key=lambda x: (x["partner"]["country"] or "~", str(x["partner"]["name"])))
