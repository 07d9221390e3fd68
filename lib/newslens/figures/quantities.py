"""Quantities: a number with its qualifier ("at least", "or more"), its range ("10-15", "between 10
and 15"), its currency and the noun phrase it counts, read by rules tried in order at each token that can
start one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .. import rules
from ..articles import Article
from ..tokens import Token, letter_words, span_letter_words
from .context import (
    adverb_first,
    approx_after,
    approx_before,
    change_then_level,
    glued,
    metres,
    shares_unit,
    unit_at,
    verb_after_one,
)
from .dates import date_at
from .money import currency_after, currency_before
from .numbers import fraction_at, hyphenated_at, number_at, ordinal_at
from .records import Figure


def scan(text: str, toks: list[Token]) -> Iterator[Figure]:
    """The figures of one sentence's tokens, left to right: at each token a date, else a quantity. A bare
    number joined by "and"/"or" to one with a unit shares it (`shares_unit`)."""
    before: tuple[Figure, int] | None = None  # the last quantity, held back one figure, and where it ended
    for fig, i, j in _figures(text, toks):
        if before is not None:
            if fig.kind != "date" and shares_unit(toks, before[0], before[1], fig, i, j):
                first = before[0]
                first.kind, first.unit, first.currency, first.rule = fig.kind, fig.unit, fig.currency, "unit shared"
            yield before[0]
        before = (fig, j) if fig.kind != "date" else None
        if fig.kind == "date":
            yield fig
    if before is not None:
        yield before[0]


def _figures(text: str, toks: list[Token]) -> Iterator[tuple[Figure, int, int]]:
    """Each figure of the tokens with the token indices it spans: (figure, first, after last)."""
    n = len(toks)
    i = 0
    while i < n:
        if not _may_start(toks, i):
            i += 1
            continue
        found = date_at(text, toks, i)
        if found:
            fig, j = found
            approx, k = approx_before(text, toks, i)
            if approx in ("mid", "early", "late") or (
                i >= 2 and toks[i - 1].text == "-" and toks[i - 2].low in ("mid", "early", "late")
            ):
                k = i - 2 if toks[i - 1].text == "-" else k
                fig.approx, fig.start = toks[k].text, toks[k].start
            yield fig, i, j
            i = j
            continue
        fig, j = _quantity(text, toks, i)
        if fig is not None:
            yield fig, i, j
            i = max(j, i + 1)
            continue
        i += 1


#: Where a figure may start (a superset of what `_may_start` lets through): a digit, a currency or percent
#: sign, a party label, or a word (or a hyphenated word's first part) that can open one. A sentence with none
#: of them holds no figure and is not tokenized.
_SIGN = re.compile(  # (the lookahead, every first character, lets the engine skip to a candidate)
    rf"(?=[\d{re.escape(''.join(rules.CURRENCY_SYMBOLS))}%(DRI])"
    rf"(?:[\d{re.escape(''.join(rules.CURRENCY_SYMBOLS))}%]|{rules.PARTY_LABEL.pattern})"
)
_OPENING = frozenset(w.split("-", 1)[0] for w in rules.FIGURE_OPENERS)


def may_hold(text: str, start: int, end: int, article: Article | None = None) -> bool:
    """Can text[start:end] hold a figure? False only where `scan` would find none. (Given the article the
    text is from, the letter words the quote screens already read there are reused.)"""
    if _SIGN.search(text, start, end) is not None:
        return True
    words = letter_words(text, start, end) if article is None else span_letter_words(article, start, end)
    return not _OPENING.isdisjoint(words)


def _may_start(toks: list[Token], i: int) -> bool:
    """Can a figure start at token i? A number, a clock time, a currency sign, or a word that can open one
    (number, rank, fraction, vague and multiplying words, months and weekdays, "a" before "dozen" or "third").
    Every other token is passed over without trying the rules."""
    t = toks[i]
    if t.kind != "word":
        return t.kind != "other" or t.text in rules.CURRENCY_SYMBOLS
    low = t.low
    if low in rules.FIGURE_OPENERS or ("-" in low and low.split("-", 1)[0] in rules.FIGURE_OPENERS):
        return True
    return low in ("a", "an", "one") and i + 1 < len(toks) and toks[i + 1].low in rules.FIGURE_OPENERS


def _quantity(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int]:
    """The quantity starting at token i, or (None, where to look next). After a currency sign only a sum
    of money can follow; elsewhere the rules are tried in order: rank, vague quantity, fraction, number
    joined to its noun, a number that is part of a code or name (skipped), multiplier, decade of age,
    and then any number with its range, percent, currency and counted noun."""
    t = toks[i]
    if t.kind == "sym" and t.text in rules.CURRENCY_SYMBOLS and i + 1 < len(toks):
        rules_here: tuple[_Rule, ...] = (_number_word_in_name, _count)
    else:
        rules_here = QUANTITY_RULES
    for rule in rules_here:
        found = rule(text, toks, i)
        if found is not None:
            return found
    return None, i + 1


def _rank(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """ "the second attack", "3rd battalion", "second-largest barrage" (not "at first", "first lady")."""
    value = ordinal_at(toks, i)
    if value is None:
        return None
    n, t = len(toks), toks[i]
    j = i + 1  # the counted thing starts right after the rank
    if i == 0 and j < n and (toks[j].text == "," or (toks[j].low == "of" and j + 1 < n and toks[j + 1].low == "all")):
        return None, i + 1  # "Second, it will ...", "First of all, ...": a step in an argument, not a rank
    if (i > 0 and toks[i - 1].low in rules.NOT_ORDINAL_BEFORE) or (j < n and toks[j].low in rules.NOT_ORDINAL_NEXT):
        return None, i + 1
    if t.low == "first" and j < n and adverb_first(toks, i):
        return None, i + 1  # "The doctor first diagnosed the man", "he was first elected in 1990"
    unit, unit_end = unit_at(text, toks, j) if j < n else ("", j)
    if "-" in t.text:  # "second-largest overnight barrage": the rank's own word leads the unit
        unit = text[t.start + t.text.index("-") + 1 : toks[unit_end - 1].end if unit else t.end]
    head = i - 1 if i > 0 and toks[i - 1].low == "the" else i
    end = toks[max(unit_end, j) - 1].end if unit else toks[j - 1].end
    return Figure(toks[head].start, end, value, "ordinal", "ordinal", unit=unit), max(unit_end, j)


def _vague_quantity(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """ "several", "dozens of", "tens of thousands", "a handful of" (see `_vague`)."""
    t = toks[i]
    if t.kind == "word" and (
        t.low in rules.VAGUE_WORDS or (t.low == "tens" and i + 2 < len(toks) and toks[i + 1].low == "of")
    ):
        return _vague(text, toks, i)
    return None


def _fraction(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """ "half of the city", "nearly a third of voters", "two-thirds"."""
    frac = fraction_at(toks, i)
    if frac is None:
        return None
    n = len(toks)
    value, j = frac
    approx, k = approx_before(text, toks, i)
    unit, u = ("", j)
    if j < n and toks[j].low == "of":
        skip = 1 if j + 1 < n and toks[j + 1].low in ("the", "his", "her", "their", "its") else 0
        unit, u = unit_at(text, toks, j + 1 + skip)
        if not unit:
            u = j
    end = toks[max(u, j) - 1].end
    return Figure(toks[k].start, end, value, "fraction", "fraction", unit=unit, approx=approx), max(u, j)


def _number_noun(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """A number joined to its noun: "five-storey", "53-year-old", "30-second", "10-point"."""
    hy = hyphenated_at(toks, i)
    if hy is None:
        return None
    t = toks[i]
    value, unit = hy
    head = unit.split("-")[0].lower()
    kind = "percent" if head in ("point", "points") else "measure" if head in rules.MEASURE_UNITS else "count"
    return Figure(t.start, t.end, value, kind, "hyphenated", unit=unit), i + 1


def _code_or_name(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """A number inside a code, a name or an id is no figure: "Boeing 737", "G7", tweet ids, phone numbers."""
    t = toks[i]
    if t.kind == "num" and (glued(text, toks, i) or (len(t.text) >= 10 and t.text.isdigit())):
        return None, i + 1
    return _number_word_in_name(text, toks, i)


def _number_word_in_name(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """ "Ground Zero", "Air Force One": a capitalised number word inside a name."""
    t = toks[i]
    if t.kind == "word" and t.text[0].isupper() and t.low in rules.NUMBER_WORDS and glued(text, toks, i):
        return None, i + 1
    return None


def _multiplicative(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """ "twice", "nearly thrice": a count of times."""
    t = toks[i]
    if t.low not in rules.MULTIPLICATIVES:
        return None
    approx, k = approx_before(text, toks, i)
    value = float(rules.MULTIPLICATIVES[t.low])
    return Figure(toks[k].start, t.end, value, "count", "multiplicative", unit="times", approx=approx), i + 1


def _age_decade(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int] | None:
    """ "in his early 20s": an age range of ten years."""
    t = toks[i]
    if not (t.kind == "num" and t.suf == "s" and len(t.text) == 3):
        return None
    approx, k = approx_before(text, toks, i)
    low = float(t.text[:2])
    fig = Figure(toks[k].start, t.end, low, "measure", "decade of age", value_high=low + 9, unit="years", approx=approx)
    return fig, i + 1


def _count(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int]:
    """Any number ("23", "twenty-three", "1.2 million", "$5bn"), with its qualifier, range, and what it is:
    a percentage, a sum of money (by currency sign or word), a measure (by unit) or a count."""
    n = len(toks)
    start_i = i
    currency, first = currency_before(toks, i)
    if toks[i].kind == "sym" and toks[i].text in rules.CURRENCY_SYMBOLS and i + 1 < n:
        i += 1
    t = toks[i]
    num = number_at(toks, i)
    if num is None:
        return None, start_i + 1
    value, j = num
    if t.low == "one" and (
        j >= n
        or toks[j].kind != "word"
        or toks[j].low in rules.NOT_COUNT_NEXT
        or (j == i + 1 and verb_after_one(toks[j]))
    ):
        return None, j  # "one of the deadliest", pronoun "one" ("the more one sees")
    if t.low in ("one", "two") and i > 0 and toks[i - 1].low == "in" and (j >= n or toks[j].kind != "word"):
        return None, j  # "ripping the building in two"
    approx, k = approx_before(text, toks, first)
    rule = "digits" if t.kind in ("num", "numhy") else "number words"
    fig = Figure(toks[k].start, toks[j - 1].end, value, "count", rule, currency=currency, approx=approx)
    if t.kind == "numhy":
        fig.approx = t.text.rsplit("-", 1)[1]  # "15-plus"
    if currency:
        fig.kind, fig.rule, fig.unit = "money", "currency symbol", "dollars" if currency == "USD" else ""
    j = _range(toks, fig, k, j, value)
    j = _percent_or_currency_word(toks, fig, j)
    if fig.kind == "count" and t.suf == "m" and metres(toks, i, j):
        fig.value, fig.kind, fig.rule, fig.unit = value / 1e6, "measure", "metres", "m"  # "the 200m race"
        return fig, j
    fig.end = toks[j - 1].end
    after, j2 = approx_after(text, toks, j)
    if after:
        fig.approx, fig.end, j = after, toks[j2 - 1].end, j2
    return _counted(text, toks, fig, t, i, j, approx, currency)


def _range(toks: list[Token], fig: Figure, k: int, j: int, value: float) -> int:
    """ "10-15", "10 to 15", "between 10 and 15": the top of the range into `fig`; where the figure goes on."""
    n = len(toks)
    if (j + 1 < n and toks[j].text in ("-", "–", "to")) or (
        j + 1 < n and toks[j].low == "and" and k > 0 and toks[k - 1].low == "between"
    ):
        at = j + 1 + (1 if toks[j + 1].kind == "sym" and toks[j + 1].text in rules.CURRENCY_SYMBOLS else 0)
        if toks[j].low == "to" and change_then_level(toks, k, j - 1, at):
            return j
        high = number_at(toks, at)
        if high is not None and high[0] > value:
            fig.value_high, j = high[0], high[1]
            fig.end = toks[j - 1].end
            if k > 0 and toks[k - 1].low in ("between", "from"):
                fig.start = toks[k - 1].start
    return j


def _percent_or_currency_word(toks: list[Token], fig: Figure, j: int) -> int:
    """ "40%", "3.5 percent", "62 per cent", "5 points", "two percentage points" (`rules.PERCENT_WORDS`), "500
    dollars", "10,000 Canadian dlrs" (`money.currency_after`)."""
    n = len(toks)
    percent = _phrase_at(toks, j, _PERCENT_PHRASES)
    if percent:
        fig.kind, fig.rule, j = "percent", "percent", j + percent
        if j + 1 < n and toks[j].low == "points":
            j += 1  # "5 percent points"
        return j
    found = currency_after(toks, j)
    if found is not None:
        fig.kind, fig.rule = "money", "currency word"
        fig.currency, fig.unit, j = found
        if toks[j - 1].low in rules.HUNDREDTHS:
            fig.value = round(fig.value / 100, 6)  # "45 cts" is 0.45 dollars
            if fig.value_high is not None:
                fig.value_high = round(fig.value_high / 100, 6)
    return j


