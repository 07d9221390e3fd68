"""Figure extraction speed: words/s for `newslens.figures` over PolNeAR dev replicated to ~1M words, the
ratio to sentence splitting alone on the same text in the same run, and time growth on hostile input.

`figures` includes the quote attribution it takes claimants from (and its own sentence splitting).

    .venv/bin/python benchmarks/bench_figures.py [--words N]
"""

from __future__ import annotations

import argparse

from _corpus import print_linearity, replicated, timed, word_count

import newslens as nl

HOSTILE = {
    "a run of digits": "9",
    "comma lists": "1,2,3,4,",
    "mixed scripts": "Київ 2022 年 5 月 ٣ 三 ½ ",
    "number words": "twenty-three thousand and a half ",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1_000_000)
    args = ap.parse_args()
    texts = replicated(args.words)
    n_words = word_count(texts)
    t_sent = timed(nl.sentences, [nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])
    t_fig = timed(nl.figures, [nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])
    print(f"articles={len(texts)} words={n_words}")
    print(f"sentences {t_sent:6.2f} s {n_words / t_sent:>10,.0f} words/s")
    ratio = t_fig / t_sent
    print(f"figures   {t_fig:6.2f} s {n_words / t_fig:>10,.0f} words/s   figures/sentences time ratio {ratio:.2f}")
    print_linearity(nl.figures, HOSTILE)


if __name__ == "__main__":
    main()
