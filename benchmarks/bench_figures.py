"""Figure extraction speed: words/s for `newslens.figures` over PolNeAR dev replicated to ~1M words, the
ratio to sentence splitting alone on the same text in the same run, and time growth on hostile input.

`figures` includes the quote attribution it takes claimants from (and its own sentence splitting).

    .venv/bin/python benchmarks/bench_figures.py [--words N]
"""

from __future__ import annotations

from _corpus import against_sentences, print_linearity, texts_from_args

import newslens as nl

HOSTILE = {
    "a run of digits": "9",
    "comma lists": "1,2,3,4,",
    "mixed scripts": "Київ 2022 年 5 月 ٣ 三 ½ ",
    "number words": "twenty-three thousand and a half ",
}


def main() -> None:
    texts, n_words = texts_from_args(__doc__)
    against_sentences("figures", nl.figures, texts, n_words)
    print("(figures include quote attribution and their own sentence splitting)")
    print_linearity(nl.figures, HOSTILE)


if __name__ == "__main__":
    main()
