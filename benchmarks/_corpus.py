"""Benchmark input: PolNeAR's 84 dev articles (../shared/data/), replicated to about a million words."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "data" / "polnear-dev.jsonl"


def dev_texts() -> list[str]:
    if not POLNEAR.exists():
        sys.exit(f"benchmark data missing: {POLNEAR}")
    return [json.loads(line)["text"] for line in POLNEAR.open(encoding="utf-8")]


def replicated(target_words: int = 1_000_000) -> list[str]:
    """The dev texts repeated until they hold about `target_words` whitespace-separated words."""
    texts = dev_texts()
    per_pass = sum(len(t.split()) for t in texts)
    reps = max(1, round(target_words / per_pass))
    return texts * reps


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def timed(fn, arg) -> float:
    """Seconds one call of fn(arg) takes."""
    t0 = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t0


def print_linearity(fn, cases: dict[str, str]) -> None:
    """For each hostile input (a unit repeated into one paragraph), print the time for 100 KB and 1 MB and
    their ratio: about 10 means time grows linearly."""
    print("hostile input, one paragraph each: time for 100 KB and 1 MB, and their ratio (10 = linear)")
    for name, unit in cases.items():
        small, big = unit * (100_000 // len(unit)), unit * (1_000_000 // len(unit))
        ts, tb = timed(fn, small), timed(fn, big)
        print(f"  {name:22} {ts:6.3f} s {tb:7.3f} s  ratio {tb / ts:5.1f}")
