"""Instructions per byte of English extraction, counted by callgrind: repeatable on a busy machine.

    python -m benchmarks.instructions [--passes 2] [--split]

The reports of benchmarks.extract are extracted once to warm up (tables loaded, regexes
compiled), then --passes more times, in a process under valgrind's callgrind; a second process
stops after the warm-up. The difference of their instruction counts, over the bytes of the
extra passes, is the figure: wall-clock time on a shared machine varies by tens of percent,
this count by a fraction of one. --split warms up on half of the reports and measures the
other half, so that no answer kept from one report (a memo) serves the same report again.
Needs valgrind on the PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOTALS = re.compile(r"^(?:summary|totals):\s+(\d+)", re.M)


def run_passes(passes: int, split: bool) -> int:
    """Extracts the reports once, then `passes` times; returns the bytes of those passes."""
    from benchmarks.extract import extract_one, source_texts, warm_up

    texts = source_texts()
    warm, measured = (texts[0::2], texts[1::2]) if split else (texts, texts)
    warm_up()
    for text in warm:
        extract_one(text)
    for _ in range(passes):
        for text in measured:
            extract_one(text)
    return passes * sum(len(t.encode("utf-8")) for t in measured)


def instructions(passes: int, split: bool, folder: str) -> tuple[int, int]:
    """Returns (instructions, bytes measured) of one process under callgrind."""
    out = os.path.join(folder, f"callgrind.{passes}")
    inner = [sys.executable, "-m", "benchmarks.instructions", "--inner", str(passes)]
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *inner]
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same dict and set orders each time
    done = subprocess.run(
        command + (["--split"] if split else []),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return totals(Path(out).read_text(encoding="utf-8")), int(done.stdout.split()[-1])


def totals(callgrind_out: str) -> int:
    """Returns the instruction count a callgrind output file reports."""
    found = TOTALS.search(callgrind_out)
    if not found:
        raise ValueError("no totals in the callgrind output")
    return int(found[1])


def main(argv: list[str] | None = None) -> int:
    """Measures the two processes (side by side) and prints instructions per byte."""
    args = parse_args(argv)
    if args.inner is not None:
        print(run_passes(args.inner, args.split))
        return 0
    with tempfile.TemporaryDirectory() as folder, ThreadPoolExecutor(2) as pool:
        runs = pool.map(lambda n: instructions(n, args.split, folder), (args.passes, 0))
        (full, size), (base, _) = runs
    print(
        f"{(full - base) / size:.0f} instructions per byte "
        f"({full - base} over {size} bytes, {args.passes} passes{', split' if args.split else ''})"
    )
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Returns the command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.instructions", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--passes", type=int, default=2, help="measured passes (default 2)")
    parser.add_argument("--split", action="store_true", help="warm up and measure apart")
    parser.add_argument("--inner", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be >= 1")
    return args


if __name__ == "__main__":
    sys.exit(main())
