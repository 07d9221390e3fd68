"""One name per speaker across articles: titles dropped, bare surnames joined to the full name the corpus
gives them, and only people and organisations merged (a generic source such as "analysts" or "the
company" is a different source in every article)."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .. import rules
from .names import INITIAL


def canonical_speakers(quotes: pd.DataFrame, share: float = 0.8) -> pd.Series:
    """One name per person across articles. Titles are dropped, never used as names ("President Trump" is
    "Trump"), middle initials too when the corpus also has the name without them ("Donald J. Trump"). A
    bare surname ("Trump", "Mr. Trump") becomes the full name with that surname when the corpus supports
    it: that full name holds at least `share` of the quotes of all full names with that surname (Donald
    Trump's 114 against Ivanka Trump's 5), so one stray relative does not block the merge.

    With a `speaker_type` column, only people are merged so; an organisation keeps its name, and a generic
    source (a group such as "analysts", a document such as "the report") is nobody in particular: missing."""
    speakers = quotes["speaker"]
    if "speaker_type" in quotes:
        kinds = quotes["speaker_type"].astype("object")
        speakers = speakers.where(kinds.isin(["person", "organisation"]) | kinds.isna())
        organisations = set(quotes.loc[kinds == "organisation", "speaker"].dropna().astype("str"))
    else:
        organisations = set()
    counts = speakers.value_counts()
    names = {s: [w for w in s.split() if w.lower().rstrip(".") not in rules.TITLE_WORDS] for s in counts.index}
    plain = {s: " ".join(w for w in words if not INITIAL.fullmatch(w)) for s, words in names.items()}
    full: dict[str, Counter[str]] = {}
    for s, words in names.items():
        if len(words) >= 2 and all(w[:1].isupper() or w in rules.NAME_PARTICLES for w in words):
            full.setdefault(words[-1], Counter())[plain[s]] += counts[s]
    mapping = {s: s for s in organisations}
    for s, words in names.items():
        if not words or s in organisations:
            continue
        if len(words) > 1:
            mapping[s] = plain[s] if plain[s] in full.get(words[-1], ()) else " ".join(words)
            continue
        candidates = full.get(words[0], Counter())
        best = candidates.most_common(1)
        mapping[s] = best[0][0] if best and best[0][1] >= share * sum(candidates.values()) else words[0]
    return speakers.map(mapping)
