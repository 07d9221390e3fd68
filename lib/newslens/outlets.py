"""Comparing outlets: what only a corpus can tell (whom each quotes, in what tone, with which figures).

Everything here reads the tables of `newslens.analyze` (or `newslens.tables.in_memory` for a small corpus),
so a notebook over 100,000 articles aggregates instead of re-reading text.
"""

from __future__ import annotations

import re

import pandas as pd

from . import rules

#: Default rule for outlets without a `source` or byline code: the id's prefix ("breitbart_2016-..." -> breitbart).
ID_PREFIX = r"^([A-Za-z][\w\-]*?)_"


def outlet_of(articles: pd.DataFrame, prefix: str = ID_PREFIX) -> pd.Series:
    """Each article's outlet: its record's `source`, else its byline's source code, else the id's prefix
    (a regex with one group, settable), else "(unknown)". Indexed by `article_id`."""
    from_id = articles["article_id"].str.extract(prefix, expand=False)
    outlet = articles["source"].where(articles["source"].notna() & (articles["source"] != ""))
    outlet = outlet.fillna(articles["source_code"]).fillna(from_id).fillna("(unknown)")
    return pd.Series(outlet.to_numpy(), index=articles["article_id"].to_numpy(), name="outlet")


def canonical_speakers(quotes: pd.DataFrame) -> pd.Series:
    """One name per person across articles: "Trump", "Mr. Trump" and "President Trump" become "Donald Trump"
    when exactly one full name in the corpus ends with that surname. Titles are dropped, never used as names."""
    speakers = quotes["speaker"].dropna().unique()
    full: dict[str, set[str]] = {}
    for s in speakers:
        words = [w for w in s.split() if w.lower().rstrip(".") not in rules.TITLE_WORDS]
        if len(words) >= 2 and all(w[:1].isupper() or w in rules.NAME_PARTICLES for w in words):
            full.setdefault(words[-1], set()).add(" ".join(words))
    mapping = {}
    for s in speakers:
        words = [w for w in s.split() if w.lower().rstrip(".") not in rules.TITLE_WORDS]
        if not words:
            continue
        names = full.get(words[-1], set())
        mapping[s] = next(iter(names)) if len(words) == 1 and len(names) == 1 else " ".join(words)
    return quotes["speaker"].map(mapping)


def outlet_summary(tables: dict[str, pd.DataFrame], prefix: str = ID_PREFIX, top: int = 3) -> pd.DataFrame:
    """One row per outlet: `articles`, `compound` (length-weighted tone of body sentences), `negative_share`,
    `quoted_share` (share of body words inside quote marks), `direct_share` (direct and partial quotes
    among all quotes), `quotes`, `top_speakers`."""
    outlets = outlet_of(tables["articles"], prefix)
    s = tables["sentences"]
    s = s[s["kind"] == "body"].assign(outlet=lambda d: d["article_id"].map(outlets))
    words = s["text"].str.split().str.len().clip(lower=1)
    tone = (
        s.assign(
            words=words,
            weighted=s["compound"] * words,
            quoted_words=s["quoted"] * words,
            negative=(s["label"] == "negative").astype(float),
        )
        .groupby("outlet")
        .agg(
            words=("words", "sum"),
            weighted=("weighted", "sum"),
            quoted_words=("quoted_words", "sum"),
            negative_share=("negative", "mean"),
        )
    )
    q = tables["quotes"].assign(outlet=lambda d: d["article_id"].map(outlets), person=canonical_speakers)
    kinds = q.groupby("outlet")["kind"].agg(quotes="size", direct_share=lambda k: k.isin(["direct", "partial"]).mean())
    top_speakers = (
        q.dropna(subset=["person"]).groupby(["outlet", "person"]).size().rename("n").reset_index()
        .sort_values(["outlet", "n", "person"], ascending=[True, False, True])
        .groupby("outlet")["person"].agg(lambda p: ", ".join(p.head(top)))
    )  # fmt: skip
    out = pd.DataFrame({"articles": outlets.value_counts()})
    out["compound"] = (tone["weighted"] / tone["words"]).round(4)
    out["negative_share"] = tone["negative_share"].round(4)
    out["quoted_share"] = (tone["quoted_words"] / tone["words"]).round(4)
    out = out.join(kinds).join(top_speakers.rename("top_speakers"))
    out["quotes"] = out["quotes"].fillna(0).astype(int)
    out.index.name = "outlet"
    return out.reset_index().sort_values(["articles", "outlet"], ascending=[False, True]).reset_index(drop=True)


