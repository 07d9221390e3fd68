"""What each paragraph of an article is: title, boilerplate, dateline, subhead, body or byline.

Cleaning marks spans and never deletes text. Leading ticker junk and page furniture are boilerplate; a
wire byline ("B.Svoboda--TPP") or a "By ..." line is the byline; "- Heading -" lines and short
unpunctuated lines inside the body are subheads; a short first line that reads as a headline is the
title (unless the record gave a title: then only a first line equal to it is). The vocabulary and
patterns are in `rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import rules
from .layout import PAGE, paragraphs

_MAX_STRUCTURE_LINE = 120  # structure patterns only look at short lines: bounded work per line


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Structure:
    """What cleaning found in a text: its paragraphs by kind, and the byline if any."""

    paragraphs: tuple[Paragraph, ...]
    byline: str | None = None
    author: str | None = None
    source_code: str | None = None
    dateline: str | None = None
    layout: str = ""  # how the text marks paragraphs: see `layout.layout_of`


def analyse_structure(text: str, title: str | None = None) -> Structure:
    """Mark each paragraph of `text` (see `layout.paragraphs`) as title, boilerplate, dateline,
    subhead, body or byline.

    `title`, when the source gives one, is used as given: a first paragraph equal to it is the title
    paragraph, and no other is taken for one. A paragraph that spans several lines (wrapped text) is never
    a subhead.
    """
    found, layout = paragraphs(text)
    spans = _split_sign_off(text, found)
    flat = [_flat(text, s, e) for s, e in spans]
    kinds = ["body"] * len(spans)
    byline = author = code = dateline = None

    # Leading furniture: ticker symbols, "Advertisement", ...
    first = 0
    while first < len(spans) and _is_boilerplate(flat[first], leading=True):
        kinds[first] = "boilerplate"
        first += 1
    # Trailing furniture (sign-offs, SGML leftovers) and the byline, from the end.
    last = len(spans) - 1
    while last >= first:
        line = flat[last]
        if byline is None and (m := _match_short(rules.WIRE_BYLINE, line)):
            kinds[last] = "byline"
            byline, author, code = line, _spaced_initials(m["author"]), m["code"]
        elif _is_boilerplate(line, leading=False) or _match_short(rules.SIGN_OFF_LINE, line):
            kinds[last] = "boilerplate"
        else:
            break
        last -= 1
    for i in range(first, last + 1):
        line = flat[i]
        if byline is None and i <= first + 2 and (m := _match_short(rules.BY_LINE, line)):
            kinds[i] = "byline"
            byline, author, code = line, m["author"], m["code"]
        elif _match_short(rules.SUBHEAD_LINE, line):
            kinds[i] = "subhead"
        elif _is_boilerplate(line, leading=False):
            kinds[i] = "boilerplate"
    body = [i for i in range(first, last + 1) if kinds[i] == "body"]
    if body and len(body) > 1:
        i = body[0]
        if _same_words(flat[i], title) if title is not None else looks_like_title(flat[i]) and not _dateline(flat[i]):
            kinds[i] = "title"
        for j in body[1:-1]:
            if kinds[j] == "body" and "\n" not in text[slice(*spans[j])] and _looks_like_heading(flat[j]):
                kinds[j] = "subhead"

    out, dateline = _with_dateline(text, [(s, e, kind) for (s, e), kind in zip(spans, kinds, strict=True)])
    return Structure(out, byline, author, code, dateline, layout)


def _with_dateline(text: str, paragraphs: list[tuple[int, int, str]]) -> tuple[tuple[Paragraph, ...], str | None]:
    """The paragraphs, the first body paragraph split after a dateline that opens it ("KYIV (AFP) -"), and
    that dateline."""
    out: list[Paragraph] = []
    dateline = None
    seen_body = False
    for s, e, kind in paragraphs:
        if kind == "body" and not seen_body:
            seen_body = True
            m = rules.DATELINE.match(text, s, min(e, s + _MAX_STRUCTURE_LINE))
            if m and m.end() < e:
                dateline = text[s : m.end()].strip()
                out.append(Paragraph(s, s + len(dateline), "dateline"))
                s = m.end()
                while s < e and text[s].isspace():
                    s += 1
        out.append(Paragraph(s, e, kind))
    return tuple(out), dateline


def given_structure(text: str, given: tuple[tuple[int, int, str], ...]) -> Structure:
    """The structure of a text whose paragraphs and their kinds are known (a web page's headline, headings
    and paragraphs): furniture lines are boilerplate, a "By ..." line near the top the byline, and the
    first body paragraph may open with a dateline, as in any text."""
    marked: list[tuple[int, int, str]] = []
    byline = author = code = None
    for n, (s, e, kind) in enumerate(given):
        line = _flat(text, s, e)
        if kind == "body" and byline is None and n <= 3 and (m := _match_short(rules.BY_LINE, line)):
            kind, byline, author, code = "byline", line, m["author"], m["code"]
        elif kind in ("body", "subhead") and _is_boilerplate(line, leading=False):
            kind = "boilerplate"
        marked.append((s, e, kind))
    out, dateline = _with_dateline(text, marked)
    return Structure(out, byline, author, code, dateline, PAGE)


def _flat(text: str, start: int, end: int) -> str:
    """A paragraph's text on one line, for the structure patterns (which only look at short paragraphs)."""
    if end - start > 4 * _MAX_STRUCTURE_LINE:
        return text[start : start + 4 * _MAX_STRUCTURE_LINE]  # long: body text whatever its ending
    chunk = text[start:end]
    return " ".join(chunk.split()) if "\n" in chunk or "  " in chunk else chunk


