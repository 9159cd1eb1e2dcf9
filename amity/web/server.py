"""Running the app with uvicorn: one process, or several workers sharing one session key."""

from __future__ import annotations

import os
import secrets
from dataclasses import replace
from typing import Any

from amity.settings import Settings, load_settings


def app_from_env() -> Any:
    """Returns the app from AMITY_* settings (the factory uvicorn's workers call)."""
    from amity.web.app import create_app

    return create_app(load_settings())


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
    os.environ.update({"AMITY_DB": settings.db, "AMITY_SECRET_KEY": key})
    settings = replace(settings, secret_key=key)
    uvicorn.run("amity.web.server:app_from_env", factory=True, host=settings.host,
                port=settings.port, workers=settings.workers, log_level="warning",
                http=http)  # fmt: skip
