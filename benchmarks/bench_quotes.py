"""Quote extraction speed: words/s over PolNeAR dev replicated to ~1M words, the cost relative to sentence
splitting alone on the same text in the same run, and time growth on hostile input (10x the input should
cost about 10x the time).

    .venv/bin/python benchmarks/bench_quotes.py [--words N]
"""

from __future__ import annotations

import argparse

from _corpus import print_linearity, replicated, timed, word_count

import newslens as nl

HOSTILE = {
    "straight quote marks": '"',
    "curly quote marks": "“”“",
    "unclosed quotes": 'He said "never closed, ',
    "apostrophes": "Russia's O'Brien '90s rock 'n' roll ",
    "cue words": "said he told she said X, ",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1_000_000)
    args = ap.parse_args()
    texts = replicated(args.words)
    n_words = word_count(texts)

    t_sent = timed(nl.sentences, [nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])
    t_quotes = timed(nl.quotes, [nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])
    print(f"articles={len(texts)} words={n_words}")
    print(f"sentences {t_sent:6.2f} s {n_words / t_sent:>10,.0f} words/s")
    print(
        f"quotes    {t_quotes:6.2f} s {n_words / t_quotes:>10,.0f} words/s   "
        f"quotes/sentences time ratio {t_quotes / t_sent:.2f} (quotes include their own sentence splitting)"
    )

    print_linearity(nl.quotes, HOSTILE)


if __name__ == "__main__":
    main()