def exclusive_speakers(tables: dict[str, pd.DataFrame], prefix: str = ID_PREFIX) -> pd.DataFrame:
    """Speakers quoted by exactly one outlet: `person`, `outlet`, `quotes`, `articles`."""
    outlets = outlet_of(tables["articles"], prefix)
    q = tables["quotes"].assign(outlet=lambda d: d["article_id"].map(outlets), person=canonical_speakers)
    q = q.dropna(subset=["person"])
    per = q.groupby("person")["outlet"].nunique()
    only = q[q["person"].isin(per[per == 1].index)]
    out = only.groupby(["person", "outlet"]).agg(quotes=("kind", "size"), articles=("article_id", "nunique"))
    return out.reset_index().sort_values(["quotes", "person"], ascending=[False, True]).reset_index(drop=True)


_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+")


def event_of(articles: pd.DataFrame, names: int = 2) -> pd.Series:
    """A key for the event an article covers: its date (when known) and the `names` full names it mentions
    most often. Articles with the same key are taken to report the same event. Indexed by `article_id`."""
    keys = []
    for text, date in zip(articles["text"], articles["date"], strict=True):
        counts = pd.Series(_NAME.findall(text)).value_counts()
        top = sorted(counts.index[:names]) if len(counts) >= names else []
        keys.append(f"{'' if pd.isna(date) else date}|{'; '.join(top)}" if top else None)
    return pd.Series(keys, index=articles["article_id"].to_numpy(), name="event")


def conflicting_figures(tables: dict[str, pd.DataFrame], names: int = 2) -> pd.DataFrame:
    """The same kind of quantity (kind and unit head) given different values in articles about the same
    event (same `event_of` key: date where known and the same most-mentioned names). Linear in the corpus.

    One row per figure involved: `kind`, `unit_head`, `values`, `article_id`, `surface`, `claimant`, `sentence`.
    """
    from .figures import figure_checks

    events = event_of(tables["articles"], names)
    f = tables["figures"].copy()
    if "value_num" in f:  # tables from `analyze` keep numbers beside the text column
        f["value"] = f["value_num"]
    checks = figure_checks(f)
    checks["event"] = checks["article_id"].map(events)
    checks = checks.dropna(subset=["event"])
    distinct = checks.groupby(["event", "kind", "unit_head"])["value"].transform("nunique")
    several = checks.groupby(["event", "kind", "unit_head"])["article_id"].transform("nunique")
    rows = [checks[(distinct > 1) & (several > 1)]]
    columns = ["kind", "unit_head", "values", "article_id", "surface", "claimant", "sentence"]
    out = pd.concat(rows, ignore_index=True)
    if out.empty:
        return pd.DataFrame(columns=columns)
    values = out.groupby(["event", "kind", "unit_head"])["value"].transform(
        lambda v: "; ".join(sorted({f"{x:g}" if isinstance(x, float) else str(x) for x in v}))
    )
    out["values"] = values
    sentence_of = tables["figures"].set_index(["article_id", "start"])["sentence"]
    texts = tables["sentences"].set_index(["article_id", "sentence"])["text"]
    out["sentence"] = [texts.get((a, sentence_of.get((a, s))))
                       for a, s in zip(out["article_id"], out["start"], strict=True)]  # fmt: skip
    return out[columns]
