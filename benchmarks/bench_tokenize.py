"""Load + sentences + words over PolNeAR dev replicated to ~1M words: words/s and peak memory; then one
line of news text with no line breaks at all (a corpus dumped on one line), 5 MB and 50 MB: sentences
must stay linear (ratio about 10) and never hit NLTK's 5-second regular-expression limit.

.venv/bin/python benchmarks/bench_tokenize.py [--words N]
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from pathlib import Path

from _corpus import print_linearity, texts_from_args

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
    line = " ".join(" ".join(texts).split())  # the corpus on one line
    print_linearity(nl.sentences, {"one line of news": line}, sizes=(5_000_000, 50_000_000))
    print_linearity(nl.words, {"one line of news": line}, sizes=(500_000, 5_000_000))


if __name__ == "__main__":
    main()
