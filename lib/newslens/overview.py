"""What a corpus holds: one row per article, paragraphs by kind, the most frequent content words.

Each function takes an Article, plain text or a Corpus, or the tables of `newslens.analyze` (a dict of
DataFrames from `open_tables` or `tables.in_memory`), and gives the same answer either way.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from . import rules
from .articles import PARAGRAPH_KINDS, Article, Corpus, as_articles
from .tokenize import sentence_spans

ARTICLE_COLUMNS = ("article_id", "title", "author", "source_code", "date", "encoding", "paragraphs", "sentences",
                   "words", "chars")  # fmt: skip
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

Source = Article | str | Corpus | dict[str, pd.DataFrame]


def article_table(x: Source) -> pd.DataFrame:
    """One row per article: `article_id`, `title`, `author`, `source_code`, `date`, `encoding`,
    `paragraphs` (body paragraphs), `sentences`, `words` (in those sentences, punctuation left out), `chars`."""
    if isinstance(x, dict):
        arts, sents, paras = x["articles"], x["sentences"], x["paragraphs"]
        n_words = sents["text"].map(lambda t: len(_WORD.findall(t)))
        counts = pd.DataFrame({
            "paragraphs": paras[paras["kind"] == "body"].groupby("article_id").size(),
            "sentences": sents.groupby("article_id").size(),
            "words": n_words.groupby(sents["article_id"]).sum(),
        })  # fmt: skip
        out = arts.set_index("article_id")[["title", "author", "source_code", "date", "encoding"]].join(counts)
        out["chars"] = arts.set_index("article_id")["text"].str.len()
        out = out.fillna({"paragraphs": 0, "sentences": 0, "words": 0}).astype(
            {"paragraphs": "int64", "sentences": "int64", "words": "int64"}
        )
        return out.reset_index()[list(ARTICLE_COLUMNS)]
    rows = []
    for a in as_articles(x):
        spans = sentence_spans(a)
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
                "words": sum(len(_WORD.findall(a.text[s:e])) for s, e, _, _ in spans),
                "chars": len(a.text),
            }
        )
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


def paragraph_kinds(x: Source) -> pd.DataFrame:
    """Paragraphs by kind: one row per article, one column per kind (title ... byline), counts."""
    if isinstance(x, dict):
        counts = x["paragraphs"].groupby(["article_id", "kind"]).size().unstack(fill_value=0)
        counts = counts.reindex(columns=list(PARAGRAPH_KINDS), fill_value=0)
        counts = counts.reindex(x["articles"]["article_id"], fill_value=0)
        counts.columns.name = None
        return counts.reset_index()
    rows = []
    for a in as_articles(x):
        c = dict.fromkeys(PARAGRAPH_KINDS, 0)
        for p in a.structure.paragraphs:
            c[p.kind] += 1
        rows.append({"article_id": a.id, **c})
    return pd.DataFrame(rows, columns=["article_id", *PARAGRAPH_KINDS])


def top_words(x: Source, n: int = 20) -> pd.DataFrame:
    """The `n` most frequent content words of body sentences (lower-cased, stop words and numbers left out).

    Columns: `word`, `count`, `articles` (how many articles use it). Ties are broken alphabetically.
    """
    if isinstance(x, dict):
        body = x["sentences"][x["sentences"]["kind"] == "body"]
        texts = body.groupby("article_id", sort=False)["text"].agg(" ".join).tolist()
    else:
        texts = [" ".join(a.text[s:e] for s, e, _, kind in sentence_spans(a) if kind == "body") for a in as_articles(x)]
    counts: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    for text in texts:
        words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
        words = [w for w in words if len(w) >= 3 and w[0].isalpha() and w not in rules.STOP_WORDS]
        counts.update(words)
        docs.update(set(words))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return pd.DataFrame(
        {"word": [w for w, _ in ranked], "count": [c for _, c in ranked], "articles": [docs[w] for w, _ in ranked]}
    )
