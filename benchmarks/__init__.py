"""Benchmarks: `python -m benchmarks.ingest`, `python -m benchmarks.extract`."""
