"""Connections accepted on a socket bound the way uvicorn binds it for several workers have
Nagle's algorithm off (else each response's body waits 40 ms for a delayed ACK)."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import httpx
import pytest
import uvicorn
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from amity.web.nodelay import NoDelayProtocol


async def _hello(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"hello"})


def _nodelay_of_accepted(base: type) -> list[int]:
    """Returns TCP_NODELAY of the connections a protocol derived from `base` was given."""
    seen: list[int] = []

    class Probe(base):  # type: ignore[misc,valid-type]
        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            sock = transport.get_extra_info("socket")
            seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # protocol 0, as uvicorn's
    sock.bind(("127.0.0.1", 0))
    # asyncio's own loop: uvloop (used when installed) turns Nagle off by itself.
    config = uvicorn.Config(_hello, http=Probe, loop="asyncio", lifespan="off", log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.02)
        port = sock.getsockname()[1]
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=10).text == "hello"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return seen


# uvicorn's own protocol shows why ours exists: when it sends at once too, drop ours.
@pytest.mark.parametrize(("base", "expected"), [(AutoHTTPProtocol, 0), (NoDelayProtocol, 1)])
def test_accepted_connections_send_at_once(base: type, expected: int) -> None:
    seen = _nodelay_of_accepted(base)
    assert seen and {bool(v) for v in seen} == {bool(expected)}
