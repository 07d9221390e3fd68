"""Quote extraction speed: words/s over PolNeAR dev replicated to ~1M words, the cost relative to sentence
splitting alone on the same text in the same run, and time growth on hostile input (10x the input should
cost about 10x the time).

    .venv/bin/python benchmarks/bench_quotes.py [--words N]
"""

from __future__ import annotations

from _corpus import against_sentences, print_linearity, texts_from_args

import newslens as nl

HOSTILE = {
    "straight quote marks": '"',
    "curly quote marks": "“”“",
    "unclosed quotes": 'He said "never closed, ',
    "apostrophes": "Russia's O'Brien '90s rock 'n' roll ",
    "cue words": "said he told she said X, ",
    "attributions": "the plan will fail, he said, ",
    "role phrases": "the spokesman for the mayor of the minister of Kyiv said, ",
}


def main() -> None:
    texts, n_words = texts_from_args(__doc__)
    against_sentences("quotes", nl.quotes, texts, n_words)
    print("(quotes include their own sentence splitting)")
    print_linearity(nl.quotes, HOSTILE)


if __name__ == "__main__":
    main()
