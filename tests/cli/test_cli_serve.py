"""`amity serve`: a real server process answering on the address it was given."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    """Returns a TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(server: subprocess.Popen[bytes], url: str, seconds: float = 30.0) -> str:
    """Returns the body at url once the server answers; fails if it exits or after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return str(response.read().decode())
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_on_the_given_port(tmp_path: Path, workers: int) -> None:
    port = free_port()
    db = tmp_path / "served.db"
    amity = str(Path(sys.executable).parent / "amity")
    command = [amity, "--db", str(db), "serve", "--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "AMITY_SECRET_KEY": "k" * 32}
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        assert '"reports":0' in wait_for(server, f"http://127.0.0.1:{port}/api/stats").replace(
            " ", ""
        )
        assert "Amity" in wait_for(server, f"http://127.0.0.1:{port}/")
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err.decode()
