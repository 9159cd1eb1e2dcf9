"""A pipeline of named components, each taking a Doc and returning it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from amity.errors import ExtractError
from amity.extract.doc import Doc


class Component(Protocol):
    """A pipeline step: declares what it needs and what it fills, and transforms a Doc."""

    name: str
    needs: tuple[str, ...]
    fills: tuple[str, ...]

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass
class FunctionComponent:
    """A component made from a plain function of a Doc."""

    name: str
    func: Callable[[Doc], Doc | None]
    needs: tuple[str, ...] = ()
    fills: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        out = self.func(doc)
        return doc if out is None else out


class Pipeline:
    """Runs components in order; checks that each one's needs are filled by those before it."""

    def __init__(self, components: list[Any], lang: str = "en") -> None:
        self.components = list(components)
        self.lang = lang
        self._check()

    def _check(self) -> None:
        filled: set[str] = {"text"}
        for comp in self.components:
            missing = [need for need in comp.needs if need not in filled]
            if missing:
                raise ExtractError(
                    f"component {comp.name!r} needs {', '.join(missing)}, which no earlier component fills",
                    "reorder the pipeline or add the component that fills it",
                )
            filled.update(comp.fills)

    @property
    def names(self) -> list[str]:
        """Returns the names of the components, in order."""
        return [c.name for c in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for comp in self.components:
            try:
                doc = comp(doc)
            except Exception as exc:  # noqa: BLE001 - one component's bug must not lose the report
                doc.failures.append((comp.name, f"{type(exc).__name__}: {exc}"))
        return doc
