"""Comparing outlets: what only a corpus can tell (whom each quotes, in what tone, with which figures).

Everything here reads the tables of `newslens.analyze` (or `newslens.tables.in_memory` for a small corpus),
so a notebook over 100,000 articles aggregates instead of re-reading text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import pandas as pd

from . import charts, rules
from .render import Note, note
from .tables import read

#: Default rule for outlets without a `source` or byline code: the id's prefix ("breitbart_2016-..." -> breitbart).
ID_PREFIX = r"^([A-Za-z][\w\-]*?)_"
_OUTLET_COLUMNS = ["article_id", "source", "source_code"]


def outlet_of(articles: pd.DataFrame, prefix: str = ID_PREFIX) -> pd.Series:
    """Each article's outlet: its record's `source`, else its byline's source code, else the id's prefix
    (a regex with one group, settable), else "(unknown)". Indexed by `article_id`."""
    from_id = articles["article_id"].str.extract(prefix, expand=False)
    outlet = articles["source"].where(articles["source"].notna() & (articles["source"] != ""))
    outlet = outlet.fillna(articles["source_code"]).fillna(from_id).fillna("(unknown)")
    return pd.Series(outlet.to_numpy(), index=articles["article_id"].to_numpy(), name="outlet")


def canonical_speakers(quotes: pd.DataFrame, share: float = 0.8) -> pd.Series:
    """One name per person across articles. Titles are dropped, never used as names ("President Trump" is
    "Trump"), middle initials too when the corpus also has the name without them ("Donald J. Trump"). A
    bare surname ("Trump", "Mr. Trump") becomes the full name with that surname when the corpus supports
    it: that full name holds at least `share` of the quotes of all full names with that surname (Donald
    Trump's 114 against Ivanka Trump's 5), so one stray relative does not block the merge."""
    counts = quotes["speaker"].value_counts()
    names = {s: [w for w in s.split() if w.lower().rstrip(".") not in rules.TITLE_WORDS] for s in counts.index}
    plain = {s: " ".join(w for w in words if not _INITIAL.fullmatch(w)) for s, words in names.items()}
    full: dict[str, Counter[str]] = {}
    for s, words in names.items():
        if len(words) >= 2 and all(w[:1].isupper() or w in rules.NAME_PARTICLES for w in words):
            full.setdefault(words[-1], Counter())[plain[s]] += counts[s]
    mapping = {}
    for s, words in names.items():
        if not words:
            continue
        if len(words) > 1:
            mapping[s] = plain[s] if plain[s] in full.get(words[-1], ()) else " ".join(words)
            continue
        candidates = full.get(words[0], Counter())
        best = candidates.most_common(1)
        mapping[s] = best[0][0] if best and best[0][1] >= share * sum(candidates.values()) else words[0]
    return quotes["speaker"].map(mapping)


_INITIAL = re.compile(r"[A-Z]\.")


def outlet_summary(tables: Mapping[str, pd.DataFrame], prefix: str = ID_PREFIX, top: int = 3) -> pd.DataFrame:
    """One row per outlet: `articles`, `compound` (length-weighted tone of body sentences), `negative_share`,
    `quoted_share` (share of body words inside quote marks), `direct_share` (direct and partial quotes
    among all quotes), `quotes`, `top_speakers`."""
    outlets = outlet_of(read(tables, "articles", _OUTLET_COLUMNS), prefix)
    s = read(tables, "sentences", ["article_id", "words", "compound", "quoted", "label"], where={"kind": "body"},
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


def _quotes_per_article(tables: Mapping[str, pd.DataFrame], outlets: pd.Series) -> pd.DataFrame:
    """Quotes counted per article and canonical speaker (`n`, `direct`: direct and partial ones), with the
    article's `outlet`: small enough to aggregate per outlet in an instant."""
    q = read(tables, "quotes", ["article_id", "kind", "speaker"], categories=["article_id", "kind", "speaker"])
    q = q.assign(person=canonical_speakers(q), direct=q["kind"].isin(["direct", "partial"]), n=1)
    said = q.groupby(["article_id", "person"], dropna=False, observed=True)[["n", "direct"]].sum().reset_index()
    return said.astype({"article_id": "str", "person": "str"}).assign(outlet=lambda d: d["article_id"].map(outlets))


