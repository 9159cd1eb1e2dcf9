"""Every format from the sample reports and the seeds; PDFs read back as text and as pictures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from amity.errors import InputError
from amity.publish import charts
from amity.publish.anniversaries import anniversaries
from amity.publish.digest import digest
from amity.publish.profile import profile
from amity.publish.render import md, render
from tests.publish.conftest import load_report, pdf_pages, pdf_text, pixels_near

FORMATS = ("md", "html", "pdf")


def documents(store: Any, start: str, end: str, name: str) -> dict[str, dict[str, Any]]:
    """Returns the data of a digest, a profile and the anniversaries of a store."""
    return {
        "digest": digest(store, start, end),
        "profile": profile(store, name),
        "anniversaries": anniversaries(store, "1y", f"{start}-01"),
    }


def check_document(kind: str, data: dict[str, Any], fmt: str, tmp_path: Path) -> None:
    """Checks one rendering: its text holds the title and every item, its charts are there."""
    out = render(kind, data, fmt, "http://amity.test")
    if fmt == "pdf":
        assert isinstance(out, bytes) and out.startswith(b"%PDF")
        text = " ".join(pdf_text(out, tmp_path).split())
        pages = pdf_pages(out, tmp_path)
        assert pages
        if kind != "anniversaries":
            check_pictures(kind, data, pages)
    else:
        assert isinstance(out, str)
        text = " ".join(out.split())
    assert data["title"].split(" · ")[0] in text.replace("\\", "")
    if kind == "digest":
        for month in data["months"]:
            if month["items"]:
                assert month["label"] in text
        if fmt == "html":
            assert out.count('class="chart-bar"') == len(data["months"])  # type: ignore[union-attr]
            assert 'class="chart chart-map"' in out  # type: ignore[operator]
            assert out.count('class="country reached"') == len(  # type: ignore[union-attr]
                [c for c in data["countries"] if c["code"] in charts.worldmap.outlines()]
            )
            for month in data["months"]:
                for item in month["items"]:
                    assert f'id="{item["kind"]}-{item["id"]}"' in out  # type: ignore[operator]
    if kind == "profile":
        assert ("differs" in text) == any(row["differs"] for row in data["figures"])


def check_pictures(kind: str, data: dict[str, Any], pages: list[Path]) -> None:
    """Checks the charts are drawn on the PDF's pages: bars, land, the countries reached."""
    if kind == "profile":
        bars = sum(y["total"] for y in data["events_by_year"])
    else:
        bars = sum(m["events"] for m in data["months"])
    drawn = [c for c in data["countries"] if c["code"] in charts.worldmap.outlines()]
    # The land's bluish grey, which no anti-aliased (neutral grey) text makes.
    assert max(pixels_near(page, charts.LAND, 3) for page in pages) > 1000  # the map
    assert (sum(pixels_near(page, charts.BAR) for page in pages) > 50) == (bars > 0)
    assert (sum(pixels_near(page, charts.REACHED) for page in pages) > 20) == bool(drawn)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_from_the_sample_reports(
    examples_store: Any, fmt: str, tmp_path: Path
) -> None:
    for kind, data in documents(examples_store, "2023-01", "2023-12", "Chengdu").items():
        check_document(kind, data, fmt, tmp_path / kind)


@pytest.mark.corpus
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_from_the_seeds(seeds_store: Any, fmt: str, tmp_path: Path) -> None:
    for kind, data in documents(seeds_store, "2018-01", "2018-06", "Xicheng District").items():
        check_document(kind, data, fmt, tmp_path / kind)


def test_pdf_text_keeps_chinese_and_cyrillic_names(lakeford: Any, tmp_path: Path) -> None:
    data = digest(lakeford, "2021-05")
    assert any("Новосибирск" in i["text"] for m in data["months"] for i in m["items"])
    text = pdf_text(render("digest", data, "pdf"), tmp_path)  # type: ignore[arg-type]
    assert "Новосибирск" in text
    cjk = digest(lakeford, "2021-03")
    cjk["months"][0]["items"][0]["text"] += " 成都 東京 서울"
    assert all(word in pdf_text(render("digest", cjk, "pdf"), tmp_path)  # type: ignore[arg-type]
               for word in ("成都", "東京", "서울"))  # fmt: skip


def test_pdf_embeds_cjk_fonts(lakeford: Any, tmp_path: Path) -> None:
    import subprocess

    from tests.publish.conftest import need_tool

    data = digest(lakeford, "2021-03")
    data["months"][0]["items"][0]["text"] += " 成都"
    path = tmp_path / "d.pdf"
    path.write_bytes(render("digest", data, "pdf"))  # type: ignore[arg-type]
    fonts = subprocess.run([need_tool("pdffonts"), str(path)], capture_output=True, check=True)
    assert b"NotoSansCJK" in fonts.stdout.replace(b"-", b"")


def test_hostile_report_text_is_escaped(store: Any, tmp_path: Path) -> None:
    load_report(store, "hostile")
    data = digest(store, "2021-02")
    html = str(render("digest", data, "html"))
    for raw in ("<script>", "<img src=x", "<b onmouseover", "<iframe"):
        assert raw not in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    text = str(render("digest", data, "md"))
    assert "<script>" not in text and "\\<script\\>" in text
    pdf = pdf_text(render("digest", data, "pdf"), tmp_path)  # type: ignore[arg-type]
    assert "<script>alert('title')</script>" in pdf  # shown as text, as written


@pytest.mark.parametrize(("value", "escaped"), [("a*b_c", "a\\*b\\_c"), ("[x](y)", "\\[x\\](y)"),
                                                 ("<b>", "\\<b\\>"), (None, "")])  # fmt: skip
def test_markdown_escaping(value: str | None, escaped: str) -> None:
    assert md(value) == escaped


@pytest.mark.parametrize(("kind", "fmt"), [("digest", "docx"), ("bulletin", "md")])
def test_unknown_kinds_and_formats(kind: str, fmt: str) -> None:
    with pytest.raises(InputError, match="unknown"):
        render(kind, {}, fmt)
