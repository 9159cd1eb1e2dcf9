"""Extraction: a report's text in, sourced records out (events, partnerships, people, figures)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from amity.errors import ExtractError
from amity.extract.doc import Doc
from amity.extract.pipeline import Pipeline


def guess_language(text: str) -> str:
    """Returns the language of a text by its script (ingest's guess), "en" when it has no letters."""
    from amity.ingest.text import guess_language as by_script

    return by_script(text) or "en"


def _read_config(path: str | None) -> dict[str, Any]:
    if path and path != "default":
        try:
            return tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ExtractError(
                f"{path}: cannot read the pipeline config: {exc}",
                "fix the file or unset AMITY_PIPELINE",
            ) from exc
    text = resources.files("amity.extract").joinpath("pipelines.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=8)
def get_pipeline(lang: str = "en", config: str | None = None) -> Pipeline:
    """Returns the pipeline configured for a language (built once per process)."""
    from amity.extract.catalog import make

    conf = _read_config(config)
    if lang not in conf:
        raise ExtractError(
            f"no extraction pipeline for language {lang!r}", f"configured: {', '.join(conf)}"
        )
    return Pipeline([make(name) for name in conf[lang]["components"]], lang=lang)


def extract_doc(
    text: str,
    published: str | None = None,
    title: str | None = None,
    lang: str | None = None,
    name: str = "",
    config: str | None = None,
) -> Doc:
    """Returns the Doc after the pipeline ran over the text."""
    lang = lang or guess_language(text)
    doc = Doc(text=text, published=published, title=title, lang=lang, name=name)
    return get_pipeline(lang, config)(doc)


def extract_records(
    text: str,
    published: str | None = None,
    title: str | None = None,
    lang: str | None = None,
    name: str = "",
    config: str | None = None,
) -> dict[str, Any]:
    """Returns {"published", "events", "partnerships", "people", "figures", "failures"} for a text.

    Records carry "span" (evidence offsets) and "confidence"; failures lists (component, message).
    """
    doc = extract_doc(text, published, title, lang, name, config)
    out: dict[str, Any] = {"published": doc.published}
    out.update(doc.records)
    out["failures"] = list(doc.failures)
    return out


__all__ = ["extract_records", "extract_doc", "get_pipeline", "guess_language"]
