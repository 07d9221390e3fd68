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


def conflicting_figures(tables: dict[str, pd.DataFrame], min_shared_names: int = 2) -> pd.DataFrame:
    """The same kind of quantity (kind and unit head) given different values in articles about the same
    event: same `date` when the articles have one, and at least `min_shared_names` names in common.

    One row per figure involved: `kind`, `unit_head`, `values`, `article_id`, `surface`, `claimant`, `sentence`.
    """
    from .figures import figure_checks

    arts = tables["articles"].set_index("article_id")
    names = {aid: set(_NAME.findall(text)) for aid, text in arts["text"].items()}

    def same_event(a: str, b: str) -> bool:
        da, db = arts.at[a, "date"], arts.at[b, "date"]
        same_day = pd.isna(da) or pd.isna(db) or da == db
        return same_day and len(names[a] & names[b]) >= min_shared_names

    f = tables["figures"].copy()
    if "value_num" in f:  # tables from `analyze` keep numbers beside the text column
        f["value"] = f["value_num"]
    rows = []
    for _, g in figure_checks(f).groupby(["kind", "unit_head"], sort=True):
        ids = list(dict.fromkeys(g["article_id"]))
        related = {a for a in ids for b in ids if a != b and same_event(a, b)} if len(ids) > 1 else set(ids)
        keep = g[g["article_id"].isin(related)]
        if keep["value"].nunique() > 1:
            rows.append(keep)
    columns = ["kind", "unit_head", "values", "article_id", "surface", "claimant", "sentence"]
    if not rows:
        return pd.DataFrame(columns=columns)
    out = pd.concat(rows, ignore_index=True)
    sentence_of = tables["figures"].set_index(["article_id", "start"])["sentence"]
    texts = tables["sentences"].set_index(["article_id", "sentence"])["text"]
    out["sentence"] = [texts.get((a, sentence_of.get((a, s))))
                       for a, s in zip(out["article_id"], out["start"], strict=True)]  # fmt: skip
    return out[columns]