def exclusive_speakers(tables: Mapping[str, pd.DataFrame], prefix: str = ID_PREFIX) -> pd.DataFrame:
    """Speakers quoted by exactly one outlet: `person`, `outlet`, `quotes`, `articles` (none when the corpus
    has a single outlet: then every speaker would be exclusive, which says nothing)."""
    outlets = outlet_of(read(tables, "articles", _OUTLET_COLUMNS), prefix)
    said = _quotes_per_article(tables, outlets).dropna(subset=["person"])
    if outlets.nunique() < 2:
        said = said.iloc[:0]
    per = said.groupby("person")["outlet"].nunique()
    only = said[said["person"].isin(per[per == 1].index)]
    out = only.groupby(["person", "outlet"]).agg(quotes=("n", "sum"), articles=("article_id", "nunique"))
    return out.reset_index().sort_values(["quotes", "person"], ascending=[False, True]).reset_index(drop=True)


_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+")
_DAY = r"(?<!\d)((?:19|20)\d\d)[-/_.](0[1-9]|1[0-2])[-/_.](0[1-9]|[12]\d|3[01])(?!\d)"
#: How many of an article's most-mentioned names `newslens analyze` keeps (the `names` column of `articles`).
NAMES_KEPT = 5


def names_mentioned(text: str, limit: int = NAMES_KEPT) -> list[str]:
    """The full names ("Hillary Clinton") `text` mentions most often, most frequent first, ties in order of
    first mention; at most `limit`."""
    return [name for name, _ in Counter(_NAME.findall(text)).most_common(limit)]


def day_of(articles: pd.DataFrame) -> pd.Series:
    """The day each article reports on, as YYYY-MM-DD: the first such date in its `date`, else in its id or
    `url` (scraped ids and links often carry it: "breitbart_2016-09-20_..."), else its `date` as written,
    else missing. Indexed by `article_id`."""
    if "day" in articles:  # stored by `newslens analyze`
        return pd.Series(articles["day"].to_numpy(), index=articles["article_id"].to_numpy(), name="day")
    found = None
    for column in ("date", "article_id", "url"):
        if column in articles:
            parts = articles[column].astype("str").str.extract(_DAY)
            day = parts[0] + "-" + parts[1] + "-" + parts[2]
            found = day if found is None else found.fillna(day)
    if "date" in articles:
        found = found.fillna(articles["date"])
    return pd.Series(found.to_numpy(), index=articles["article_id"].to_numpy(), name="day")


def event_of(articles: pd.DataFrame, names: int = 2) -> pd.Series:
    """A key for the event an article covers: its day (`day_of`) and the `names` full names it mentions
    most often. Articles with the same key are taken to report the same event; an article with no day or
    too few names has none. Indexed by `article_id`.

    Reads the `names` column that `newslens analyze` stores (so the texts are not needed), else the texts."""
    if "names" in articles and names <= NAMES_KEPT:
        ranked = [[] if pd.isna(n) or not n else n.split("; ") for n in articles["names"]]
    else:
        ranked = [names_mentioned(t, names) for t in articles["text"]]
    keys = []
    for top, day in zip(ranked, day_of(articles), strict=True):
        known = isinstance(day, str) and len(top) >= names
        keys.append(f"{day}|{'; '.join(sorted(top[:names]))}" if known else None)
    return pd.Series(keys, index=articles["article_id"].to_numpy(), name="event")


def conflicting_figures(tables: Mapping[str, pd.DataFrame], names: int = 2, limit: int | None = 200) -> pd.DataFrame:
    """The same kind of quantity (kind and unit head) on which articles about the same event (same
    `event_of` key: the same day and the same most-mentioned names) disagree: they report different values
    (copies of one article, reporting the same ones, do not count). Linear in the corpus.

    One row per figure involved, grouped by event (the first `limit` rows; all with None): `kind`,
    `unit_head`, `values`, `article_id`, `surface`, `claimant`, `sentence` (the sentence's text).
    """
    from .figures import figure_checks

    wanted = ["article_id", "day", "names" if names <= NAMES_KEPT else "text"]
    events = event_of(read(tables, "articles", wanted), names)
    columns = ["article_id", "kind", "unit", "value", "surface", "claimant", "start", "end", "sentence"]
    f = read(tables, "figures", columns, categories=["article_id", "kind", "unit", "claimant"])
    f = f[f["article_id"].astype("str").map(events).notna()]
    checks = figure_checks(f, events).rename(columns={"scope": "event"})
    group = ["event", "kind", "unit_head"]
    checks = checks.astype({"value": "str", "kind": "str"})
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
    texts = read(tables, "sentences", ["article_id", "sentence", "text"], where={"article_id": ids})
    out = out.merge(texts, on=["article_id", "sentence"], how="left").drop(columns="sentence")
    return out.rename(columns={"text": "sentence"})[columns]
