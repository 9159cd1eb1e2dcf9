"""Reading pages: home, search, reports, a report with its evidence, a record."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from amity.web import geo, network, search, views
from amity.web.context import cached, render, render_public, store_of

PAGE = 50


def home(request: Request) -> HTMLResponse:
    """The home page: counts, events per month, top countries, recent reports."""
    store = store_of(request)

    def context() -> dict[str, Any]:
        data = cached(request, "home", lambda: views.home(store))
        has_map = cached(request, "has map", lambda: geo.has_map(store))
        peak = max((m["events"] for m in data["events_per_month"]), default=0)
        return {"data": data, "peak": peak, "has_map": has_map}

    return render_public(request, "home", "home.html", context)


def search_page(
    request: Request,
    q: str = "",
    kind: str = "",
    type: str = "",  # noqa: A002 - the facet's name in the address
    country: str = "",
    year: str = "",
    org: str = "",
    page: int = Query(1, ge=1),
) -> HTMLResponse:
    """The search page: hits with facets to narrow them."""
    chosen = {"kind": kind, "type": type, "country": country, "year": year, "org": org}

    def context() -> dict[str, Any]:
        found = search.kept(request, q, chosen, limit=PAGE, offset=(page - 1) * PAGE)
        return {"found": found, "page": page, "size": PAGE}

    key = (" ".join(q.split()), tuple(sorted(chosen.items())), page)
    return render_public(request, key, "search.html", context)


def reports_page(request: Request, page: int = Query(1, ge=1)) -> HTMLResponse:
    """The list of reports, newest first."""
    rows = store_of(request).reports(limit=PAGE, offset=(page - 1) * PAGE)
    return render(request, "reports.html", reports=rows, page=page, size=PAGE)


def report_page(request: Request, report_id: int) -> HTMLResponse:
    """A report: its text with every evidence span linked to its record."""
    report = views.report_page(store_of(request), report_id)
    return render(request, "report.html", report=report)


def record_page(request: Request, kind: str, record_id: int) -> HTMLResponse:
    """A record: its fields, evidence, review state and history, and the form to correct it."""
    record = views.record_page(store_of(request), kind, record_id)
    return render(request, "record.html", record=record, kind=kind)


def network_page(
    request: Request, side: str = "places", country: str = "", region: str = ""
) -> HTMLResponse:
    """The network of ties, drawn and filterable, with its most central nodes listed."""
    key = ("network", side, country.upper(), region.upper(), network.MAX_NODES)
    found = cached(request, key, lambda: network.graph(store_of(request), side, country, region))
    filters = {"side": side, "country": country.upper(), "region": region.upper()}
    return render(request, "network.html", found=found, filters=filters, regions=network.REGIONS)


def router() -> APIRouter:
    """Returns the reading pages' routes."""
    r = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
    r.add_api_route("/", home, methods=["GET"])
    r.add_api_route("/search", search_page, methods=["GET"])
    r.add_api_route("/reports", reports_page, methods=["GET"])
    r.add_api_route("/reports/{report_id}", report_page, methods=["GET"])
    r.add_api_route("/records/{kind}/{record_id}", record_page, methods=["GET"])
    r.add_api_route("/network", network_page, methods=["GET"])
    return r
