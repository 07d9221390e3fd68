"""Who said what: direct, partial, reported and scare quotes, each tied to its span and its speaker.

How it reads an article (rules a wire editor would recognise; the vocabulary is in `rules`):

1. Quote marks are paired paragraph by paragraph in one linear pass: curly and straight double quotes,
   the wire convention where a quote runs on into a paragraph that opens with a new mark, and single
   quotes (‘...’, '...') outside double quotes, without taking apostrophes (Russia's, '90s) for marks.
2. Each quote looks for its attribution: after it (``"...," X said`` / ``"...," said X``), before it
   (``X said: "..."``, ``X called it "..."``), then from another quote of its paragraph, and a paragraph
   that opens with a quote and names nobody carries the previous paragraph's speaker.
3. Reported speech outside quotes: ``X said (that) CLAUSE``, ``CLAUSE, X said``, ``according to X``.
4. Speakers are resolved: pronouns to the most recent compatible named speaker, surnames and titled
   forms ("Peskov", "Mr. Trump") to the article's full name. Nothing is guessed: a quote that no rule
   attributes keeps an empty speaker, and one or two quoted words with no cue are scare quotes.

Every row says which rule decided it, so a reader can see why.
"""

from __future__ import annotations

import bisect
import gc
import re
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import rules
from .articles import Article, Corpus, as_articles
from .articles.layout import ONE_LINE
from .problems import Stage
from .tables import read
from .tokenize import count_words, sentence_spans

QUOTE_COLUMNS = (
    "article_id", "kind", "quote", "start", "end", "speaker", "speaker_mention", "speaker_start", "speaker_end",
    "speaker_title", "cue", "cue_start", "cue_end", "paragraph", "sentence", "rule", "words",
)  # fmt: skip
# Columns read from tables as categoricals: repeated strings that analyses group and filter by.
_CATEGORIES = ("article_id", "kind", "speaker", "speaker_title", "cue", "rule")
SPEAKER_COLUMNS = ("article_id", "speaker", "titles", "quotes", "words_quoted", "first_start", "kinds")
# `kinds` of a speaker, indexed by direct * 4 + partial * 2 + indirect
_KIND_LISTS = [
    ", ".join(k for k, bit in (("direct", 4), ("partial", 2), ("indirect", 1)) if code & bit) for code in range(8)
]

_PARTY = r"\([DRI](?:-[A-Z][A-Za-z.]{1,8})?\)"  # "(D-Mo.)", "(R)": a token of its own, left out of names
_PARTY_LABEL = re.compile(rf"\s*{_PARTY}$")
_TOKEN = re.compile(rf"{_PARTY}|\w+(?:[-'’.&]\w+)*|[^\w\s]")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_DASHES = "—–-"
_SENTENCE_PUNCT = ".?!…"


# --- quote marks ----------------------------------------------------------------------------------


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
                if c in _OPEN_DOUBLE or (c not in _CLOSE_DOUBLE and not (after.isspace() and not before.isspace())):
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
                pending.end, pending.continues = _rstrip(text, pending.start, i), True
                found_in_para.append(pending)
                pending = Marked(i + w, i + w, i, -1, pi, width=w, continued=True)
            elif c in _OPEN_DOUBLE:
                # a new opening mark while one is open: the first was never closed
                pending.end, pending.closed = _rstrip(text, pending.start, i), False
                found_in_para.append(pending)
                pending = Marked(i + w, i + w, i, -1, pi, width=w)
            else:
                pending.end, pending.close_at = i, i
                found_in_para.append(pending)
                pending = None
        if pending is not None:
            pending.end = _rstrip(text, pending.start, pe)
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


def _rstrip(text: str, start: int, end: int) -> int:
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


# --- tokens and phrases ---------------------------------------------------------------------------


_ABBREVIATED = rules.ABBREVIATIONS | rules.TITLE_WORDS


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quoted: bool = False
    cap: bool = False  # starts with a capital letter
    word: bool = False  # starts with a letter or digit

    @property
    def label(self) -> bool:
        """A party label such as "(D-Nev.)", which belongs to the name before it."""
        return len(self.text) >= 3 and self.text[0] == "(" and self.text[-1] == ")"


def tokens(text: str, start: int, end: int, quoted: list[tuple[int, int]] = ()) -> list[Tok]:
    """Word and punctuation tokens of text[start:end]; titles keep their period ("Mr.", "U.S.")."""
    out: list[Tok] = []
    q = 0
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        t = m.group()
        if (
            t == "."
            and out
            and out[-1].end == s
            and (out[-1].low.rstrip(".") in _ABBREVIATED or _INITIALS.fullmatch(out[-1].text))
        ):
            prev = out[-1]
            prev.end, prev.text = e, prev.text + "."
            continue
        while q < len(quoted) and quoted[q][1] <= s:
            q += 1
        inside = q < len(quoted) and quoted[q][0] <= s
        c = t[0]
        out.append(Tok(s, e, t, t.lower().replace("’", "'"), inside, c.isupper(), c.isalnum()))
    return out


def _within(toks: list[Tok], starts: list[int], a: int, b: int, last: int | None = None) -> list[Tok]:
    """The tokens of `toks` (a paragraph's, with their `starts`) that lie in [a, b); only the `last` ones
    when given (a bounded reach keeps time linear on one endless sentence)."""
    i = bisect.bisect_left(starts, a)
    j = bisect.bisect_left(starts, b)
    while j > i and toks[j - 1].end > b:
        j -= 1
    return toks[max(i, j - last) if last else i : j]


def _is_cue(t: Tok) -> bool:
    return not t.quoted and (t.low in rules.SPEECH_VERBS or t.low in rules.CHARACTERIZING_VERBS)


def _is_cue_at(toks: list[Tok], k: int) -> bool:
    """A cue token, or "put it" ("as a Homeland Security memo put it")."""
    t = toks[k]
    return _is_cue(t) or (t.low == "put" and k + 1 < len(toks) and toks[k + 1].low == "it" and not t.quoted)


