"""The quote tables: `quotes` (one row per quote), `speakers` (one row per speaker and article) and
`quote_positions` (where in its article each attributed quote stands)."""

from __future__ import annotations

import operator

import numpy as np
import pandas as pd

from .. import schema
from ..problems import Stage
from ..source import Source, articles_of, tables_of
from ..tokenize import count_words
from .canonical import canonical_speakers
from .extraction import quote_records
from .records import QuoteRecord

QUOTE_COLUMNS = schema.names(schema.QUOTES)
RECORD_COLUMNS = QUOTE_COLUMNS[:-1]  # all but `words`, as `QuoteRecord` holds them
_row = operator.attrgetter(*RECORD_COLUMNS)  # a record's columns, as a tuple
# Columns read from tables as categoricals: repeated strings that analyses group and filter by.
_CATEGORIES = ("article_id", "kind", "speaker", "speaker_title", "speaker_type", "cue", "rule")


SPEAKER_COLUMNS = (
    "article_id", "speaker", "speaker_type", "titles", "quotes", "words_quoted", "first_start", "kinds"
)  # fmt: skip


# `kinds` of a speaker, indexed by direct * 4 + partial * 2 + indirect
_KIND_LISTS = [
    ", ".join(k for k, bit in (("direct", 4), ("partial", 2), ("indirect", 1)) if code & bit) for code in range(8)
]


def quotes(x: Source) -> pd.DataFrame:
    """Every quote in the article(s), one row each.

    Columns (`schema.QUOTES`): `article_id`; `kind` (direct / partial / indirect / scare: a scare quote or
    the title of a work, no one's words); `quote`,
    `start`, `end` (the quoted words without their marks, or the reported clause); `speaker` (canonical:
    "Dmitry Peskov" for "Kremlin spokesman Dmitry Peskov", "he" or "Peskov"; empty when unattributed);
    `speaker_mention`, `speaker_start`, `speaker_end` (the phrase as written; empty when carried over from
    another quote); `speaker_title`; `speaker_type` (person, organisation, document such as a report or a
    poll, or group such as "analysts" or "the company"); `cue`, `cue_start`, `cue_end` (the reporting verb
    or phrase);
    `paragraph` (row of `article.paragraphs`); `sentence` (as in `newslens.sentences`); `rule` (which rule
    decided); `words` (in `quote`, as `tokenize.count_words` counts them; of a direct quotation interrupted
    by its attribution, `"It's over," she said. "We lost."`, the row spans both pieces and what stands
    between them, and `words` counts the pieces only).

    From the tables of `newslens.analyze` the quotes are read, not recomputed, with `article_id`, `kind`,
    `speaker`, `speaker_title`, `cue` and `rule` as categoricals (fast to group on 100,000 articles).
    """
    if (tables := tables_of(x)) is not None:
        return tables.read("quotes", categories=_CATEGORIES)
    stage = Stage("quotes")
    rows = [(*_row(r), _words(r)) for _, records in stage.each(articles_of(x), quote_records) for r in records]
    return stage.finish(schema.rows_frame(schema.QUOTES, rows))


def _words(record: QuoteRecord) -> int:
    """The words of the quote; of a quotation interrupted by its attribution, only those inside its marks."""
    if record.kind == "direct" and len(record.marks) > 1:
        return sum(count_words(record.quote[s - record.start : e - record.start]) for s, e in record.marks)
    return count_words(record.quote)