def _split_sign_off(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sign-off at the end of the story's last lines is a paragraph of its own: "... (33.7).    REUTER"."""
    out = list(spans)
    for k in range(len(out) - 1, max(-1, len(out) - 3), -1):
        s, e = out[k]
        m = rules.SIGN_OFF_END.search(text, max(s, e - 40), e)
        if m and m.start() > s and text[s : m.start()].strip():
            body_end = m.start()
            sign_start = body_end + len(text[body_end : m.end()]) - len(text[body_end : m.end()].lstrip())
            out[k : k + 1] = [(s, body_end), (sign_start, e)]
            break
    return out


def _dateline(line: str) -> bool:
    m = rules.DATELINE.match(line, 0, _MAX_STRUCTURE_LINE)
    return m is not None and m.end() < len(line)


def _match_short(pattern: re.Pattern, line: str) -> re.Match | None:
    return pattern.fullmatch(line) if len(line) <= _MAX_STRUCTURE_LINE else None


def _is_boilerplate(line: str, leading: bool) -> bool:
    if leading and _match_short(rules.TICKER_LINE, line):
        return True
    return bool(_match_short(rules.BOILERPLATE_LINE, line))


def _same_words(line: str, title: str) -> bool:
    return line.split() == title.split()


def looks_like_title(line: str) -> bool:
    """A headline: short, and not ending like a sentence (no final full stop, colon or comma once closing
    quote marks are set aside: "Call centre users 'lose patience'", "Is the euro doomed?", an all-capital
    wire headline), or in headline case even with a full stop."""
    words = line.split()
    if not words or len(words) > 25 or len(line) > 200:
        return False
    core = line.rstrip(rules.CLOSING_MARKS)
    if core and core[-1] not in rules.NOT_HEADLINE_END:
        return True
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def _looks_like_heading(line: str) -> bool:
    """A short line without final punctuation, capitalised, with its quote marks paired."""
    words = line.split()
    balanced = line.count('"') % 2 == 0 and line.count("“") == line.count("”")
    return (
        0 < len(words) <= 10
        and line[-1] not in rules.SENTENCE_END_CHARS
        and line[-1] != ","
        and line[0] not in "\"“‘'"
        and not line[0].islower()
        and balanced
    )


def _spaced_initials(name: str) -> str:
    """'B.Svoboda' -> 'B. Svoboda'."""
    return re.sub(r"\b([A-Z])\.(?=[A-Z])", r"\1. ", name)
