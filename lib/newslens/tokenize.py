"""Sentences and words with character offsets, offline.

Sentences come from NLTK's Punkt run paragraph by paragraph with parameters of our own (the news
abbreviations in `rules.ABBREVIATIONS`), so no NLTK data is ever needed or downloaded. A sentence never
crosses a paragraph break. Words come from NLTK's word tokenizer `span_tokenize`, whose quote rewriting
is undone by alignment; where alignment fails, a plain regex split of that sentence is used instead.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from . import rules, schema
from .articles import TEXT_KINDS, Article
from .articles.layout import ONE_LINE
from .glued import unglue
from .problems import Stage
from .source import Source, articles_of, tables_of

_NUMBER_ABBREV_END = re.compile(
    r"\b(?:" + "|".join(sorted(rules.NUMBER_ABBREVIATIONS, key=len, reverse=True)) + r")\.$", re.IGNORECASE
)
# An initialism ("S.E.C.", "U.S.") before a word in lower case ends no sentence: "The S.E.C. said ...".
_INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
# An ellipsis followed by a capitalised word starts a new sentence ("...cut off... The next day").
_ELLIPSIS_BREAK = re.compile(r"(?:\.\.\.|…)[\"'”’)]?(?=\s+[\"“‘']?[A-Z])")
# A reference mark after a full stop belongs to the sentence before it ("... in 1805. [6] Next").
_LEADING_REFERENCE = re.compile(r"\[(?:\d{1,3}|[a-z][a-z ]{0,30})\](?:\s{0,3}\[(?:\d{1,3}|[a-z][a-z ]{0,30})\])*")
# Where Punkt could end a sentence: a full stop, question or exclamation mark not inside a word ("3.5", "U.S").
_SENTENCE_END = re.compile(r"[.?!](?!\w)")
_CLOSING = frozenset(".?!\"')]}”’»*:;@")
_FALLBACK_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
#: A word as counted and ranked: letters or digits, joined by hyphens and apostrophes; punctuation left out.
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    """How many words `text` has, punctuation left out: the one length measure every table uses."""
    return len(WORD.findall(text))


class _NewsPunkt(PunktSentenceTokenizer):
    """Punkt with our abbreviations, answering its commonest question itself: is there a sentence break in
    the context of one candidate ("said. The", 'again."', "it? She")?"""

    def text_contains_sentbreak(self, text: str) -> bool:
        return self.plain_break(text) or super().text_contains_sentbreak(text)

    def plain_break(self, text: str) -> bool:
        """A word of two letters or more before a full stop, not an abbreviation, or a word before a question
        or exclamation mark, then another token: Punkt's first pass marks the break, and its second pass,
        untrained (no collocations, no orthographic counts), keeps every break after such a word."""
        m = _PLAIN_END.match(text)
        return bool(m) and (m.group("word") is None or m.group("word").lower() not in self._params.abbrev_types)


# A candidate's context as Punkt builds it: the word before, the mark, then what follows it (a closing
# mark or bracket, or white space and the next token).
_PLAIN_END = re.compile(r"(?:(?P<word>[^\W\d_]{2,})\.(?:[)\";}\]*:@'({\[‘’“”«»?!]|\s+\S+)|[^\W\d_]+[?!]\s+\S+)\Z")


_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE | re.ASCII  # those `re` shares


def _stdlib(pattern) -> re.Pattern:  # (NLTK's pattern type is its own)
    """One of NLTK's own patterns compiled with the standard `re`, its flags kept. NLTK runs every pattern
    through its guard against caller-supplied ones (the `regex` engine under a time limit, a Python wrapper
    per call): a third of Punkt's time, and most of its word tokenizer's. These are NLTK's fixed patterns,
    linear on news, and they never see more than CHUNK_CHARS of a paragraph at once."""
    return re.compile(pattern.pattern, pattern.flags & _FLAGS)


class _StdlibLanguageVars(PunktLanguageVars):
    """Punkt's English language variables with its patterns on the standard `re` (see `_stdlib`)."""

    __slots__ = ()
    re_boundary_realignment = _stdlib(PunktLanguageVars.re_boundary_realignment)

    def __init__(self) -> None:
        self._re_word_tokenizer = _stdlib(PunktLanguageVars()._word_tokenizer_re())
        self._re_period_context = _stdlib(PunktLanguageVars().period_context_re())


