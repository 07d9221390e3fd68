"""Numbers as news writes them: digits ("1,200", "3.5", "5bn", wire prices "6-1/8"), words ("twenty-three", "a
dozen", "two million", "four and a half"), ranks ("3rd", "second-largest"), fractions ("half", "a third",
"two-thirds") and a number joined to its noun ("five-storey", "53-year-old"). Each reader takes the tokens and
an index and returns what it read there and where it stopped, or None."""

from __future__ import annotations

import re

from .. import rules
from ..tokens import Token


def _word_number(toks: list[Token], i: int) -> tuple[float, int] | None:
    """A number written in words at i ("twenty-three", "a dozen", "four and a half", "two million"):
    (value, index after it)."""
    n = len(toks)
    t = toks[i]
    value: float | None = None
    j = i
    if (
        t.low in ("a", "an")
        and i + 1 < n
        and toks[i + 1].low in ("dozen", "hundred", "thousand", "million", "billion", "trillion")
    ):
        value, j = (12 if toks[i + 1].low == "dozen" else rules.SCALE_WORDS[toks[i + 1].low]), i + 2
    elif t.kind == "word":
        parts = t.low.split("-")
        if all(p in rules.NUMBER_WORDS for p in parts) and len(parts) <= 2:
            value, j = float(sum(rules.NUMBER_WORDS[p] for p in parts)), i + 1
        elif t.low in rules.SCALE_WORDS and t.low not in rules.SCALE_SUFFIXES:
            return None
    if value is None:
        return None
    if j + 2 < n and toks[j].low == "and" and toks[j + 1].low == "a" and toks[j + 2].low == "half":
        value, j = value + 0.5, j + 3  # "four and a half [million]"
    while j < n and toks[j].low in rules.SCALE_WORDS and toks[j].low not in rules.SCALE_SUFFIXES:
        value *= rules.SCALE_WORDS[toks[j].low]
        j += 1
    if j + 2 < n and toks[j].low == "and" and toks[j + 1].low == "a" and toks[j + 2].low == "half":
        value, j = value + 0.5, j + 3
    return value, j


def _digit_number(toks: list[Token], i: int) -> tuple[float, int] | None:
    t = toks[i]
    if t.kind == "numhy" and (m := re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)-(\w+)", t.text)):
        if m.group(2).lower() in rules.APPROX_AFTER:  # "15-plus years": the number, its qualifier after
            return float(m.group(1).replace(",", "")), i + 1
        return None
    if t.kind != "num" or t.suf in ("st", "nd", "rd", "th", "s"):
        return None
    if "/" in t.text:
        value = _wire_fraction(t.text)
        if value is None:
            return None
        return value, i + 1
    try:
        value = float(t.text[: len(t.text) - len(t.suf)].replace(",", ""))
    except ValueError:
        return None
    if t.suf:
        value *= rules.SCALE_WORDS[t.suf]
    j = i + 1
    while j < len(toks) and toks[j].low in rules.SCALE_WORDS and toks[j].low not in rules.SCALE_SUFFIXES - {"bn"}:
        value *= rules.SCALE_WORDS[toks[j].low]
        j += 1
    return value, j


def _wire_fraction(text: str) -> float | None:
    """ "6-1/8" -> 6.125, "3/4" -> 0.75 (see `rules.WIRE_FRACTION`); None when the numerator is not below
    the denominator ("5/4" is no price)."""
    whole, _, fraction = text.rpartition("-")
    numerator, denominator = (int(x) for x in fraction.split("/"))
    if numerator >= denominator or numerator == 0:
        return None
    return (int(whole) if whole else 0) + numerator / denominator


def number_at(toks: list[Token], i: int) -> tuple[float, int] | None:
    return _digit_number(toks, i) or _word_number(toks, i)


def to_int(s: str) -> int:
    try:
        return int(s.replace(",", ""))
    except ValueError:
        return 0


def ordinal_at(toks: list[Token], i: int) -> int | None:
    """The rank written at token i ("3rd", "21st-century", "second", "second-largest"), else None."""
    t = toks[i]
    if t.kind == "num" and t.suf in ("st", "nd", "rd", "th"):
        return to_int(t.text[:-2])
    if t.kind == "numhy" and re.match(r"\d+(st|nd|rd|th)-", t.text):
        return to_int(re.match(r"\d+", t.text).group())
    if t.kind == "word":
        head, _, rest = t.low.partition("-")
        if t.text[0].isupper() and i > 0 and toks[i - 1].text not in '.!?:"“':
            return None  # "the Sixth Circuit", "First Lady": part of a name
        if rest in rules.NOT_ORDINAL_NEXT:
            return None  # "first-order", "third-rate"
        if head in rules.ORDINAL_WORDS and (head != "second" or _second_is_rank(toks, i)):
            return rules.ORDINAL_WORDS[head]
    return None


def _second_is_rank(toks: list[Token], i: int) -> bool:
    """ "second" as a rank, not the unit of time ("30 seconds", "a second")."""
    prev = toks[i - 1].low if i else ""
    return prev not in ("a", "one", "per") and not (i and toks[i - 1].kind == "num")


def fraction_at(toks: list[Token], i: int) -> tuple[float, int] | None:
    t = toks[i]
    n = len(toks)
    if t.low == "half" and ((i + 1 < n and toks[i + 1].low in ("of", "a", "an", "the")) or i + 1 >= n):
        return 0.5, i + 1
    if (
        t.low in ("a", "one")
        and i + 1 < n
        and toks[i + 1].low in ("third", "quarter", "fifth")
        and (i + 2 >= n or toks[i + 2].low in rules.FRACTION_FOLLOWERS or toks[i + 2].kind != "word")
    ):
        return rules.FRACTION_WORDS[toks[i + 1].low], i + 2
    parts = t.low.split("-")
    if (
        len(parts) == 2
        and parts[0] in rules.NUMBER_WORDS
        and parts[1] in ("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths")
    ):
        denom = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}[parts[1]]
        return rules.NUMBER_WORDS[parts[0]] / denom, i + 1
    return None


def hyphenated_at(toks: list[Token], i: int) -> tuple[float, str] | None:
    t = toks[i]
    if t.kind == "numhy":
        m = re.match(r"(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th|s)?-(.+)", t.text)
        if m and not m.group(2) and m.group(3).lower() not in rules.APPROX_AFTER:
            return float(m.group(1).replace(",", "")), m.group(3)
        return None
    if t.kind == "word" and "-" in t.low:
        first, rest = t.low.split("-", 1)
        if (
            first in rules.NUMBER_WORDS
            and rest not in rules.NUMBER_WORDS
            and rest not in ("half", "third", "thirds", "quarter", "quarters")
        ):
            return float(rules.NUMBER_WORDS[first]), t.text.split("-", 1)[1]
    return None
