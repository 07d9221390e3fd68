"""Dates and times: "February 2022", "Sept. 16-19", "2 February", "31 December 2004", "Thursday", "2:45
p.m.", "1200 GMT", "2024", "the 2001/02 season", "the 1990s"."""

from __future__ import annotations

import re

from .. import rules
from ..tokens import Token
from .numbers import to_int
from .records import Figure


def date_at(text: str, toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """The date or time starting at token i, and where it ends: the readers below, tried in order."""
    for reader in DATE_READERS:
        found = reader(toks, i)
        if found is not None:
            return found
    return None


def _clock_time(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "2:45 p.m.", "9 am", "1200 GMT" as "T14:45"."""
    t = toks[i]
    if t.kind != "time":
        return None
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s?([ap])?", t.text.lower())
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and hour < 12:
        hour += 12
    return Figure(t.start, t.end, f"T{hour:02d}:{minute:02d}", "date", "clock time"), i + 1


def _twenty_four_hour(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "1200 GMT", "0600 local time", "1930 hours": a 24-hour time before a time zone (`rules.TIME_ZONES`)."""
    t = toks[i]
    if not (t.kind == "num" and not t.suf and len(t.text) == 4 and t.text.isdigit() and i + 1 < len(toks)):
        return None
    hour, minute = int(t.text[:2]), int(t.text[2:])
    nxt = toks[i + 1]
    if hour > 23 or minute > 59 or nxt.low not in rules.TIME_ZONES:
        return None
    j = i + 2 if nxt.low != "local" else (i + 3 if i + 2 < len(toks) and toks[i + 2].low == "time" else 0)
    if not j:
        return None
    return Figure(t.start, toks[j - 1].end, f"T{hour:02d}:{minute:02d}", "date", "24-hour time"), j


def _day_month(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "2 February", "31 December 2004", "the 3rd of March": the day before the month, as written outside
    the US."""
    t = toks[i]
    n = len(toks)
    if not (t.kind == "num" and t.suf in ("", "st", "nd", "rd", "th") and i + 1 < n):
        return None
    digits = t.text[: len(t.text) - len(t.suf)]
    if not digits.isdigit() or not 1 <= int(digits) <= 31:
        return None
    j = i + 1
    if toks[j].low == "of" and t.suf and j + 1 < n:
        j += 1  # "the 3rd of March"
    month = toks[j]
    if not (month.kind == "word" and month.text[0].isupper() and month.low in rules.MONTHS):
        return None
    j += 1
    if j < n and toks[j].text == "." and month.low in rules.MONTH_ABBREVIATIONS:
        j += 1  # "2 Feb."
    value = f"--{rules.MONTHS[month.low]:02d}-{int(digits):02d}"
    if j < n and toks[j].kind == "num" and not toks[j].suf and 1000 <= to_int(toks[j].text) <= 2100:
        value, j = f"{to_int(toks[j].text)}{value[1:]}", j + 1
    return Figure(t.start, toks[j - 1].end, value, "date", "day month"), j


_WEEKDAY_FORMS = rules.WEEKDAYS | {d + "s" for d in rules.WEEKDAYS}


def _weekday(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "Thursday", "on Mondays"."""
    t = toks[i]
    if not (t.kind == "word" and t.text[0].isupper() and t.low in _WEEKDAY_FORMS):
        return None
    return Figure(t.start, t.end, t.text.rstrip("s.") if t.low.endswith("s") else t.text, "date", "weekday"), i + 1


def _month(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "March", "Sept. 3", "February 2022", "September 16-19", "March 9, 1987" ("May" only before a number)."""
    t = toks[i]
    n = len(toks)
    if not (
        t.kind == "word"
        and t.text[0].isupper()
        and t.low in rules.MONTHS
        and (t.low != "may" or (i + 1 < n and toks[i + 1].kind == "num"))
    ):
        return None
    month = rules.MONTHS[t.low]
    j, day, year = i + 1, None, None
    if j < n and toks[j].text == "." and t.low in rules.MONTH_ABBREVIATIONS:
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
        if k < n and toks[k].kind == "num" and not toks[k].suf and 1000 <= to_int(toks[k].text) <= 2100:
            year, j = to_int(toks[k].text), k + 1
    high = None
    if day is not None and j + 1 < n and toks[j].text in "-–" and toks[j + 1].kind == "num" and not toks[j + 1].suf:
        v = to_int(toks[j + 1].text)
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


def _year(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "2024" (1800-2100), unless it counts a noun ("2024 votes"; not its period: "1987 earnings")."""
    t = toks[i]
    if not (t.kind == "num" and not t.suf and len(t.text) == 4 and t.text.isdigit()):
        return None
    year = int(t.text)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    counts = (
        nxt is not None
        and nxt.kind == "word"
        and nxt.low.endswith("s")
        and nxt.low not in rules.NOT_IN_UNIT
        and nxt.low not in rules.FUNCTION_WORDS
        and nxt.low not in rules.PERIOD_NOUNS
    )
    if not 1800 <= year <= 2100 or counts:
        return None
    if i + 2 < len(toks) and toks[i + 1].text == "/" and toks[i + 2].kind == "num" and not toks[i + 2].suf:
        second = toks[i + 2].text  # "the 2001/02 season", "2019/2020"
        if second.isdigit() and int(second) % 100 == (year + 1) % 100 and len(second) in (2, 4):
            fig = Figure(t.start, toks[i + 2].end, str(year), "date", "season", value_high=str(year + 1))
            return fig, i + 3
    return Figure(t.start, t.end, str(year), "date", "year"), i + 1


def _decade(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "the 1990s"."""
    t = toks[i]
    if t.kind == "num" and t.suf == "s" and len(t.text) == 5:
        return Figure(t.start, t.end, t.text, "date", "decade"), i + 1
    return None


#: The date readers, in the order they are tried at a token.
DATE_READERS = (_clock_time, _twenty_four_hour, _day_month, _weekday, _month, _year, _decade)