class _StdlibToken(PunktToken):
    """Punkt's token with its patterns on the standard `re` (see `_stdlib`)."""

    __slots__ = ()
    _RE_ELLIPSIS = _stdlib(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _stdlib(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _stdlib(PunktToken._RE_INITIAL)
    _RE_ALPHA = _stdlib(PunktToken._RE_ALPHA)


class _StdlibWordTokenizer(NLTKWordTokenizer):
    """NLTK's word tokenizer with its rules' patterns on the standard `re` (see `_stdlib`)."""

    STARTING_QUOTES = tuple((_stdlib(p), sub) for p, sub in NLTKWordTokenizer.STARTING_QUOTES)
    ENDING_QUOTES = tuple((_stdlib(p), sub) for p, sub in NLTKWordTokenizer.ENDING_QUOTES)
    PUNCTUATION = tuple((_stdlib(p), sub) for p, sub in NLTKWordTokenizer.PUNCTUATION)
    PARENS_BRACKETS = (_stdlib(NLTKWordTokenizer.PARENS_BRACKETS[0]), NLTKWordTokenizer.PARENS_BRACKETS[1])
    CONVERT_PARENTHESES = tuple((_stdlib(p), sub) for p, sub in NLTKWordTokenizer.CONVERT_PARENTHESES)
    DOUBLE_DASHES = (_stdlib(NLTKWordTokenizer.DOUBLE_DASHES[0]), NLTKWordTokenizer.DOUBLE_DASHES[1])
    CONTRACTIONS2 = tuple(_stdlib(p) for p in NLTKWordTokenizer.CONTRACTIONS2)
    CONTRACTIONS3 = tuple(_stdlib(p) for p in NLTKWordTokenizer.CONTRACTIONS3)


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(rules.ABBREVIATIONS)
    return _NewsPunkt(params, lang_vars=_StdlibLanguageVars(), token_cls=_StdlibToken)


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return _StdlibWordTokenizer()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside `text[start:end]` (one paragraph), as offsets into `text`.

    A paragraph longer than `CHUNK_CHARS` (hostile or broken input: a whole corpus on one line) is split
    at sentence ends, else at spaces, into pieces of at most that size first, so time stays linear and no
    single regular-expression call grows with the input (NLTK stops one that runs past 5 s)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for cs, ce in _chunks(text, start, end):
        if _one_sentence(text, cs, ce):
            _add_sentence(spans, text, cs, ce)
            continue
        for s, e in _punkt().span_tokenize(text[cs:ce]):
            _add_sentence(spans, text, cs + s, cs + e)
    return spans


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one sentence whatever Punkt would say: no place where it could end one but at the
    very end ("He said so." or "“It is over,” she said."), or only places where Punkt, with our parameters
    and nothing learned, never ends one ("Mr. O'Brien said so.")? Most news paragraphs of one sentence are
    answered here, without Punkt's far slower pass."""
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    return all(_never_ends(text, m.start(), start) for m in _SENTENCE_END.finditer(text, start, end))


# The word before a full stop, when the stop is followed by white space and the word, within _LOOK_BACK
# characters (abbreviations are short; a longer word is left to Punkt), is one token to Punkt: letters,
# joined by full stops or hyphens ("Mr", "U.S", "ex-Gov").
_WORD_BEFORE_STOP = re.compile(r"(?<!\S)([^\W\d_]+(?:[.-][^\W\d_]+)*)\.\s\Z")
_LOOK_BACK = 26


def _never_ends(text: str, at: int, start: int) -> bool:
    """Does Punkt, given no training (no collocations, sentence starters or orthographic counts), never end
    a sentence at the full stop text[at]? After an abbreviation of ours it never does, and after an initial
    it does not when a word in upper or lower case follows ("J. Smith", "W. bush"): see its second pass."""
    m = _WORD_BEFORE_STOP.search(text, max(start, at - _LOOK_BACK), at + 2)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in rules.ABBREVIATIONS or word.rsplit("-", 1)[-1] in rules.ABBREVIATIONS:
        return True
    after = text[at + 2 : at + 3]
    return len(word) == 1 and (after.isupper() or after.islower())


def _add_sentence(spans: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    """Append the sentence [s, e) that Punkt found, after our corrections: an ellipsis before a capital ends
    a sentence; "No." before a number, a word in lower case after an initialism ("The S.E.C. said"), lone
    punctuation and a reference mark ("[6]") join the sentence before."""
    for s2, e2 in _split_ellipses(text, s, e):
        if spans and text[s2 : s2 + 1].isdigit() and _NUMBER_ABBREV_END.search(text, spans[-1][0], spans[-1][1]):
            spans[-1] = (spans[-1][0], e2)
            continue
        if spans and text[s2 : s2 + 1].islower() and _INITIALISM_END.search(text, spans[-1][0], spans[-1][1]):
            spans[-1] = (spans[-1][0], e2)  # "The S.E.C." + "said it would ..."
            continue
        if spans and not any(c.isalnum() for c in text[s2:e2]):
            spans[-1] = (spans[-1][0], e2)  # "FUNNY!!" + "!": punctuation alone is no sentence
            continue
        if spans and (m := _LEADING_REFERENCE.match(text, s2, e2)):
            spans[-1] = (spans[-1][0], m.end())
            s2 = m.end()
            while s2 < e2 and text[s2].isspace():
                s2 += 1
            if s2 == e2:
                continue
        spans.append((s2, e2))


#: Longest piece of one paragraph handed to Punkt at once (news paragraphs are far shorter).
CHUNK_CHARS = 100_000
_CHUNK_CUT = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) in pieces of at most CHUNK_CHARS, each cut after the last sentence end (else space) of
    its second half."""
    s = start
    while end - s > CHUNK_CHARS:
        lo, hi = s + CHUNK_CHARS // 2, s + CHUNK_CHARS
        cut = None
        for m in _CHUNK_CUT.finditer(text, lo, hi):
            cut = m.end()
        if cut is None:
            space = max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi))
            cut = space + 1 if space > 0 else hi
        yield s, cut
        s = cut
    yield s, end


def _split_ellipses(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    if text.find("...", s, e) < 0 and text.find("…", s, e) < 0:  # (most sentences have no ellipsis)
        yield s, e
        return
    cut = s
    for m in _ELLIPSIS_BREAK.finditer(text, s, e):
        yield cut, m.end()
        cut = m.end()
        while cut < e and text[cut].isspace():
            cut += 1
    yield cut, e


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans inside `text[start:end]` (one sentence), as offsets into `text`."""
    chunk = text[start:end]
    try:
        spans = list(_word_tokenizer().span_tokenize(chunk))
    except (ValueError, LookupError):
        spans = [m.span() for m in _FALLBACK_WORD.finditer(chunk)]
    return [(start + s, start + e) for s, e in spans]


#: Text on one line at least this long is taken for an article that lost its line breaks (see `glued`).
UNGLUE_CHARS = 1000
_SPANS: weakref.WeakKeyDictionary[Article, list[tuple[int, int, int, str]]] = weakref.WeakKeyDictionary()


def sentence_spans(article: Article) -> list[tuple[int, int, int, str]]:
    """(start, end, paragraph index, paragraph kind) for every sentence of an article's text paragraphs.

    Computed once per Article and shared by every analysis of it.
    """
    spans = _SPANS.get(article)
    if spans is None:
        spans = []
        # a whole article on one line has lost its headings' breaks; a short text (a sentence) has none to lose
        one_line = article.structure.layout == ONE_LINE and len(article.text) >= UNGLUE_CHARS
        for i, p in enumerate(article.structure.paragraphs):
            if p.kind in TEXT_KINDS:
                found = split_sentences(article.text, p.start, p.end)
                if one_line:
                    found = [part for n, (s, e) in enumerate(found) for part in unglue(article.text, s, e, n == 0)]
                spans.extend((s, e, i, p.kind) for s, e in found)
        _SPANS[article] = spans
    return spans


_WORD_COUNTS: weakref.WeakKeyDictionary[Article, tuple[list[int], Counter[str]]] = weakref.WeakKeyDictionary()


def _counted(article: Article) -> tuple[list[int], Counter[str]]:
    """Each sentence's word count, and the body sentences' words as written with their counts: one pass
    of `WORD` over the article's sentences, made once per Article."""
    entry = _WORD_COUNTS.get(article)
    if entry is None:
        text, counts, body = article.text, [], []
        for s, e, _, kind in sentence_spans(article):
            found = WORD.findall(text, s, e)
            counts.append(len(found))
            if kind == "body":
                body += found
        entry = _WORD_COUNTS[article] = (counts, Counter(body))  # (counted once: in first-seen order)
    return entry


def sentence_word_counts(article: Article) -> list[int]:
    """The `count_words` of every sentence of `sentence_spans(article)`, counted once per Article for the
    sentence table, sentiment and the article counts."""
    return _counted(article)[0]


def body_words(article: Article) -> Counter[str]:
    """Every word of the article's body sentences as written (`WORD`), with how often it occurs, in the
    order first seen: what the vocabulary counts."""
    return _counted(article)[1]


def sentences(x: Source) -> pd.DataFrame:
    """One row per sentence of the title, subheads and body (boilerplate, dateline and byline are left out).

    Columns (`schema.SENTENCES`): `article_id`; `sentence` (its number in the article, from 0);
    `paragraph` (row of `article.paragraphs`); `kind` (that paragraph's kind); `start`, `end` (offsets into
    the article's text); `text` (equal to ``article.text[start:end]``); `words` (its `count_words`).
    From tables, read from their `sentences` table.
    """
    if (tables := tables_of(x)) is not None:
        return tables.read("sentences", schema.names(schema.SENTENCES))
    stage = Stage("sentences")
    rows = [row for _, article_rows in stage.each(articles_of(x), sentence_rows) for row in article_rows]
    return stage.finish(schema.rows_frame(schema.SENTENCES, rows))


def sentence_rows(a: Article) -> list[tuple]:
    """One article's rows of the `sentences` table, as tuples in `schema.SENTENCES` order."""
    text, counts = a.text, sentence_word_counts(a)
    return [(a.id, n, para, kind, s, e, text[s:e], counts[n]) for n, (s, e, para, kind) in enumerate(sentence_spans(a))]


def words(x: Source) -> pd.DataFrame:
    """One row per word token (punctuation included) of every sentence.

    Columns (`schema.WORDS`): `article_id`, `sentence` (as in `sentences`), `start`, `end`, `text`.
    """
    cols: dict[str, list] = {c: [] for c in schema.names(schema.WORDS)}
    stage = Stage("words")
    for a, spans in stage.each(articles_of(x), _word_rows):
        for n, ws, we in spans:
            cols["article_id"].append(a.id)
            cols["sentence"].append(n)
            cols["start"].append(ws)
            cols["end"].append(we)
            cols["text"].append(a.text[ws:we])
    return stage.finish(schema.frame(schema.WORDS, cols))


def _word_rows(a: Article) -> list[tuple[int, int, int]]:
    return [(n, ws, we) for n, (s, e, _, _) in enumerate(sentence_spans(a)) for ws, we in word_spans(a.text, s, e)]
