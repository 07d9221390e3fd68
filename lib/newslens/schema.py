"""The tables newslens makes, declared once: every table's columns, their dtypes and what they hold.

`newslens.analyze` stores these tables as Parquet; the analyses return the same frames in memory
(`sentences`, `quotes`, `figures`, `sentiment`, ...), built by `frame`, so a table read back from disk and
the one computed in memory have the same shape. `FORMAT` is bumped whenever a stored table changes, so
that old tables are reported instead of misread; a test compares `fingerprint()` with the value recorded
for the current `FORMAT` and fails when a column changes without it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

#: Bumped whenever a stored table's columns change (see the module docstring).
FORMAT = 5


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a pandas dtype: "str", "int64", "Int64" (with missing values), "float64", "bool"
    doc: str


def _columns(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


_ID = ("article_id", "str", "the article's id: its record's id, else its path without the suffix")
_START = ("start", "int64", "offset of the span's first character in the article's text")
_END = ("end", "int64", "offset just after the span's last character")

ARTICLES = _columns(
    _ID,
    ("path", "str", "the file it came from, as given"),
    ("title", "str", "the record's title, else the headline found in the text"),
    ("author", "str", "from the record or the byline"),
    ("source_code", "str", "the agency code of the byline or dateline (AFP, TPP)"),
    ("byline", "str", "the byline as written"),
    ("dateline", "str", "the dateline as written (KYIV (AFP) -, LONDON, March 9 -)"),
    ("date", "str", "ISO 8601 when the date given could be read, else as written"),
    ("url", "str", "the record's url, or the web page's canonical address"),
    ("source", "str", "the record's source, or the web page's site name (the outlet)"),
    ("encoding", "str", "how the file was decoded"),
    ("layout", "str", "how the text marks paragraphs: one per line, blank lines, hard-wrapped, one-line, web page"),
    ("text", "str", "the article's text: every offset indexes it"),
    ("paragraphs", "int64", "body paragraphs"),
    ("sentences", "int64", "sentences of the title, subheads and body"),
    ("words", "int64", "words in those sentences, punctuation left out"),
    ("chars", "int64", "characters of the text"),
    ("names", "str", 'the full names it mentions most, "; "-joined'),
    ("day", "str", "the day it reports on (YYYY-MM-DD), from its date, id or url"),
)
PARAGRAPHS = _columns(
    _ID,
    ("paragraph", "int64", "its number in the article, from 0"),
    _START,
    _END,
    ("kind", "str", "title, boilerplate, dateline, subhead, body or byline"),
)
SENTENCES = _columns(
    _ID,
    ("sentence", "int64", "its number in the article, from 0"),
    ("paragraph", "int64", "the row of the article's paragraphs it is in"),
    ("kind", "str", "that paragraph's kind (title, subhead, body)"),
    _START,
    _END,
    ("text", "str", "article.text[start:end]"),
    ("words", "int64", "words, punctuation left out (tokenize.count_words)"),
)
WORDS = _columns(
    _ID,
    ("sentence", "int64", "as in sentences"),
    _START,
    _END,
    ("text", "str", "the token as written"),
)
SENTIMENT = _columns(
    _ID,
    ("sentence", "int64", "as in sentences"),
    ("paragraph", "int64", "as in sentences"),
    ("section", "str", 'the subhead it falls under, "(lead)" before the first'),
    _START,
    _END,
    ("text", "str", "the sentence"),
    ("words", "int64", "as in sentences"),
    ("compound", "float64", "VADER's compound score, -1 to 1"),
    ("pos", "float64", "VADER's positive share"),
    ("neu", "float64", "VADER's neutral share"),
    ("neg", "float64", "VADER's negative share"),
    ("label", "str", "positive / neutral / negative at VADER's +/-0.05"),
    ("quoted", "float64", "share of its characters inside quote marks"),
    ("speaker", "str", "whose quote it is, when at least half of it is quoted and attributed"),
)
#: The stored sentences: every sentence, with the sentiment columns filled for body sentences.
STORED_SENTENCES = SENTENCES + tuple(c for c in SENTIMENT if c.name in ("section", "compound", "pos", "neu", "neg",
                                                                         "label", "quoted", "speaker"))  # fmt: skip
QUOTES = _columns(
    _ID,
    ("kind", "str", "direct, partial, indirect (reported speech) or scare"),
    ("quote", "str", "a direct quote's words without their marks; a partial quote's or reported speech's clause"),
    _START,
    _END,
    ("speaker", "str", "canonical speaker (Dmitry Peskov for he, Peskov or Kremlin spokesman Dmitry Peskov)"),
    ("speaker_mention", "str", "the phrase that names the speaker, as written"),
    ("speaker_start", "Int64", "its offset (missing when carried over from another quote)"),
    ("speaker_end", "Int64", "its end"),
    ("speaker_title", "str", "the title or role given with the speaker"),
    ("speaker_type", "str", "person, organisation, document (report, poll, data) or group (analysts, the company)"),
    ("cue", "str", "the reporting verb or phrase"),
    ("cue_start", "Int64", "its offset"),
    ("cue_end", "Int64", "its end"),
    ("paragraph", "int64", "the row of the article's paragraphs it is in"),
    ("sentence", "int64", "the sentence it starts in"),
    ("rule", "str", "which rule decided"),
    ("words", "int64", "words in quote (tokenize.count_words)"),
)
FIGURES = _columns(
    _ID,
    ("surface", "str", "the qualifier, number and counted noun as written"),
    _START,
    _END,
    ("value", "float64", "the number (missing for dates and vague quantities)"),
    ("value_high", "float64", "the top of a range"),
    ("date", "str", 'a date or time, ISO-like: "2022-02", "--09-16", "Thursday", "T14:45"'),
    ("date_high", "str", 'the end of a range of dates ("September 16-19")'),
    ("kind", "str", "count, percent, money, measure, ordinal, fraction, vague or date"),
    ("unit", "str", "what is counted or measured"),
    ("currency", "str", "ISO 4217 code"),
    ("approx", "str", 'the qualifier: "at least", "nearly", "several", ...'),
    ("claimant", "str", "the speaker of the quote or reported speech covering the figure"),
    ("in_quote", "bool", "inside quote marks"),
    ("sentence", "int64", "as in sentences"),
    ("rule", "str", "which rule found it"),
)
PROBLEMS = _columns(
    ("path", "str", "the file"),
    ("record", "Int64", "the line or row of a record file"),
    ("article_id", "str", "the article, for analysis failures and notes"),
    ("kind", "str", "not loaded, analysis failed or note"),
    ("reason", "str", "what went wrong"),
)
VOCABULARY = _columns(
    ("word", "str", "a content word, lower-cased"),
    ("count", "int64", "how often it occurs"),
    ("articles", "int64", "how many articles use it"),
)

#: The tables `newslens.analyze` writes, by name.
TABLES: dict[str, tuple[Column, ...]] = {
    "articles": ARTICLES,
    "paragraphs": PARAGRAPHS,
    "sentences": STORED_SENTENCES,
    "quotes": QUOTES,
    "figures": FIGURES,
    "problems": PROBLEMS,
    "vocabulary": VOCABULARY,
}


def names(columns: Sequence[Column]) -> tuple[str, ...]:
    return tuple(c.name for c in columns)


def frame(columns: Sequence[Column], data: Mapping[str, Sequence]) -> pd.DataFrame:
    """A DataFrame holding `data` (lists by column name) as `columns` declare: in their order, with their
    dtypes. A column missing from `data` is a mistake and raises KeyError."""
    return pd.DataFrame({c.name: pd.array(data[c.name], dtype=c.dtype) for c in columns})


def rows_frame(columns: Sequence[Column], rows: Sequence[tuple]) -> pd.DataFrame:
    """A DataFrame of `rows` (tuples in `columns` order) as `frame` builds it: the rows are transposed into
    columns in one pass. A row of the wrong length is a mistake and raises ValueError."""
    names_ = names(columns)
    data = dict(zip(names_, map(list, zip(*rows, strict=True)), strict=True)) if rows else {n: [] for n in names_}
    return frame(columns, data)


def conform(columns: Sequence[Column], df: pd.DataFrame) -> pd.DataFrame:
    """`df` with exactly `columns`, in order, cast to their dtypes (a table read from Parquet, or an empty
    frame)."""
    return pd.DataFrame({c.name: df[c.name].astype(c.dtype) if c.name in df else pd.array([None] * len(df),
                         dtype=c.dtype) for c in columns})  # fmt: skip


def fingerprint() -> str:
    """A short hash of every stored table's column names and dtypes."""
    spec = ";".join(f"{t}:" + ",".join(f"{c.name}/{c.dtype}" for c in cols) for t, cols in TABLES.items())
    return hashlib.sha256(spec.encode()).hexdigest()[:16]
