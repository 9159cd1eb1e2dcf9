"""`amity serve` with several workers answers at once: no 40 ms wait on Nagle's algorithm."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from amity.store import Store


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_several_workers_answer_without_delay(tmp_path: Path) -> None:
    db, port = str(tmp_path / "served.db"), _free_port()
    Store.open(db).close()
    amity = str(Path(sys.executable).parent / "amity")
    env = {**os.environ, "AMITY_SECRET_KEY": "nodelay-" + "k" * 32}
    command = [amity, "--db", db, "serve", "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            for _ in range(300):
                try:
                    client.get("/api/stats")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            times = []
            for _ in range(20):  # one keep-alive connection, a request at a time
                started = time.perf_counter()
                client.get("/api/stats").raise_for_status()
                times.append(time.perf_counter() - started)
        # With Nagle on, each answer's body waited for the delayed ACK of its head (40 ms).
        assert statistics.median(times) < 0.030, times
    finally:
        server.terminate()
        server.wait(timeout=30)
