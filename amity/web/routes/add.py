"""Adding reports from the web: upload files, paste text, or list URLs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from amity.errors import InputError
from amity.web.context import check_csrf, render, require, store_of
from amity.web.ingest import Upload, ingest_web

PASTED = "pasted.txt"


def add_page(request: Request) -> HTMLResponse:
    """The form to add reports."""
    return render(request, "add.html", summary=None, new=[])


async def _uploads(form: Any, limit: int) -> list[Upload]:
    """Returns (name, bytes) of every uploaded file and of the pasted text, read up to limit+1."""
    out: list[Upload] = []
    for value in form.getlist("files"):
        if isinstance(value, UploadFile) and value.filename:
            out.append((value.filename, await value.read(limit + 1)))
    pasted = str(form.get("text") or "").strip()
    if pasted:
        title = str(form.get("title") or "").strip()
        out.append((PASTED, ((title + "\n\n") if title else "").encode() + pasted.encode()))
    return out


async def add(request: Request) -> HTMLResponse:
    """Ingests what the form gives and shows the batch summary with its errors."""
    form = await request.form()
    check_csrf(request, str(form.get("csrf") or ""))
    require(request, "contributor")
    settings = request.app.state.settings
    uploads = await _uploads(form, settings.max_bytes)
    urls = str(form.get("urls") or "").splitlines()
    if not uploads and not any(u.strip() for u in urls):
        raise InputError("nothing to add", "choose files, paste a report or give URLs")
    summary, new = await run_in_threadpool(
        ingest_web, store_of(request), settings, uploads, urls, **request.app.state.ingest_options
    )
    status = 422 if not summary.ok and not new else 200
    return render(request, "add.html", status=status, summary=summary.to_dict(), new=new)


def router() -> APIRouter:
    """Returns the add-reports routes."""
    r = APIRouter(include_in_schema=False)
    r.add_api_route("/add", add_page, methods=["GET"], response_class=HTMLResponse)
    r.add_api_route("/add", add, methods=["POST"], response_class=HTMLResponse)
    return r
