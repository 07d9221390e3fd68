"""VADER's scores, exactly as `vaderSentiment` 3.3.2 gives them, without its repeated work.

The reference `polarity_scores` copies the text character by character to translate emoji, and for every
word of the lexicon lower-cases the whole sentence again, three times over (once per look-back step of
its negation check), and twice more for its idiom check. On news sentences that is over half its time.
`polarity_scores` here lower-cases each sentence once and reads the lexicon, the booster words and the
negations from the reference module itself; every rule (negation, boosters, capitals, "least", idioms,
"but", punctuation) is the reference's, applied in the same order so that every score is bit for bit
the same. Text with emoji, which the reference rewrites into words first, goes to the reference.
`tests/test_vader.py` holds the two to each other on news sentences and on generated text.
"""

from __future__ import annotations

import string
from functools import lru_cache

from vaderSentiment import vaderSentiment as reference

_NEGATIONS = frozenset(reference.NEGATE)
_BOOSTERS = reference.BOOSTER_DICT
_IDIOMS = reference.SPECIAL_CASES
#: Every word of an idiom or of a booster phrase ("kiss of death", "sort of"): an idiom check around a word
#: can match only where these stand.
_IDIOM_WORDS = frozenset(w for phrase in (*_IDIOMS, *(b for b in _BOOSTERS if " " in b)) for w in phrase.split())


@lru_cache(maxsize=1)
def analyzer() -> reference.SentimentIntensityAnalyzer:
    """VADER's SentimentIntensityAnalyzer, built once per process (its lexicon ships with the package)."""
    return reference.SentimentIntensityAnalyzer()


def polarity_scores(text: str) -> dict[str, float]:
    """`neg`, `neu`, `pos` and `compound` for one sentence, equal to the reference's `polarity_scores`."""
    vader = analyzer()
    if not text.isascii() and not vader.emojis.keys().isdisjoint(text):  # every emoji is outside ASCII
        return vader.polarity_scores(text)
    text = text.strip()
    # SentiText's words: split at white space, punctuation stripped unless two characters or fewer remain
    words = [t if len(s := t.strip(string.punctuation)) <= 2 else s for t in text.split()]
    lower = [w.lower() for w in words]
    lexicon = vader.lexicon
    if lexicon.keys().isdisjoint(lower):  # nothing carries sentiment: every word scores 0, and the
        # reference's sums give exactly these (a third of news sentences)
        return {"neg": 0.0, "neu": 1.0 if words else 0.0, "pos": 0.0, "compound": 0.0}
    capitals = 0 < len(words) - sum(map(str.isupper, words)) < len(words)  # the reference's allcap_differential
    sentiments = [0] * len(words)  # boosters, "kind" before "of" and words outside the lexicon score 0
    for i, w in enumerate(lower):
        if w in lexicon and w not in _BOOSTERS and not (w == "kind" and lower[i + 1 : i + 2] == ["of"]):
            sentiments[i] = _valence(words, lower, i, lexicon, capitals)
    if "but" in lower:
        sentiments = vader._but_check(words, sentiments)
    return vader.score_valence(sentiments, text)


def _valence(words: list[str], lower: list[str], i: int, lexicon: dict[str, float], capitals: bool) -> float:
    """The valence of lexicon word `i` after the words before it (the reference's `sentiment_valence`)."""
    word = lower[i]
    valence = lexicon[word]
    if word == "no" and i != len(lower) - 1 and lower[i + 1] in lexicon:
        valence = 0.0
    if (
        (i > 0 and lower[i - 1] == "no")
        or (i > 1 and lower[i - 2] == "no")
        or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
    ):
        valence = lexicon[word] * reference.N_SCALAR
    if words[i].isupper() and capitals:
        valence += reference.C_INCR if valence > 0 else -reference.C_INCR
    for back in range(3):
        if i > back and lower[i - back - 1] not in lexicon:
            boost = reference.scalar_inc_dec(words[i - back - 1], valence, capitals)
            if boost != 0 and back:
                boost *= 0.95 if back == 1 else 0.9
            valence = _negation(valence + boost, lower, back, i)
            if back == 2:
                valence = _idioms(valence, lower, i)
    if i > 0 and lower[i - 1] == "least" and "least" not in lexicon and (i == 1 or lower[i - 2] not in ("at", "very")):
        valence *= reference.N_SCALAR
    return valence


def _negates(word: str) -> bool:
    return word in _NEGATIONS or "n't" in word


def _negation(valence: float, lower: list[str], back: int, i: int) -> float:
    """The reference's `_negation_check` for the word `back + 1` places before word `i`."""
    before = lower[i - back - 1]
    if back == 0:
        return valence * reference.N_SCALAR if _negates(before) else valence
    if back == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            return valence * 1.25
        if lower[i - 2] == "without" and lower[i - 1] == "doubt":
            return valence
        return valence * reference.N_SCALAR if _negates(before) else valence
    if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
        return valence * 1.25
    if lower[i - 3] == "without" and "doubt" in (lower[i - 2], lower[i - 1]):
        return valence
    return valence * reference.N_SCALAR if _negates(before) else valence


def _idioms(valence: float, lower: list[str], i: int) -> float:
    """The reference's `_special_idioms_check`: phrases such as "kiss of death" and "sort of" around word `i`."""
    one, two, three, here = lower[i - 1], lower[i - 2], lower[i - 3], lower[i]
    if one not in _IDIOM_WORDS and two not in _IDIOM_WORDS and here not in _IDIOM_WORDS:
        return valence  # every phrase below holds one of these three words: none can match
    for seq in (f"{one} {here}", f"{two} {one} {here}", f"{two} {one}", f"{three} {two} {one}", f"{three} {two}"):
        if seq in _IDIOMS:
            valence = _IDIOMS[seq]
            break
    if len(lower) - 1 > i and (seq := f"{here} {lower[i + 1]}") in _IDIOMS:
        valence = _IDIOMS[seq]
    if len(lower) - 1 > i + 1 and (seq := f"{here} {lower[i + 1]} {lower[i + 2]}") in _IDIOMS:
        valence = _IDIOMS[seq]
    for seq in (f"{three} {two} {one}", f"{three} {two}", f"{two} {one}"):
        if seq in _BOOSTERS:
            valence = valence + _BOOSTERS[seq]
    return valence
