"""Dates and times: "February 2022", "Sept. 16-19", "Thursday", "2:45 p.m.", "2024", "the 1990s"."""

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
    """ "2024" (1800-2100), unless it counts a noun ("2024 votes")."""
    t = toks[i]
    if not (t.kind == "num" and not t.suf and "," not in t.text and "." not in t.text and len(t.text) == 4):
        return None
    year = int(t.text)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    counts = (
        nxt is not None
        and nxt.kind == "word"
        and nxt.low.endswith("s")
        and nxt.low not in rules.NOT_IN_UNIT
        and nxt.low not in rules.FUNCTION_WORDS
    )
    if not 1800 <= year <= 2100 or counts:
        return None
    return Figure(t.start, t.end, str(year), "date", "year"), i + 1


def _decade(toks: list[Token], i: int) -> tuple[Figure, int] | None:
    """ "the 1990s"."""
    t = toks[i]
    if t.kind == "num" and t.suf == "s" and len(t.text) == 5:
        return Figure(t.start, t.end, t.text, "date", "decade"), i + 1
    return None


#: The date readers, in the order they are tried at a token.
DATE_READERS = (_clock_time, _weekday, _month, _year, _decade)
