"""Sentences and words with character offsets, offline.

Sentences come from NLTK's Punkt run paragraph by paragraph with parameters of our own (the news
abbreviations in `rules.ABBREVIATIONS`), so no NLTK data is ever needed or downloaded. A sentence never
crosses a paragraph break. Words come from NLTK's word tokenizer `span_tokenize`, whose quote rewriting
is undone by alignment; where alignment fails, a plain regex split of that sentence is used instead.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from functools import lru_cache

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import rules
from .articles import TEXT_KINDS, Article, Corpus, as_articles

SENTENCE_COLUMNS = ("article_id", "sentence", "paragraph", "kind", "start", "end", "text", "words")
WORD_COLUMNS = ("article_id", "sentence", "start", "end", "text")

_NUMBER_ABBREV_END = re.compile(
    r"\b(?:" + "|".join(sorted(rules.NUMBER_ABBREVIATIONS, key=len, reverse=True)) + r")\.$", re.IGNORECASE
)
# An ellipsis followed by a capitalised word starts a new sentence ("...cut off... The next day").
_ELLIPSIS_BREAK = re.compile(r"(?:\.\.\.|…)[\"'”’)]?(?=\s+[\"“‘']?[A-Z])")
# A reference mark after a full stop belongs to the sentence before it ("... in 1805. [6] Next").
_LEADING_REFERENCE = re.compile(r"\[(?:\d{1,3}|[a-z][a-z ]{0,30})\](?:\s{0,3}\[(?:\d{1,3}|[a-z][a-z ]{0,30})\])*")
_FALLBACK_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
#: A word as counted and ranked: letters or digits, joined by hyphens and apostrophes; punctuation left out.
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    """How many words `text` has, punctuation left out: the one length measure every table uses."""
    return len(WORD.findall(text))


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(rules.ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside `text[start:end]` (one paragraph), as offsets into `text`."""
    end = len(text) if end is None else end
    para = text[start:end]
    spans: list[tuple[int, int]] = []
    for s, e in _punkt().span_tokenize(para):
        for s2, e2 in _split_ellipses(para, s, e):
            if spans and _NUMBER_ABBREV_END.search(para, spans[-1][0], spans[-1][1]) and para[s2 : s2 + 1].isdigit():
                spans[-1] = (spans[-1][0], e2)
                continue
            if spans and not any(c.isalnum() for c in para[s2:e2]):
                spans[-1] = (spans[-1][0], e2)  # "FUNNY!!" + "!": punctuation alone is no sentence
                continue
            if spans and (m := _LEADING_REFERENCE.match(para, s2, e2)):
                spans[-1] = (spans[-1][0], m.end())
                s2 = m.end()
                while s2 < e2 and para[s2].isspace():
                    s2 += 1
                if s2 == e2:
                    continue
            spans.append((s2, e2))
    return [(start + s, start + e) for s, e in spans]


def _split_ellipses(para: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    cut = s
    for m in _ELLIPSIS_BREAK.finditer(para, s, e):
        yield cut, m.end()
        cut = m.end()
        while cut < e and para[cut].isspace():
            cut += 1
    yield cut, e


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans inside `text[start:end]` (one sentence), as offsets into `text`."""
    chunk = text[start:end]
    try:
        spans = list(_word_tokenizer().span_tokenize(chunk))
    except (ValueError, LookupError):
        spans = [m.span() for m in _FALLBACK_WORD.finditer(chunk)]
    return [(start + s, start + e) for s, e in spans]


_SPANS: weakref.WeakKeyDictionary[Article, list[tuple[int, int, int, str]]] = weakref.WeakKeyDictionary()


def sentence_spans(article: Article) -> list[tuple[int, int, int, str]]:
    """(start, end, paragraph index, paragraph kind) for every sentence of an article's text paragraphs.

    Computed once per Article and shared by every analysis of it.
    """
    spans = _SPANS.get(article)
    if spans is None:
        spans = []
        for i, p in enumerate(article.structure.paragraphs):
            if p.kind in TEXT_KINDS:
                spans.extend((s, e, i, p.kind) for s, e in split_sentences(article.text, p.start, p.end))
        _SPANS[article] = spans
    return spans


def sentences(x: Article | str | Corpus) -> pd.DataFrame:
    """One row per sentence of the title, subheads and body (boilerplate, dateline and byline are left out).

    Columns: `article_id`; `sentence` (its number in the article, from 0); `paragraph` (row of
    `article.paragraphs`); `kind` (that paragraph's kind); `start`, `end` (offsets into the article's
    text); `text` (equal to ``article.text[start:end]``); `words` (its `count_words`).
    """
    cols: dict[str, list] = {c: [] for c in SENTENCE_COLUMNS}
    for a in as_articles(x):
        for n, (s, e, para, kind) in enumerate(sentence_spans(a)):
            cols["article_id"].append(a.id)
            cols["sentence"].append(n)
            cols["paragraph"].append(para)
            cols["kind"].append(kind)
            cols["start"].append(s)
            cols["end"].append(e)
            cols["text"].append(text := a.text[s:e])
            cols["words"].append(count_words(text))
    return _frame(cols, ints=("sentence", "paragraph", "start", "end", "words"))


def words(x: Article | str | Corpus) -> pd.DataFrame:
    """One row per word token (punctuation included) of every sentence.

    Columns: `article_id`, `sentence` (as in `sentences`), `start`, `end`, `text`.
    """
    cols: dict[str, list] = {c: [] for c in WORD_COLUMNS}
    for a in as_articles(x):
        for n, (s, e, _, _) in enumerate(sentence_spans(a)):
            for ws, we in word_spans(a.text, s, e):
                cols["article_id"].append(a.id)
                cols["sentence"].append(n)
                cols["start"].append(ws)
                cols["end"].append(we)
                cols["text"].append(a.text[ws:we])
    return _frame(cols, ints=("sentence", "start", "end"))


def _frame(cols: dict[str, list], ints: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({k: pd.array(v, dtype="int64" if k in ints else "str") for k, v in cols.items()})