def speakers(x: Source) -> pd.DataFrame:
    """One row per canonical speaker of each article, most words quoted first (from the article(s), or
    from a quotes table such as `newslens.quotes` or the `quotes` table of `newslens.analyze`).

    Columns: `article_id`, `speaker`, `speaker_type`, `titles` (the titles and roles given, "; "-joined), `quotes`
    (rows), `words_quoted` (words inside direct and partial quotes: the speaker's own words),
    `first_start` (offset of the first quote), `kinds` (e.g. "direct, indirect").
    """
    q = x if isinstance(x, pd.DataFrame) and "speaker" in x else quotes(x)
    if "speaker_type" not in q:
        q = q.assign(speaker_type=pd.NA)
    q = q.loc[
        q["speaker"].notna(), ["article_id", "speaker", "speaker_title", "speaker_type", "kind", "words", "start"]
    ]
    if q.empty:
        return pd.DataFrame(columns=list(SPEAKER_COLUMNS))
    q = q.astype({"article_id": "category", "speaker": "category"})  # grouping millions of rows: much faster
    q = q.assign(
        own_words=q["words"].where(q["kind"].isin(["direct", "partial"]), 0),
        is_direct=q["kind"] == "direct",
        is_partial=q["kind"] == "partial",
        is_indirect=q["kind"] == "indirect",
    )
    g = q.groupby(["article_id", "speaker"], sort=False, observed=True)
    out = g.agg(
        quotes=("kind", "size"),
        words_quoted=("own_words", "sum"),
        first_start=("start", "min"),
        direct=("is_direct", "any"),
        partial=("is_partial", "any"),
        indirect=("is_indirect", "any"),
        speaker_type=("speaker_type", "first"),
    ).reset_index()
    out = out.astype({"article_id": "str", "speaker": "str", "speaker_type": "str"})
    titles: dict[tuple[str, str], set[str]] = {}
    titled = q.dropna(subset=["speaker_title"])
    for key in zip(*(titled[c].tolist() for c in ("article_id", "speaker", "speaker_title")), strict=True):
        titles.setdefault(key[:2], set()).add(key[2])
    keys = zip(out["article_id"].tolist(), out["speaker"].tolist(), strict=True)
    out["titles"] = pd.array(["; ".join(sorted(titles.get(k, ()))) for k in keys], dtype="str")
    code = out["direct"].to_numpy(int) * 4 + out["partial"].to_numpy(int) * 2 + out["indirect"].to_numpy(int)
    out["kinds"] = pd.array(np.array(_KIND_LISTS, dtype=object)[code], dtype="str")
    out = out.astype({"quotes": "int64", "words_quoted": "int64", "first_start": "int64"})[list(SPEAKER_COLUMNS)]
    return out.sort_values(
        ["article_id", "words_quoted", "quotes", "first_start"], ascending=[True, False, False, True], kind="stable"
    ).reset_index(drop=True)


PEOPLE_COLUMNS = ("person", "speaker_type", "quotes", "words_quoted", "articles", "kinds")
_COUNTS = ("quotes", "words_quoted", "articles")


def people(x: Source, share: float = 0.8, types: tuple[str, ...] = ("person",)) -> pd.DataFrame:
    """One row per person across the articles, most words quoted first: `person` (one name per person:
    "Trump", "Mr. Trump" and "President Trump" are Donald Trump when the corpus names him so, see
    `canonical_speakers`), `speaker_type`, `quotes`, `words_quoted` (inside direct and partial quotes),
    `articles` (how many quote them), `kinds`. `x` is anything the analyses take, or a quotes table.

    `types` says which sources to rank: people by default, ("organisation",) for NATO, the Kremlin or the
    Office for National Statistics. Generic sources ("analysts", "the company", "a report") are no one in
    particular and are never ranked here: `source_types` counts them."""
    q = x if isinstance(x, pd.DataFrame) and "speaker" in x else quotes(x)
    if "speaker_type" not in q:
        q = q.assign(speaker_type="person")
    q = q.loc[q["speaker"].notna() & q["speaker_type"].isin(list(types)),
              ["article_id", "speaker", "speaker_type", "kind", "words"]]  # fmt: skip
    if q.empty:
        return pd.DataFrame({c: pd.array([], dtype="int64" if c in _COUNTS else "str") for c in PEOPLE_COLUMNS})
    q = q.astype({"speaker": "str", "kind": "str", "article_id": "str", "speaker_type": "str"})
    q = q.assign(person=canonical_speakers(q, share), own=q["words"].where(q["kind"].isin(["direct", "partial"]), 0))
    q = q.dropna(subset=["person"])
    g = q.groupby("person", sort=False)
    out = g.agg(
        speaker_type=("speaker_type", "first"),
        quotes=("kind", "size"),
        words_quoted=("own", "sum"),
        articles=("article_id", "nunique"),
    )
    kinds = g["kind"].agg(lambda k: ", ".join(x for x in ("direct", "partial", "indirect") if x in set(k)))
    out = out.assign(kinds=kinds).reset_index()
    out = out.sort_values(["words_quoted", "quotes", "person"], ascending=[False, False, True], kind="stable")
    return out.astype({c: "int64" for c in _COUNTS})[list(PEOPLE_COLUMNS)].reset_index(drop=True)


