"""A batch killed with SIGKILL halfway leaves a consistent store; running it again finishes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from amity.settings import normalize_db

AMITY = str(Path(sys.executable).parent / "amity")
COUNT = 600
WORDS = "partner towns exchanged students teachers and musicians during the spring festival".split()


def write_folder(folder: Path) -> None:
    """Writes COUNT distinct reports of about 2 KB each."""
    folder.mkdir()
    for i in range(COUNT):
        body = " ".join(WORDS[(i + j) % len(WORDS)] for j in range(300))
        (folder / f"r{i:04d}.txt").write_text(f"Note {i}\n\n{body}\n", "utf-8")


def count(url: str, sql: str = "SELECT count(*) FROM reports") -> int | None:
    """Returns the result of a counting query, or None while the store is not created yet."""
    engine = create_engine(normalize_db(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar() or 0)
    except DBAPIError:
        return None
    finally:
        engine.dispose()


def ingest(url: str, folder: Path) -> subprocess.Popen[bytes]:
    """Starts `amity ingest` on the folder in a child process."""
    command = [AMITY, "--db", url, "ingest", str(folder), "--no-extract", "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_after(process: subprocess.Popen[bytes], url: str, at_least: int) -> None:
    """Kills the process with SIGKILL once the store holds at least `at_least` reports."""
    deadline = time.monotonic() + 60
    while (count(url) or 0) < at_least:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the batch stored nothing in 60 s"
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.slow
def test_killed_batch_resumes_without_loss_or_doubles(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_folder(folder)
    process = ingest(store_url, folder)
    kill_after(process, store_url, at_least=25)
    assert process.returncode == -signal.SIGKILL
    stored = count(store_url)
    assert stored is not None and 25 <= stored < COUNT
    if store_url.startswith("sqlite"):
        assert (
            count(
                store_url,
                "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'",
            )
            == 0
        )

    rerun = ingest(store_url, folder)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert f"{COUNT - stored} new; {stored} skipped; 0 failed" in out.decode()
    assert count(store_url) == COUNT
    assert count(store_url, "SELECT count(DISTINCT content_hash) FROM reports") == COUNT
    assert count(store_url, "SELECT count(DISTINCT source) FROM reports") == COUNT
