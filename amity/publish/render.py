"""Digests, profiles and anniversaries as Markdown, HTML or PDF, from one set of templates.

HTML comes from Jinja2 templates with autoescaping (report text is never markup); the PDF
is that same HTML laid out by WeasyPrint, with fonts covering Chinese, Japanese, Korean
and Cyrillic names (`make system-deps`); Markdown has its own templates, text escaped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from amity.errors import ConfigError, InputError
from amity.publish import charts
from amity.publish.common import country_name

HERE = Path(__file__).parent
CSS = HERE.parent / "web" / "static" / "publish.css"
FORMATS = ("md", "html", "pdf")
DOCUMENTS = ("digest", "profile", "anniversaries")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!~])")


def md(value: Any) -> str:
    """Returns text safe inside Markdown: its markup characters backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", "" if value is None else str(value)).replace("\n", " ")


def number(value: Any) -> str:
    """Returns a count with thousands separators ('17,322'), or a dash."""
    if value is None or value == "":
        return "–"
    return f"{value:,.0f}" if isinstance(value, int | float) else str(value)


def bar(count: int, peak: int, width: int = 30) -> str:
    """Returns a text bar for Markdown charts."""
    return "█" * (round(width * count / peak) if peak else 0)


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Returns the templates: .html autoescaped, .md not (their text goes through `md`)."""
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md, number=number, country=country_name)
    env.globals.update(bar=bar)
    return env


def check(kind: str, fmt: str) -> None:
    """Raises InputError unless kind is a document and fmt a format."""
    if kind not in DOCUMENTS:
        raise InputError(f"unknown document {kind!r}", f"use one of {', '.join(DOCUMENTS)}")
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")


def chart_context(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """Returns the charts of a document as SVG markup: bars over time, the map of countries."""
    if kind == "digest":
        series = [{"month": m["month"], "events": m["events"]} for m in data["months"]]
    elif kind == "profile":
        series = [{"month": y["year"], "events": y["total"]} for y in data["events_by_year"]]
    else:
        return {"bars": None, "map": None, "missing": []}
    drawn = charts.country_map(data["countries"])
    return {
        "bars": Markup(charts.month_bars(series)) if series else None,  # noqa: S704 - built escaped
        "map": Markup(drawn["svg"]),  # noqa: S704 - built escaped
        "missing": drawn["missing"],
    }


def body_html(kind: str, data: dict[str, Any], base_url: str = "") -> Markup:
    """Returns the document's content as HTML (no page around it), as the web pages show it."""
    check(kind, "html")
    template = environment().get_template(f"{kind}.html")
    html = template.render(data=data, base=base_url.rstrip("/"), **chart_context(kind, data))
    return Markup(html)  # noqa: S704 - rendered with autoescape


def document_html(kind: str, data: dict[str, Any], base_url: str = "") -> str:
    """Returns a standalone HTML document: the content with the stylesheet inlined."""
    try:
        css = CSS.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {CSS}: {exc}", "reinstall Amity") from exc
    page = environment().get_template("document.html")
    return page.render(title=data["title"], css=Markup(css), body=body_html(kind, data, base_url))  # noqa: S704


def markdown(kind: str, data: dict[str, Any], base_url: str = "") -> str:
    """Returns the document as Markdown."""
    check(kind, "md")
    template = environment().get_template(f"{kind}.md")
    return template.render(data=data, base=base_url.rstrip("/")).strip() + "\n"


def pdf(kind: str, data: dict[str, Any], base_url: str = "") -> bytes:
    """Returns the document as PDF bytes, laid out by WeasyPrint from its HTML."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: Pango missing
        raise ConfigError(
            f"PDF output needs WeasyPrint and Pango: {exc}",
            "run `make system-deps` and `pip install -e .`",
        ) from exc
    out: bytes = HTML(string=document_html(kind, data, base_url)).write_pdf()
    return out


def render(kind: str, data: dict[str, Any], fmt: str, base_url: str = "") -> str | bytes:
    """Returns the document in a format: md and html as text, pdf as bytes."""
    check(kind, fmt)
    if fmt == "md":
        return markdown(kind, data, base_url)
    if fmt == "html":
        return document_html(kind, data, base_url)
    return pdf(kind, data, base_url)
