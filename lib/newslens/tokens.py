"""The tokens the rule modules read: one `Token` for quotes and figures, at two grains, once per paragraph.

A `Token` knows its span, its text and lower-cased text, what kind of token it is (a word, a number with
its suffix, a clock time, a phone number, a party label, a currency or percent sign, other punctuation)
and the flags attribution asks about (capitalised, starts with a letter or digit, inside quote marks).

Figures and phrases are read at two grains of the same tokens: `figure_tokens` takes numbers apart from what
they stick to ("1,200", "5bn", "2:45 p.m.", "mid", "-", "1990s", "U", ".", "S") in one pass of one regular
expression (a wire price "6-1/8" is one number), and `phrase_tokens` joins those into the pieces names and
phrases are read in ("U.S.", "Mr.", "AT&T", "COVID-19"), sharing every token it does not join.
`sentence_tokens` and `span_tokens` make them for a sentence once per Article, so quote attribution and figure
scanning share the work.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections import OrderedDict
from dataclasses import dataclass

from . import rules
from .articles import Article

# Words nearly first (most tokens are): the others start with a digit or a sign. Every token starts with a
# character other than white space; saying so first lets the engine pass over white space without trying
# each kind of token there (a third of the pattern's time).
_FIGURE_PATTERN = re.compile(
    rf"(?=\S)(?:(?P<label>{rules.PARTY_LABEL.pattern})"  # (before words: "Chuck Schumer, D-N.Y., said")
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<phone>\b\d{3}-\d{3}-\d{4}\b|\(\d{3}\) ?\d{3}-\d{4})"
    r"|(?P<time>\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b))"
    rf"|(?P<frac>{rules.WIRE_FRACTION})"
    r"|(?P<numhy>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:st|nd|rd|th|s)?(?:-[A-Za-z]+)+)"
    r"|(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<suf>st|nd|rd|th|s|bn|tn|mn|m|k)?(?![A-Za-z0-9])"
    r"|(?P<sym>[$€£¥₴₽%])"
    r"|(?P<entity>&(?:lt|gt|amp|quot|apos|#\d{1,4});)"  # an SGML entity left in wire copy ("&lt;MCD>") is one mark
    r"|(?P<other>\S))"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str  # lower case, curly apostrophes straightened, an abbreviation's period left out
    kind: str  # word / num / numhy / time / phone / label / sym / other
    suf: str = ""  # a number's suffix: "st", "s", "bn", "m", ...
    cap: bool = False  # starts with a capital letter
    word: bool = False  # starts with a letter or digit
    quoted: bool = False  # inside quote marks (set by quote attribution)

    @property
    def label(self) -> bool:
        """A party label such as "(D-Nev.)", which belongs to the name before it."""
        return self.kind == "label"


def figure_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end] as figures are read (see the module docstring)."""
    out: list[Token] = []
    append = out.append
    for m in _FIGURE_PATTERN.finditer(text, start, end):
        t = m.group()
        kind = m.lastgroup
        if kind == "word" and t.islower():  # most words: the text is its own lower case (no new string)
            append(Token(m.start(), m.end(), t, t.replace("’", "'") if "’" in t else t, "word", "", False, True))
            continue
        low = t.lower()
        if "’" in low:
            low = low.replace("’", "'")
        if kind == "word":
            append(Token(m.start(), m.end(), t, low, "word", "", t[0].isupper(), True))
        elif kind == "suf" or kind == "num" or kind == "frac":
            append(Token(m.start(), m.end(), t, low, "num", m.group("suf") or "", False, True))
        elif kind == "entity":
            append(Token(m.start(), m.end(), t, low, "other", "", False, False))
        else:
            c = t[0]
            append(Token(m.start(), m.end(), t, low, kind, "", c.isupper(), c.isalnum()))
    return out


def letter_words(text: str, start: int, end: int) -> set[str]:
    """The runs of letters in text[start:end], lower-cased: what the cheap screening tests read to decide
    whether a sentence needs its tokens at all (far faster than tokenizing it)."""
    return set(_LETTERS.findall(text[start:end].lower()))


def span_letter_words(article: Article, start: int, end: int) -> set[str]:
    """`letter_words` of text[start:end] of the article, made once for the articles being analysed: the
    screens of quotes (paragraph and sentence) and of figures often read the same span."""
    cache = _cache_of(article)
    words = cache.get((start, end, "letters"))
    if words is None:
        words = cache[(start, end, "letters")] = letter_words(article.text, start, end)
    return words


def bare(word: str) -> str:
    """A word in lower case without its possessive ("Moody's" -> "moody"): what the word lists are looked
    up with."""
    w = word.lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w


