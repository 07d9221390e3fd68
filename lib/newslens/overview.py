"""What a corpus holds: one row per article, paragraphs by kind, the most frequent content words."""

from __future__ import annotations

import pandas as pd

from . import rules
from .articles import PARAGRAPH_KINDS, Article, Corpus, as_articles
from .tokenize import sentence_spans, word_spans


def article_table(x: Article | str | Corpus) -> pd.DataFrame:
    """One row per article: `article_id`, `title`, `author`, `source_code`, `date`, `encoding`,
    `paragraphs` (body paragraphs), `sentences`, `words` (word tokens, punctuation excluded), `chars`."""
    rows = []
    for a in as_articles(x):
        spans = sentence_spans(a)
        n_words = sum(
            1 for s, e, _, _ in spans for ws, we in word_spans(a.text, s, e) if any(c.isalnum() for c in a.text[ws:we])
        )
        rows.append(
            {
                "article_id": a.id,
                "title": a.title,
                "author": a.author,
                "source_code": a.source_code,
                "date": a.date,
                "encoding": a.meta.get("encoding"),
                "paragraphs": len(a.body),
                "sentences": len(spans),
                "words": n_words,
                "chars": len(a.text),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "article_id",
            "title",
            "author",
            "source_code",
            "date",
            "encoding",
            "paragraphs",
            "sentences",
            "words",
            "chars",
        ],
    )


def paragraph_kinds(x: Article | str | Corpus) -> pd.DataFrame:
    """Paragraphs by kind: one row per article, one column per kind (title ... byline), counts."""
    rows = []
    for a in as_articles(x):
        counts = dict.fromkeys(PARAGRAPH_KINDS, 0)
        for p in a.structure.paragraphs:
            counts[p.kind] += 1
        rows.append({"article_id": a.id, **counts})
    return pd.DataFrame(rows, columns=["article_id", *PARAGRAPH_KINDS])


def top_words(x: Article | str | Corpus, n: int = 20) -> pd.DataFrame:
    """The `n` most frequent content words (lower-cased, stop words and numbers left out).

    Columns: `word`, `count`, `articles` (how many articles use it). Ties are broken alphabetically.
    """
    counts: dict[str, int] = {}
    docs: dict[str, int] = {}
    for a in as_articles(x):
        seen = set()
        for s, e, _, kind in sentence_spans(a):
            if kind != "body":
                continue
            for ws, we in word_spans(a.text, s, e):
                w = a.text[ws:we].lower().replace("’", "'")
                if len(w) < 3 or not w[0].isalpha() or w in rules.STOP_WORDS:
                    continue
                counts[w] = counts.get(w, 0) + 1
                seen.add(w)
        for w in seen:
            docs[w] = docs.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return pd.DataFrame(
        {"word": [w for w, _ in ranked], "count": [c for _, c in ranked], "articles": [docs[w] for w, _ in ranked]}
    )
