"""Figures to read twice: one quantity given different values about the same thing, in one article or
one event (`figure_checks`), and across the articles about one event (`conflicting_figures`)."""

from __future__ import annotations

import pandas as pd

from ..events import NAMES_KEPT, event_of
from ..source import Source, tables_for


def figure_checks(x: pd.DataFrame | Source, events: pd.Series | None = None) -> pd.DataFrame:
    """Figures a fact-checker should look at twice: the same kind of quantity (kind and the unit's last
    word) reported with different values about the same thing, e.g. two death tolls for one event. Only
    figures that can be about the same thing are compared: those of one article, or of articles about one
    event (`events`: an event key per `article_id`, as `newslens.events.event_of` gives; from tables, read from
    their `articles` table). "three acts" in one story is never set against "120 acts" in an unrelated one.

    Columns: `scope` (the article, or the event), `kind`, `unit_head`, `values` (the distinct values,
    "; "-joined), `value`, `article_id`, `surface`, `claimant`, `start`, `end`, one row per figure in such a
    group. Dates and vague quantities are left out. `x` is `newslens.figures`, the `figures` table of
    `newslens.analyze` (whose `value` is already text), or the tables themselves.
    """
    if isinstance(x, pd.DataFrame) and "surface" in x:
        frame = x
    else:
        tables = tables_for(x)
        if events is None:
            events = event_of(tables.read("articles", ["article_id", "day", "names"]))
        frame = tables.read("figures", ["article_id", "kind", "unit", "value", "surface", "claimant", "start", "end"])
    f = frame[~frame["kind"].isin(["date", "vague"]) & frame["unit"].notna()]
    article = f["article_id"].astype("str")
    scope = article if events is None else article.map(events).fillna(article)
    f = f.assign(
        scope=scope,
        unit_head=f["unit"].astype("str").str.lower().str.replace(r"^.*\s", "", regex=True).str.rstrip("s"),
        value_str=f["value"] if pd.api.types.is_string_dtype(f["value"]) else f["value"].map(value_text),
    )
    group = ["scope", "kind", "unit_head"]
    f = f[f.groupby(group, observed=True)["value_str"].transform("nunique") > 1]
    cols = ["scope", "kind", "unit_head", "values", "value", "article_id", "surface", "claimant", "start", "end"]
    if f.empty:
        return f.assign(values=f["value_str"])[cols].reset_index(drop=True)
    values = f.drop_duplicates([*group, "value_str"]).sort_values("value_str")
    values = values.groupby(group, observed=True)["value_str"].agg("; ".join).rename("values")
    f = f.join(values, on=group)
    return f.sort_values([*group, "article_id", "start"])[cols].reset_index(drop=True)


def value_text(v: object) -> str:
    """A figure's value as text: numbers without exponent or trailing zeros ("18000000", "3.5"), dates as is."""
    return f"{v:.15g}" if isinstance(v, float) else str(v)


def conflicting_figures(x: Source, names: int = 2, limit: int | None = 200) -> pd.DataFrame:
    """The same kind of quantity (kind and unit head) on which articles about the same event (same
    `event_of` key: the same day and the same most-mentioned names) disagree: they report different values
    (copies of one article, reporting the same ones, do not count). Linear in the corpus.

    One row per figure involved, grouped by event (the first `limit` rows; all with None): `kind`,
    `unit_head`, `values`, `article_id`, `surface`, `claimant`, `sentence` (the sentence's text).
    """
    tables = tables_for(x)
    wanted = ["article_id", "day", "names" if names <= NAMES_KEPT else "text"]
    events = event_of(tables.read("articles", wanted), names)
    columns = ["article_id", "kind", "unit", "value", "surface", "claimant", "start", "end", "sentence"]
    f = tables.read("figures", columns, categories=["article_id", "kind", "unit", "claimant"])
    f = f[f["article_id"].astype("str").map(events).notna()]
    checks = figure_checks(f, events).rename(columns={"scope": "event"})
    group = ["event", "kind", "unit_head"]
    checks = checks.assign(value=checks["value"].map(value_text)).astype({"kind": "str"})
    # What each article reports for each quantity, as a sum of hashes of its distinct values (order-free)
    distinct = checks.drop_duplicates([*group, "article_id", "value"])
    hashed = distinct.assign(h=pd.util.hash_pandas_object(distinct["value"], index=False).to_numpy() % 2**40)
    reported = hashed.groupby([*group, "article_id"], observed=True)["h"].sum().rename("reported").reset_index()
    disagree = reported[reported.groupby(group)["reported"].transform("nunique") > 1][group].drop_duplicates()
    out = checks.merge(disagree, on=group)
    columns = ["kind", "unit_head", "values", "article_id", "surface", "claimant", "sentence"]
    if out.empty:
        return pd.DataFrame(columns=columns)
    values = out.drop_duplicates([*group, "value"]).sort_values("value").groupby(group)["value"].agg("; ".join)
    out = out.drop(columns="values").join(values.rename("values"), on=group)
    out = out.sort_values([*group, "article_id", "start"]).head(limit)
    out = out.astype({"article_id": "str", "claimant": "str"})
    ids = out["article_id"].unique()
    sentence_of = f.loc[f["article_id"].isin(ids), ["article_id", "start", "sentence"]].astype({"article_id": "str"})
    out = out.merge(sentence_of, on=["article_id", "start"], how="left")
    texts = tables.read("sentences", ["article_id", "sentence", "text"], where={"article_id": ids})
    out = out.merge(texts, on=["article_id", "sentence"], how="left").drop(columns="sentence")
    return out.rename(columns={"text": "sentence"})[columns]
