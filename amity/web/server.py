"""Running the app with uvicorn: one process, or several workers sharing one session key and
the pages they computed (amity.web.shared)."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from dataclasses import replace
from typing import Any

from amity.settings import Settings, load_settings

SHARED_PAGES = "AMITY_SHARED_PAGES"  # the file where workers share pages (set by run)


def app_from_env() -> Any:
    """Returns the app from AMITY_* settings (the factory uvicorn's workers call)."""
    from amity.web.app import create_app
    from amity.web.shared import SharedPages

    app = create_app(load_settings())
    cache = app.state.cache
    if os.environ.get(SHARED_PAGES) and cache.max_bytes > 0:
        cache.shared = SharedPages(os.environ[SHARED_PAGES], cache.max_bytes)
    return app


def run(settings: Settings) -> None:
    """Serves the app on settings.host:settings.port until interrupted."""
    import uvicorn

    http = "amity.web.nodelay:NoDelayProtocol"  # see there: 40 ms per request without it
    if settings.workers <= 1:
        from amity.web.app import create_app

        uvicorn.run(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            log_level="info",
            http=http,
        )
        return
    # Workers are fresh processes: they read the settings (and one shared key) from the environment.
    key = settings.secret_key or secrets.token_urlsafe(32)
    # A fresh file per run for the pages workers share: none outlives this server.
    folder = tempfile.mkdtemp(prefix="amity-pages-")
    os.environ.update({"AMITY_DB": settings.db, "AMITY_SECRET_KEY": key,
                       SHARED_PAGES: os.path.join(folder, "pages.db")})  # fmt: skip
    settings = replace(settings, secret_key=key)
    try:
        uvicorn.run("amity.web.server:app_from_env", factory=True, host=settings.host,
                    port=settings.port, workers=settings.workers, log_level="warning",
                    http=http)  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
