"""What a corpus holds: one row per article, paragraphs by kind, the most frequent content words.

Each function takes an Article, plain text or a Corpus, or the tables of `newslens.analyze` (from
`open_tables` or `tables.in_memory`), and gives the same answer either way. From tables they read only the
columns they need, and the counts `analyze` stored, so they stay fast on 100,000 articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from . import rules, schema
from .articles import PARAGRAPH_KINDS, Article, Corpus
from .problems import Stage
from .source import Source, articles_of, tables_for, tables_of
from .tokenize import body_words, sentence_word_counts

#: The columns of `article_table`: part of the `articles` table (`schema.ARTICLES`).
ARTICLE_COLUMNS = ("article_id", "title", "author", "source_code", "date", "encoding", "paragraphs", "sentences",
                   "words", "chars")  # fmt: skip
_ARTICLE_TABLE = tuple(c for c in schema.ARTICLES if c.name in ARTICLE_COLUMNS)
#: What `article_table` counts, per article; `newslens analyze` stores these in its `articles` table.
COUNT_COLUMNS = ("paragraphs", "sentences", "words", "chars")
VOCABULARY_COLUMNS = schema.names(schema.VOCABULARY)


def article_counts(a: Article, sentence_words: Sequence[int] | None = None) -> dict[str, int]:
    """An article's `paragraphs` (body paragraphs), `sentences`, `words` (in those sentences, punctuation
    left out) and `chars`. `sentence_words`, each sentence's word count when already known, saves counting."""
    if sentence_words is None:
        sentence_words = sentence_word_counts(a)
    return {"paragraphs": len(a.body), "sentences": len(sentence_words), "words": sum(sentence_words),
            "chars": len(a.text)}  # fmt: skip


def article_table(x: Source) -> pd.DataFrame:
    """One row per article: `article_id`, `title`, `author`, `source_code`, `date`, `encoding`,
    `paragraphs` (body paragraphs), `sentences`, `words` (in those sentences, punctuation left out), `chars`."""
    if (tables := tables_of(x)) is not None:
        return tables.read("articles", list(ARTICLE_COLUMNS))
    stage = Stage("article counts")
    rows = [
        {"article_id": a.id, "title": a.title, "author": a.author, "source_code": a.source_code, "date": a.date,
         "encoding": a.meta.get("encoding"), **counts}
        for a, counts in stage.each(articles_of(x), article_counts)
    ]  # fmt: skip
    return stage.finish(schema.frame(_ARTICLE_TABLE, {c: [r[c] for r in rows] for c in ARTICLE_COLUMNS}))


def paragraph_kinds(x: Source) -> pd.DataFrame:
    """Paragraphs by kind: one row per article, one column per kind (title ... byline), counts."""
    if (tables := tables_of(x)) is not None:
        paras = tables.read("paragraphs", ["article_id", "kind"], categories=["article_id", "kind"])
        counts = paras.groupby(["article_id", "kind"], observed=True).size().unstack(fill_value=0)
        counts.index, counts.columns = counts.index.astype("str"), counts.columns.astype("str")
        counts = counts.reindex(columns=list(PARAGRAPH_KINDS), fill_value=0)
        counts = counts.reindex(tables.read("articles", ["article_id"])["article_id"], fill_value=0)
        counts.columns.name = None
        return counts.reset_index()
    rows = []
    for a in articles_of(x):
        c = dict.fromkeys(PARAGRAPH_KINDS, 0)
        for p in a.structure.paragraphs:
            c[p.kind] += 1
        rows.append({"article_id": a.id, **c})
    return pd.DataFrame(rows, columns=["article_id", *PARAGRAPH_KINDS])


