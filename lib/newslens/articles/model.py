"""What the loader produces: `Article` (one text and its structure), `Corpus` (articles plus problems) and
`Problem` (a file, record or article that could not be loaded or analysed, or a note about one).

One coordinate system: `Article.text` is the decoded text with newlines normalized to ``\\n``, and every
offset in newslens indexes that string. Cleaning *marks* spans in `Article.paragraphs`; it never deletes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any, overload

import pandas as pd

from .. import schema
from .dates import iso_date
from .structure import Structure, analyse_structure, given_structure

PARAGRAPH_KINDS = ("title", "boilerplate", "dateline", "subhead", "body", "byline")
#: Paragraph kinds that carry running text (sentences are split in these only).
TEXT_KINDS = frozenset({"title", "subhead", "body"})

#: `Problem.kind`: what happened to the file, record or article.
NOT_LOADED, ANALYSIS_FAILED, NOTE = "not loaded", "analysis failed", "note"
PROBLEM_COLUMNS = schema.names(schema.PROBLEMS)


class LoadError(ValueError):
    """A file or record that cannot become an article; its message is the reason shown in `problems`."""


@dataclass(frozen=True)
class Problem:
    """One row of `problems`: a file or record that did not load (`kind` "not loaded"), an article an
    analysis failed on ("analysis failed", `reason` naming the stage and the error), or a note about an
    article that did load ("note": a duplicate id kept under a new one)."""

    path: str | None
    reason: str
    record: int | None = None
    article_id: str | None = None
    kind: str = NOT_LOADED


def problem_frame(problems: Iterable[Problem]) -> pd.DataFrame:
    """The `problems` table (`schema.PROBLEMS`): `path`, `record` (line or row number in a record file),
    `article_id` (for analysis failures and notes), `kind` (not loaded / analysis failed / note), `reason`."""
    rows = [asdict(p) for p in problems]
    return schema.frame(schema.PROBLEMS, {c: [r[c] for r in rows] for c in schema.names(schema.PROBLEMS)})


@dataclass(eq=False)
class Article:
    """One news article.

    `text` is never altered after loading; `paragraphs` (a DataFrame with `start`, `end`, `kind`,
    `text`) marks what each paragraph is. `date` is ISO 8601 when the date given could be read (as
    written otherwise; the original is kept in `meta["date_as_written"]`). `meta` records how the file
    was read (for example a cp1252 fallback). Build one from plain text with `Article.from_text`.
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    author: str | None = None
    source_code: str | None = None
    byline: str | None = None
    dateline: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: Paragraphs and their kinds when the source gives them ((start, end, kind), as a web page does).
    given: tuple[tuple[int, int, str], ...] | None = field(default=None, repr=False)
    structure: Structure = field(init=False, repr=False)

    def __post_init__(self) -> None:
        s = given_structure(self.text, self.given) if self.given else analyse_structure(self.text, title=self.title)
        self.structure = s
        self.byline = self.byline or s.byline
        self.author = self.author or s.author
        self.source_code = self.source_code or s.source_code
        self.dateline = self.dateline or s.dateline
        if self.title is None:
            heads = [p for p in s.paragraphs if p.kind == "title"]
            self.title = " ".join(self.text[heads[0].start : heads[0].end].split()) if heads else None
        if self.date is not None:
            parsed = iso_date(self.date)
            if parsed is not None and parsed != self.date:
                self.meta.setdefault("date_as_written", self.date)
                self.date = parsed

    @classmethod
    def from_text(cls, text: str, id: str = "text", **meta: Any) -> Article:
        """An article from a string; offsets index exactly that string (newlines are not touched)."""
        return cls(id=id, text=text, **meta)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """Paragraph spans: `start`, `end`, `kind` (title/boilerplate/dateline/subhead/body/byline), `text`."""
        ps = self.structure.paragraphs
        return pd.DataFrame(
            {
                "start": pd.array([p.start for p in ps], dtype="int64"),
                "end": pd.array([p.end for p in ps], dtype="int64"),
                "kind": pd.array([p.kind for p in ps], dtype="str"),
                "text": pd.array([self.text[p.start : p.end] for p in ps], dtype="str"),
            }
        )

    @property
    def body(self) -> list:
        return [p for p in self.structure.paragraphs if p.kind == "body"]

    def __repr__(self) -> str:
        return f"Article(id={self.id!r}, chars={len(self.text)}, paragraphs={len(self.structure.paragraphs)})"


class Corpus(Sequence[Article]):
    """The articles that loaded, in order, plus `problems` (see `problem_frame`): one row for every file
    or record that could not be loaded, and a note for each article kept under a new id."""

    def __init__(self, articles: Iterable[Article] = (), problems: Iterable[Problem] = ()) -> None:
        self.articles = list(articles)
        self.problems = problem_frame(problems)

    @overload
    def __getitem__(self, i: int) -> Article: ...
    @overload
    def __getitem__(self, i: slice) -> Corpus: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Corpus(self.articles[i])
        return self.articles[i]

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        return f"Corpus({len(self.articles)} articles, {len(self.problems)} problems)"

    def by_id(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
