"""What every analysis accepts, through one door.

Every analysis (`sentences`, `quotes`, `figures`, `sentiment`, `article_table`, ...) takes any of:

- an `Article`, or plain text (a `str`: offsets then index that very string);
- a `Corpus`, or a list of Articles or of strings, or a pandas Series of strings (ids from its index);
- a pandas DataFrame of articles: a text column (`text`, `body` or `content`), and optionally `id`,
  `title`, `author`, `date`, `dateline`, `url`, `source` columns (ids from the index when there is no id);
- the `Tables` of `newslens.analyze` (or a dict of such tables): then the analysis reads what was
  analysed instead of computing it again.

`tables_of(x)` gives the Tables when `x` is analysed tables, else None; `articles_of(x)` gives Articles
(for tables, rebuilt from their `articles` table, for an analysis that stores nothing). A row of a
DataFrame that holds no article text is left out with a warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from typing import Union

import pandas as pd

from . import rules
from .articles import Article, Corpus, LoadError
from .articles.sources import article
from .tables import Tables

#: What an analysis accepts (see the module docstring).
Source = Union[Article, str, Corpus, Tables, pd.DataFrame, pd.Series, Iterable[Article], Iterable[str]]  # noqa: UP007


class SourceWarning(UserWarning):
    """Some rows given to an analysis hold no article and were left out."""


def tables_of(x: object) -> Tables | None:
    """The analysed tables `x` is, or None when `x` holds articles."""
    if isinstance(x, Tables):
        return x
    if isinstance(x, Mapping) and x and all(isinstance(v, pd.DataFrame) for v in x.values()):
        return Tables(x)
    return None


def tables_for(x: Source) -> Tables:
    """The tables of `x`: `x` itself when it is analysed tables, else its articles analysed in memory (what
    the corpus-level comparisons read)."""
    tables = tables_of(x)
    if tables is not None:
        return tables
    from .pipeline import analyze_in_memory  # the pipeline runs every analysis, which all use this module

    return analyze_in_memory(articles_of(x))


def articles_of(x: Source) -> list[Article]:
    """The Articles of an Article, a str, a Corpus, a list or Series of strings or Articles, or a DataFrame
    of articles (see the module docstring). Raises TypeError for anything else."""
    if isinstance(x, Article):
        return [x]
    if isinstance(x, str):
        return [Article.from_text(x)]
    if isinstance(x, Corpus):
        return x.articles
    if isinstance(x, pd.DataFrame):
        return _from_frame(x)
    if isinstance(x, pd.Series):
        return _from_strings([str(i) for i in x.index], x.tolist())
    if (tables := tables_of(x)) is not None:
        return _from_tables(tables)
    if isinstance(x, Iterable):
        items = list(x)
        if all(isinstance(a, Article) for a in items):
            return items
        if all(isinstance(a, str) for a in items):
            return _from_strings([str(i) for i in range(len(items))], items)
    raise TypeError(
        f"expected an Article, a str, a Corpus, a list or Series of texts, a DataFrame of articles or the "
        f"tables of newslens.analyze, not {type(x).__name__}"
    )


_ARTICLE_FIELDS = ("title", "author", "source_code", "byline", "dateline", "date", "url", "source", "path")


def _from_tables(tables: Tables) -> list[Article]:
    rows = tables.read("articles", ["article_id", "text", *_ARTICLE_FIELDS])
    out = []
    for r in rows.astype(object).where(rows.notna(), None).to_dict("records"):
        out.append(Article(id=r["article_id"], text=r["text"], **{f: r[f] for f in _ARTICLE_FIELDS}))
    return out


def _from_strings(ids: list[str], texts: list) -> list[Article]:
    out, skipped = [], []
    for aid, text in zip(ids, texts, strict=True):
        if isinstance(text, str) and text.strip():
            out.append(Article.from_text(text, id=aid))
        else:
            skipped.append(aid)
    _warn_skipped(skipped)
    return out


def _from_frame(df: pd.DataFrame) -> list[Article]:
    """A DataFrame of articles, row by row (see the module docstring)."""
    text_field = next((f for f in rules.TEXT_FIELDS if f in df.columns), None)
    if text_field is None:
        raise TypeError(
            f"a DataFrame of articles needs a text column ({', '.join(rules.TEXT_FIELDS)}); "
            f"this one has: {', '.join(map(str, df.columns))}"
        )
    id_field = next((f for f in rules.ID_FIELDS if f in df.columns), None)
    ids = df[id_field].astype("str").tolist() if id_field else [str(i) for i in df.index]
    meta = [f for f in rules.META_FIELDS if f in df.columns]
    out, skipped = [], []
    for n, (aid, text, *values) in enumerate(zip(ids, df[text_field], *(df[f] for f in meta), strict=True), 1):
        extra = {f: str(v) for f, v in zip(meta, values, strict=True) if isinstance(v, str) and v}
        try:
            if not isinstance(text, str):
                raise LoadError(f"row {n} has no text")
            out.append(article(aid, text, None, None, {}, **extra))
        except LoadError:
            skipped.append(aid)
    _warn_skipped(skipped)
    return out


def _warn_skipped(ids: list[str]) -> None:
    if ids:
        shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
        warnings.warn(f"{len(ids)} row(s) hold no article text and are left out: {shown}", SourceWarning, stacklevel=4)