def vocabulary(written: Iterable[Mapping[str, int]]) -> pd.DataFrame:
    """Content words (lower-cased, at least 3 characters, stop words and numbers left out) with their
    `count` and the number of `articles` using them, in first-seen order, from each article's words as
    written with their counts (`tokenize.body_words`).

    `newslens analyze` stores one such table per batch; summed over batches they give the corpus's."""
    counts: dict[str, int] = {}
    docs: Counter[str] = Counter()
    content: dict[str, str] = {}  # each word as written -> its vocabulary form, "" when it is none (read once)
    for words in written:
        forms: dict[str, int] = {}  # this text's vocabulary forms and their counts, in first-seen order
        for w, n in words.items():
            c = content.get(w)
            if c is None:
                c = content[w] = _content_form(w)
            if c:
                forms[c] = forms.get(c, 0) + n
        for c, n in forms.items():
            counts[c] = counts.get(c, 0) + n
        docs.update(forms.keys())
    return schema.frame(schema.VOCABULARY, {"word": list(counts), "count": list(counts.values()),
                                             "articles": [docs[w] for w in counts]})  # fmt: skip


#: Words left out of the vocabulary: stop words, and number and scale words (numbers are figures, not topics).
_NOT_CONTENT = rules.STOP_WORDS | frozenset(rules.NUMBER_WORDS) | frozenset(rules.SCALE_WORDS)


def _content_form(word: str) -> str:
    """A word as the vocabulary counts it (lower case, straight apostrophe), or "" when it is left out."""
    w = word.lower().replace("’", "'")
    return w if len(w) >= 3 and w[0].isalpha() and w not in _NOT_CONTENT and not _number_word(w) else ""


def _number_word(word: str) -> bool:
    """ "twenty-three", "one-third": every part a number word."""
    return "-" in word and all(p in rules.NUMBER_WORDS or p in rules.SCALE_WORDS for p in word.split("-"))


def top_words(x: Source, n: int = 20) -> pd.DataFrame:
    """The `n` most frequent content words of body sentences (lower-cased, stop words and numbers left out).

    Columns: `word`, `count`, `articles` (how many articles use it). Ties are broken alphabetically.
    """
    if (tables := tables_of(x)) is not None:
        vocab = tables.read("vocabulary", list(VOCABULARY_COLUMNS)).groupby("word", sort=False).sum()
        vocab = vocab[~vocab.index.isin(_NOT_CONTENT)]  # tables written before number words were left out
    else:
        stage = Stage("top words")
        vocab = stage.finish(vocabulary(w for _, w in stage.each(articles_of(x), body_words))).set_index("word")
    ranked = vocab.reset_index().sort_values(["count", "word"], ascending=[False, True]).head(n)
    return ranked.reset_index(drop=True)[list(VOCABULARY_COLUMNS)]


_NUMBERED = re.compile(r"\b(record|line|row|column|byte) \d+\b")


def reason_kind(reason: str) -> str:
    """A problem's reason with its record, line and byte numbers set aside, so that like reasons count
    together ("record 7 has empty text" and "record 9 has empty text" are "record has empty text")."""
    return _NUMBERED.sub(r"\1", str(reason))


def top_reasons(reasons: Iterable[str], n: int = 3) -> str:
    """The `n` most common problem reasons in one line, numbers set aside ("239 x record has empty text")."""
    common = Counter(reason_kind(r) for r in reasons).most_common(n)
    return "; ".join(f"{count:,} x {reason}" for reason, count in common) or "no files or records"


def problem_summary(x: Source | pd.DataFrame) -> pd.DataFrame:
    """What went wrong, counted: one row per `kind` (not loaded / analysis failed / note) and `reason`
    (numbers set aside, `reason_kind`), with how many `files`, `rows` and an `example` path, most rows
    first. `x` is a `problems` table, a Corpus, or the tables of `newslens.analyze`."""
    if isinstance(x, pd.DataFrame):
        p = x
    elif isinstance(x, Corpus):
        p = x.problems
    else:
        p = tables_for(x).read("problems")
    columns = ["kind", "reason", "rows", "files", "example"]
    if p.empty:
        return pd.DataFrame({c: pd.array([], dtype="int64" if c in ("rows", "files") else "str") for c in columns})
    p = p.assign(reason=p["reason"].map(reason_kind))
    g = p.groupby(["kind", "reason"], sort=False)
    out = g.agg(rows=("reason", "size"), files=("path", "nunique"), example=("path", "first")).reset_index()
    return out.sort_values(["rows", "kind", "reason"], ascending=[False, True, True])[columns].reset_index(drop=True)
