"""Throughput of the Chinese pipeline: `python -m amity.extract.zh.bench [FILES...] [--mb N]`.

Runs the [zh] pipeline over the given reports (by default the Chinese quality reports of the
repository, when present) again and again until N megabytes of UTF-8 text went through, one
core, and prints the rate. The tables (country names, gazetteer) are built before timing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from amity.errors import InputError

DEFAULT = Path(__file__).resolve().parents[3] / "tests" / "quality" / "zh" / "reports"


def measure(texts: list[str], megabytes: float) -> tuple[float, float, int]:
    """Returns (megabytes read, seconds, reports) after running the pipeline over the texts."""
    from amity.extract import extract_records

    extract_records(texts[0], lang="zh")  # builds the tables once, outside the timing
    size, count, started = 0, 0, time.perf_counter()
    while size < megabytes * 1e6:
        for text in texts:
            extract_records(text, lang="zh")
            size += len(text.encode("utf-8"))
            count += 1
    return size / 1e6, time.perf_counter() - started, count


def main(argv: list[str] | None = None) -> int:
    """Prints the throughput line; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes to read (default 2)")
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT.glob("*.txt"))
    if not files or args.mb <= 0:
        raise InputError(
            "no Chinese reports to read, or --mb not above 0", "give report files and --mb > 0"
        )
    texts = [f.read_text(encoding="utf-8") for f in files]
    mb, seconds, count = measure(texts, args.mb)
    print(
        f"zh pipeline  {count} reports  {mb:.2f} MB  {seconds:.2f} s  {mb / seconds:.2f} MB/s per core"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
