"""Benchmarks for cleaner: run ``python -m benchmarks.bench --quick`` from the repo root."""
