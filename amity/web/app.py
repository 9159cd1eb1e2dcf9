"""create_app(settings): the ASGI app with its store, templates, sessions, routes and errors."""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import MutableHeaders
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from amity import __version__
from amity.settings import Settings, load_settings
from amity.web import errors, filters
from amity.web.cache import MAX_BYTES, Cache

HERE = Path(__file__).parent
SESSION_COOKIE = "amity_session"
SESSION_AGE = 14 * 24 * 3600
log = logging.getLogger("amity.web")


# Scripts only from the app itself: even markup that slipped through escaping could not run.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' "
    "'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class SecurityHeaders:
    """Adds the security headers to every response.

    A plain ASGI middleware: `app.middleware("http")` would run each request as a separate
    task with its body streamed through, about a millisecond of work for nothing.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, sending)


def secret_key(settings: Settings) -> str:
    """Returns the key that signs session cookies: the setting, else a random one per process."""
    if settings.secret_key:
        return settings.secret_key
    log.warning("no secret_key set: sessions end when the server stops (set AMITY_SECRET_KEY)")
    return secrets.token_urlsafe(32)


class PageEnvironment(jinja2.Environment):
    """Jinja's environment, reading `row.name` of a dict as its key first.

    Pages show dicts; Jinja's `x.name` tries the attribute first, and the AttributeError
    it raises and catches for every field of every row was a third of rendering time.
    A dict's methods (`items`, `get`) are still found when it has no key of that name.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def templates() -> Jinja2Templates:
    """Returns the page templates, autoescaping HTML, with Amity's filters."""
    loader = jinja2.FileSystemLoader(str(HERE / "templates"))
    found = Jinja2Templates(
        env=PageEnvironment(loader=loader, autoescape=jinja2.select_autoescape())
    )
    found.env.filters.update(filters.FILTERS)
    found.env.globals.update(filters.GLOBALS)
    return found


def create_app(settings: Settings | None = None, store: Any = None, **ingest: Any) -> FastAPI:
    """Returns the web app over `store`, or over the store the settings name (opened here).

    `ingest` options (extract=False, extractor=fn) go to the batch that adds reports.
    """
    from amity.store import Store
    from amity.web.routes import ROUTERS

    settings = settings or load_settings()
    owned = store is None
    store = Store.open(settings.db) if owned else store

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            store.close()

    app = FastAPI(
        title="Amity",
        version=__version__,
        description="Reports of international exchanges and the records drawn from them.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings, app.state.store, app.state.templates = settings, store, templates()
    app.state.ingest_options = ingest
    app.state.cache = Cache(store, max_bytes=int(settings.extra.get("web_cache_bytes", MAX_BYTES)))
    https = bool(settings.extra.get("https_only", False))
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key(settings),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_AGE,
        same_site="lax",
        https_only=https,
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in ROUTERS():
        app.include_router(router)
    errors.install(app)
    return app
