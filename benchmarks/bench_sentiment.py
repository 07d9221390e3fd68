"""Sentiment speed: sentences/s for `newslens.sentiment` over PolNeAR dev replicated to ~1M words, and the
ratio to calling VADER directly on the same sentences in the same run (1.0 = no overhead of ours).
"VADER directly" is the reference package, vaderSentiment; "newslens.vader" is our computation of the
same scores (tests/test_vader.py holds them equal).

Two figures, both honest about what they include:
- cold: fresh articles, so `sentiment` pays for sentence splitting and quote attribution (its `quoted`
  and `speaker` columns) as well as VADER;
- warm: the articles' sentences and quotes already computed (as after `newslens.quotes` in a notebook):
  what `sentiment` adds on top of VADER;
- short texts: `nl.sentiment` on a list of 5,000 short texts (single sentences of the same articles, as a
  user scores headlines or tweets), against VADER on the same texts: newslens time / VADER time (aim: 3 at
  most). Each timing is the best of three runs.

    .venv/bin/python benchmarks/bench_sentiment.py [--words N]
"""

from __future__ import annotations

import time

from _corpus import texts_from_args

import newslens as nl
from newslens.vader import analyzer, polarity_scores


def main() -> None:
    texts, n_words = texts_from_args(__doc__)
    articles = [nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)]

    t0 = time.perf_counter()
    cold = nl.sentiment(articles)
    t_cold = time.perf_counter() - t0

    vader = analyzer()
    sentences = cold["text"].tolist()
    t0 = time.perf_counter()
    for s in sentences:
        vader.polarity_scores(s)
    t_vader = time.perf_counter() - t0
    t0 = time.perf_counter()
    for s in sentences:
        polarity_scores(s)
    t_ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    nl.sentiment(articles)  # sentences and quotes are cached on these Article objects now
    t_warm = time.perf_counter() - t0

    short = sentences[:5000]
    t_short = t_short_vader = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for s in short:
            vader.polarity_scores(s)
        t_short_vader = min(t_short_vader, time.perf_counter() - t0)
        t0 = time.perf_counter()
        nl.sentiment(short)
        t_short = min(t_short, time.perf_counter() - t0)

    n = len(sentences)
    print(f"articles={len(texts)} words={n_words} sentences={n}")
    print(f"VADER directly      {t_vader:6.2f} s {n / t_vader:>9,.0f} sentences/s")
    print(f"newslens.vader      {t_ours:6.2f} s {n / t_ours:>9,.0f} sentences/s  ratio {t_vader / t_ours:.2f}")
    print(f"sentiment (cold)    {t_cold:6.2f} s {n / t_cold:>9,.0f} sentences/s  ratio {t_vader / t_cold:.2f}")
    print(f"sentiment (warm)    {t_warm:6.2f} s {n / t_warm:>9,.0f} sentences/s  ratio {t_vader / t_warm:.2f}")
    print(
        f"{len(short):,} short texts: VADER {t_short_vader:.2f} s, nl.sentiment {t_short:.2f} s "
        f"({len(short) / t_short:,.0f} texts/s): {t_short / t_short_vader:.2f} x VADER's time"
    )


if __name__ == "__main__":
    main()
