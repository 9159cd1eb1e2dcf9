"""Pages of places, organizations and people, with their JSON twins."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from amity.web import entities
from amity.web.context import cached, render, render_public, store_of

PAGE = Query(1, ge=1, description="page of records, latest first")
LIMIT = Query(entities.PAGE, ge=1, le=1000, description="records of each kind, latest first")
OFFSET = Query(0, ge=0)


def _page(page: int) -> dict[str, int]:
    """Returns the limit and offset of a page of an entity's records."""
    return {"limit": entities.PAGE, "offset": (page - 1) * entities.PAGE}


def _place(request: Request, place_id: int, limit: int, offset: int) -> Any:
    """Returns the place page's data, kept by the app's cache until the store changes."""
    store = store_of(request)
    key = ("place", place_id, limit, offset)
    return cached(request, key, lambda: entities.place_page(store, place_id, limit, offset))


def place_page(request: Request, place_id: int, page: int = PAGE) -> HTMLResponse:
    """A place: events there, its ties from reports and the registry, on a map."""

    def context() -> dict[str, Any]:
        data = _place(request, place_id, **_page(page))
        return {"data": data, "map_data": entities.place_map(data), "page": page}

    return render_public(request, page, "place.html", context)


def organization_page(request: Request, org_id: int, page: int = PAGE) -> HTMLResponse:
    """An organization: events it organized, its ties, people holding roles in it."""
    data = entities.organization_page(store_of(request), org_id, **_page(page))
    return render(request, "organization.html", data=data, page=page)


def person_page(request: Request, person_id: int, page: int = PAGE) -> HTMLResponse:
    """A person: the roles reports give them."""
    data = entities.person_page(store_of(request), person_id, **_page(page))
    return render(request, "person.html", data=data, page=page)


def place_api(
    request: Request, place_id: int, limit: int = LIMIT, offset: int = OFFSET
) -> dict[str, Any]:
    """A place with its events, its ties (reports and registry) and its timeline."""
    return dict(_place(request, place_id, limit, offset))


def organization_api(
    request: Request, org_id: int, limit: int = LIMIT, offset: int = OFFSET
) -> dict[str, Any]:
    """An organization with its events, ties, people and timeline."""
    return entities.organization_page(store_of(request), org_id, limit, offset)


def person_api(
    request: Request, person_id: int, limit: int = LIMIT, offset: int = OFFSET
) -> dict[str, Any]:
    """A person with their roles and timeline."""
    return entities.person_page(store_of(request), person_id, limit, offset)


def router() -> APIRouter:
    """Returns the entity pages and their API twins."""
    r = APIRouter()
    pages = (
        ("/places/{place_id}", place_page),
        ("/organizations/{org_id}", organization_page),
        ("/people/{person_id}", person_page),
    )
    for path, page in pages:
        r.add_api_route(
            path, page, methods=["GET"], include_in_schema=False, response_class=HTMLResponse
        )
    r.add_api_route("/api/places/{place_id}", place_api, methods=["GET"], tags=["entities"])
    r.add_api_route(
        "/api/organizations/{org_id}", organization_api, methods=["GET"], tags=["entities"]
    )
    r.add_api_route("/api/people/{person_id}", person_api, methods=["GET"], tags=["entities"])
    return r
