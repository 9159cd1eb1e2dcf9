"""From bytes to ReportIn: empty input, hashing across formats, title, date and language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from amity.errors import InputError
from amity.ingest.report import build_report, read_report


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty.txt: empty file, no text"),
        ("blank.txt", b" \n\t\r\n  ", "blank.txt: empty file, no text"),
        ("bom.txt", b"\xef\xbb\xbf \n", "bom.txt: empty file, no text"),
        ("u16.txt", b"\xff\xfe \x00\n\x00", "u16.txt: empty file, no text"),
        ("empty.md", b"\n\n", "empty.md: empty file, no text"),
        ("x.bin", b"\x00\x01\x02\x03", "x.bin: binary file, not a report"),
    ],
)
def test_empty_and_binary_are_rejected(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        build_report("/abs/" + name, name, data)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_pdf_without_text_is_rejected(make_pdf: Callable[..., bytes]) -> None:
    with pytest.raises(InputError, match=r"^scan\.pdf: the PDF has no text"):
        build_report("scan.pdf", "scan.pdf", make_pdf([" "]))


def test_text_report_fields(data_dir: Path) -> None:
    data = (data_dir / "friendship_week.txt").read_bytes()
    report, warning = build_report("/src/friendship_week.txt", "friendship_week.txt", data)
    assert warning is None
    assert report.source == "/src/friendship_week.txt"
    assert report.title == "Friendship Week Opens in Riverton"
    assert report.published == "2022-09-14"
    assert report.language == "en"
    assert report.fmt == "text"
    assert report.size == len(data)
    assert len(report.content_hash) == 64


def test_markdown_heading_is_the_title(data_dir: Path) -> None:
    report, _ = build_report("m", "school_link.md", (data_dir / "school_link.md").read_bytes())
    assert (report.title, report.published) == ("Two schools sign a partnership", "2021-05-03")


def test_same_report_resaved_has_the_same_hash(data_dir: Path) -> None:
    text = (data_dir / "friendship_week.txt").read_text(encoding="utf-8")
    variants = [
        text.encode("utf-8"),
        text.replace("\n", "\r\n").encode("utf-8"),
        b"\xef\xbb\xbf" + text.replace("\n", "   \n").encode("utf-8"),
        b"\xff\xfe" + text.encode("utf-16-le"),
        text.encode("cp1252") + b"\n\n\n\n\n",
    ]
    hashes = {build_report("s", "r.txt", v)[0].content_hash for v in variants}
    assert len(hashes) == 1


def test_gb18030_report_is_chinese() -> None:
    text = "两市青年交流活动圆满结束\n\n发布时间：2021-07-15\n\n两市青年代表团在为期一周的活动中参观了学校和博物馆。"
    report, _ = build_report("s", "zh.txt", text.encode("gb18030"))
    assert report.text == text
    assert (report.language, report.published) == ("zh", "2021-07-15")
    assert report.title == "两市青年交流活动圆满结束"


def test_html_metadata_date_wins_over_text_dateline() -> None:
    page = (
        b'<html><head><title>Forum</title><meta name="date" content="2020-01-05"></head>'
        b"<body><p>Date: 2019-12-31</p><p>The forum of partner cities gathered mayors from "
        b"eleven countries to talk about climate, trade and student exchanges.</p></body></html>"
    )
    report, _ = build_report("s", "forum.html", page)
    assert (report.title, report.published, report.fmt) == ("Forum", "2020-01-05", "html")


def test_docx_report(make_docx: Callable[..., bytes]) -> None:
    data = make_docx(["Exchange review", "Date: 2022-11-02", "We hosted guests."])
    report, _ = build_report("s", "review.docx", data)
    assert (report.title, report.published, report.fmt) == ("Exchange review", "2022-11-02", "docx")


def test_read_report_enforces_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Big report\n" + "word " * 100, encoding="utf-8")
    assert read_report(str(path)).title == "Big report"
    with pytest.raises(
        InputError, match=r"big\.txt: 511 bytes is over the size limit of 100 bytes"
    ):
        read_report(str(path), max_bytes=100)
