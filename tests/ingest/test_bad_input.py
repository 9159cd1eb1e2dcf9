"""A batch of bad files next to good ones: one clear message each, the rest stored, nothing lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from amity.ingest import ingest_paths
from amity.settings import Settings

LIMIT = Settings(max_bytes=50_000)
ZH = "两座友好城市的学生代表团本周完成了互访，双方学校签署了新的交流计划。"
FR = "La délégation de Châtellerault a été reçue à l’hôtel de ville pour fêter l’été."

BAD = {
    "empty.txt": "empty.txt: empty file, no text",
    "blank.md": "blank.md: empty file, no text",
    "x.bin": "x.bin: binary file, not a report",
    "broken.pdf": "broken.pdf: the PDF is corrupted or unreadable",
    "locked.pdf": "locked.pdf: the PDF is password-protected",
    "huge.txt": "huge.txt: 58.6 KB is over the size limit of 48.8 KB",
    "scripts-only.html": "scripts-only.html: the HTML page has no text",
    "not-a-doc.docx": "not-a-doc.docx: not a readable Word (.docx) file",
}


@pytest.fixture
def bad_folder(
    tmp_path: Path, make_pdf: Callable[..., bytes], make_docx: Callable[..., bytes]
) -> Path:
    """Returns a folder of bad files next to good ones in awkward encodings and formats."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    files = {
        "empty.txt": b"",
        "blank.md": b"  \n\n\t \n",
        "x.bin": bytes(range(256)) * 4,
        "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n",
        "locked.pdf": make_pdf(["A locked note"], password="s3cret"),
        "huge.txt": b"big words " * 6000,
        "scripts-only.html": b"<html><script>alert('SCRIPT')</script><style>b{}</style></html>",
        "not-a-doc.docx": b"PK\x03\x04 a zip it is not",
        "zh-gb18030.txt": ("学生互访\n\n" + ZH).encode("gb18030"),
        "fr-1252.txt": ("Fête de l’été\n\n" + FR).encode("cp1252"),
        "fr-utf16.txt": ("Version UTF-16\n\n" + FR).encode("utf-16"),
        "invalid-utf8.txt": ("Déjà vu, encore\n\n" + FR).encode("utf-8") + b"\xff\n",
        "scripted.html": (
            b"<html><head><title>Scripted page</title><script>var s='SCRIPT'</script></head>"
            b"<body><p onmouseover=\"alert('HANDLER')\">Partner towns held a joint concert in the "
            b"old market square, with choirs from both sides.</p><img src=x onerror=\"alert('ERR')\">"
            b"<a href=\"javascript:alert('JS')\">More</a></body></html>"
        ),
        "good.docx": make_docx(["A Word report", "Two councils met online."]),
        "good.pdf": make_pdf(["A PDF report", "Three schools joined the link."]),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def snapshot(store: Any) -> list[dict[str, Any]]:
    """Returns every stored report with its text and records."""
    return [store.report(report_id) for report_id in store.report_ids()]


def test_bad_files_fail_one_line_each_and_the_rest_is_stored(
    store: Any, bad_folder: Path, tmp_path: Path
) -> None:
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Earlier report\n\nKept safe across a bad batch.\n", "utf-8")
    ingest_paths(store, [earlier], extract=False, settings=LIMIT)
    before = snapshot(store)

    paths = [bad_folder, bad_folder / "x.bin", earlier]
    summary = ingest_paths(store, paths, extract=False, settings=LIMIT)

    failed = {Path(name).name: message for name, message in summary.failed}
    assert set(failed) == set(BAD)
    for name, message in failed.items():
        assert message.startswith(str(bad_folder / name) + ": " + BAD[name].split(": ", 1)[1])
        assert "\n" not in message
    assert (summary.new, summary.skipped, summary.ignored) == (7, 1, 1)
    assert [Path(n).name for n, _ in summary.warnings] == ["invalid-utf8.txt"]
    assert snapshot(store)[: len(before)] == before
    assert store.stats()["failures"] == len(BAD)


def test_decoded_texts_are_right_and_free_of_markup(store: Any, bad_folder: Path) -> None:
    ingest_paths(store, [bad_folder], extract=False, settings=LIMIT)
    texts = {Path(r["source"]).name: r for r in snapshot(store)}
    assert ZH in texts["zh-gb18030.txt"]["text"]
    assert texts["zh-gb18030.txt"]["language"] == "zh"
    assert FR in texts["fr-1252.txt"]["text"]
    assert FR in texts["fr-utf16.txt"]["text"]
    assert texts["invalid-utf8.txt"]["text"].endswith(FR + "\ufffd")
    html = texts["scripted.html"]
    assert html["title"] == "Scripted page"
    assert "joint concert" in html["text"]
    for leak in ("SCRIPT", "HANDLER", "ERR", "JS", "alert", "<", ">"):
        assert leak not in html["text"]
    assert "Two councils met online." in texts["good.docx"]["text"]
    assert "Three schools joined the link." in texts["good.pdf"]["text"]