_PERCENT_PHRASES = sorted((tuple(p.split()) for p in rules.PERCENT_WORDS), key=len, reverse=True)


def _phrase_at(toks: list[Token], j: int, phrases: list[tuple[str, ...]]) -> int:
    """How many tokens the longest of `phrases` (word tuples) starting at token j takes, or 0."""
    for words in phrases:
        if tuple(t.low for t in toks[j : j + len(words)]) == words:
            return len(words)
    return 0


def _counted(
    text: str, toks: list[Token], fig: Figure, t: Token, i: int, j: int, approx: str, currency: str
) -> tuple[Figure | None, int]:
    """What the number counts or measures: "of voters" after a percentage, the noun after a sum or a count
    (a measure when it is a unit: "10 km"). A bare "one" or "a million" counting nothing is no figure."""
    n = len(toks)
    if fig.kind == "percent":
        if j + 1 < n and toks[j].low in ("of", "among") and toks[j + 1].kind == "word":
            unit, u = unit_at(text, toks, j + 1 + (1 if toks[j + 1].low in ("the",) else 0), limit=3)
            if unit:
                fig.unit, fig.end, j = unit, toks[u - 1].end, u
        return fig, j
    if fig.kind == "money":
        if not fig.unit:
            unit, u = unit_at(text, toks, j, limit=2)
            if unit:
                fig.unit, fig.end, j = unit, toks[u - 1].end, u
        return fig, j
    unit, u = unit_at(text, toks, j)
    if unit:
        fig.unit, fig.end, j = unit, toks[u - 1].end, u
        first = unit.split()[0].lower()
        if first in rules.MEASURE_UNITS:
            fig.kind, fig.rule = "measure", "measure"
    elif t.low == "one" or t.low in ("a", "an"):
        return None, j  # a bare "one" / "a million" with nothing counted is rarely a figure
    if fig.kind == "count" and fig.value in (1.0,) and t.low == "one" and not unit:
        return None, j
    if i >= 1 and toks[i - 1].low == "the" and not approx and not currency and fig.kind == "count":
        fig.start = toks[i - 1].start  # "the two major parties"
    return fig, j


