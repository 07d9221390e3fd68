"""Cue words read in context: a verb of speaking and not a noun ("his claims"), "according to", the
adverbs, time adjuncts and control verbs that may stand between a speaker and the cue, a cue's span."""

from __future__ import annotations

import re

from .. import rules
from ..tokens import Token

_YEAR = re.compile(r"(?:19|20)\d\d")

_ACCORDING_TO = tuple(tuple(phrase.split()) for phrase in rules.ACCORDING_TO)


_ACCORDING_FIRST = frozenset(words[0] for words in _ACCORDING_TO)


def according_to(toks: list[Token], k: int) -> int:
    """How many tokens of "according to" (`rules.ACCORDING_TO`) start at token k, outside quote marks (0 for
    none). "per" counts only after a comma and before a determiner: ", per the party's bylaws"."""
    if k < 0 or toks[k].low not in _ACCORDING_FIRST or toks[k].quoted:
        return 0
    if toks[k].low == "per":
        ok = (k == 0 or toks[k - 1].text == ",") and k + 1 < len(toks) and toks[k + 1].low in ("the", "a", "an")
        return 1 if ok else 0
    return next((len(w) for w in _ACCORDING_TO if tuple(t.low for t in toks[k : k + len(w)]) == w), 0)


def is_cue(t: Token) -> bool:
    return not t.quoted and (t.low in rules.SPEECH_VERBS or t.low in rules.CHARACTERIZING_VERBS)


def cue_at(toks: list[Token], k: int) -> bool:
    """A verb of speaking at token k: a cue word that is not used as a noun (`rules.CUE_NOUNS` after a
    determiner or a possessive: "his claims", "a Donald Trump tweet") nor part of a name."""
    return is_cue(toks[k]) and not nominal(toks, k) and not in_name(toks, k)


def in_name(toks: list[Token], k: int) -> bool:
    """Is the word at k capitalised inside a sentence, as in a name ("American Express", "the Daily
    Express")? (In text set all in capitals, "SAID" is still a verb.)"""
    t = toks[k]
    return k > 0 and t.cap and not t.text.isupper() and toks[k - 1].text not in "\"“‘'([:—–-"


def nominal(toks: list[Token], k: int) -> bool:
    """Is the cue-looking word at k a noun: after "the", "a", "his", "its", a possessive, or a name that
    follows one ("a Donald Trump tweet", "the White House statement")?"""
    if k == 0:
        return False
    if toks[k].low not in rules.CUE_NOUNS:  # after a determiner an -ing form is a noun too: "the ruling"
        if toks[k].low.endswith("ing"):
            return ing_noun(toks, k)
        return after_preposition(toks, k)
    j = k - 1
    while j >= 0 and k - j <= 4 and toks[j].cap and not toks[j].low.endswith("'s"):
        j -= 1
    if j < 0:
        return False
    if _described_after_a(toks, k, j + 1):
        return True  # ("a particularly rough estimate", "a new Fast Company report")
    before = toks[j]
    if before.low in NOUN_BEFORE or (before.kind in ("num", "sym") and j == k - 1):
        return True  # "of Republican claims", "32% of claims", "two tweets"
    return (before.low in rules.DETERMINERS and before.low != "one") or (before.low.endswith("'s") and j == k - 1)


def _described_after_a(toks: list[Token], k: int, head: int) -> bool:
    """Is the cue noun at k in its base form after "a" or "an" and at most two words that describe it, before
    the names that start at `head` when there are any ("a particularly rough estimate", "a brief statement",
    "a new Fast Company report")? A singular subject takes no verb in its base form ("an official
    estimates"), so this is the noun."""
    if toks[k].low.endswith("s"):
        return False
    for j in (head - 2, head - 3):
        if j < 0 or not toks[j + 1].word or toks[j + 1].cap or toks[j + 1].low in rules.FUNCTION_WORDS:
            return False
        if toks[j + 1].low in rules.SPEAKER_NOUNS:
            return False
        if toks[j].low in ("a", "an"):
            return True
    return False


