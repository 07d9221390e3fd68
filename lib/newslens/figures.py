"""Which figures an article reports, what they count, and on whose authority.

Each sentence of the title, subheads and body is read token by token. A figure is a number (digits,
number words, "a dozen", "1.2 million", "$5bn"), a rank ("second-largest", "3rd"), a fraction ("half",
"a third"), a vague quantity ("several", "dozens of") or a date ("February 2022", "Thursday",
"2:45 p.m."). Around it we read the qualifier ("at least", "or more"), the range ("10-15", "between 10 and
15"), the currency and the counted noun phrase. The claimant is the speaker of the innermost quote or
reported speech that covers the figure, from `newslens.quotes` (attribution is not re-implemented here).
The vocabulary (number words, units, currencies, qualifiers) is in `rules`; the annotation conventions
we follow are those of `../shared/spec/figures-rules.md`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pandas as pd

from . import rules
from .articles import Article, Corpus, as_articles
from .problems import Stage
from .quotes import gc_paused, quote_records
from .tables import read
from .tokenize import sentence_spans

FIGURE_COLUMNS = (
    "article_id",
    "surface",
    "start",
    "end",
    "value",
    "value_high",
    "kind",
    "unit",
    "currency",
    "approx",
    "claimant",
    "in_quote",
    "sentence",
    "rule",
)
KINDS = ("count", "percent", "money", "measure", "ordinal", "fraction", "vague", "date")

_TOKEN = re.compile(
    r"(?P<phone>\b\d{3}-\d{3}-\d{4}\b|\(\d{3}\) ?\d{3}-\d{4})"
    r"|(?P<time>\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b))"
    r"|(?P<numhy>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:st|nd|rd|th|s)?(?:-[A-Za-z]+)+)"
    r"|(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<suf>st|nd|rd|th|s|bn|tn|mn|m|k)?(?![A-Za-z0-9])"
    r"|(?P<word>[A-Za-z]+(?:[-'’][A-Za-z]+)*)"
    r"|(?P<sym>[$€£¥₴₽%])"
    r"|(?P<other>\S)"
)
_VERBISH = frozenset(
    """
    is are was were be been being has have had do does did will would could should may might must can said says
    told including include includes killed died injured wounded fired hit launched left remained according
    while who which that when where after before since during on at in into from by with for to as than but or
    against across over under per each away out up down back off home there here again too also now then
    yesterday today tonight earlier later ago
    """.split()
)


@dataclass(slots=True)
class T:
    start: int
    end: int
    text: str
    low: str
    kind: str  # time / numhy / num / word / sym / other
    suf: str = ""


@dataclass
class Figure:
    start: int
    end: int
    value: float | str | None
    kind: str
    rule: str
    value_high: float | str | None = None
    unit: str = ""
    currency: str = ""
    approx: str = ""


def _tokens(text: str, start: int, end: int) -> list[T]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup if m.lastgroup != "suf" else "num"
        if m.group("num") is not None:
            kind = "num"
        t = m.group()
        out.append(T(m.start(), m.end(), t, t.lower(), kind, m.group("suf") or ""))
    return out


def _word_number(toks: list[T], i: int) -> tuple[float, int] | None:
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
        elif t.low in rules.SCALE_WORDS and t.low not in ("m", "k", "bn", "mn", "tn"):
            return None
    if value is None:
        return None
    while j < n and toks[j].low in rules.SCALE_WORDS and toks[j].low not in ("m", "k", "bn", "mn", "tn"):
        value *= rules.SCALE_WORDS[toks[j].low]
        j += 1
    if j + 2 < n and toks[j].low == "and" and toks[j + 1].low == "a" and toks[j + 2].low == "half":
        value, j = value + 0.5, j + 3
    return value, j


def _digit_number(toks: list[T], i: int) -> tuple[float, int] | None:
    t = toks[i]
    if t.kind != "num" or t.suf in ("st", "nd", "rd", "th", "s"):
        return None
    try:
        value = float(t.text[: len(t.text) - len(t.suf)].replace(",", ""))
    except ValueError:
        return None
    if t.suf:
        value *= rules.SCALE_WORDS[t.suf]
    j = i + 1
    while j < len(toks) and toks[j].low in rules.SCALE_WORDS and toks[j].low not in ("m", "k", "mn", "tn"):
        value *= rules.SCALE_WORDS[toks[j].low]
        j += 1
    return value, j


def _number(toks: list[T], i: int) -> tuple[float, int] | None:
    return _digit_number(toks, i) or _word_number(toks, i)


def _unit(text: str, toks: list[T], j: int, limit: int = 4) -> tuple[str, int]:
    """The noun phrase a number quantifies, starting at token j: (words as written, index after)."""
    k = j
    words = 0
    last_good = j
    while k < len(toks) and words < limit:
        t = toks[k]
        if t.kind == "other" and t.text in "'’" and k > j and toks[k - 1].low.endswith("s"):
            k += 1  # "media outlets' offices"
            continue
        if t.kind != "word" or t.low in _VERBISH or t.low in rules.FUNCTION_WORDS or (t.low.endswith("ed") and words):
            if (
                t.low == "and"
                and words
                and k + 1 < len(toks)
                and toks[k + 1].kind == "word"
                and toks[k + 1].low.endswith("s")
                and toks[k + 1].low not in _VERBISH
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
        if _plural(t.low) and k < len(toks) and toks[k].low not in ("and", "'", "’"):
            break  # a plural noun ends the phrase: "40 drones [flew]", "23 people [overnight]"
    if last_good == j:
        return "", j
    return text[toks[j].start : toks[last_good - 1].end], last_good


def _plural(word: str) -> bool:
    return (word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is"))
            and word not in rules.NOT_PLURAL) or word in rules.PLURAL_NOUNS  # fmt: skip


def _approx_before(text: str, toks: list[T], i: int) -> tuple[str, int]:
    """A qualifier just before token i ("at least", "nearly"): (as written, index of its first token)."""
    for phrase in sorted(rules.APPROX_BEFORE, key=len, reverse=True):
        words = phrase.split()
        k = i - len(words)
        if k >= 0 and [t.low for t in toks[k:i]] == words:
            return text[toks[k].start : toks[i - 1].end], k
    return "", i


def _approx_after(text: str, toks: list[T], j: int) -> tuple[str, int]:
    for phrase in rules.APPROX_AFTER:
        words = phrase.split()
        if [t.low for t in toks[j : j + len(words)]] == words:
            return text[toks[j].start : toks[j + len(words) - 1].end], j + len(words)
    return "", j


def _date(text: str, toks: list[T], i: int) -> tuple[Figure, int] | None:
    t = toks[i]
    n = len(toks)
    if t.kind == "time":
        m = re.match(r"(\d{1,2})(?::(\d\d))?\s?([ap])?", t.text.lower())
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if m.group(3) == "p" and hour < 12:
            hour += 12
        return Figure(t.start, t.end, f"T{hour:02d}:{minute:02d}", "date", "clock time"), i + 1
    if t.kind == "word" and t.text[0].isupper() and t.low in rules.WEEKDAYS | {d + "s" for d in rules.WEEKDAYS}:
        return Figure(t.start, t.end, t.text.rstrip("s.") if t.low.endswith("s") else t.text, "date", "weekday"), i + 1
    if (
        t.kind == "word"
        and t.text[0].isupper()
        and t.low in rules.MONTHS
        and (t.low != "may" or (i + 1 < n and toks[i + 1].kind == "num"))
    ):
        month = rules.MONTHS[t.low]
        j, day, year = i + 1, None, None
        if j < n and toks[j].text == "." and len(t.low) <= 4:
            j += 1  # "Sept."
        if (
            j < n
            and toks[j].kind == "num"
            and (toks[j].suf in ("", "st", "nd", "rd", "th"))
            and toks[j].text[: len(toks[j].text) - len(toks[j].suf)].isdigit()  # "Feb 872.0" is no day
        ):
            v = int(toks[j].text[: len(toks[j].text) - len(toks[j].suf)])
            if 1 <= v <= 31 and len(toks[j].text) <= 4:
                day, j = v, j + 1
            elif 1000 <= v <= 2100:
                year, j = v, j + 1
        if day is not None:
            k = j + 1 if j < n and toks[j].text == "," else j
            if k < n and toks[k].kind == "num" and not toks[k].suf and 1000 <= _int(toks[k].text) <= 2100:
                year, j = _int(toks[k].text), k + 1
        high = None
        if day is not None and j + 1 < n and toks[j].text in "-–" and toks[j + 1].kind == "num" and not toks[j + 1].suf:
            v = _int(toks[j + 1].text)
            if day < v <= 31:
                high, j = v, j + 2  # "September 16-19"
        if year and day:
            value = f"{year}-{month:02d}-{day:02d}"
        elif year:
            value = f"{year}-{month:02d}"
        elif day:
            value = f"--{month:02d}-{day:02d}"
        else:
            value = f"--{month:02d}"
        fig = Figure(t.start, toks[j - 1].end, value, "date", "month")
        if high is not None:
            fig.value_high = value[:-2] + f"{high:02d}"
        return fig, j
    if t.kind == "num" and not t.suf and "," not in t.text and "." not in t.text and len(t.text) == 4:
        year = int(t.text)
        nxt = toks[i + 1] if i + 1 < n else None
        if 1800 <= year <= 2100 and not (
            nxt
            and nxt.kind == "word"
            and nxt.low.endswith("s")
            and nxt.low not in _VERBISH
            and nxt.low not in rules.FUNCTION_WORDS
        ):
            return Figure(t.start, t.end, str(year), "date", "year"), i + 1
    if t.kind == "num" and t.suf == "s" and len(t.text) == 5:
        return Figure(t.start, t.end, t.text, "date", "decade"), i + 1
    return None


def _int(s: str) -> int:
    try:
        return int(s.replace(",", ""))
    except ValueError:
        return 0


def _glued(text: str, toks: list[T], i: int) -> bool:
    """A number inside a name or code: "G7", "COVID-19", "Boeing 737", "Interstate 75"."""
    t = toks[i]
    if i == 0:
        return False
    prev = toks[i - 1]
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
    )


def _scan(text: str, toks: list[T]) -> Iterator[Figure]:
    n = len(toks)
    i = 0
    while i < n:
        found = _date(text, toks, i)
        if found:
            fig, j = found
            approx, k = _approx_before(text, toks, i)
            if approx in ("mid", "early", "late") or (
                i >= 2 and toks[i - 1].text == "-" and toks[i - 2].low in ("mid", "early", "late")
            ):
                k = i - 2 if toks[i - 1].text == "-" else k
                fig.approx, fig.start = toks[k].text, toks[k].start
            yield fig
            i = j
            continue
        fig, j = _quantity(text, toks, i)
        if fig is not None:
            yield fig
            i = max(j, i + 1)
            continue
        i += 1


def _quantity(text: str, toks: list[T], i: int) -> tuple[Figure | None, int]:
    n = len(toks)
    t = toks[i]
    # currency symbol before a number
    currency = ""
    start_i = i
    if t.kind == "sym" and t.text in rules.CURRENCY_SYMBOLS and i + 1 < n:
        currency, i = rules.CURRENCY_SYMBOLS[t.text], i + 1
        t = toks[i]
    # ordinals
    if not currency:
        value = _ordinal(toks, i)
        if value is not None:
            j = i + 1  # the counted thing starts right after the rank
            if (i > 0 and toks[i - 1].low == "at") or (j < n and toks[j].low in rules.NOT_ORDINAL_NEXT):
                return None, i + 1
            unit, unit_end = _unit(text, toks, j) if j < n else ("", j)
            if "-" in t.text:  # "second-largest overnight barrage": the rank's own word leads the unit
                unit = text[t.start + t.text.index("-") + 1 : toks[unit_end - 1].end if unit else t.end]
            head = i - 1 if i > 0 and toks[i - 1].low == "the" else i
            return Figure(
                toks[head].start,
                toks[max(unit_end, j) - 1].end if unit else toks[j - 1].end,
                value,
                "ordinal",
                "ordinal",
                unit=unit,
            ), max(unit_end, j)
    # vague quantities
    if (
        not currency
        and t.kind == "word"
        and (t.low in rules.VAGUE_WORDS or (t.low == "tens" and i + 2 < n and toks[i + 1].low == "of"))
    ):
        return _vague(text, toks, i)
    # fractions
    if not currency:
        frac = _fraction(toks, i)
        if frac is not None:
            value, j = frac
            approx, k = _approx_before(text, toks, i)
            unit, u = ("", j)
            if j < n and toks[j].low == "of":
                unit, u = _unit(
                    text,
                    toks,
                    j + 1 + (1 if j + 1 < n and toks[j + 1].low in ("the", "his", "her", "their", "its") else 0),
                )
                if not unit:
                    u = j
            end_tok = max(u, j) - 1
            return Figure(
                toks[k].start, toks[end_tok].end, value, "fraction", "fraction", unit=unit, approx=approx
            ), max(u, j)
    # hyphenated number + noun: "five-storey", "53-year-old", "30-second"
    hy = _hyphenated(toks, i)
    if hy is not None and not currency:
        value, unit = hy
        head = unit.split("-")[0].lower()
        kind = "percent" if head in ("point", "points") else "measure" if head in rules.MEASURE_UNITS else "count"
        return Figure(t.start, t.end, value, kind, "hyphenated", unit=unit), i + 1
    if t.kind == "num" and (_glued(text, toks, i) or (len(t.text) >= 10 and t.text.isdigit())) and not currency:
        return None, i + 1  # a code, a name ("Boeing 737") or an id (tweet ids, phone numbers)
    if t.kind == "word" and t.text[0].isupper() and t.low in rules.NUMBER_WORDS and _glued(text, toks, i):
        return None, i + 1  # "Ground Zero", "Air Force One"
    if t.low in rules.MULTIPLICATIVES and not currency:
        approx, k = _approx_before(text, toks, i)
        return Figure(
            toks[k].start,
            t.end,
            float(rules.MULTIPLICATIVES[t.low]),
            "count",
            "multiplicative",
            unit="times",
            approx=approx,
        ), i + 1
    if t.kind == "num" and t.suf == "s" and len(t.text) == 3 and not currency:  # "early 20s": an age range
        approx, k = _approx_before(text, toks, i)
        low = float(t.text[:2])
        return Figure(
            toks[k].start, t.end, low, "measure", "decade of age", value_high=low + 9, unit="years", approx=approx
        ), i + 1
    num = _number(toks, i)
    if num is None:
        return None, start_i + 1
    value, j = num
    if t.low == "one" and ((j < n and toks[j].low in rules.NOT_COUNT_NEXT) or j >= n or toks[j].kind != "word"):
        return None, j  # "one of the deadliest", pronoun "one"
    if t.low in ("one", "two") and i > 0 and toks[i - 1].low == "in" and (j >= n or toks[j].kind != "word"):
        return None, j  # "ripping the building in two"
    approx, k = _approx_before(text, toks, start_i)
    fig = Figure(
        toks[k].start,
        toks[j - 1].end,
        value,
        "count",
        "digits" if t.kind == "num" else "number words",
        currency=currency,
        approx=approx,
    )
    if currency:
        fig.kind, fig.rule, fig.unit = "money", "currency symbol", "dollars" if currency == "USD" else ""
    # ranges: 10-15, 10 to 15, between 10 and 15
    if (j + 1 < n and toks[j].text in ("-", "–", "to")) or (
        j + 1 < n and toks[j].low == "and" and k > 0 and toks[k - 1].low == "between"
    ):
        high = _number(
            toks, j + 1 + (1 if toks[j + 1].kind == "sym" and toks[j + 1].text in rules.CURRENCY_SYMBOLS else 0)
        )
        if high is not None and high[0] > value:
            fig.value_high, j = high[0], high[1]
            fig.end = toks[j - 1].end
            if k > 0 and toks[k - 1].low in ("between", "from"):
                fig.start = toks[k - 1].start
    # percent, money words, measure units
    if j < n and toks[j].text == "%":
        fig.kind, fig.rule, j = "percent", "percent", j + 1
    elif (j < n and toks[j].low in ("percent", "points", "point")) or (
        j + 1 < n and toks[j].low == "per" and toks[j + 1].low == "cent"
    ):
        j += 2 if toks[j].low == "per" else 1
        fig.kind, fig.rule = "percent", "percent"
        if j + 1 < n and toks[j].low == "points":
            j += 1
    elif j < n and toks[j].low in rules.CURRENCY_WORDS:
        fig.kind, fig.rule, fig.currency, fig.unit = (
            "money",
            "currency word",
            rules.CURRENCY_WORDS[toks[j].low],
            toks[j].text,
        )
        j += 1
    fig.end = toks[j - 1].end
    after, j2 = _approx_after(text, toks, j)
    if after:
        fig.approx, fig.end, j = after, toks[j2 - 1].end, j2
    if fig.kind == "percent":
        if j + 1 < n and toks[j].low in ("of", "among") and toks[j + 1].kind == "word":
            unit, u = _unit(text, toks, j + 1 + (1 if toks[j + 1].low in ("the",) else 0), limit=3)
            if unit:
                fig.unit, fig.end, j = unit, toks[u - 1].end, u
        return fig, j
    if fig.kind == "money":
        if not fig.unit:
            unit, u = _unit(text, toks, j, limit=2)
            if unit:
                fig.unit, fig.end, j = unit, toks[u - 1].end, u
        return fig, j
    unit, u = _unit(text, toks, j)
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


def _ordinal(toks: list[T], i: int) -> int | None:
    """The rank written at token i ("3rd", "21st-century", "second", "second-largest"), else None."""
    t = toks[i]
    if t.kind == "num" and t.suf in ("st", "nd", "rd", "th"):
        return _int(t.text[:-2])
    if t.kind == "numhy" and re.match(r"\d+(st|nd|rd|th)-", t.text):
        return _int(re.match(r"\d+", t.text).group())
    if t.kind == "word":
        head, _, rest = t.low.partition("-")
        if t.text[0].isupper() and i > 0 and toks[i - 1].text not in '.!?:"“':
            return None  # "the Sixth Circuit", "First Lady": part of a name
        if rest in rules.NOT_ORDINAL_NEXT:
            return None  # "first-order", "third-rate"
        if head in rules.ORDINAL_WORDS and (head != "second" or _second_is_rank(toks, i)):
            return rules.ORDINAL_WORDS[head]
    return None


def _second_is_rank(toks: list[T], i: int) -> bool:
    """ "second" as a rank, not the unit of time ("30 seconds", "a second")."""
    prev = toks[i - 1].low if i else ""
    return prev not in ("a", "one", "per") and not (i and toks[i - 1].kind == "num")


def _fraction(toks: list[T], i: int) -> tuple[float, int] | None:
    t = toks[i]
    n = len(toks)
    if t.low == "half" and ((i + 1 < n and toks[i + 1].low in ("of", "a", "an", "the")) or i + 1 >= n):
        return 0.5, i + 1
    if (
        t.low in ("a", "one")
        and i + 1 < n
        and toks[i + 1].low in ("third", "quarter", "fifth")
        and (i + 2 >= n or toks[i + 2].low in ("of",) or toks[i + 2].kind != "word")
    ):
        return rules.FRACTION_WORDS[toks[i + 1].low], i + 2
    parts = t.low.split("-")
    if (
        len(parts) == 2
        and parts[0] in rules.NUMBER_WORDS
        and parts[1] in ("third", "thirds", "quarter", "quarters", "fifth", "fifths")
    ):
        denom = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}[parts[1]]
        return rules.NUMBER_WORDS[parts[0]] / denom, i + 1
    return None


def _hyphenated(toks: list[T], i: int) -> tuple[float, str] | None:
    t = toks[i]
    if t.kind == "numhy":
        m = re.match(r"(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th|s)?-(.+)", t.text)
        if m and not m.group(2):
            return float(m.group(1).replace(",", "")), m.group(3)
        return None
    if t.kind == "word" and "-" in t.low:
        first, rest = t.low.split("-", 1)
        if (
            first in rules.NUMBER_WORDS
            and rest not in rules.NUMBER_WORDS
            and rest not in ("third", "thirds", "quarter", "quarters")
        ):
            return float(rules.NUMBER_WORDS[first]), t.text.split("-", 1)[1]
    return None


def _vague(text: str, toks: list[T], i: int) -> tuple[Figure | None, int]:
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
    unit, after = _unit(text, toks, u)
    if not unit and t.low in ("few", "couple", "handful", "several"):
        return None, i + 1
    end = toks[after - 1].end if unit else toks[j - 1].end
    return Figure(toks[k].start, end, None, "vague", "vague quantity", unit=unit, approx=approx), max(after, j)


# --- public API -----------------------------------------------------------------------------------


def figures(x: Article | str | Corpus) -> pd.DataFrame:
    """Every figure the article(s) report, one row each.

    Columns: `article_id`; `surface`, `start`, `end` (the qualifier, number and counted noun as written);
    `value` (float; NaN for vague quantities; dates are in `surface`/`value` as ISO-like strings in the
    `date` column convention: "2022-02", "--09", "Thursday", "T14:45"), `value_high` (the top of a range);
    `kind` (count / percent / money / measure / ordinal / fraction / vague / date); `unit` (what is counted
    or measured); `currency` (ISO code); `approx` ("at least", "nearly", "several", ...); `claimant` (the
    speaker of the quote or reported speech covering the figure); `in_quote` (inside quote marks);
    `sentence` (as in `newslens.sentences`); `rule` (which rule found it).
    """
    cols: dict[str, list] = {c: [] for c in FIGURE_COLUMNS}
    stage = Stage("figures")
    with gc_paused():
        for _, rows in stage.each(as_articles(x), _figure_rows):
            for row in rows:
                for c, v in zip(FIGURE_COLUMNS, row, strict=True):
                    cols[c].append(v)
    return stage.finish(
        pd.DataFrame(
            {
                k: pd.array(
                    v,
                    dtype="int64"
                    if k in ("start", "end", "sentence")
                    else "bool"
                    if k == "in_quote"
                    else "object"
                    if k in ("value", "value_high")
                    else "str",
                )
                for k, v in cols.items()
            }
        )
    )


def _figure_rows(a: Article) -> list[tuple]:
    """One article's figures as tuples in FIGURE_COLUMNS order."""
    text = a.text
    records = quote_records(a)
    covers = sorted((r[3], r[4], r[5] or "") for r in records)
    quoted = sorted((r[3], r[4]) for r in records if r[1] in ("direct", "partial", "scare"))
    rows = []
    for n, (s, e, _, _) in enumerate(sentence_spans(a)):
        for f in _scan(text, _tokens(text, s, e)):
            rows.append(
                (
                    a.id,
                    text[f.start : f.end],
                    f.start,
                    f.end,
                    _number_or_date(f.value),
                    _number_or_date(f.value_high),
                    f.kind,
                    f.unit or None,
                    f.currency or None,
                    f.approx or None,
                    _claimant(covers, f.start, f.end),
                    _inside(quoted, f.start, f.end),
                    n,
                    f.rule,
                )
            )
    return rows