_Rule = Callable[[str, list[Token], int], "tuple[Figure | None, int] | None"]
#: The quantity rules, in the order they are tried at a token.
QUANTITY_RULES: tuple[_Rule, ...] = (
    _rank,
    _vague_quantity,
    _fraction,
    _number_noun,
    _code_or_name,
    _multiplicative,
    _age_decade,
    _count,
)


def _vague(text: str, toks: list[Token], i: int) -> tuple[Figure | None, int]:
    n = len(toks)
    t = toks[i]
    k = i
    if t.low == "tens":
        j = i + 3 if i + 2 < n and toks[i + 2].low in ("thousands", "millions", "billions") else i + 1
    else:
        j = i + 1
        if t.low in ("handful", "couple"):
            if not (i > 0 and toks[i - 1].low == "a"):
                return None, i + 1
            k = i - 1
        elif t.low == "few" and i > 0 and toks[i - 1].low in ("a", "very"):
            k = i - 1
        elif t.low == "few" and i > 0 and toks[i - 1].low in ("the", "those", "these", "quite"):
            return None, i + 1
    while (
        j < n
        and j < i + 5
        and toks[j].low in ("of", "hundreds", "thousands", "millions", "billions")
        and toks[j].low != "of"
    ):
        j += 1
    approx = text[toks[k].start : toks[j - 1].end]
    u = j + 1 if j < n and toks[j].low == "of" else j
    if u < n and toks[u].low in ("the", "his", "her", "their", "its", "our"):
        u += 1
    unit, after = unit_at(text, toks, u)
    if not unit and t.low in ("few", "couple", "handful", "several"):
        return None, i + 1
    end = toks[after - 1].end if unit else toks[j - 1].end
    return Figure(toks[k].start, end, None, "vague", "vague quantity", unit=unit, approx=approx), max(after, j)
