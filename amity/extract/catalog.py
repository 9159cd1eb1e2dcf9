"""The catalog of pipeline components: name -> what it needs, what it fills, where it lives.

Components are imported only when a pipeline is built. A user adds or swaps one by
registering a name here (or with `register`) and listing it in a pipeline config.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

from amity.errors import ExtractError
from amity.extract.pipeline import FunctionComponent


@dataclass(frozen=True)
class Entry:
    """Where a component's function lives and its declared inputs and outputs."""

    target: str
    needs: tuple[str, ...]
    fills: tuple[str, ...]


CATALOG: dict[str, Entry] = {
    "segment": Entry("amity.extract.components.segment:segment", ("text",), ("items", "sentences")),
    "countries": Entry("amity.extract.components.geo:countries", ("text",), ("country",)),
    "places": Entry("amity.extract.components.geo:places", ("country",), ("place",)),
    "en.dates": Entry("amity.extract.en.dates:dates", ("items",), ("date", "published", "period")),
    "en.numbers": Entry("amity.extract.en.numbers:numbers", ("date",), ("number",)),
    "en.names": Entry("amity.extract.en.names:names", ("sentences",), ("name", "quoted")),
    "en.people": Entry(
        "amity.extract.en.people:people", ("name", "country", "place"), ("person", "people")
    ),
    "en.events": Entry(
        "amity.extract.en.events:events",
        ("date", "number", "name", "country", "person"),
        ("event", "events"),
    ),
    "en.partnerships": Entry(
        "amity.extract.en.partnerships:partnerships",
        ("name", "country", "date", "event"),
        ("partnerships",),
    ),
    "en.figures": Entry(
        "amity.extract.en.figures:figures", ("number", "event", "name"), ("figures",)
    ),
    # Chinese (amity/extract/zh/): the rules read a simplified, half-width view of the text.
    "zh.dates": Entry("amity.extract.zh.dates:dates", ("sentences",), ("date", "published")),
    "zh.countries": Entry("amity.extract.zh.geo:countries", ("text",), ("country",)),
    "zh.places": Entry("amity.extract.zh.geo:places", ("country",), ("place",)),
    "zh.numbers": Entry("amity.extract.zh.numbers:numbers", ("date",), ("number",)),
    "zh.people": Entry(
        "amity.extract.zh.people:people", ("country", "place"), ("person", "people")
    ),
    "zh.events": Entry(
        "amity.extract.zh.events:events",
        ("date", "number", "country", "place", "person"),
        ("event", "events"),
    ),
    "zh.partnerships": Entry(
        "amity.extract.zh.partnerships:partnerships",
        ("country", "place", "date"),
        ("partnerships",),
    ),
    "zh.figures": Entry("amity.extract.zh.figures:figures", ("number", "events"), ("figures",)),
    "event_countries": Entry(
        "amity.extract.components.event_countries:event_countries",
        ("events", "partnerships"),
        ("events",),
    ),
    "finalize": Entry("amity.extract.components.finalize:finalize", ("sentences",), ("records",)),
}


def register(
    name: str, target: str, needs: tuple[str, ...] = (), fills: tuple[str, ...] = ()
) -> None:
    """Adds or replaces a component in the catalog ("module:function")."""
    CATALOG[name] = Entry(target, needs, fills)


def make(name: str) -> Any:
    """Returns the component of that name, its function imported."""
    entry = CATALOG.get(name)
    if entry is None:
        raise ExtractError(
            f"unknown pipeline component {name!r}", f"known: {', '.join(sorted(CATALOG))}"
        )
    module, _, func = entry.target.partition(":")
    try:
        fn = getattr(import_module(module), func)
    except (ImportError, AttributeError) as exc:
        raise ExtractError(
            f"component {name!r}: cannot load {entry.target}: {exc}", "check the catalog entry"
        ) from exc
    return FunctionComponent(name, fn, entry.needs, entry.fills)