def ing_noun(toks: list[Token], k: int) -> bool:
    """Is the -ing form at k a noun or a modifier, after a determiner or a possessive ("the ruling",
    "Sweden's ruling party")? ("He's claiming" is a verb: "he's" is "he is".)"""
    if k == 0 or not toks[k].low.endswith("ing"):
        return False
    before = toks[k - 1].low
    return before in rules.DETERMINERS or (before.endswith("'s") and before[:-2] not in rules.STOP_WORDS)


def after_preposition(toks: list[Token], k: int) -> bool:
    """Is the cue-looking word at k, not an -ing form, a noun after a preposition ("acts of protest", "in
    protest", "without comment")?"""
    return k > 0 and toks[k - 1].low in rules.NOUN_PREPOSITIONS and not toks[k].low.endswith("ing")


NOUN_BEFORE = frozenset(
    "of for about on with in from by at series number few many several some more most all any no other".split()
)


def is_cue_at(toks: list[Token], k: int) -> bool:
    """A cue token, or "put it" ("as a Homeland Security memo put it")."""
    t = toks[k]
    return cue_at(toks, k) or (t.low == "put" and k + 1 < len(toks) and toks[k + 1].low == "it" and not t.quoted)


def is_adverb(t: Token) -> bool:
    """A manner adverb that may stand between a speaker and the cue ("angrily", "cynically")."""
    low = t.low
    return (
        low in rules.CUE_AUXILIARIES
        or (low.endswith("ly") and len(low) > 4 and not t.cap and low not in rules.SPEAKER_NOUNS and low.isalpha())
    ) and not t.quoted


def back_over_adjuncts(toks: list[Token], i: int, floor: int = 0) -> int:
    """Index of the last token of the speaker phrase before a cue whose previous token is at i: back over
    auxiliaries and adverbs ("has also repeatedly"), a time adjunct ("on Wednesday", "late last night", "in 2010") and
    a control verb ("tried to", "went on to")."""
    for _ in range(6):
        start = i
        while i >= floor and is_adverb(toks[i]):
            i -= 1
        if i >= floor and toks[i].low in rules.TIME_WORDS and not toks[i].quoted:
            k = i - 1
            while k >= floor and i - k <= 3 and toks[k].low in rules.TIME_OPENERS | rules.TIME_WORDS:
                k -= 1
            if k < i - 1 or toks[i].low in ("today", "yesterday", "tonight"):
                i = k
        if i - 1 >= floor and toks[i].kind == "num" and _YEAR.fullmatch(toks[i].text) and toks[i - 1].low == "in":
            i -= 2  # "who in 2010 said"
        if i - 1 >= floor and toks[i].low == "to" and toks[i - 1].low in rules.CONTROL_VERBS:
            i -= 2
        elif (
            i - 2 >= floor
            and toks[i].low == "to"
            and toks[i - 1].low == "on"
            and toks[i - 2].low in rules.CONTROL_VERBS
        ):
            i -= 3  # "went on to say"
        if i == start:
            break
    return i


def forward_over_adjuncts(toks: list[Token], j: int) -> int:
    """The mirror of `back_over_adjuncts`: from the token after a speaker phrase to where its cue may be."""
    n = len(toks)
    for _ in range(6):
        start = j
        while j < n and is_adverb(toks[j]):
            j += 1
        if j < n and toks[j].low in rules.TIME_OPENERS and not toks[j].quoted:
            k = j
            while k < n and k - j <= 3 and toks[k].low in rules.TIME_OPENERS | rules.TIME_WORDS:
                k += 1
            if k > j + 1 and toks[k - 1].low in rules.TIME_WORDS:
                j = k
        elif j < n and toks[j].low in ("today", "yesterday", "tonight"):
            j += 1
        if j + 1 < n and toks[j].low in rules.CONTROL_VERBS and toks[j + 1].low == "to":
            j += 2
        if j == start:
            break
    return j


def cue_span(toks: list[Token], cue: int) -> tuple[int, int]:
    """The cue's token span, taking in an auxiliary or particle ("has said", "called for", "pointed out")."""
    first = cue
    while first - 1 >= 0 and toks[first - 1].low in ("has", "have", "had", "is", "was", "were", "are", "also"):
        first -= 1
    last = cue
    if (
        last + 1 < len(toks)
        and toks[last + 1].low in rules.CUE_PARTICLES
        and toks[cue].low in rules.CHARACTERIZING_VERBS
    ):
        last += 1
    return first, last
