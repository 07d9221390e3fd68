"""Quote marks, paired in one linear pass per paragraph.

Curly and straight double quotes, the wire convention where a quote runs on into a paragraph that opens
with a new mark, quotes nested in the other style, and single quotes (‘...’, '...') outside double
quotes, without taking apostrophes (Russia's, '90s) for marks; and a nickname in marks inside a name
('Dwayne "The Rock" Johnson'), which is no quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import rules
from ..tokens import Token

_OPEN_DOUBLE = "“„«"


_CLOSE_DOUBLE = "”»"


@dataclass
class Marked:
    """A span between quote marks: content [start, end), marks at open_at and close_at (-1 when none)."""

    start: int
    end: int
    open_at: int
    close_at: int
    paragraph: int
    double: bool = True
    width: int = 1  # of each mark: 2 for a typewriter '' pair
    continues: bool = False  # runs on into the next paragraph (wire convention)
    continued: bool = False  # continues a quote from the previous paragraph
    closed: bool = True

    @property
    def after(self) -> int:
        """Where the text after the closing mark begins (the content's end when there is no mark)."""
        return self.close_at + self.width if self.close_at >= 0 else self.end


_DOUBLE_MARKS = re.compile(r"''|[\"“”„«»]")


_SINGLE_MARKS = re.compile(r"[‘’']")


def _double_mark(text: str, i: int, end: int) -> int:
    """Width of the double quote mark at i (1, or 2 for a typewriter '' pair), 0 when there is none."""
    c = text[i]
    if c in _OPEN_DOUBLE or c in _CLOSE_DOUBLE or c == '"':
        return 1
    if c == "'" and i + 1 < end and text[i + 1] == "'":
        return 2
    return 0


def _nests(text: str, i: int, end: int) -> bool:
    """Is a curly opening mark inside an open curly quote a nested quote? Yes when two closing marks follow
    before any other opening mark (looking a bounded distance ahead, so the scan stays linear)."""
    closes = 0
    for k in range(i, min(end, i + 400)):
        c = text[k]
        if c in _OPEN_DOUBLE:
            return False
        if c in _CLOSE_DOUBLE:
            closes += 1
            if closes == 2:
                return True
    return False


def find_quote_marks(text: str, paragraphs: list[tuple[int, int, int]], lost_breaks: bool = False) -> list[Marked]:
    """Pair quote marks in the given paragraphs ((index, start, end), in order): one linear pass.

    `lost_breaks`: the text has no line breaks at all, so a quote that ran on into the next paragraph (the
    wire convention) shows as an opening mark after a sentence end while the quote is still open."""
    out: list[Marked] = []
    pending: Marked | None = None  # an open double quote
    nested: str | None = None  # the style of a quote open inside it
    for n, (pi, ps, pe) in enumerate(paragraphs):
        nested = None
        i = ps
        if pending is not None:  # the previous paragraph ran on into this one
            w = _double_mark(text, ps, pe) if ps < pe else 0
            if w and text[ps] not in _CLOSE_DOUBLE:
                pending = Marked(ps + w, ps + w, ps, -1, pi, width=w, continued=True)
                i = ps + w
            else:
                pending = None
        found_in_para: list[Marked] = []
        for mark in _DOUBLE_MARKS.finditer(text, i, pe):
            i = mark.start()
            w = mark.end() - i
            c = text[i]
            before = text[i - 1] if i > ps else " "
            after = text[i + w] if i + w < pe else " "
            if pending is None:
                opens_para = i == ps and c in _CLOSE_DOUBLE and not after.isspace()  # ”Fear. I am afraid ...”
                if (
                    c in _OPEN_DOUBLE
                    or opens_para
                    or (c not in _CLOSE_DOUBLE and not (after.isspace() and not before.isspace()))
                ):
                    pending = Marked(i + w, i + w, i, -1, pi, width=w)
                    nested = None
            elif nested is not None:
                # inside a quote within the quote, in the other style: only its closing mark matters
                if (nested == "curly" and c in _CLOSE_DOUBLE) or (nested == "straight" and c not in _OPEN_DOUBLE):
                    nested = None
            elif c in _OPEN_DOUBLE and text[pending.open_at] not in _OPEN_DOUBLE:
                nested = "curly"  # "... “quoted question” ..."
            elif c == '"' and text[pending.open_at] in _OPEN_DOUBLE and before.isspace() and not after.isspace():
                nested = "straight"
            elif c in _OPEN_DOUBLE and _nests(text, i + w, pe):
                nested = "curly"  # “... what he calls “hell” than ...”
            elif lost_breaks and before.isspace() and after.isalnum() and _after_sentence(text, pending.start, i):
                # no line breaks: the quote ran on into a new paragraph that opens with this mark
                pending.end, pending.continues = trim_end(text, pending.start, i), True
                found_in_para.append(pending)
                pending = Marked(i + w, i + w, i, -1, pi, width=w, continued=True)
            elif c in _OPEN_DOUBLE:
                # a new opening mark while one is open: the first was never closed
                pending.end, pending.closed = trim_end(text, pending.start, i), False
                found_in_para.append(pending)
                pending = Marked(i + w, i + w, i, -1, pi, width=w)
            else:
                pending.end, pending.close_at = i, i
                found_in_para.append(pending)
                pending = None
        if pending is not None:
            pending.end = trim_end(text, pending.start, pe)
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt and nxt[1] < nxt[2] and _double_mark(text, nxt[1], nxt[2]) and text[nxt[1]] not in _CLOSE_DOUBLE:
                pending.continues = True
            else:
                pending.closed = False
            found_in_para.append(pending)
            if not pending.continues:
                pending = None
        out.extend(_single_quotes(text, pi, ps, pe, found_in_para))
        out.extend(found_in_para)
    out = [m for m in out if m.end > m.start and text[m.start : m.end].strip()]
    out.sort(key=lambda m: m.start)
    return out


def _after_sentence(text: str, start: int, at: int) -> bool:
    """Does a sentence end just before `at` (".", "?", "!" then spaces), after `start`?"""
    k = at
    while k > start and text[k - 1].isspace():
        k -= 1
    return k > start and text[k - 1] in ".?!"


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _single_quotes(text: str, pi: int, ps: int, pe: int, doubles: list[Marked]) -> Iterator[Marked]:
    """‘...’ and '...' pairs outside double quotes in one paragraph; apostrophes are not marks."""
    blocked = [(m.open_at if m.open_at >= 0 else m.start, m.after) for m in doubles]
    b = 0
    open_at = -1
    for mark in _SINGLE_MARKS.finditer(text, ps, pe):
        i = mark.start()
        while b < len(blocked) and blocked[b][1] <= i:
            b += 1
        if b < len(blocked) and blocked[b][0] <= i:
            open_at = -1  # inside a double quote: nested marks belong to it
            continue
        c = text[i]
        before = text[i - 1] if i > ps else " "
        after = text[i + 1] if i + 1 < pe else " "
        can_open = c in "‘'" and (before.isspace() or before in "([{—–-") and after.isalnum()
        if can_open and c == "'" and text.startswith(rules.ELISIONS, i + 1):
            can_open = False
        can_close = c in "’'" and not before.isspace() and not after.isalnum()
        if open_at >= 0 and can_close and i > open_at + 1 and (b == 0 or blocked[b - 1][0] < open_at):
            yield Marked(open_at + 1, i, open_at, i, pi, double=False)
            open_at = -1
        elif can_open:
            open_at = i


def is_nickname(text: str, m: Marked) -> bool:
    """Is the quoted span a nickname inside a name ("Marcia "Cia" Price")? See `rules.NICKNAME`. Not after
    a verb that names ("called Trump "Crooked" Monday") nor before a time word."""
    if m.open_at < 0 or m.close_at < 0 or not rules.NICKNAME.fullmatch(text, m.start, m.end):
        return False
    first = rules.NAME_BEFORE_NICKNAME.search(text, max(0, m.open_at - 30), m.open_at)
    last = rules.NAME_AFTER_NICKNAME.match(text, m.after)
    if first is None or last is None or last.group(1).lower() in rules.TIME_WORDS:
        return False
    before = text[max(0, first.start() - 20) : first.start()].split()
    return not (before and before[-1].lower() in rules.CHARACTERIZING_VERBS)


def runs_on(text: str, m: Marked) -> bool:
    """Do the words in marks run on into the sentence, no punctuation inside or after the closing mark (so
    they are part of a clause, not the object of a cue after them)?"""
    return text[m.end - 1 : m.end] not in _CLAUSE_PUNCTUATION and text[m.after : m.after + 1] not in _CLAUSE_PUNCTUATION


_CLAUSE_PUNCTUATION = frozenset(",.!?;:—–-…")


_OPENING_MARKS = frozenset("\"“‘'")
_CLOSING_MARKS = frozenset("\"”’'")


def nickname_before(toks: list[Token], j: int) -> int | None:
    """When the name word at j follows a nickname in marks ('Dwayne "The Rock" Johnson'; see
    `is_nickname`), the index of the first name before it, else None."""
    k = j - 1
    if k < 2 or toks[k].text not in _CLOSING_MARKS or not toks[j].cap:
        return None
    m = k - 1
    while m >= 0 and k - m <= 3 and toks[m].cap and toks[m].word:
        m -= 1
    if m == k - 1 or m < 1 or toks[m].text not in _OPENING_MARKS:
        return None
    given = toks[m - 1]
    return m - 1 if given.cap and given.word and given.low not in rules.NOT_NAMES else None


def nickname_after(toks: list[Token], j: int) -> int | None:
    """When a nickname in marks opens at j after a first name, the index of the surname after it, else None."""
    if toks[j].text not in _OPENING_MARKS:
        return None
    m = j + 1
    while m < len(toks) and m - j <= 3 and toks[m].cap and toks[m].word:
        m += 1
    surname = m + 1
    if m == j + 1 or surname >= len(toks) or toks[m].text not in _CLOSING_MARKS:
        return None
    return surname if nickname_before(toks, surname) == j - 1 else None
