"""Benchmark input: PolNeAR's 84 dev articles (../shared/data/), replicated to about a million words."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "data" / "polnear-dev.jsonl"


def dev_records() -> list[dict]:
    if not POLNEAR.exists():
        sys.exit(f"benchmark data missing: {POLNEAR}")
    return [json.loads(line) for line in POLNEAR.open(encoding="utf-8")]


def dev_texts() -> list[str]:
    return [r["text"] for r in dev_records()]


def write_corpus(path: Path, size: int) -> int:
    """A JSONL corpus of `size` articles cycling through the dev articles, each with a distinct id that keeps
    its outlet prefix ("breitbart_2016-...-000084"); returns its whitespace-separated word count."""
    records = dev_records()
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(size):
            r = records[i % len(records)]
            words += len(r["text"].split())
            f.write(json.dumps({"id": f"{r['doc_id']}-{i:06d}", "text": r["text"]}) + "\n")
    return words


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


def print_linearity(fn, cases: dict[str, str], sizes: tuple[int, int] = (100_000, 1_000_000)) -> None:
    """For each hostile input (a unit repeated into one paragraph), print the time for the two sizes (in
    characters; 100 KB and 1 MB by default) and their ratio: the size ratio (10) means time grows linearly."""
    small_n, big_n = sizes
    print(f"{getattr(fn, '__name__', 'fn')} on hostile input, one paragraph each: time for {small_n:,} and {big_n:,} "
          f"characters, and their ratio ({big_n / small_n:.0f} = linear)")  # fmt: skip
    for name, unit in cases.items():
        small = (unit * (small_n // len(unit) + 1))[:small_n]
        big = (unit * (big_n // len(unit) + 1))[:big_n]
        ts, tb = timed(fn, small), timed(fn, big)
        print(f"  {name:22} {ts:6.3f} s {tb:7.3f} s  ratio {tb / ts:5.1f}")


def texts_from_args(description: str) -> tuple[list[str], int]:
    """Parse --words (default 1M) and return the replicated dev texts and their word count."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--words", type=int, default=1_000_000, help="about how many words to analyse")
    texts = replicated(ap.parse_args().words)
    return texts, word_count(texts)


def against_sentences(name: str, fn, texts: list[str], n_words: int) -> None:
    """Time `fn` and sentence splitting alone on fresh Articles of the same texts; print both and the ratio."""
    import newslens as nl

    t_sent = timed(nl.sentences, [nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])
    t_fn = timed(fn, [nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])
    print(f"articles={len(texts)} words={n_words}")
    print(f"sentences {t_sent:6.2f} s {n_words / t_sent:>10,.0f} words/s")
    print(f"{name:9} {t_fn:6.2f} s {n_words / t_fn:>10,.0f} words/s   {name}/sentences time ratio {t_fn / t_sent:.2f}")