def _number_or_date(v: float | int | str | None) -> float | str | None:
    """Values are floats (NaN-free: None for vague quantities); dates keep their ISO-like string."""
    return v if v is None or isinstance(v, str) else float(v)


def _claimant(covers: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The speaker of the innermost quote or reported speech that covers [start, end) ("" for none)."""
    best = None
    k = bisect.bisect_right(covers, (start, float("inf"), "")) - 1
    for cs, ce, spk in covers[max(0, k - 30) : k + 1]:
        if cs <= start and end <= ce + 1 and spk and (best is None or ce - cs < best[1] - best[0]):
            best = (cs, ce, spk)
    return best[2] if best else None


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(s <= start and end <= e + 1 for s, e in spans[max(0, k - 5) : k + 1])


def figure_checks(x: pd.DataFrame | Mapping[str, pd.DataFrame], events: pd.Series | None = None) -> pd.DataFrame:
    """Figures a fact-checker should look at twice: the same kind of quantity (kind and the unit's last
    word) reported with different values about the same thing, e.g. two death tolls for one event. Only
    figures that can be about the same thing are compared: those of one article, or of articles about one
    event (`events`: an event key per `article_id`, as `outlets.event_of` gives; from tables, read from
    their `articles` table). "three acts" in one story is never set against "120 acts" in an unrelated one.

    Columns: `scope` (the article, or the event), `kind`, `unit_head`, `values` (the distinct values,
    "; "-joined), `value`, `article_id`, `surface`, `claimant`, `start`, `end`, one row per figure in such a
    group. Dates and vague quantities are left out. `x` is `newslens.figures`, the `figures` table of
    `newslens.analyze` (whose `value` is already text), or the tables themselves.
    """
    if isinstance(x, Mapping):
        from .outlets import event_of

        if events is None:
            events = event_of(read(x, "articles", ["article_id", "day", "names"]))
        frame = read(x, "figures", ["article_id", "kind", "unit", "value", "surface", "claimant", "start", "end"])
    else:
        frame = x
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


NO_CLAIMANT = "(no claimant)"


def claimants(frame: pd.DataFrame) -> pd.DataFrame:
    """On whose authority: one row per `claimant` ("(no claimant)" for the reporter's own figures, or an
    attribution newslens could not read) with how many `figures` and how many of them `in_quote`, most
    figures first. `frame` is `newslens.figures` or the `figures` table of `newslens.analyze`."""
    claimant = frame["claimant"].astype("object").where(frame["claimant"].notna(), NO_CLAIMANT)
    work = pd.DataFrame({"claimant": claimant.astype("str"), "in_quote": frame["in_quote"].astype(bool)})
    out = work.groupby("claimant", sort=False).agg(figures=("in_quote", "size"), in_quote=("in_quote", "sum"))
    out = out.reset_index().sort_values(["figures", "claimant"], ascending=[False, True], kind="stable")
    return out.astype({"figures": "int64", "in_quote": "int64"}).reset_index(drop=True)
