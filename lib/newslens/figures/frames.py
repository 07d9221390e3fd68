"""The figures table: one row per figure, with its claimant (the speaker of the quote or reported speech
that covers it, from `newslens.quotes`) and whether it stands inside quote marks; and who the figures'
claimants are."""

from __future__ import annotations

import bisect

import pandas as pd

from .. import schema
from ..articles import Article
from ..problems import Stage
from ..quotes import quote_records
from ..source import Source, articles_of, tables_of
from ..tokenize import sentence_spans
from ..tokens import sentence_tokens
from .quantities import may_hold, scan

FIGURE_COLUMNS = schema.names(schema.FIGURES)
KINDS = ("count", "percent", "money", "measure", "ordinal", "fraction", "vague", "date")


def figures(x: Source) -> pd.DataFrame:
    """Every figure the article(s) report, one row each.

    Columns (`schema.FIGURES`): `article_id`; `surface`, `start`, `end` (the qualifier, number and counted
    noun as written); `value`, `value_high` (the number and the top of a range; missing for dates and vague
    quantities); `date`, `date_high` (a date or time, ISO-like: "2022-02", "--09-16", "Thursday",
    "T14:45"); `kind` (count / percent / money / measure / ordinal / fraction / vague / date); `unit` (what
    is counted or measured); `currency` (ISO code); `approx` ("at least", "nearly", "several", ...);
    `claimant` (the speaker of the quote or reported speech covering the figure); `in_quote` (inside quote
    marks); `sentence` (as in `newslens.sentences`); `rule` (which rule found it). From tables, read from
    their `figures` table.
    """
    if (tables := tables_of(x)) is not None:
        return tables.read("figures")
    stage = Stage("figures")
    rows = [row for _, article_rows in stage.each(articles_of(x), _figure_rows) for row in article_rows]
    return stage.finish(schema.rows_frame(schema.FIGURES, rows))


def _figure_rows(a: Article) -> list[tuple]:
    """One article's figures as tuples in FIGURE_COLUMNS order."""
    text = a.text
    records = quote_records(a)
    covers = sorted((r.start, r.end, r.speaker or "") for r in records)
    quoted = sorted(span for r in records for span in r.marks)  # the words inside quote marks
    rows = []
    for n, (s, e, _, _) in enumerate(sentence_spans(a)):
        if not may_hold(text, s, e, a):
            continue
        for f in scan(text, sentence_tokens(a, s, e)):  # tokens shared with quote attribution
            dated = f.kind == "date"
            rows.append(
                (
                    a.id,
                    text[f.start : f.end],
                    f.start,
                    f.end,
                    None if dated or f.value is None else float(f.value),
                    None if dated or f.value_high is None else float(f.value_high),
                    f.value if dated else None,
                    f.value_high if dated else None,
                    f.kind,
                    f.unit or None,
                    f.currency or None,
                    f.approx or None,
                    _claimant(covers, f.start, f.end),
                    _inside(quoted, f.start, f.end),
                    n,
                    f.rule,
                )
            )
    return rows


def _claimant(covers: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The speaker of the innermost quote or reported speech that covers [start, end) ("" for none)."""
    best = None
    k = bisect.bisect_right(covers, (start, float("inf"), "")) - 1
    for cs, ce, spk in covers[max(0, k - 30) : k + 1]:
        if cs <= start and end <= ce + 1 and spk and (best is None or ce - cs < best[1] - best[0]):
            best = (cs, ce, spk)
    return best[2] if best else None


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(s <= start and end <= e + 1 for s, e in spans[max(0, k - 5) : k + 1])


NO_CLAIMANT = "(no claimant)"


def claimants(frame: pd.DataFrame) -> pd.DataFrame:
    """On whose authority: one row per `claimant` ("(no claimant)" for the reporter's own figures, or an
    attribution newslens could not read) with how many `figures` and how many of them `in_quote`, most
    figures first. `frame` is `newslens.figures` or the `figures` table of `newslens.analyze`."""
    claimant = frame["claimant"].astype("object").where(frame["claimant"].notna(), NO_CLAIMANT)
    work = pd.DataFrame({"claimant": claimant.astype("str"), "in_quote": frame["in_quote"].astype(bool)})
    out = work.groupby("claimant", sort=False).agg(figures=("in_quote", "size"), in_quote=("in_quote", "sum"))
    out = out.reset_index().sort_values(["figures", "claimant"], ascending=[False, True], kind="stable")
    return out.astype({"figures": "int64", "in_quote": "int64"}).reset_index(drop=True)