def _np_backward(toks: list[Tok], i: int, hops: int = 2) -> tuple[int, int] | None:
    """The speaker phrase ending at token i (inclusive), scanning backwards: (first, last) token indices.
    It reaches over at most `hops` prepositions to a role ("the spokesman for the mayor of Kyiv")."""
    if i < 0:
        return None
    last = i
    if toks[i].label and i > 0:
        i -= 1
    head = toks[i]
    if head.quoted or not head.word:
        return None
    low = head.low
    if low in rules.PERSON_PRONOUNS or low in rules.GROUP_PRONOUNS or low in rules.FIRST_PERSON:
        return (i, last)
    if (
        low in rules.RELATIVE_PRONOUNS
        and i > 0
        and (toks[i - 1].text == "," or toks[i - 1].cap or toks[i - 1].low in rules.SPEAKER_NOUNS)
    ):
        return (i, last)  # resolved to the noun phrase before it
    if low in ("who", "which", "that"):
        return None
    base = low[:-2] if low.endswith("'s") else low
    if not (head.cap or base in rules.SPEAKER_NOUNS):
        return None
    if head.cap and low in rules.NOT_NAMES:
        return None
    j = i
    has_role = base in rules.SPEAKER_NOUNS or low.rstrip(".") in rules.TITLE_WORDS
    while j - 1 >= 0:
        t = toks[j - 1]
        if t.quoted or not t.word:
            break
        tl = t.low
        if tl in rules.DETERMINERS:
            j -= 1
            break
        if t.cap and tl not in rules.NOT_NAMES:
            j -= 1
            continue
        if tl.endswith("'s") and (t.cap or j - 2 < 0 or toks[j - 2].low in rules.DETERMINERS):
            j -= 1
            continue
        if tl in rules.NAME_PARTICLES and j - 2 >= 0 and toks[j - 2].cap and toks[j].cap:
            j -= 1
            continue
        if tl in rules.SPEAKER_NOUNS or tl.rstrip(".") in rules.TITLE_WORDS:
            has_role = True
            j -= 1
            continue
        if (
            has_role
            and tl.isalpha()
            and tl not in rules.FUNCTION_WORDS
            and tl not in rules.CUE_AUXILIARIES
            and not _is_cue(t)
        ):
            # a lower-case modifier inside a role phrase: "press" secretary, "navy" spokesperson
            if (
                j - 2 < 0
                or not toks[j - 2].word
                or toks[j - 2].quoted
                or toks[j - 2].low in rules.DETERMINERS
                or toks[j - 2].cap
                or toks[j - 2].low.endswith("'s")
            ):
                j -= 1
                continue
        break
    # a role's prepositional phrase: "the mayor of Kyiv", "a spokesman for the Kremlin"
    if hops and j >= 2 and toks[j - 1].low in rules.ROLE_PREPOSITIONS and _is_role(toks[j - 2]):
        role = _np_backward(toks, j - 2, hops - 1)
        if role is not None:
            return (role[0], last)
    # a sentence-initial capitalised function word is not part of the name ("But Smith")
    while j < i and toks[j].cap and toks[j].low in rules.NOT_NAMES and toks[j].low not in rules.DETERMINERS:
        j += 1
    return (j, last)


def _is_role(t: Tok) -> bool:
    base = t.low[:-2] if t.low.endswith("'s") else t.low
    return t.word and not t.quoted and (base in rules.SPEAKER_NOUNS or t.low.rstrip(".") in rules.TITLE_WORDS)


