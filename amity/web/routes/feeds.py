"""Atom feeds of new records: everything, a place's, an organization's."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from amity.publish.feeds import LIMIT, MAX_LIMIT, feed
from amity.web.context import cached, store_of

ATOM_TYPE = "application/atom+xml; charset=utf-8"


def _atom(
    request: Request, limit: int, place_id: int | None = None, org_id: int | None = None
) -> Response:
    """Returns the feed as an Atom response; the feed of everything is kept until the store changes."""
    base = str(request.base_url)

    def build() -> bytes:
        return feed(store_of(request), base, place_id, org_id, limit)

    # Only the main feed is kept: one entry per place would let crawlers fill the memory.
    scoped = place_id is not None or org_id is not None
    body = build() if scoped else cached(request, ("feed", base, limit), build)
    return Response(body, media_type=ATOM_TYPE)


def all_feed(request: Request, limit: int = Query(LIMIT, ge=1, le=MAX_LIMIT)) -> Response:
    """The newest events and partnerships of every report, never rejected ones."""
    return _atom(request, limit)


def place_feed(
    request: Request, place_id: int, limit: int = Query(LIMIT, ge=1, le=MAX_LIMIT)
) -> Response:
    """The newest events at a place and partnerships of it."""
    return _atom(request, limit, place_id=place_id)


def organization_feed(
    request: Request, org_id: int, limit: int = Query(LIMIT, ge=1, le=MAX_LIMIT)
) -> Response:
    """The newest events an organization organized and partnerships it is a party to."""
    return _atom(request, limit, org_id=org_id)


def router() -> APIRouter:
    """Returns the feed routes."""
    r = APIRouter(tags=["feeds"])
    feeds = (
        ("/feed.atom", all_feed),
        ("/places/{place_id}/feed.atom", place_feed),
        ("/organizations/{org_id}/feed.atom", organization_feed),
    )
    for path, endpoint in feeds:
        r.add_api_route(path, endpoint, methods=["GET"], response_class=Response,
                        responses={200: {"content": {"application/atom+xml": {}}}})  # fmt: skip
    return r
