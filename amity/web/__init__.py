"""The web app: server-rendered pages and a JSON API over the store.

from amity.web import create_app
app = create_app(settings)   # an ASGI app; `amity serve` runs it with uvicorn
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from amity.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name != "create_app":
        raise AttributeError(name)
    from amity.web.app import create_app

    return create_app