def _np_forward(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The speaker phrase starting at token i, scanning forwards (`said Kremlin spokesman Dmitry Peskov`)."""
    n = len(toks)
    if i >= n:
        return None
    if toks[i].low in rules.PERSON_PRONOUNS | rules.GROUP_PRONOUNS and not toks[i].quoted:
        return (i, i)
    j = i + 1 if toks[i].low in rules.DETERMINERS else i
    last = None
    while j < n and j - i < 12:
        t = toks[j]
        if t.label and last == j - 1:
            last = j
            j += 1
            continue
        if t.quoted or not t.word or _is_cue(t) or t.low in rules.CUE_AUXILIARIES:
            break
        tl = t.low
        base = tl[:-2] if tl.endswith("'s") else tl
        if t.cap and tl not in rules.NOT_NAMES:
            last = j
        elif base in rules.SPEAKER_NOUNS or tl.rstrip(".") in rules.TITLE_WORDS:
            last = j
        elif tl in rules.NAME_PARTICLES and last is not None and _particle_joins(toks, j):
            pass
        elif tl.isalpha() and tl not in rules.FUNCTION_WORDS and _role_ahead(toks, j):
            pass  # a modifier before the head: "a senior official", "former campaign strategist"
        else:
            break
        j += 1
    return None if last is None else (i, last)


def _role_ahead(toks: list[Tok], j: int) -> bool:
    for k in range(j + 1, min(len(toks), j + 4)):
        t = toks[k]
        if not t.word or t.quoted:
            return False
        base = t.low[:-2] if t.low.endswith("'s") else t.low
        if base in rules.SPEAKER_NOUNS or t.low.rstrip(".") in rules.TITLE_WORDS or t.cap:
            return True
    return False


def _particle_joins(toks: list[Tok], j: int) -> bool:
    """Does the particle at j join two parts of one name ("Ursula von der Leyen", "Bank of England")?"""
    prev = toks[j - 1]
    if not (prev.cap or prev.low in rules.NAME_PARTICLES):
        return False
    k = j + 1
    while k < len(toks) and toks[k].low in rules.NAME_PARTICLES and k - j < 3:
        k += 1
    return k < len(toks) and toks[k].cap and not toks[k].quoted


def _skip_back_over_aside(toks: list[Tok], i: int, floor: int) -> int:
    """Index of the token before ", aside," that ends at toks[i] == ',' (who/which clause, appositive,
    participle phrase), or -1 when there is no such aside."""
    if i < floor or toks[i].text != ",":
        return -1
    k = i - 1
    while k >= floor and i - k <= 30:
        if toks[k].text == ",":
            inner = toks[k + 1] if k + 1 < i else None
            if inner is None:
                return -1
            return k - 1 if k - 1 >= floor else -1
        if toks[k].quoted or toks[k].text in ".;:!?":
            return -1
        k -= 1
    return -1


def _aside_text(text: str, toks: list[Tok], first: int, comma_after: int) -> str:
    """An appositive's words without its determiner: ", the US ambassador to France," -> "US ambassador to France"."""
    return text[toks[first].start : toks[comma_after - 1].end]


def speaker_before_cue(text: str, toks: list[Tok], cue: int, floor: int = 0) -> tuple[tuple[int, int], str] | None:
    """The subject of the cue at index `cue`: ((first, last) tokens, appositive title or '')."""
    i = cue - 1
    while i >= floor and toks[i].low in rules.CUE_AUXILIARIES and not toks[i].quoted:
        i -= 1
    if toks[i].low == "and" and i > floor:
        # "I laughed and said"; "Trump bemoaned the unrest and said": the subject of the first verb
        if i - 2 >= floor and toks[i - 1].word and not toks[i - 1].cap and (np := _np_backward(toks, i - 2)):
            return np, ""
        np = _sentence_subject(toks, floor, i)
        return (np, "") if np is not None else None
    if i < floor:
        return None
    title = ""
    if toks[i].text == "," and i == cue - 1 and toks[cue].low.endswith("ing"):
        # "..., saying ...": the participle's subject is the sentence's subject
        subject = _sentence_subject(toks, floor, i)
        if subject is not None:
            return subject, ""
    named = None  # an aside that is a name: "The mayor of Kyiv, Vitali Klitschko, said"
    for _ in range(2):  # up to two asides: "Scott Pruitt, the attorney general, one of ..., said"
        if toks[i].text != ",":
            break
        before = _skip_back_over_aside(toks, i, floor)
        if before < floor:
            return None
        aside = toks[before + 2 : i]
        if named is None and 2 <= len(aside) <= 4 and all(t.cap and t.word and not t.quoted for t in aside):
            named = (before + 2, i - 1)
            role_before = any(_is_role(t) for t in toks[max(floor, before - 8) : before + 1])
        # the comma that opened the aside is at before + 1
        aside_first = toks[before + 2] if before + 2 < i else None
        if aside_first is not None and (aside_first.low in rules.DETERMINERS and aside_first.low != "one"):
            title = _aside_text(text, toks, before + 3 if aside_first.low in ("the", "a", "an") else before + 2, i)
        i = before
    np = _past_hometown(toks, _np_backward(toks, i), floor)
    if named is not None and np is not None and any(_is_role(t) for t in toks[np[0] : np[1] + 1]):
        return named, text[toks[np[0]].start : toks[np[1]].end]
    if named is not None and np is None and role_before:  # "The governor of the region, Oleh Synehubov, said"
        return named, ""
    that_follows = cue + 1 < len(toks) and toks[cue + 1].low == "that"
    if np is not None and toks[cue].low in ("report", "reports") and that_follows:
        np = (np[0], cue)  # "a New York Times report that ...": the report is the source
    if (np is None or np[0] < floor) and toks[cue].low.endswith("ing"):
        np = _sentence_subject(toks, floor, cue)  # "... by announcing that ...": the sentence's subject
    if np is None or np[0] < floor:
        return None
    return np, title


def _past_hometown(toks: list[Tok], np: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
    """The name in "Donna Rawlings, 59, of Ashton, Md., said", not the place that ends the hometown."""
    if np is None or np[0] - 2 < floor:
        return np
    k = np[0] - 1
    if toks[k].text == ",":  # "of Ashton, Md.": back over the town to its "of"
        k -= 1
        while k > floor and np[0] - k <= 6 and toks[k].text != "," and toks[k].low != "of":
            k -= 1
    if k <= floor or toks[k].low != "of" or toks[k - 1].text != ",":
        return np
    k -= 1  # the comma before "of"
    if k - 2 >= floor and toks[k - 1].text.isdigit() and toks[k - 2].text == ",":
        k -= 2  # and an age before it
    name = _np_backward(toks, k - 1) if k - 1 >= floor else None
    return name if name is not None and name[0] >= floor else np


def _sentence_subject(toks: list[Tok], floor: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after a conjunction), if a verb follows it before `limit`."""
    i = floor
    while i < limit and (toks[i].low in rules.LEADING_CONJUNCTIONS or not toks[i].word or toks[i].quoted):
        if toks[i].quoted:
            return None
        i += 1
    np = _np_forward(toks, i)
    if np is None or np[1] + 1 >= limit:
        return None
    return np


def _cue_span(toks: list[Tok], cue: int) -> tuple[int, int]:
    """The cue's token span, taking in an auxiliary or particle ("has said", "called for", "pointed out")."""
    first = cue
    while first - 1 >= 0 and toks[first - 1].low in ("has", "have", "had", "is", "was", "were", "are", "also"):
        first -= 1
    last = cue
    if (
        last + 1 < len(toks)
        and toks[last + 1].low in rules.CUE_PARTICLES
        and toks[cue].low in rules.CHARACTERIZING_VERBS
    ):
        last += 1
    return first, last


# --- the extraction -------------------------------------------------------------------------------


@dataclass
class Row:
    kind: str
    start: int
    end: int
    paragraph: int
    rule: str
    mention: tuple[int, int] | None = None  # char span of the speaker phrase
    cue: tuple[int, int] | None = None
    title: str = ""
    speaker: str | None = None
    carried_from: Row | None = field(default=None, repr=False)
    marked: Marked | None = field(default=None, repr=False)
    refers_to: tuple[int, int] | None = None  # the name a pronoun mention stands for, when the sentence gives it


def _phrase(text: str, toks: list[Tok], span: tuple[int, int]) -> tuple[int, int]:
    return toks[span[0]].start, toks[span[1]].end


def _sentence_bounds(sents: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sents[0]
    return sents[k]


def _attribute_after(
    text: str, toks: list[Tok], long_quote: bool = True
) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """`"...," X said`, `"...," said X`, `"..." ― X`, `"..." of the plan, X said`: the tail after a closing mark."""
    n = len(toks)
    if toks and toks[0].text in rules.ATTRIBUTION_DASHES:
        np = _np_forward(toks, 1)
        if np is not None and (np[1] + 1 >= n or toks[np[1] + 1].text in ".,("):
            return np, (0, 0), ""
    i = 1 if toks and toks[0].text in ",—–-" else 0
    if i < n and toks[i].low == "as" and not toks[i].quoted:
        i += 1  # `"...," as the memo put it`
    if i >= n:
        return None
    j = i
    while j < n and toks[j].low in rules.CUE_AUXILIARIES:
        j += 1
    if j < n and _is_cue(toks[j]):  # said X
        np = _np_forward(toks, j + 1)
        return (np, _cue_span(toks, j), "") if np is not None else None
    np = _np_forward(toks, i)
    if np is not None:  # X said / X, an aside, said
        j = np[1] + 1
        title = ""
        if j < n and toks[j].text == ",":
            for k in range(j + 1, min(n, j + 40)):
                t = toks[k]
                if t.quoted or (t.text in ".;:!?" and not (t.text == "." and k + 1 < n and toks[k + 1].text == ",")):
                    break  # (a full stop before a comma ends an abbreviation: "McConnell, R-Ky., said")
                if _is_cue(t) and (toks[k - 1].text == "," or toks[k - 1].low in rules.CUE_AUXILIARIES):
                    first = toks[j + 1]
                    if first.low in ("the", "a", "an") and j + 2 < k:
                        title = text[toks[j + 2].start : toks[k - 1].end].split(",")[0].strip()
                    return np, _cue_span(toks, k), title
            return None
        while j < n and toks[j].low in rules.CUE_AUXILIARIES:
            j += 1
        if j < n and _is_cue_at(toks, j):
            return np, _cue_span(toks, j), ""
        if j < n and toks[j].low in rules.SPEAKER_PREPOSITIONS:
            # "a narrator in the Clinton ad asks", "Mr. Morgan of the Sierra Club said"
            for k in range(j + 1, min(n, j + 8)):
                if not toks[k].word or toks[k].quoted:
                    break
                if _is_cue(toks[k]):
                    return (np[0], k - 1), _cue_span(toks, k), ""
    # the quote sits inside a clause that ends ", X said." (not one or two words: those are scare quotes)
    for k in range(n - 1, i, -1) if long_quote else ():
        t = toks[k]
        if t.quoted or (t.text in ".;:!?" and k < n - 1):
            break
        if t.low in rules.SPEECH_VERBS and _ends_clause(toks, k):
            found = speaker_before_cue(text, toks, k, floor=i)
            if found is not None and found[0][0] > i and toks[found[0][0] - 1].text == ",":
                return found[0], _cue_span(toks, k), found[1]
    return None


def _attribute_before(text: str, toks: list[Tok]) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """`X said: "..."`, `X called it "..."`, `said X: "..."`: the last cue of the head that has a speaker."""
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - _HEAD_REACH), -1):
        t = toks[k]
        if t.quoted:
            continue  # `called him a "nasty guy," "unstable" and "sick"`: the cue stands before earlier quotes
        if t.low == "to" and k > 0 and toks[k - 1].low == "according":
            np = _np_forward(toks, k + 1)
            if np is not None:
                return np, (k - 1, k), ""
            continue
        if not _is_cue(t):
            continue
        found = speaker_before_cue(text, toks, k)
        if found is not None:
            return found[0], _cue_span(toks, k), found[1]
        np = _np_forward(toks, k + 1)
        if np is not None and np[1] + 1 < len(toks) and toks[np[1] + 1].text in ":,":
            return np, _cue_span(toks, k), ""
    return None


_HEAD_REACH = 60  # tokens a cue may stand before the quote it introduces
_HEAD_SENTENCE = 200  # tokens of its sentence read before a quote (its subject may stand before the cue)
_CLAUSE_REACH = 150  # tokens a reported clause may run


def _attribution_follows(toks: list[Tok], i: int) -> bool:
    """Does a speaker phrase and its cue start at token i ("Mr. Barrett said")?"""
    np = _np_forward(toks, i)
    if np is None:
        return False
    j = np[1] + 1
    while j < len(toks) and toks[j].low in rules.CUE_AUXILIARIES:
        j += 1
    return j < len(toks) and toks[j].low in rules.SPEECH_VERBS


def _find_clause(
    text: str, toks: list[Tok], k: int, sent_end: int, gap: bool = False, require_that: bool = False
) -> tuple[int, int] | None:
    """The reported clause after the cue at token k: skip an addressee, adjuncts and 'that'."""
    n = len(toks)
    j = k + 1
    if j < n and toks[j].low == "for" and toks[k].low in rules.DEMAND_VERBS:
        j += 1  # "called for new sanctions": what was demanded
        return (toks[j].start, _rstrip_punct(text, toks[j].start, sent_end)) if j < n else None
    if j < n and (
        toks[j].low in ("out", "up", "off", "down", "back", "away")
        or (toks[j].low in ("for", "on") and toks[k].low not in rules.SPEECH_VERBS)
    ):
        return None  # a phrasal verb ("ruled out", "called on"), not a reported clause
    addressed = False
    if toks[k].low in rules.ADDRESSEE_VERBS:
        # told AFP / told reporters / told a meeting of Pacific leaders that ...
        that = next((m for m in range(j, min(n, j + 10)) if toks[m].low == "that" or not toks[m].word), None)
        if that is not None and toks[that].low == "that":
            j = that
        else:
            if j < n and toks[j].low in rules.DETERMINERS:
                j += 1
            while (
                j < n
                and j - k <= 7
                and toks[j].word
                and not toks[j].quoted
                and (toks[j].cap or toks[j].low in rules.ADDRESSEES or toks[j].low in rules.SPEAKER_NOUNS)
            ):
                j += 1
            addressed = j > k + 1
    steps = 0
    while j < len(toks) and steps < 10:
        t = toks[j]
        if t.low in ("on", "in", "at", "during", "after", "late", "early") and not t.quoted:
            # a short adjunct: "on Thursday", "in a statement", "on social media", "at a rally in Ohio,"
            m = j + 1
            while m < len(toks) and m - j <= 7 and toks[m].text not in ",." and toks[m].low != "that":
                if toks[m].low in rules.CLAUSE_OPENERS - {"the", "a", "an", "his", "her", "its", "their", "this"}:
                    break
                m += 1
            if m < len(toks) and toks[m].text == ",":
                j = m + 1
            elif m < len(toks) and toks[m].low == "that":
                j = m
            elif all(
                toks[x].low in rules.CUE_ADJUNCT_WORDS or toks[x].low in rules.DETERMINERS for x in range(j + 1, m)
            ):
                j = m
            else:
                break
        elif t.low in rules.CUE_ADJUNCT_WORDS and t.low not in ("on", "in", "at", "this", "last"):
            j += 1
        elif t.text == "," and steps == 0:
            j += 1
        else:
            break
        steps += 1
    that = j < len(toks) and toks[j].low == "that"
    if that:
        j += 1
    if j >= len(toks) or (require_that and not that):
        return None
    first = toks[j]
    if first.quoted or first.text in "\"“‘'":
        return None
    if first.low in rules.NOT_CLAUSE_OPENERS and not that and not (first.low == "to" and addressed):
        return None  # "said to be", "said in", "said yes"; but "told his advisers to act", "said that in 1998"
    if not first.word or _is_cue(first):
        return None
    # "an attack the United States warned undermines peace": the clause's subject is the noun before
    if (
        j == k + 1
        and first.low.endswith("s")
        and first.low.isalpha()
        and first.low not in rules.FUNCTION_WORDS
        and not first.cap
        and not gap
        and first.low not in rules.CLAUSE_OPENERS
    ):
        return None
    # the clause runs to the end of the sentence, or to a break that starts something else
    # a clause runs at most _CLAUSE_REACH tokens: bounded work on a run-on "sentence" of hostile input
    end = sent_end if len(toks) <= j + _CLAUSE_REACH else toks[j + _CLAUSE_REACH - 1].end
    for m in range(j + 1, min(len(toks), j + _CLAUSE_REACH)):
        t = toks[m]
        if t.quoted:
            continue
        if t.text == ";" or (
            t.text == ","
            and m + 1 < len(toks)
            and toks[m + 1].low
            in (
                "but",
                "while",
                "adding",
                "saying",
                "according",
                "although",
                "though",
                "whereas",
                "calling",
                "insisting",
                "noting",
                "warning",
                "arguing",
            )
        ):
            end = t.start
            break
        if t.low == "while" and m > j + 2:
            end = t.start
            break
        if t.text == "," and _attribution_follows(toks, m + 1):
            end = t.start  # "..., Mr. Barrett said, ..." starts another attribution
            break
        if t.text in "—–" or (t.text == "-" and m + 1 < len(toks) and toks[m + 1].text == "-"):
            end = t.start
            break
    end = _rstrip_punct(text, first.start, end)
    if bisect.bisect_left([t.start for t in toks[j : j + 4]], end) < 3:
        return None
    return first.start, end


def _rstrip_punct(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return start


def _reported(
    text: str,
    span: tuple[int, int] | None,
    pi: int,
    rule: str,
    mention: tuple[int, int],
    cue: tuple[int, int],
    quote_spans: list[tuple[int, int]],
    title: str = "",
    min_words: int = 0,
) -> Row | None:
    """A reported-speech row for the clause `span`, unless it is too short or mostly a quote already."""
    if span is None:
        return None
    start, end = span[0], _rstrip_punct(text, *span)
    if _words(text, start, end) < min_words or _mostly_quoted(start, end, quote_spans):
        return None
    return Row("indirect", start, end, pi, rule, mention, cue, title)  # fmt: skip


def _reported_speech(
    text: str, toks: list[Tok], sent: tuple[int, int], pi: int, quote_spans: list[tuple[int, int]]
) -> Iterator[Row]:
    """`X said (that) CLAUSE`, `CLAUSE, X said`, `according to X`, `a poll shows CLAUSE` in one sentence."""
    n = len(toks)
    used_until = -1
    previous: Row | None = None  # the sentence's last reported-speech row, and where its own clause began
    previous_floor = 0
    for k, t in enumerate(toks):
        if t.quoted or k <= used_until:
            continue
        row, last = None, k
        if t.low == "according" and k + 1 < n and toks[k + 1].low == "to":
            np = _np_forward(toks, k + 2)
            if np is not None:
                row = _reported(
                    text,
                    _according_to_clause(text, toks, k, np, sent),
                    pi,
                    "according to X",
                    _phrase(text, toks, np),
                    (t.start, toks[k + 1].end),
                    quote_spans,
                    min_words=3,
                )
                last = np[1]
        elif t.low in rules.EVIDENCE_VERBS:
            subj = speaker_before_cue(text, toks, k)
            if subj is None or _bare(toks[subj[0][1]].text) not in rules.EVIDENCE_NOUNS:
                subj = _evidence_subject(toks, k)
            if subj is not None:
                row = _reported(
                    text,
                    _find_clause(text, toks, k, sent[1]),
                    pi,
                    "X shows CLAUSE",
                    _phrase(text, toks, subj[0]),
                    (t.start, t.end),
                    quote_spans,
                    subj[1],
                )
        elif t.low in rules.SPEECH_VERBS or (t.low in rules.DEMAND_VERBS and k + 1 < n and toks[k + 1].low == "for"):
            floor = used_until + 1
            row, last = _speech_at(text, toks, k, sent, pi, quote_spans, floor, previous, previous_floor)
            if row is not None:
                previous_floor = floor if row.start >= (previous.end if previous else -1) else previous_floor
        if row is not None:
            yield row
            previous = row
            used_until = last


def _according_to_clause(text: str, toks: list[Tok], k: int, np: tuple[int, int], sent: tuple[int, int]):
    """The clause "according to X" attributes: before it (", according to X") or after it ("According to X, ...")."""
    n = len(toks)
    if k > 0 and toks[k - 1].text in ",—–":
        first = max(0, k - _CLAUSE_REACH)
        return _skip_conj(text, toks, first), toks[k - 1].start
    if k == 0 or (k == 1 and toks[0].low in rules.LEADING_CONJUNCTIONS):
        after = np[1] + 1
        if after < n and toks[after].text == ",":
            after += 1
        if after < n:
            return toks[after].start, sent[1]
    return None


def _pronoun_at(toks: list[Tok], span: tuple[int, int]) -> bool:
    return span[0] == span[1] and toks[span[0]].low in rules.PERSON_PRONOUNS


def _evidence_subject(toks: list[Tok], k: int) -> tuple[tuple[int, int], str] | None:
    """The evidence a `found`/`shows` at k reports, further back than its nearest noun phrase: "A 2014 study
    that appeared in the journal found", "A 2014 study by law professor Justin Levitt found"."""
    j = k - 1
    while j >= 0 and k - j <= 20 and not toks[j].quoted and toks[j].text not in ".;:!?":
        if toks[j].word and _bare(toks[j].text) in rules.EVIDENCE_NOUNS:
            start = j
            while (
                start > 0
                and j - start < 3
                and (toks[start - 1].text[0].isdigit() or toks[start - 1].word)
                and (toks[start - 1].low not in rules.FUNCTION_WORDS or toks[start - 1].low in rules.DETERMINERS)
            ):
                start -= 1
                if toks[start].low in rules.DETERMINERS:
                    break
            end = j
            if j + 2 < k and toks[j + 1].low == "by" and (author := _np_forward(toks, j + 2)) and author[1] < k:
                end = author[1]  # "a study by Justin Levitt": the author stands for it
            return (start, end), ""
        j -= 1
    return None


def _speech_at(
    text: str,
    toks: list[Tok],
    k: int,
    sent: tuple[int, int],
    pi: int,
    quote_spans: list[tuple[int, int]],
    floor: int = 0,
    previous: Row | None = None,
    previous_floor: int = 0,
) -> tuple[Row | None, int]:
    """Reported speech around the cue at k: `CLAUSE, X said.`, `CLAUSE, said X.`, `X said (that) CLAUSE`.

    A clause before the cue starts after `floor` (the end of the sentence's previous attribution) and runs
    at most _CLAUSE_REACH tokens, so a run-on "sentence" costs linear time. When the `previous` row's
    clause runs up to this cue ("the figures suggested [this could not last], it said"), that attribution
    is nested in this one: the clause starts where the previous one's did (`previous_floor`)."""
    cue = _char_span(toks, _cue_span(toks, k))
    subj = speaker_before_cue(text, toks, k)
    first = max(floor, k - _CLAUSE_REACH)
    if k >= 2 and subj is not None:
        (a, b), title = subj
        if a - 1 > first and toks[a - 1].text == "," and _ends_clause(toks, k):
            if previous is not None and previous.end >= _rstrip_punct(text, toks[first].start, toks[a - 1].start):
                first = max(previous_floor, k - _CLAUSE_REACH)  # the previous attribution is inside this clause
            span = (_skip_conj(text, toks, first), toks[a - 1].start)
            row = _reported(text, span, pi, "CLAUSE, X said", _phrase(text, toks, (a, b)), cue, quote_spans, title, 4)
            if row is not None:
                return row, k
    if k - 1 > first and subj is None and toks[k - 1].text == ",":
        np = _np_forward(toks, k + 1)
        if np is not None and _ends_clause(toks, np[1]):
            span = (_skip_conj(text, toks, first), toks[k - 1].start)
            row = _reported(text, span, pi, "CLAUSE, said X", _phrase(text, toks, np), cue, quote_spans, min_words=4)
            if row is not None:
                return row, np[1]
    if subj is None:
        return None, k
    (a, b), title = subj
    gap = a > 0 and toks[a - 1].word and not toks[a - 1].cap and not toks[a - 1].quoted
    clause = _find_clause(text, toks, k, sent[1], gap)
    return _reported(text, clause, pi, "X said CLAUSE", _phrase(text, toks, (a, b)), cue, quote_spans, title), k


def _char_span(toks: list[Tok], span: tuple[int, int]) -> tuple[int, int]:
    return toks[span[0]].start, toks[span[1]].end


def _ends_clause(toks: list[Tok], k: int) -> bool:
    """After the cue at k only adjuncts, then a comma or the sentence end: `..., authorities said, in ...`;
    not when the comma introduces a quote (`..., Mr. Barrett said, "we were floored."`)."""
    j = k + 1
    while (
        j < len(toks)
        and toks[j].word
        and (toks[j].low in rules.CUE_ADJUNCT_WORDS or toks[j].cap or toks[j].low in rules.DETERMINERS)
        and j - k <= 6
    ):
        j += 1
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].quoted:
        return False
    return j >= len(toks) or toks[j].text in ",.;!?" or (toks[j].quoted is False and toks[j].text in "—–")


def _skip_conj(text: str, toks: list[Tok], i: int) -> int:
    """Where a clause starting at token i really starts, past conjunctions and commas ("But the plan")."""
    start = toks[i].start if i < len(toks) else len(text)
    for t in toks[i : i + 8]:
        if t.low in rules.LEADING_CONJUNCTIONS or t.text == ",":
            start = t.end
            continue
        break
    return _lstrip(text, start, len(text))


def _words(text: str, start: int, end: int) -> int:
    return sum(1 for m in _TOKEN.finditer(text, start, end) if m.group()[0].isalnum())


def _mostly_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is at least half of [start, end) inside the (sorted, disjoint) quote spans?"""
    k = max(0, bisect.bisect_left(spans, (start, start)) - 1)
    inside = 0
    while k < len(spans) and spans[k][0] < end:
        s, e = spans[k]
        inside += max(0, min(e, end) - max(s, start))
        k += 1
    return inside >= 0.5 * max(1, end - start)


def _extract(article: Article) -> list[Row]:
    text = article.text
    body = [(i, p.start, p.end) for i, p in enumerate(article.structure.paragraphs) if p.kind == "body"]
    marks = find_quote_marks(text, body, lost_breaks=article.structure.layout == ONE_LINE)
    rows: list[Row] = []
    by_para: dict[int, list[Marked]] = {}
    for m in marks:
        by_para.setdefault(m.paragraph, []).append(m)
    by_para_sents: dict[int, list[tuple[int, int]]] = {}
    for s, e, p, _ in sentence_spans(article):
        by_para_sents.setdefault(p, []).append((s, e))
    prev_para_speaker: Row | None = None
    intro: Row | None = None  # "Caddell continued:" introduces the next paragraph's quote
    for pi, ps, pe in body:
        sents = by_para_sents.get(pi) or [(ps, pe)]
        starts = [s for s, _ in sents]
        pmarks = by_para.get(pi, [])
        spans = [(m.open_at if m.open_at >= 0 else m.start, m.after) for m in pmarks]
        para_rows: list[Row] = []
        ptoks = tokens(text, ps, pe, spans)
        pstarts = [t.start for t in ptoks]
        turn = _speaker_label(text, ps, pe)
        if turn is not None:
            label, content_from = turn
            opening = next((m for m in pmarks if m.open_at == ps or (m.continued and m.start == ps + 1)), None)
            if opening is not None and opening.start <= content_from < opening.end:
                opening.start = content_from
            elif opening is None:
                para_rows.append(
                    Row("direct", content_from, _rstrip(text, content_from, pe), pi, "transcript turn", mention=label)
                )
        for qi, m in enumerate(pmarks):
            s_start, _ = _sentence_bounds(sents, starts, m.open_at if m.open_at >= 0 else m.start)
            close = m.close_at if m.close_at >= 0 else m.end
            _, s_end = _sentence_bounds(sents, starts, close)
            head_from = max(s_start, spans[qi - 1][1] if qi else ps)
            tail_from = m.after
            extended = False
            if s_end <= tail_from and (k := bisect.bisect_right(starts, close)) < len(sents):
                s_end, extended = sents[k][1], True  # the quote ended its sentence: `"...?" Graham asked.`
            tail_to = min(s_end, spans[qi + 1][0] if qi + 1 < len(spans) else pe)
            head_to = m.open_at if m.open_at >= 0 else m.start
            row = Row("quote", m.start, m.end, pi, "", marked=m)
            if turn is not None and m.start == turn[1]:
                row.kind, row.rule, row.mention = "direct", "transcript turn", turn[0]
                para_rows.append(row)
                continue
            tail = _within(ptoks, pstarts, tail_from, tail_to) if tail_from < tail_to else []
            long_quote = _words(text, m.start, m.end) > rules.SCARE_QUOTE_MAX_WORDS
            found = _attribute_after(text, tail, long_quote) if m.closed and not m.continues else None
            if found and extended and not _ends_clause(tail, found[1][1]):
                found = None  # `"..." She says it ...` is a new sentence, not this quote's attribution
            head = _within(ptoks, pstarts, s_start, head_to, _HEAD_SENTENCE) if head_from < head_to else []
            named = None  # `Sen. Claire McCaskill scolded him: "...," she said`: "she" is the name before
            if found and _pronoun_at(tail, found[0]) and (before := _attribute_before(text, head)):
                named = None if _pronoun_at(head, before[0]) else before
            if found:
                row.rule = '"...," X said' if found[0][0] < found[1][0] else '"...," said X'
                toks_ = tail
            else:
                found = _attribute_before(text, head)
                toks_ = head
                if found:
                    row.rule = 'X said: "..."' if head and head[-1].text in ":," else 'X CUE "..."'
            if found:
                np, cue, title = found
                row.mention = _phrase(text, toks_, np)
                row.cue = _char_span(toks_, cue)
                row.title = title
                if named is not None:
                    row.refers_to, row.title = _phrase(text, head, named[0]), named[2]
            row.kind = _kind(
                text, m, head_from, head_to, tail, bool(found) and row.rule.startswith('"'), found is not None
            )
            para_rows.append(row)
        # reported speech, sentence by sentence
        for s, e in sents:
            toks = _within(ptoks, pstarts, s, e)
            para_rows.extend(_reported_speech(text, toks, (s, e), pi, spans))
        # a quote inside a reported clause is that speaker's ("Politifact ruled that it is “true”")
        reported = sorted((r for r in para_rows if r.kind == "indirect"), key=lambda r: r.start)
        reported_starts = [r.start for r in reported]
        for r in para_rows:
            if r.mention is None and r.marked is not None:
                k = bisect.bisect_right(reported_starts, r.start)
                outer = reported[k - 1] if k and r.end <= reported[k - 1].end + 2 else None
                if outer is not None:
                    r.mention, r.cue, r.title, r.rule = outer.mention, outer.cue, outer.title, "inside reported speech"
        # quotes of this paragraph without attribution take one from a paragraph mate, or carry over
        para_rows.sort(key=lambda r: r.start)
        attributed = [r for r in para_rows if r.mention is not None]
        attributed_starts = [r.start for r in attributed]
        for r in para_rows:
            if r.mention is not None or r.kind == "scare":
                continue
            mate = _nearest(attributed, attributed_starts, r)
            if mate is not None:
                r.carried_from, r.rule, r.mention = mate, "same paragraph", mate.mention
            elif intro is not None and r.marked is not None and r.marked.open_at == ps:
                r.carried_from, r.rule, r.mention, r.cue = intro, "X said:", intro.mention, intro.cue
            elif prev_para_speaker is not None and r.marked is not None and r.marked.open_at == ps:
                r.carried_from, r.rule = prev_para_speaker, "carried over"
            elif r.marked is not None and r.marked.continued and prev_para_speaker is not None:
                r.carried_from, r.rule = prev_para_speaker, "quote continues"
            else:
                r.rule = r.rule or "no attribution"
        for r in para_rows:
            if r.kind == "scare" and not r.rule:
                r.rule = "scare quote"
        rows.extend(para_rows)
        speaking = [r for r in para_rows if r.mention is not None or r.carried_from is not None]
        prev_para_speaker = speaking[-1] if speaking else None
        intro = None
        if text[ps:pe].rstrip().endswith(":"):
            intro = _introducer(text, _within(ptoks, pstarts, *sents[-1]), pi)
        if intro is not None:
            rows.append(intro)
    return rows


def _speaker_label(text: str, ps: int, pe: int) -> tuple[tuple[int, int], int] | None:
    """A transcript turn "WALLACE: ..." (after an optional opening mark): (label span, content start)."""
    at = ps + 1 if ps < pe and text[ps] in '"“' else ps
    m = rules.SPEAKER_LABEL.match(text, at, min(pe, at + 40))
    if m is None or any(w.strip(".") in rules.NOT_SPEAKER_LABELS for w in m["label"].split()):
        return None
    if len(m["label"].replace(" ", "")) < 2:
        return None
    return m.span("label"), m.end()


def _introducer(text: str, toks: list[Tok], pi: int) -> Row | None:
    """`Caddell continued:` / `The New York Times reports:` at a paragraph's end: who the next quote is by."""
    toks = list(toks)
    while toks and toks[-1].text == ":":
        toks.pop()
    found = _attribute_before(text, toks)
    if found is None:
        return None
    np, cue, title = found
    end = toks[-1].end if toks else 0
    return Row("_intro", end, end, pi, "X said:", _phrase(text, toks, np), _char_span(toks, cue), title)


def _nearest(attributed: list[Row], starts: list[int], r: Row) -> Row | None:
    """The attributed quote or reported speech of the same paragraph nearest before r (else after it)."""
    k = bisect.bisect_right(starts, r.start)
    if k:
        return attributed[k - 1]
    return next((a for a in attributed[k : k + 20] if a.kind != "indirect"), None)


def _kind(
    text: str, m: Marked, head_from: int, head_to: int, tail: list[Tok], tail_attr: bool, attributed: bool
) -> str:
    content = text[m.start : m.end].rstrip()
    n_words = len([w for w in _TOKEN.findall(content) if w[0].isalnum()])
    head = text[head_from:head_to].strip()
    if m.continued or m.continues:
        return "direct"
    if not attributed and n_words <= rules.SCARE_QUOTE_MAX_WORDS and head:
        return "scare"
    if not m.double and not attributed:
        return "scare" if n_words <= rules.SCARE_QUOTE_MAX_WORDS else "partial"
    if tail_attr and content[-1:] in ",?!…—–-":
        return "direct"
    if not head or head[-1] in ":" or all(c in "([—–-" for c in head):
        return "direct"
    if head[-1] == "," and _cue_at_end(head):
        return "direct"
    if not attributed and content[-1:] in _SENTENCE_PUNCT + "," and n_words >= 4 and head[-1] in ".?!":
        return "direct"
    return "partial"


def _cue_at_end(head: str) -> bool:
    words = re.findall(r"[A-Za-z']+", head[-40:].lower())
    return bool(words) and (words[-1] in rules.SPEECH_VERBS or any(w in rules.SPEECH_VERBS for w in words[-4:]))


# --- speakers -------------------------------------------------------------------------------------


@dataclass
class _Speakers:
    """Speaker resolution state for one article: full names, and who spoke last."""

    names: dict[str, str]
    genders: dict[str, str] = field(default_factory=dict)  # full name -> "m" / "f", read off the article
    recent: list[str] = field(default_factory=list)  # people, most recent last
    last_group: str | None = None

    @property
    def last_person(self) -> str | None:
        return self.recent[-1] if self.recent else None

    def _person(self, name: str, gender: str = "") -> None:
        if gender and name not in self.genders:
            self.genders[name] = gender
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)

    def _pronoun(self, low: str) -> str | None:
        """The most recent person a he/she can refer to (by the gender the article gives them, if any)."""
        want = "m" if low == "he" else "f"
        for name in reversed(self.recent[-6:]):
            if self.genders.get(name, want) == want:
                return name
        return None  # everyone recent is known to be the other gender: leave it unresolved

    def resolve(self, text: str, mention: tuple[int, int], title: str) -> tuple[str | None, str, str]:
        """(speaker, title, kind) for the phrase text[mention]; remembers who spoke last."""
        phrase = _PARTY_LABEL.sub("", text[mention[0] : mention[1]])  # "Claire McCaskill (D-Mo.)"
        if phrase.isupper() and len(phrase) > 2:
            phrase = phrase.title()  # a transcript label, "WALLACE"
        low = phrase.lower()
        if low in rules.PERSON_PRONOUNS:
            return self._pronoun(low), "", "pronoun"
        if low in rules.GROUP_PRONOUNS:
            return (self.last_group or self.last_person) if low == "it" else self.last_group, "", "pronoun"
        if low in rules.FIRST_PERSON:
            return None, "", "pronoun"
        if low in rules.RELATIVE_PRONOUNS:
            before = _antecedent(text, mention[0])
            return self.resolve(text, before, title) if before else (None, "", "pronoun")
        words = phrase.split()
        if words and words[0].lower() in ("the", "this", "these"):
            words = words[1:]
        if words and words[-1].endswith(("'s", "’s")) and words[-1][:1].isupper():
            words[-1] = words[-1][:-2]  # "seized on Trump's claim that ...": the claim is Trump's
        k = len(words)
        while k > 0 and (_is_name_word(words[k - 1]) or (k < len(words) and words[k - 1] in rules.NAME_PARTICLES)):
            k -= 1
        while k < len(words) and words[k] in rules.NAME_PARTICLES:
            k += 1
        name_words, title_words = words[k:], words[:k]
        if k >= 2 and words[k - 1] in rules.ROLE_PREPOSITIONS:
            if len(name_words) <= 2:  # "mayor of Kyiv": a place or body, not the speaker's name
                name_words, title_words = [], words
            else:  # "Secretary of State Antony (J.) Blinken": the title takes the place
                keep = 3 if len(name_words) >= 4 and _INITIAL.fullmatch(name_words[-2]) else 2
                name_words, title_words = name_words[-keep:], words[: len(words) - keep]
        org = any(_bare(w) in rules.ORGANISATION_WORDS for w in name_words)
        if name_words and not org:
            name = " ".join(name_words)
            if len(name_words) == 1:
                name = self.names.get(name, name)
            own_title = " ".join(w for w in title_words if w.lower() not in rules.DETERMINERS)
            self._person(name, _title_gender(title_words))
            return name, title or own_title, "person"
        speaker = " ".join(words) if words else phrase
        self.last_group = speaker
        return speaker, title, "group"


