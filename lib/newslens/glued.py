"""Sentences of a text with no line breaks at all: the headings and date lines glued to them.

A whole article on one line (many CSV scrapes) has lost its paragraph breaks, and with them the ends of
its title, its section headings and its date line: "Early life He was born ..." reads as one sentence.
`unglue` cuts such a sentence where a paragraph break must have been, on evidence a copy editor would
use: the title before the sentence that names its subject in full, a short capitalised phrase without
punctuation before a word that only starts sentences, a date line. Only one-line text is unglued (see
`newslens.articles.layout`): with line breaks, the paragraphs say where headings end.
"""

from __future__ import annotations

import re

from . import rules

_HEAD_WORDS = 7  # a glued heading is at most this many words

_INITIAL = re.compile(r"[A-Z]\.")
_PLAIN_WORD = re.compile(r"[^\W\d_][\w'’\-–]*")


def unglue(text: str, s: int, e: int, first: bool) -> list[tuple[int, int]]:
    """The sentence [s, e) of a text with no line breaks, cut where a paragraph break must have been: a date
    line ("Noam Chomsky Saturday, April 4, 2009 Political ..."); in the `first` sentence, the title before
    the name it announces ("Zaha Hadid Dame Zaha Mohammad Hadid DBE (...)"); a short capitalised phrase
    without punctuation before a word that only starts sentences ("Early life and career He was born")."""
    dated = _DATE_LINE.search(text, s, min(e, s + 300))
    if dated and (dated.start() > s or dated.end() < e):
        # "Noam Chomsky Saturday, April 4, 2009 Political activist ...": the date line stands alone
        parts = [(s, dated.start()), (dated.start(), dated.end()), (dated.end(), e)]
        parts = [(a, b) for a, b in ((_skip(text, a, b), _trim(text, a, b)) for a, b in parts) if a < b]
        return [piece for a, b in parts for piece in unglue(text, a, b, first and a == parts[0][0])]
    words = []
    for m in re.finditer(r"\S+", text[s : min(e, s + 300)]):
        words.append((s + m.start(), m.group()))
        if len(words) > 2 * _HEAD_WORDS:
            break
    if len(words) < 3 or not words[0][1][:1].isupper():
        return [(s, e)]
    tokens = [w for _, w in words]
    if first:
        title = [k for k in range(2, 6) if _named_again(tokens, k) and tokens[k][:1].isupper()]
        if title:
            k = title[-1]
            return [(s, _end_of(words[k - 1])), (words[k][0], e)]
    for p in range(1, min(_HEAD_WORDS, len(tokens) - 1) + 1):
        previous, word = tokens[p - 1], tokens[p]
        if not _PLAIN_WORD.fullmatch(previous):
            break
        low = previous.lower()
        if low in rules.FUNCTION_WORDS or low.rstrip(".") in rules.TITLE_WORDS:
            continue  # a heading ends on a noun, and "President Trump" is a title before a name
        starts = word.lower() in rules.SENTENCE_STARTERS
        if word[:1].isupper() and starts and (word.lower() not in ("a", "an", "the") or tokens[p + 1][:1].islower()):
            return [(s, _end_of(words[p - 1])), (words[p][0], e)]
    return [(s, e)]


_WEEKDAY_NAMES = "|".join(d.capitalize() for d in sorted(rules.WEEKDAYS))
_FULL_MONTHS = "|".join(m.capitalize() for m in rules.MONTHS if len(m) > 3 or m == "may")
#: A date line as news pages print it under a headline: "Saturday, April 4, 2009".
_DATE_LINE = re.compile(rf"\b(?:{_WEEKDAY_NAMES}), (?:{_FULL_MONTHS}) \d{{1,2}}, \d{{4}}\b")


def _skip(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a


def _trim(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _named_again(tokens: list[str], k: int) -> bool:
    """Are the first `k` words capitalised words that all come again in the next six (a title, then the
    sentence that names its subject in full)?"""
    head = tokens[:k]
    if len(tokens) < k + 2 or not all(
        (_PLAIN_WORD.fullmatch(t) or _INITIAL.fullmatch(t)) and t[:1].isupper() for t in head
    ):
        return False
    return set(head) <= set(tokens[k : k + 6])


def _end_of(word: tuple[int, str]) -> int:
    return word[0] + len(word[1])