SOURCE_TYPE_COLUMNS = ("speaker_type", "quotes", "words_quoted", "articles", "sources", "most_quoted")


def source_types(x: Source) -> pd.DataFrame:
    """What kind of sources speak: one row per `speaker_type` (person, organisation, document, group, and
    "(unattributed)" for quotes no rule gave a speaker), with `quotes`, `words_quoted`, `articles`,
    `sources` (distinct speakers, counted per article for generic ones: "analysts" in two articles are two
    sources) and `most_quoted` (up to three, "; "-joined)."""
    q = x if isinstance(x, pd.DataFrame) and "speaker" in x else quotes(x)
    q = q.assign(
        speaker_type=q["speaker_type"]
        .astype("object")
        .where(q["speaker"].notna(), "(unattributed)")
        .fillna("(unattributed)"),
        own=q["words"].where(q["kind"].isin(["direct", "partial"]), 0),
    ).astype({"speaker": "object", "article_id": "str"})
    generic = q["speaker_type"].isin(["document", "group"])
    q = q.assign(
        source=q["speaker"].astype("str").where(~generic, q["speaker"].astype("str") + " @ " + q["article_id"])
    )
    rows = []
    for kind in ("person", "organisation", "document", "group", "(unattributed)"):
        part = q[q["speaker_type"] == kind]
        if part.empty:
            continue
        top = part["speaker"].dropna().astype("str").value_counts().head(3).index
        rows.append((kind, len(part), int(part["own"].sum()), part["article_id"].nunique(),
                     part["source"].nunique() if kind != "(unattributed)" else 0, "; ".join(top)))  # fmt: skip
    out = pd.DataFrame(rows, columns=list(SOURCE_TYPE_COLUMNS))
    return out.astype({"quotes": "int64", "words_quoted": "int64", "articles": "int64", "sources": "int64",
                       "speaker_type": "str", "most_quoted": "str"})  # fmt: skip


def quote_positions(x: Source, quotes_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Where in its article each attributed quote stands: `article_id`, `speaker`, (`speaker_type`), `kind`,
    `start`, `person` (as `people` names them), `position` (0 at the top of the article, 1 at its end).
    `quotes_table`, when already made, saves making it again."""
    if (tables := tables_of(x)) is not None:
        q = tables.read("quotes") if quotes_table is None else quotes_table
        lengths = tables.read("articles", ["article_id", "chars"]).set_index("article_id")["chars"]
    else:
        arts = articles_of(x)
        q = quotes(arts) if quotes_table is None else quotes_table
        lengths = pd.Series({a.id: len(a.text) for a in arts}, dtype="int64")
    cols = (
        ["article_id", "speaker", "speaker_type", "kind", "start"]
        if "speaker_type" in q
        else ["article_id", "speaker", "kind", "start"]
    )
    out = q.loc[q["speaker"].notna(), cols]
    out = out.astype({"speaker": "str", "article_id": "str", "kind": "str"})
    out["person"] = canonical_speakers(out)  # (missing for generic sources: no one in particular)
    out["position"] = out["start"] / out["article_id"].map(lengths.clip(lower=1)).astype("float64")
    return out.reset_index(drop=True)