def _title_gender(words: list[str]) -> str:
    for w in words:
        g = rules.GENDERED_WORDS.get(w.lower().rstrip("."))
        if g:
            return g
    return ""


def genders(text: str, names: dict[str, str]) -> dict[str, str]:
    """Full name -> "m" or "f" from the pronouns that follow its mentions in the article ("Clinton ... she")."""
    counts: dict[str, list[int]] = {}
    surnames = {full.split()[-1]: full for full in set(names.values())}
    if not surnames:
        return {}
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in surnames) + r")\b")
    for m in pattern.finditer(text):
        window = text[m.end() : m.end() + 120].lower()
        he = len(re.findall(r"\b(?:he|his|him)\b", window))
        she = len(re.findall(r"\b(?:she|her|hers)\b", window))
        c = counts.setdefault(surnames[m.group(1)], [0, 0])
        c[0] += he
        c[1] += she
    return {n: ("m" if he > she else "f") for n, (he, she) in counts.items() if he != she and max(he, she) >= 2}


def _antecedent(text: str, at: int) -> tuple[int, int] | None:
    """The noun phrase just before a relative pronoun at `at` ("the Chicago Police Department, which")."""
    toks = tokens(text, max(0, at - 160), at)
    i = len(toks) - 1
    if i >= 0 and toks[i].text == ",":
        i -= 1
    np = _np_backward(toks, i)
    return None if np is None or toks[np[1]].low in rules.RELATIVE_PRONOUNS else _phrase(text, toks, np)


