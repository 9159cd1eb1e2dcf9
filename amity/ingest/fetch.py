"""Reports named by URL: the list file, and fetching with a time-out and a size limit."""

from __future__ import annotations

import ipaddress
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import Message

from amity import __version__
from amity.errors import InputError
from amity.ingest.sources import Item

CHUNK = 64 * 1024
SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class Fetched:
    """The body of a URL with the content type and charset the server declared."""

    data: bytes
    content_type: str | None
    charset: str | None


def read_url_list(path: str | os.PathLike[str]) -> list[str]:
    """Returns the URLs of a list file: one per line, blank lines and # comments skipped."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{os.fspath(path)}: cannot read the URL list: {exc}") from exc
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def url_items(urls: Iterable[str]) -> list[Item]:
    """Returns an Item per URL; a line that is not an http(s) URL is an Item with an error."""
    items = []
    for url in urls:
        error = None if url.lower().startswith(SCHEMES) else f"{url}: not an http(s) URL"
        items.append(Item(url, url, error))
    return items


def check_public(url: str) -> None:
    """Raises InputError if the URL's host is on this machine or a private network."""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError as exc:
        raise InputError(f"{url}: cannot resolve {host!r}", "check the URL") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise InputError(
                f"{url}: {host} is a local or private address, not fetched from the web app",
                "ingest it with `amity ingest --urls` on the server instead",
            )


class _PublicRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to a public address."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_public(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float, max_bytes: int, public_only: bool = False) -> Fetched:
    """Returns the body of a URL; InputError on HTTP errors, time-outs or a body over max_bytes.

    With public_only (the web app), hosts on this machine or private networks are refused.
    """
    request = urllib.request.Request(url, headers={"User-Agent": f"amity/{__version__}"})
    opener = urllib.request.build_opener(_PublicRedirects) if public_only else None
    if public_only:
        check_public(url)
    try:
        open_url = opener.open if opener else urllib.request.urlopen
        with open_url(request, timeout=timeout) as response:  # noqa: S310
            data = _read_limited(url, response, max_bytes)
            headers: Message = response.headers
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}", "check the URL") from exc
    except urllib.error.URLError as exc:
        raise InputError(
            f"{url}: cannot fetch: {exc.reason}", "check the URL and the network"
        ) from exc
    except TimeoutError as exc:
        raise InputError(f"{url}: no answer within {timeout:g} s", "raise fetch_timeout") from exc
    except OSError as exc:
        raise InputError(f"{url}: cannot fetch: {exc}", "check the URL and the network") from exc
    return Fetched(data, headers.get("Content-Type"), headers.get_content_charset())


def _read_limited(url: str, response: object, max_bytes: int) -> bytes:
    """Returns the response body, stopping with InputError as soon as it passes max_bytes."""
    length = getattr(response, "headers", {}).get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(CHUNK):  # type: ignore[attr-defined]
        total += len(chunk)
        if total > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> InputError:
    """Returns the error for a page over the size limit."""
    return InputError(
        f"{url}: the page is over the size limit of {max_bytes:,} bytes",
        "raise the limit with --max-bytes",
    )
