"""The JSON API: the same query functions as the pages, as JSON, described by OpenAPI."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Query, Request, Response

from amity.store.rows import check_kind, check_state
from amity.web import geo, network, search, views
from amity.web.context import cached, current_user, store_of

Rows = list[dict[str, Any]]


def json_list(request: Request, key: Any, rows: Callable[[], Any]) -> Response:
    """Returns the rows() of a list page as JSON, kept by the cache until the store changes.

    List pages skip FastAPI's validation and encoding of a returned value (their declared
    response_model still describes them in OpenAPI): for a page of records that took
    longer than reading them. The JSON is written once per version of the store.
    """

    def body() -> bytes:
        text = json.dumps(rows(), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8")

    return Response(cached(request, key, body), media_type="application/json")


def home_api(request: Request) -> dict[str, Any]:
    """Counts, events per month, top partner countries and recent reports."""
    return dict(cached(request, "home", lambda: views.home(store_of(request))))


def search_api(
    request: Request,
    q: str = Query("", description="words to find in reports and records"),
    kind: str = Query("", description="report, events, partnerships, people or figures"),
    type: str = Query("", description="event or partnership type"),  # noqa: A002
    country: str = Query("", description="ISO country code"),
    year: str = Query("", description="four-digit year"),
    org: str = Query("", description="organization name as written"),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Ranked hits with facet counts (kind, type, country, year, organization)."""
    chosen = {"kind": kind, "type": type, "country": country, "year": year, "org": org}
    return dict(search.kept(request, q, chosen, limit=limit, offset=offset))


def reports_api(
    request: Request,
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
    order: str = Query(
        "-ingested", description="ingested, published, title, id or source; '-' first to reverse"
    ),
) -> Response:
    """Reports without their text, with record counts."""
    store = store_of(request)
    key = ("reports", limit, offset, order)
    return json_list(request, key, lambda: store.reports(limit=limit, offset=offset, order=order))


def report_api(request: Request, report_id: int) -> dict[str, Any]:
    """A report with its text, its records by kind, and the text cut into highlighted segments."""
    return views.report_page(store_of(request), report_id)


def records_api(
    request: Request,
    kind: str,
    report_id: int | None = None,
    state: str | None = None,
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
    after: int | None = Query(
        None, description="only ids above this: pass the last id of a page to get the next one"
    ),
) -> Response:
    """Records of one kind by id, optionally of one report or in one review state.

    Page with `after` (the last id of the previous page): as fast on the last page as on
    the first, where `offset` steps over every record before the page.
    """
    state, kind, store = check_state(state) if state else None, check_kind(kind), store_of(request)
    key = ("records", kind, report_id, state, limit, offset, after)
    return json_list(
        request, key, lambda: store.records(report_id, kind, state, limit, offset, after)
    )


def record_api(request: Request, kind: str, record_id: int) -> dict[str, Any]:
    """One record with its report and review history."""
    return views.record_page(store_of(request), kind, record_id)


def stats_api(request: Request) -> dict[str, int]:
    """Row counts of reports, each record kind, places, organizations and failures."""
    return dict(store_of(request).stats())


def me_api(request: Request) -> dict[str, Any]:
    """The signed-in user (null when nobody is signed in)."""
    return {"user": current_user(request)}


def map_api(request: Request) -> dict[str, Any]:
    """The world map: places with events (and their counts) and ties as [place, place] lines."""
    return dict(cached(request, "map", lambda: geo.world_map(store_of(request))))


def network_api(
    request: Request,
    side: str = Query("places", description="places (sister cities) or organizations"),
    country: str = Query("", description="keep ties with an end in this country (ISO code)"),
    region: str = Query("", description="keep ties with an end in this continent (AS, EU, AF...)"),
    limit: int = Query(network.MAX_NODES, ge=1, le=5000, description="most connected nodes kept"),
) -> dict[str, Any]:
    """The network of ties with degree and betweenness centrality per node."""
    key = ("network", side, country.upper(), region.upper(), limit)
    return dict(
        cached(request, key, lambda: network.graph(store_of(request), side, country, region, limit))
    )


def router() -> APIRouter:
    """Returns the API's reading routes."""
    r = APIRouter(prefix="/api")
    r.add_api_route("/home", home_api, methods=["GET"], tags=["home"])
    r.add_api_route("/stats", stats_api, methods=["GET"], tags=["home"])
    r.add_api_route("/search", search_api, methods=["GET"], tags=["search"])
    r.add_api_route("/reports", reports_api, methods=["GET"], tags=["reports"], response_model=Rows)
    r.add_api_route("/reports/{report_id}", report_api, methods=["GET"], tags=["reports"])
    r.add_api_route(
        "/records/{kind}", records_api, methods=["GET"], tags=["records"], response_model=Rows
    )
    r.add_api_route("/records/{kind}/{record_id}", record_api, methods=["GET"], tags=["records"])
    r.add_api_route("/me", me_api, methods=["GET"], tags=["users"])
    r.add_api_route("/map", map_api, methods=["GET"], tags=["map"])
    r.add_api_route("/network", network_api, methods=["GET"], tags=["network"])
    return r