def _bare(word: str) -> str:
    w = word.lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _is_name_word(word: str) -> bool:
    low = word.lower()
    return (
        word[:1].isupper()
        and low.rstrip(".") not in rules.TITLE_WORDS
        and low not in rules.SPEAKER_NOUNS
        and not low.endswith(("'s", "’s"))
    )


_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_FULL_NAME = re.compile(rf"\b({_NAME_WORD})((?: (?:von|van|der|de|da|al|bin|le|la))*(?: {_NAME_WORD}){{1,3}})")


def full_names(text: str) -> dict[str, str]:
    """Surname -> full name for the people an article names in full ("Dmitry Peskov" gives "Peskov")."""
    counts: dict[str, dict[str, int]] = {}
    for m in _FULL_NAME.finditer(text):
        parts = [p[:-2] if p.endswith(("'s", "’s")) else p for p in (m.group(1) + m.group(2)).split()]
        titled = [k for k, p in enumerate(parts) if p.lower().rstrip(".") in rules.TITLE_WORDS]
        if titled:
            parts = parts[titled[-1] + 1 :]  # "Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky"
        while parts and parts[0].lower() in rules.NOT_NAMES:
            parts = parts[1:]
        if len(parts) < 2 or any(_bare(p) in rules.ORGANISATION_WORDS or p.lower() in rules.NOT_NAMES for p in parts):
            continue
        full = " ".join(parts)
        counts.setdefault(parts[-1], {})
        counts[parts[-1]][full] = counts[parts[-1]].get(full, 0) + 1
    return {s: next(iter(c)) for s, c in counts.items() if len(c) == 1}