def phrase_tokens(toks: list[Token], text: str) -> list[Token]:
    """Figure tokens joined as phrases are read (see the module docstring): runs of letters and digits with
    the joiners between them ("U.S", "AT&T", "G7", "COVID-19", "Fred_945") become one token, and an
    abbreviation or initial keeps its period ("Mr.", "U.S.", "J."; its `low` stays without it). The tokens
    not joined are shared, not copied."""
    out: list[Token] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        j = i + 1
        if j < n and toks[j].start == t.end and _joinable(t):  # (most tokens: white space follows)
            while j < n and toks[j].start == toks[j - 1].end:
                if _joinable(toks[j]):
                    j += 1
                elif (
                    toks[j].text in _JOINERS
                    and j + 1 < n
                    and toks[j + 1].start == toks[j].end
                    and _joinable(toks[j + 1])
                ):
                    j += 2
                else:
                    break
        if j > i + 1 or t.kind == "numhy":
            s, e = t.start, toks[j - 1].end
            joined = text[s:e]
            t = Token(
                s, e, joined, joined.lower().replace("’", "'"), "word", "", joined[0].isupper(), joined[0].isalnum()
            )
        if (
            out
            and t.text == "."
            and out[-1].end == t.start
            and out[-1].kind == "word"
            and (out[-1].low.rstrip(".") in rules.ABBREVIATIONS or _INITIALS.fullmatch(out[-1].text))
        ):
            prev = out[-1]
            if prev is toks[i - 1]:  # a shared figure token: copy it before changing it
                prev = out[-1] = Token(
                    prev.start, prev.end, prev.text, prev.low, prev.kind, prev.suf, prev.cap, prev.word
                )
            prev.end, prev.text = t.end, prev.text + "."
        else:
            out.append(t)
        i = j
    return out


_JOINERS = frozenset(("-", "'", "’", ".", "&", "&amp;"))  # inside a phrase token: "U.S", "AT&T", "AT&amp;T", "COVID-19"


def _joinable(t: Token) -> bool:
    return t.kind in ("word", "num", "numhy") or (t.kind == "other" and (t.text == "_" or t.text.isdigit()))


def mark_quoted(toks: list[Token], spans: list[tuple[int, int]]) -> None:
    """Flag the tokens that start inside one of `spans` (sorted, disjoint: quotes with their marks)."""
    if not spans:  # (most sentences)
        for t in toks:
            t.quoted = False
        return
    q, n = 0, len(spans)
    for t in toks:
        start = t.start
        while q < n and spans[q][1] <= start:
            q += 1
        t.quoted = q < n and spans[q][0] <= start


def within(toks: list[Token], starts: list[int], a: int, b: int, last: int | None = None) -> list[Token]:
    """The tokens of `toks` (with their `starts`) that lie in [a, b); only the `last` ones when given (a
    bounded reach keeps time linear on one endless sentence)."""
    i = bisect.bisect_left(starts, a)
    j = bisect.bisect_left(starts, b)
    while j > i and toks[j - 1].end > b:
        j -= 1
    return toks[max(i, j - last) if last else i : j]


#: How many articles' tokens are kept: the analyses read an article's tokens one after another (quote
#: attribution, then the figure scan), so the last two suffice; a batch of thousands does not hold all their
#: tokens at once, and tokens freed soon after use are freed faster (4% of a batch's time with 16 kept).
CACHED_ARTICLES = 2
# per article: (start, end, False) -> figure tokens, (start, end, True) -> phrase tokens, (start, end,
# "letters") -> letter words
_CACHE: OrderedDict[int, tuple[weakref.ref, dict[tuple[int, int, object], object]]] = OrderedDict()


_LAST: list = [None, None]  # the article asked for last and its cache: most calls ask for it again


def _cache_of(article: Article) -> dict:
    """The token cache of one article (made when first asked for; only the last CACHED_ARTICLES kept)."""
    if _LAST[0] is article:
        return _LAST[1]
    entry = _CACHE.get(id(article))
    if entry is None or entry[0]() is not article:
        entry = _CACHE[id(article)] = (weakref.ref(article), {})
        while len(_CACHE) > CACHED_ARTICLES:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(id(article))
    _LAST[0], _LAST[1] = article, entry[1]
    return entry[1]


def sentence_tokens(article: Article, start: int, end: int) -> list[Token]:
    """The figure tokens of text[start:end], a sentence of the article, made once for the articles being
    analysed and shared by quote attribution and figure scanning. Each analysis tokenizes only the sentences
    it reads (quote attribution those that can hold an attribution, figures those that can hold a figure),
    so most articles are never tokenized whole."""
    cache = _cache_of(article)
    toks = cache.get((start, end, False))
    if toks is None:
        toks = cache[(start, end, False)] = figure_tokens(article.text, start, end)
    return toks


def span_tokens(article: Article, start: int, end: int) -> list[Token]:
    """The phrase tokens of text[start:end], a sentence of the article (see `sentence_tokens`)."""
    cache = _cache_of(article)
    toks = cache.get((start, end, True))
    if toks is None:
        toks = cache[(start, end, True)] = phrase_tokens(sentence_tokens(article, start, end), article.text)
    return toks
