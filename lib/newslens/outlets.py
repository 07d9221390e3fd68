"""Comparing outlets: what only a corpus can tell (whom each quotes, in what tone, with which figures).

Everything here reads the tables of `newslens.analyze` (or `newslens.tables.in_memory` for a small corpus),
so a notebook over 100,000 articles aggregates instead of re-reading text.
"""

from __future__ import annotations

import pandas as pd

from . import charts
from .quotes import canonical_speakers
from .render import Note, note
from .source import Source, tables_for
from .tables import Tables

#: Default rule for outlets without a `source` or byline code: the id's prefix ("breitbart_2016-..." -> breitbart).
ID_PREFIX = r"^([A-Za-z][\w\-]*?)_"
_OUTLET_COLUMNS = ["article_id", "source", "source_code"]
#: The outlet of an article that names none.
UNKNOWN_OUTLET = "(unknown)"


def outlet_of(articles: pd.DataFrame, prefix: str = ID_PREFIX) -> pd.Series:
    """Each article's outlet: its record's `source`, else its byline's source code, else the id's prefix
    (a regex with one group, settable), else UNKNOWN_OUTLET. Indexed by `article_id`."""
    from_id = articles["article_id"].str.extract(prefix, expand=False)
    outlet = articles["source"].where(articles["source"].notna() & (articles["source"] != ""))
    outlet = outlet.fillna(articles["source_code"]).fillna(from_id).fillna(UNKNOWN_OUTLET)
    return pd.Series(outlet.to_numpy(), index=articles["article_id"].to_numpy(), name="outlet")


def outlet_summary(x: Source, prefix: str = ID_PREFIX, top: int = 3) -> pd.DataFrame:
    """One row per outlet: `articles`, `compound` (length-weighted tone of body sentences), `negative_share`,
    `quoted_share` (share of body words inside quote marks), `direct_share` (direct and partial quotes
    among all quotes), `quotes`, `top_speakers`."""
    tables = tables_for(x)
    outlets = outlet_of(tables.read("articles", _OUTLET_COLUMNS), prefix)
    s = tables.read("sentences", ["article_id", "words", "compound", "quoted", "label"], where={"kind": "body"},
             categories=["article_id", "label"])  # fmt: skip
    words = s["words"].clip(lower=1)
    per_article = pd.DataFrame({
        "article_id": s["article_id"], "words": words, "weighted": s["compound"] * words,
        "quoted_words": s["quoted"] * words, "negative": s["label"] == "negative", "sentences": 1,
    }).groupby("article_id").sum()  # fmt: skip
    tone = per_article.groupby(outlets).sum()
    said = _quotes_per_article(tables, outlets)
    kinds = said.groupby("outlet").agg(quotes=("n", "sum"), direct=("direct", "sum"))
    top_speakers = (
        said.dropna(subset=["person"]).groupby(["outlet", "person"])["n"].sum().reset_index()
        .sort_values(["outlet", "n", "person"], ascending=[True, False, True])
        .groupby("outlet")["person"].agg(lambda p: ", ".join(p.head(top)))
    )  # fmt: skip
    out = pd.DataFrame({"articles": outlets.value_counts()})
    out["compound"] = (tone["weighted"] / tone["words"]).round(4)
    out["negative_share"] = (tone["negative"] / tone["sentences"]).round(4)
    out["quoted_share"] = (tone["quoted_words"] / tone["words"]).round(4)
    out["quotes"] = kinds["quotes"]
    out["direct_share"] = kinds["direct"] / kinds["quotes"]
    out = out.join(top_speakers.rename("top_speakers"))
    out["quotes"] = out["quotes"].fillna(0).astype(int)
    out.index.name = "outlet"
    return out.reset_index().sort_values(["articles", "outlet"], ascending=[False, True]).reset_index(drop=True)


#: What `chart` draws for each column of `outlet_summary`: title (the question), axis label, diverging colours.
METRICS = {
    "compound": ("Which outlets' coverage reads most negative?", "length-weighted mean compound of body sentences",
                 True),
    "negative_share": ("Which outlets write most negative sentences?", "share of body sentences labelled negative",
                       False),
    "quoted_share": ("How much of each outlet's text is quotes?", "share of body words inside quote marks", False),
    "direct_share": ("Who quotes directly, who paraphrases?", "direct and partial quotes among all quotes", False),
}  # fmt: skip


def chart(summary: pd.DataFrame, metric: str) -> charts.Chart | Note:
    """One bar per outlet for `metric`, a column of `outlet_summary` (see `METRICS`); with fewer than two
    outlets, a note that there is nothing to compare instead of a one-bar chart."""
    if len(summary) < 2:
        only = ", ".join(summary["outlet"].astype("str")) or "none"
        return note(f"One outlet only: {only}. Nothing to compare.")
    title, xlabel, diverging = METRICS[metric]
    return charts.barh(summary.set_index("outlet")[metric], title, xlabel, diverging=diverging)


def _quotes_per_article(tables: Tables, outlets: pd.Series) -> pd.DataFrame:
    """Quotes counted per article and canonical speaker (`n`, `direct`: direct and partial ones), with the
    article's `outlet`: small enough to aggregate per outlet in an instant."""
    q = tables.read("quotes", ["article_id", "kind", "speaker", "speaker_type"],
                    categories=["article_id", "kind", "speaker", "speaker_type"])  # fmt: skip
    q = q.assign(person=canonical_speakers(q), direct=q["kind"].isin(["direct", "partial"]), n=1)
    said = q.groupby(["article_id", "person"], dropna=False, observed=True)[["n", "direct"]].sum().reset_index()
    return said.astype({"article_id": "str", "person": "str"}).assign(outlet=lambda d: d["article_id"].map(outlets))


def exclusive_speakers(x: Source, prefix: str = ID_PREFIX) -> pd.DataFrame:
    """Speakers quoted by exactly one outlet: `person`, `outlet`, `quotes`, `articles` (none when the corpus
    has a single outlet: then every speaker would be exclusive, which says nothing)."""
    tables = tables_for(x)
    outlets = outlet_of(tables.read("articles", _OUTLET_COLUMNS), prefix)
    said = _quotes_per_article(tables, outlets).dropna(subset=["person"])
    if outlets.nunique() < 2:
        said = said.iloc[:0]
    per = said.groupby("person")["outlet"].nunique()
    only = said[said["person"].isin(per[per == 1].index)]
    out = only.groupby(["person", "outlet"]).agg(quotes=("n", "sum"), articles=("article_id", "nunique"))
    return out.reset_index().sort_values(["quotes", "person"], ascending=[False, True]).reset_index(drop=True)
