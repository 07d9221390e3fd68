"""Benchmark input: PolNeAR's 84 dev articles (../shared/data/), replicated to about a million words."""

from __future__ import annotations

import json
import sys
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
