"""What stands around a number: the noun phrase it counts, its qualifiers ("at least", "or more"), whether
it is part of a name or code ("Boeing 737") rather than a figure, whether the number after it is the level
a change reached ("rose 1/2 to 35-3/8"), whether a bare number shares the unit of the one after it ("1,850 and
1,880 dlrs"), whether the word after "one" or "first" makes it a pronoun or an adverb ("the more one sees", "he
first diagnosed"), and whether "200m" is metres."""

from __future__ import annotations

from .. import rules
from ..tokens import Token
from .records import Figure


def unit_at(text: str, toks: list[Token], j: int, limit: int = 4) -> tuple[str, int]:
    """The noun phrase a number quantifies, starting at token j: (words as written, index after)."""
    k = j
    words = 0
    last_good = j
    while k < len(toks) and words < limit:
        t = toks[k]
        if t.kind == "other" and t.text in "'’" and k > j and toks[k - 1].low.endswith("s"):
            k += 1  # "media outlets' offices"
            continue
        if (
            t.kind != "word"
            or t.low in rules.NOT_IN_UNIT
            or t.low in rules.FUNCTION_WORDS
            or (words and (t.low.endswith("ed") or t.low in rules.IRREGULAR_PASTS))
        ):
            if (
                t.low == "and"
                and words
                and k + 1 < len(toks)
                and toks[k + 1].kind == "word"
                and toks[k + 1].low.endswith("s")
                and toks[k + 1].low not in rules.NOT_IN_UNIT
            ):
                k += 1  # "drones and missiles"
                continue
            break
        if t.text[0].isupper() and words == 0 and t.low not in rules.MEASURE_UNITS:
            break
        if t.low in rules.WEEKDAYS or t.low in rules.MONTHS:
            break  # "one tweet [Friday]"
        words += 1
        k += 1
        last_good = k
        if plural(t.low) and k < len(toks) and toks[k].low not in ("and", "'", "’"):
            break  # a plural noun ends the phrase: "40 drones [flew]", "23 people [overnight]"
    if last_good == j:
        return "", j
    return text[toks[j].start : toks[last_good - 1].end], last_good


def plural(word: str) -> bool:
    return (word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is"))
            and word not in rules.NOT_PLURAL) or word in rules.PLURAL_NOUNS  # fmt: skip


def _by_word(phrases: list[str], at: int) -> dict[str, list[list[str]]]:
    """The phrases' words, kept in the given order, by their first (`at` 0) or last (-1) word."""
    out: dict[str, list[list[str]]] = {}
    for words in (phrase.split() for phrase in phrases):
        out.setdefault(words[at], []).append(words)
    return out


# the qualifiers by their last word, longest first ("no more than" before "more than")
_APPROX_BEFORE = _by_word(sorted(rules.APPROX_BEFORE, key=len, reverse=True), -1)
_APPROX_AFTER = _by_word(list(rules.APPROX_AFTER), 0)


def approx_before(text: str, toks: list[Token], i: int) -> tuple[str, int]:
    """A qualifier just before token i ("at least", "nearly"): (as written, index of its first token)."""
    for words in _APPROX_BEFORE.get(toks[i - 1].low, ()) if i else ():
        k = i - len(words)
        if k >= 0 and [t.low for t in toks[k:i]] == words:
            return text[toks[k].start : toks[i - 1].end], k
    return "", i


def approx_after(text: str, toks: list[Token], j: int) -> tuple[str, int]:
    """A qualifier from token j on ("or more", "plus"): (as written, index past it)."""
    for words in _APPROX_AFTER.get(toks[j].low, ()) if j < len(toks) else ():
        if [t.low for t in toks[j : j + len(words)]] == words:
            return text[toks[j].start : toks[j + len(words) - 1].end], j + len(words)
    return "", j


