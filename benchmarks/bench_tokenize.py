"""Load + sentences + words over PolNeAR dev replicated to ~1M words: words/s and peak memory.

.venv/bin/python benchmarks/bench_tokenize.py [--words N]
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from pathlib import Path

from _corpus import texts_from_args

import newslens as nl


def main() -> None:
    texts, n_words = texts_from_args(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": f"a{i}", "text": t}) + "\n")
        t0 = time.perf_counter()
        corpus = nl.load_articles(src)
        t1 = time.perf_counter()
        sents = nl.sentences(corpus)
        t2 = time.perf_counter()
        toks = nl.words(corpus)
        t3 = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    total = t3 - t0
    print(f"articles={len(corpus)} words={n_words} sentences={len(sents)} tokens={len(toks)}")
    print(f"load      {t1 - t0:6.2f} s  {n_words / (t1 - t0):>10,.0f} words/s")
    print(f"sentences {t2 - t1:6.2f} s  {n_words / (t2 - t1):>10,.0f} words/s")
    print(f"words     {t3 - t2:6.2f} s  {n_words / (t3 - t2):>10,.0f} words/s")
    print(f"total     {total:6.2f} s  {n_words / total:>10,.0f} words/s  peak RSS {peak / 2**20:,.0f} MiB")


if __name__ == "__main__":
    main()
