"""uvicorn's HTTP protocol with Nagle's algorithm off on every connection.

asyncio turns Nagle off only on sockets it opens as TCP; the listening socket uvicorn binds
itself for several workers is opened with protocol 0, so the connections it accepts kept
Nagle on. uvicorn writes a response's head and body separately, and the body then waited
for the client's delayed ACK of the head: 40 ms added to every request.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol


class NoDelayProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (h11 or httptools), sending each write at once."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
