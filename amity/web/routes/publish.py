"""Digests, profiles and anniversaries as pages (or downloads) and their JSON twins."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from amity.errors import InputError
from amity.publish import render as renderer
from amity.publish.anniversaries import anniversaries
from amity.publish.digest import digest, recent_period
from amity.publish.profile import profile_of
from amity.web.context import render, store_of

MEDIA = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
}
PROFILE_KINDS = {"place": "place", "org": "organization"}


def _digest_data(request: Request, start: str, end: str, org: str, place: str) -> dict[str, Any]:
    """Returns the digest the query asks for (the latest six months when no period is given)."""
    store = store_of(request)
    if not start:
        start, end = recent_period(store)
    return digest(store, start, end or None, org=org or None, place=place or None)


def _profile_data(request: Request, kind: str, entity_id: int) -> dict[str, Any]:
    """Returns the profile of /profile/place/ID or /profile/org/ID."""
    if kind not in PROFILE_KINDS:
        raise InputError(f"no profiles of {kind!r}", "use /profile/place/ID or /profile/org/ID")
    return profile_of(store_of(request), PROFILE_KINDS[kind], entity_id)


def _page(
    request: Request, document: str, data: dict[str, Any], fmt: str, **extra: Any
) -> Response:
    """Returns the document as a page, or as a download in another format."""
    if fmt and fmt != "page":
        renderer.check(document, fmt)
        base = str(request.base_url).rstrip("/")
        content = renderer.render(document, data, fmt, base)
        name = f"{document}.{fmt}"
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        return Response(content, media_type=MEDIA[fmt], headers=headers)
    body = renderer.body_html(document, data)
    return render(request, f"{document}.html", data=data, body=body, **extra)


def digest_page(
    request: Request,
    start: str = Query("", alias="from"),
    end: str = Query("", alias="to"),
    org: str = "",
    place: str = "",
    format: str = "page",  # noqa: A002 - the parameter's name in the address
) -> Response:
    """A digest of a period: totals, charts, items by month; ?format=md|html|pdf downloads it."""
    data = _digest_data(request, start, end, org, place)
    return _page(request, "digest", data, format, query={"org": org, "place": place})


def digest_api(
    request: Request,
    start: str = Query("", alias="from"),
    end: str = Query("", alias="to"),
    org: str = "",
    place: str = "",
) -> dict[str, Any]:
    """The digest of a period (months from..to), of one organization or place if given."""
    return _digest_data(request, start, end, org, place)


def profile_page(request: Request, kind: str, entity_id: int, format: str = "page") -> Response:  # noqa: A002
    """The exchange profile of a place or organization; ?format=md|html|pdf downloads it."""
    return _page(request, "profile", _profile_data(request, kind, entity_id), format)


def profile_api(request: Request, kind: str, entity_id: int) -> dict[str, Any]:
    """The exchange profile of a place (kind 'place') or organization (kind 'org')."""
    return _profile_data(request, kind, entity_id)


def anniversaries_page(
    request: Request,
    within: str = "90d",
    start: str = Query("", alias="from"),
    format: str = "page",  # noqa: A002
) -> Response:
    """Ties with a round anniversary in the window; ?format=md|html|pdf downloads the list."""
    data = anniversaries(store_of(request), within, start or None)
    return _page(request, "anniversaries", data, format, within=within)


def anniversaries_api(
    request: Request, within: str = "90d", start: str = Query("", alias="from")
) -> dict[str, Any]:
    """Ties whose 5th, 10th, ... 70th anniversary falls in the window (default 90 days from today)."""
    return anniversaries(store_of(request), within, start or None)


def router() -> APIRouter:
    """Returns the publishing pages and their API twins."""
    r = APIRouter()
    pages = (
        ("/digest", digest_page),
        ("/profile/{kind}/{entity_id}", profile_page),
        ("/anniversaries", anniversaries_page),
    )
    for path, page in pages:
        r.add_api_route(path, page, methods=["GET"], include_in_schema=False)
    r.add_api_route("/api/digest", digest_api, methods=["GET"], tags=["publish"])
    r.add_api_route(
        "/api/profile/{kind}/{entity_id}", profile_api, methods=["GET"], tags=["publish"]
    )
    r.add_api_route("/api/anniversaries", anniversaries_api, methods=["GET"], tags=["publish"])
    return r
