"""Which articles report the same event: the day an article reports on and the names it mentions most.

Two articles about one event are the first place a fact-checker looks for figures that disagree; a day
alone is too wide (every story of a day) and names alone too loose (every story about a president), so an
event is a day and the two full names an article mentions most (`event_of`).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

_NAME = re.compile(r"[A-Z](?<!\w.)[a-z]+(?: [A-Z][a-z]+)+")  # (capital first: see quotes.mentions._NAME)
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
