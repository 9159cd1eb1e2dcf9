"""The app's routes, one module per area; ROUTERS() builds them when the app is made."""

from __future__ import annotations

from fastapi import APIRouter


def ROUTERS() -> list[APIRouter]:  # noqa: N802 - reads as the constant list it stands for
    """Returns every router of the app, API first."""
    from amity.web.routes import (
        add,
        api,
        auth,
        entities,
        exports,
        feeds,
        pages,
        plans,
        publish,
        review,
    )

    return [
        api.router(),
        exports.router(),
        pages.router(),
        review.router(),
        entities.router(),
        add.router(),
        auth.router(),
        publish.router(),
        feeds.router(),
        plans.router(),
    ]