# --- public API -----------------------------------------------------------------------------------


def quotes(x: Article | str | Corpus | Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Every quote in the article(s), one row each.

    Columns: `article_id`; `kind` (direct / partial / indirect / scare); `quote`, `start`, `end` (the
    quoted words without their marks, or the reported clause); `speaker` (canonical: "Dmitry Peskov"
    for "Kremlin spokesman Dmitry Peskov", "he" or "Peskov"; empty when unattributed); `speaker_mention`,
    `speaker_start`, `speaker_end` (the phrase as written; empty when carried over from another quote);
    `speaker_title`; `cue`, `cue_start`, `cue_end` (the reporting verb or phrase); `paragraph` (row of
    `article.paragraphs`); `sentence` (as in `newslens.sentences`); `rule` (which rule decided); `words`
    (in `quote`, as `tokenize.count_words` counts them).

    `x` may be the tables of `newslens.analyze`: the quotes are read, not recomputed, with `article_id`,
    `kind`, `speaker`, `speaker_title`, `cue` and `rule` as categoricals (fast to group on 100,000 articles).
    """
    if isinstance(x, Mapping):
        return read(x, "quotes", categories=_CATEGORIES)
    cols: dict[str, list] = {c: [] for c in QUOTE_COLUMNS}
    stage = Stage("quotes")
    with gc_paused():
        for _, records in stage.each(as_articles(x), quote_records):
            for record in records:
                for c, v in zip(QUOTE_COLUMNS, (*record, count_words(record[2])), strict=True):
                    cols[c].append(v)
    ints = ("start", "end", "paragraph", "sentence", "words")
    nullable = ("speaker_start", "speaker_end", "cue_start", "cue_end")
    return stage.finish(
        pd.DataFrame(
            {
                k: pd.array(v, dtype="int64" if k in ints else "Int64" if k in nullable else "str")
                for k, v in cols.items()
            }
        )
    )


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector while tokens are built: they hold no reference cycles, and
    without the pause a huge paragraph triggers full collections often enough to make time superlinear."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_RECORDS: weakref.WeakKeyDictionary[Article, list[tuple]] = weakref.WeakKeyDictionary()


def quote_records(a: Article) -> list[tuple]:
    """One article's quote rows as tuples in QUOTE_COLUMNS order (all but `words`); computed once per Article and shared
    (sentiment's `quoted` and `speaker` columns reuse them)."""
    cached = _RECORDS.get(a)
    if cached is not None:
        return cached
    text = a.text
    rows = _extract(a)
    sent_starts = [s for s, _, _, _ in sentence_spans(a)]
    names = full_names(text)
    people = _Speakers(names, genders(text, names))
    for r in rows:
        if r.mention is not None and r.carried_from is None:
            r.speaker, r.title, _ = people.resolve(text, r.refers_to or r.mention, r.title)
    for r in rows:
        if r.carried_from is not None:
            src = r.carried_from
            while src.carried_from is not None:
                src = src.carried_from
            r.speaker, r.title, r.cue = src.speaker, src.title, None
    out = []
    seen: dict[tuple[int, int], int] = {}  # span -> index in out: one row per span, the attributed one
    for r in rows:
        if r.kind == "_intro":
            continue
        if (r.start, r.end) in seen:
            k = seen[(r.start, r.end)]
            if out[k][5] is not None or r.speaker is None:
                continue
            out[k] = None  # replaced by this attributed row
        seen[(r.start, r.end)] = len(out)
        own = (r.mention is not None and r.carried_from is None) or r.rule == "same paragraph"
        source = r.mention or _source_mention(r)
        out.append(
            (
                a.id,
                r.kind,
                text[r.start : r.end],
                r.start,
                r.end,
                r.speaker,
                text[source[0] : source[1]] if source else None,
                r.mention[0] if r.mention and own else None,
                r.mention[1] if r.mention and own else None,
                r.title or None,
                text[r.cue[0] : r.cue[1]] if r.cue else None,
                r.cue[0] if r.cue else None,
                r.cue[1] if r.cue else None,
                r.paragraph,
                max(0, bisect.bisect_right(sent_starts, r.start) - 1),
                r.rule,
            )
        )
    out = [r for r in out if r is not None]
    _RECORDS[a] = out
    return out


def _source_mention(r: Row) -> tuple[int, int] | None:
    """For a quote carried over from an earlier paragraph: the words that named its speaker there."""
    src = r.carried_from
    while src is not None and src.mention is None:
        src = src.carried_from
    return src.mention if src is not None else None


def speakers(x: Article | str | Corpus | pd.DataFrame) -> pd.DataFrame:
    """One row per canonical speaker of each article, most words quoted first (from the article(s), or
    from a quotes table such as `newslens.quotes` or the `quotes` table of `newslens.analyze`).

    Columns: `article_id`, `speaker`, `titles` (the titles and roles given, "; "-joined), `quotes`
    (rows), `words_quoted` (words inside direct and partial quotes: the speaker's own words),
    `first_start` (offset of the first quote), `kinds` (e.g. "direct, indirect").
    """
    q = x if isinstance(x, pd.DataFrame) else quotes(x)
    q = q.loc[q["speaker"].notna(), ["article_id", "speaker", "speaker_title", "kind", "words", "start"]]
    if q.empty:
        return pd.DataFrame(columns=list(SPEAKER_COLUMNS))
    q = q.astype({"article_id": "category", "speaker": "category"})  # grouping millions of rows: much faster
    q = q.assign(
        own_words=q["words"].where(q["kind"].isin(["direct", "partial"]), 0),
        is_direct=q["kind"] == "direct",
        is_partial=q["kind"] == "partial",
        is_indirect=q["kind"] == "indirect",
    )
    g = q.groupby(["article_id", "speaker"], sort=False, observed=True)
    out = g.agg(
        quotes=("kind", "size"),
        words_quoted=("own_words", "sum"),
        first_start=("start", "min"),
        direct=("is_direct", "any"),
        partial=("is_partial", "any"),
        indirect=("is_indirect", "any"),
    ).reset_index()
    out = out.astype({"article_id": "str", "speaker": "str"})
    titles: dict[tuple[str, str], set[str]] = {}
    titled = q.dropna(subset=["speaker_title"])
    for key in zip(*(titled[c].tolist() for c in ("article_id", "speaker", "speaker_title")), strict=True):
        titles.setdefault(key[:2], set()).add(key[2])
    keys = zip(out["article_id"].tolist(), out["speaker"].tolist(), strict=True)
    out["titles"] = pd.array(["; ".join(sorted(titles.get(k, ()))) for k in keys], dtype="str")
    code = out["direct"].to_numpy(int) * 4 + out["partial"].to_numpy(int) * 2 + out["indirect"].to_numpy(int)
    out["kinds"] = pd.array(np.array(_KIND_LISTS, dtype=object)[code], dtype="str")
    out = out.astype({"quotes": "int64", "words_quoted": "int64", "first_start": "int64"})[list(SPEAKER_COLUMNS)]
    return out.sort_values(
        ["article_id", "words_quoted", "quotes", "first_start"], ascending=[True, False, False, True], kind="stable"
    ).reset_index(drop=True)


def quote_positions(
    x: Article | str | Corpus | Mapping[str, pd.DataFrame], quotes_table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Where in its article each attributed quote stands: `article_id`, `speaker`, `kind`, `start`,
    `position` (0 at the top of the article, 1 at its end). `x` may be the tables of `newslens.analyze`."""
    if isinstance(x, Mapping):
        q = read(x, "quotes") if quotes_table is None else quotes_table
        lengths = read(x, "articles", ["article_id", "chars"]).set_index("article_id")["chars"]
    else:
        arts = as_articles(x)
        q = quotes(arts) if quotes_table is None else quotes_table
        lengths = pd.Series({a.id: len(a.text) for a in arts}, dtype="int64")
    out = q.loc[q["speaker"].notna(), ["article_id", "speaker", "kind", "start"]]
    out["position"] = out["start"] / out["article_id"].map(lengths.clip(lower=1)).astype("float64")
    return out.reset_index(drop=True)