def glued(text: str, toks: list[Token], i: int) -> bool:
    """A number inside a name or code: "G7", "COVID-19", "Boeing 737", "Interstate 75"."""
    t = toks[i]
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.end == t.start and prev.text in rules.CURRENCY_BEFORE:
        return False  # "Rs5,000"
    if prev.end == t.start and (
        prev.kind == "word"
        or (prev.text in "-/" and i >= 2 and toks[i - 2].kind == "word" and toks[i - 2].end == prev.start)
    ):
        return True
    return (
        prev.kind == "word"
        and prev.text[0].isupper()
        and prev.low not in rules.MONTHS
        and prev.low not in rules.WEEKDAYS
        and (i == 1 or toks[i - 2].text not in ".!?:")
        and prev.low not in rules.FUNCTION_WORDS
        and prev.low not in rules.SENTENCE_OPENERS
        and prev.low not in rules.APPROX_BEFORE
        and prev.low not in rules.WIRE_TABLE_LABELS  # "Revs 11.2 mln vs 10.1 mln"
        and prev.text not in rules.CURRENCY_BEFORE  # "Rs 5 crore", "USD 3m": a currency, not a name
    )


def change_then_level(toks: list[Token], k: int, last: int, at: int) -> bool:
    """Is "X to Y" (X from k to `last`, Y at `at`) a change and the level it reached, as wire copy quotes
    prices: after a word of change, with a price in fractions ("rose 1/2 to 35-3/8", "climbed 19 to
    151-1/2")? Then Y is a figure of its own, not the top of a range."""
    return (
        k > 0
        and toks[k - 1].low in rules.CHANGE_WORDS
        and at < len(toks)
        and ("/" in toks[last].text or "/" in toks[at].text)
    )


#: Kinds a bare number takes from the next one: "1,850 and 1,880 dlrs", "150 or 200 tonnes", "5 and 6 pct".
_SHARED_KINDS = frozenset({"money", "measure", "percent"})


def shares_unit(toks: list[Token], first: Figure, first_end: int, second: Figure, i: int, j: int) -> bool:
    """Does the bare number `first` (ending before token `first_end`) take the unit of `second` (tokens i..j):
    only "and" or "or" between them, and no scale word or currency sign in either ("2 and 3 mln dlrs"
    leaves the first alone: its scale is not written; "1.40 billion and 69.7 pct" are two things)? Not for
    cents ("net 2,285,000 or six cts a share" is the total, then the total per share), nor a percent after
    a number over 100 ("from 205,000 or 12.8 pct": shares, then their share of the total)."""
    last = toks[first_end - 1]
    return (
        first.kind == "count"
        and last.low not in rules.SCALE_WORDS
        and last.suf not in rules.SCALE_SUFFIXES
        and second.unit.lower() not in rules.HUNDREDTHS
        and not (second.kind == "percent" and isinstance(first.value, float) and first.value > 100)
        and first.rule == "digits"
        and not first.unit
        and first.value_high is None
        and second.kind in _SHARED_KINDS
        and first_end + 1 == i
        and toks[first_end].low in ("and", "or")
        and not any(t.low in rules.SCALE_WORDS or t.suf in rules.SCALE_SUFFIXES or t.kind == "sym" for t in toks[i:j])
    )


def verb_after_one(t: Token) -> bool:
    """Is the word after "one" a verb, which makes "one" a pronoun: a lower-case word in -s that is no plural
    noun, since "one" counts no plural ("the more one sees and hears"; not "one series", "one bus")?"""
    low = t.low
    if t.cap or not low.endswith("s") or low.endswith(("ss", "us", "is", "ies", "'s")):
        return False
    return low not in rules.HUNDREDTHS and low not in rules.MEASURE_UNITS  # ("one cts", the wire's plural)


def adverb_first(toks: list[Token], i: int) -> bool:
    """Is "first" at i an adverb: before a verb in -ed, with no determiner or possessive before it ("the first
    recorded case", "its first reported profit" are ranks)?"""
    nxt = toks[i + 1]
    if nxt.cap or not nxt.low.endswith("ed"):
        return False
    return i == 0 or (toks[i - 1].low not in rules.DETERMINERS and not toks[i - 1].low.endswith("'s"))


def metres(toks: list[Token], i: int, j: int) -> bool:
    """Is "200m" metres: before a word of sport or height ("race", "wall", "high", `rules.METRE_NEXT`), or a
    singular noun after "a", "the" or a possessive ("a 17m wall")? A plural after it counts millions."""
    nxt = toks[j] if j < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return False
    if nxt.low in rules.METRE_NEXT:
        return True
    prev = toks[i - 1].low if i > 0 else ""
    return (prev in ("a", "the") or prev.endswith("'s")) and not plural(nxt.low) and nxt.low not in rules.CURRENCY_WORDS
