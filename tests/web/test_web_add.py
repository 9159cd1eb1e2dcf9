"""Adding reports from the web: uploads, pasted text and URLs through the ingest batch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from amity.web import create_app
from tests.web.conftest import DATA, csrf_of, settings_for

REPORT = (
    "Choir exchange\n\nDate: 2022-04-02\n\nThe Lakeside choir visited Portavel in April 2022.\n"
)


def post_add(client: TestClient, files: list[tuple[str, bytes]] = (), **fields: str) -> Any:  # type: ignore[assignment]
    """Returns the response to the add form with files and fields."""
    uploads = [("files", (name, data, "application/octet-stream")) for name, data in files]
    return client.post(
        "/add", data={"csrf": csrf_of(client, "/add"), **fields}, files=uploads or None
    )


def test_adding_needs_a_contributor(client: TestClient) -> None:
    response = post_add(client, text=REPORT)
    assert response.status_code == 403
    assert client.get("/api/stats").json()["reports"] == 0


def test_upload_and_paste_store_reports(client: TestClient, sign_in: Callable[..., str]) -> None:
    sign_in(client, "contributor")
    harbour = (DATA / "harbour.txt").read_bytes()
    response = post_add(client, [("harbour.txt", harbour)], text=REPORT, title="")
    assert response.status_code == 200, response.text
    assert "2 new, 0 already stored, 0 failed" in response.text
    rows = client.get("/api/reports?order=id").json()
    assert [r["source"] for r in rows] == ["upload:0:harbour.txt", "upload:1:pasted.txt"]
    assert rows[1]["title"] == "Choir exchange" and rows[1]["published"] == "2022-04-02"
    again = post_add(client, [("copy.txt", harbour)])
    assert "0 new, 1 already stored" in again.text


@pytest.mark.parametrize(
    ("files", "fields", "words"),
    [
        ([("empty.txt", b"   \n")], {}, "empty file"),
        ([("blob.pdf", b"%PDF-1.4 not really a pdf")], {}, "blob.pdf"),
        ([], {"urls": "ftp://example.invalid/report.txt"}, "not an http(s) URL"),
        ([], {"urls": "http://127.0.0.1:9/report.txt"}, "local or private address"),
        ([], {"urls": "http://10.1.2.3/report.txt"}, "local or private address"),
    ],
)
def test_bad_input_is_shown_on_the_page(
    client: TestClient,
    sign_in: Callable[..., str],
    files: list[Any],
    fields: dict[str, str],
    words: str,
) -> None:
    sign_in(client, "contributor")
    response = post_add(client, files, **fields)
    assert response.status_code == 422
    assert words in response.text
    assert client.get("/api/stats").json()["failures"] == 1


def test_one_bad_file_does_not_stop_the_others(
    client: TestClient, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "contributor")
    response = post_add(client, [("empty.txt", b""), ("good.txt", REPORT.encode())])
    assert response.status_code == 200
    assert "1 new" in response.text and "empty file" in response.text


def test_nothing_to_add_is_422(client: TestClient, sign_in: Callable[..., str]) -> None:
    sign_in(client, "contributor")
    assert post_add(client, text="  ").status_code == 422


def test_too_large_upload_is_refused(app_store: Any, sign_in: Callable[..., str]) -> None:
    from dataclasses import replace

    settings = replace(settings_for(app_store), max_bytes=64)
    with TestClient(create_app(settings, store=app_store, extract=False)) as client:
        sign_in(client, "contributor")
        response = post_add(client, [("big.txt", b"word " * 100)])
    assert response.status_code == 422 and "larger than 64 bytes" in response.text


def test_added_reports_are_extracted_for_review(
    app_store: Any, sign_in: Callable[..., str], tmp_path: Path
) -> None:
    def extractor(text: str, **_: Any) -> dict[str, Any]:
        sentence = "The Lakeside choir visited Portavel in April 2022."
        start = text.index(sentence)
        event = {
            "type": "visit",
            "title": "choir visit",
            "start": "2022-04",
            "span": [start, start + len(sentence)],
            "confidence": 0.3,
        }
        return {"events": [event]}

    with TestClient(
        create_app(settings_for(app_store), store=app_store, extractor=extractor)
    ) as client:
        sign_in(client, "contributor")
        response = post_add(client, text=REPORT)
        assert "1 events" in response.text and 'href="/review"' in response.text
        assert [r["title"] for r in client.get("/api/review").json()] == ["choir visit"]
