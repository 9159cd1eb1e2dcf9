"""Pages of places, organizations and people, with their JSON twins."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from amity.web import entities
from amity.web.context import render, store_of


def place_page(request: Request, place_id: int) -> HTMLResponse:
    """A place: events there, its ties from reports and the registry, on a map."""
    data = entities.place_page(store_of(request), place_id)
    return render(request, "place.html", data=data, map_data=entities.place_map(data))


def organization_page(request: Request, org_id: int) -> HTMLResponse:
    """An organization: events it organized, its ties, people holding roles in it."""
    data = entities.organization_page(store_of(request), org_id)
    return render(request, "organization.html", data=data)


def person_page(request: Request, person_id: int) -> HTMLResponse:
    """A person: the roles reports give them."""
    data = entities.person_page(store_of(request), person_id)
    return render(request, "person.html", data=data)


def place_api(request: Request, place_id: int) -> dict[str, Any]:
    """A place with its events, its ties (reports and registry) and its timeline."""
    return entities.place_page(store_of(request), place_id)


def organization_api(request: Request, org_id: int) -> dict[str, Any]:
    """An organization with its events, ties, people and timeline."""
    return entities.organization_page(store_of(request), org_id)


def person_api(request: Request, person_id: int) -> dict[str, Any]:
    """A person with their roles and timeline."""
    return entities.person_page(store_of(request), person_id)


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
