"""Extraction throughput: our reports repeated in memory to N MB, in one process and on all cores.

    python -m benchmarks.extract [--mb 50] [--workers N]

The corpus is built from tests/quality/reports, examples/reports (.txt, .md) and, if present,
the seeds in ../shared/corpus/seeds, repeated until it holds --mb megabytes of UTF-8 text.
It is extracted once in this process, then by a pool of --workers processes (default: all
cores) that each build their pipeline once. For each mode it prints MB/s, reports/s, MB/s per
core and peak memory: of the process that extracts (ru_maxrss; with a pool, its largest worker)
and, with a pool, of all the processes together (this one, which holds the corpus, plus every
worker's peak).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SOURCES = (
    (REPO / "tests" / "quality" / "reports", ("*.txt",)),
    (REPO / "examples" / "reports", ("*.txt", "*.md")),
    (REPO.parent / "shared" / "corpus" / "seeds", ("*.txt",)),
)
TARGET_MB_S_PER_CORE = 1.0
TARGET_PEAK_MB = 1024.0


@dataclass
class Run:
    """The measures of one extraction run."""

    mode: str
    cores: int
    reports: int
    megabytes: float
    seconds: float
    peak_mb: float
    failed: int = 0
    all_mb: float | None = None
    cpu_seconds: float | None = None

    def line(self) -> str:
        """Returns the result line of the run, with whether the targets are met."""
        mb_s = self.megabytes / self.seconds
        per_core = mb_s / self.cores
        ok = per_core >= TARGET_MB_S_PER_CORE and self.peak_mb < TARGET_PEAK_MB
        return (
            f"{self.mode:<9} {self.cores:>3} cores  {self.reports:>7} reports  "
            f"{self.megabytes:7.1f} MB  {self.seconds:7.1f} s  {mb_s:6.2f} MB/s  "
            f"{self.reports / self.seconds:8.1f} reports/s  {per_core:6.2f} MB/s per core  "
            f"peak {self.peak_mb:7.1f} MB  failed {self.failed}  "
            f"{'ok' if ok else 'BELOW TARGET'}"
            + (f"  (all processes {self.all_mb:.1f} MB)" if self.all_mb is not None else "")
            + self._cpu()
        )

    def _cpu(self) -> str:
        """Returns the throughput per CPU second: what a core gives when it is not shared."""
        if not self.cpu_seconds:
            return ""
        rate = self.megabytes / self.cpu_seconds
        return f"  cpu {self.cpu_seconds:.1f} s: {rate:.2f} MB/s per cpu-second"


def source_texts(sources: Iterable[tuple[Path, tuple[str, ...]]] = SOURCES) -> list[str]:
    """Returns the texts of the reports found in the source folders (missing folders skipped)."""
    texts = []
    for folder, patterns in sources:
        for pattern in patterns:
            for path in sorted(folder.glob(pattern)):
                text = path.read_text(encoding="utf-8", errors="replace")
                if text.strip():
                    texts.append(text)
    return texts


def build_corpus(texts: list[str], megabytes: float) -> list[str]:
    """Returns the texts repeated in order until they hold at least `megabytes` of UTF-8."""
    if not texts:
        raise SystemExit("no reports found: run from the repository (tests/quality/reports)")
    sizes = [len(t.encode("utf-8")) for t in texts]
    corpus, total, i = [], 0, 0
    while total < megabytes * 1e6:
        corpus.append(texts[i % len(texts)])
        total += sizes[i % len(texts)]
        i += 1
    return corpus


def peak_mb(who: int) -> float:
    """Returns the peak resident memory in MB of this process or of its finished children."""
    return resource.getrusage(who).ru_maxrss / 1024


def extract_one(text: str) -> bool:
    """Extracts one report; returns False if extraction raised or a component failed."""
    from amity.errors import AmityError
    from amity.extract import extract_records

    try:
        return not extract_records(text)["failures"]
    except AmityError:
        return False


def warm_up() -> None:
    """Builds the pipeline (and loads its tables) once in this process."""
    from amity.extract import get_pipeline

    get_pipeline("en")
    extract_one("Warm up\n\nOn May 5, 2020, a forum was held in Oslo, Norway.")


_DONE: Any = None


def warm_worker(ready: Any, done: Any) -> None:
    """Builds a worker's pipeline, then waits until every worker and the parent are ready."""
    global _DONE
    _DONE = done
    warm_up()
    ready.wait()


def worker_peak(_: int) -> tuple[float, float]:
    """Returns this worker's peak memory (MB) and CPU seconds since the clock started.

    Each call waits for the others, so every worker answers exactly once.
    """
    _DONE.wait()
    return peak_mb(resource.RUSAGE_SELF), time.process_time() - _CPU_START


_CPU_START = 0.0


def start_clock(_: int) -> None:
    """Notes this worker's CPU time when the clock starts (one call per worker, as above)."""
    global _CPU_START
    _DONE.wait()
    _CPU_START = time.process_time()


def run_serial(corpus: list[str], megabytes: float) -> Run:
    """Returns the measures of extracting the corpus in this process."""
    warm_up()
    started, cpu = time.perf_counter(), time.process_time()
    failed = sum(not extract_one(text) for text in corpus)
    elapsed = time.perf_counter() - started
    run = Run("serial", 1, len(corpus), megabytes, elapsed, peak_mb(resource.RUSAGE_SELF), failed)
    run.cpu_seconds = time.process_time() - cpu
    return run


def run_pool(corpus: list[str], megabytes: float, workers: int) -> Run:
    """Returns the measures of extracting the corpus with a pool of worker processes."""
    context = get_context("spawn")
    ready = context.Barrier(workers + 1, timeout=600)
    done = context.Barrier(workers, timeout=600)
    with context.Pool(workers, initializer=warm_worker, initargs=(ready, done)) as pool:
        ready.wait()  # the clock starts once every worker has built its pipeline
        pool.map(start_clock, range(workers), chunksize=1)
        started = time.perf_counter()
        results = pool.map(extract_one, corpus, chunksize=max(1, len(corpus) // (workers * 16)))
        elapsed = time.perf_counter() - started
        # Each call waits for all the others, so every worker answers exactly once.
        peaks = pool.map(worker_peak, range(workers), chunksize=1)
        pool.close()
        pool.join()
    top = max(p for p, _ in peaks)
    run = Run("parallel", workers, len(corpus), megabytes, elapsed, top, results.count(False))
    run.all_mb = sum(p for p, _ in peaks) + peak_mb(resource.RUSAGE_SELF)
    run.cpu_seconds = sum(c for _, c in peaks)
    return run


def main(argv: list[str] | None = None) -> int:
    """Builds the corpus, measures both modes, prints one line per mode."""
    args = parse_args(argv)
    started = time.perf_counter()
    corpus = build_corpus(source_texts(), args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
    print(
        f"corpus: {len(corpus)} reports, {megabytes:.1f} MB, "
        f"built in {time.perf_counter() - started:.1f} s"
    )
    print(f"targets: >= {TARGET_MB_S_PER_CORE:.1f} MB/s per core, peak < {TARGET_PEAK_MB:.0f} MB")
    print(run_serial(corpus, megabytes).line(), flush=True)
    print(run_pool(corpus, megabytes, args.workers).line(), flush=True)
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Returns the command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extract", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="pool size (default: all cores)"
    )
    args = parser.parse_args(argv)
    if args.mb <= 0 or args.workers < 1:
        parser.error("--mb must be > 0 and --workers >= 1")
    return args


if __name__ == "__main__":
    sys.exit(main())
