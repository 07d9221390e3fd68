"""Whose words a quote is: the cue after it (`"...," X said`), before it (`X said: "..."`), a transcript
label ("WALLACE: ..."), an introducing paragraph ("Caddell continued:"), and what kind of quote it is."""

from __future__ import annotations

import bisect
import re

from .. import rules
from ..tokenize import count_words
from .marks import Marked
from .phrases import (
    Token,
    according_to,
    char_span,
    cue_span,
    ends_clause,
    is_cue,
    is_cue_at,
    np_forward,
    phrase,
    speaker_before_cue,
)
from .records import Row

_DASHES = "—–-"


_SENTENCE_PUNCT = ".?!…"


_HEAD_REACH = 60  # tokens a cue may stand before the quote it introduces


HEAD_SENTENCE = 200  # tokens of its sentence read before a quote (its subject may stand before the cue)


def sentence_bounds(sents: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sents[0]
    return sents[k]


def attribute_after(
    text: str, toks: list[Token], long_quote: bool = True
) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """`"...," X said`, `"...," said X`, `"..." ― X`, `"..." of the plan, X said`: the tail after a closing mark."""
    n = len(toks)
    if toks and toks[0].text in rules.ATTRIBUTION_DASHES:
        np = np_forward(toks, 1)
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
    if j < n and is_cue(toks[j]):  # said X
        np = np_forward(toks, j + 1)
        return (np, cue_span(toks, j), "") if np is not None else None
    np = np_forward(toks, i)
    if np is not None:  # X said / X, an aside, said
        j = np[1] + 1
        title = ""
        if j < n and toks[j].text == ",":
            for k in range(j + 1, min(n, j + 40)):
                t = toks[k]
                if t.quoted or (t.text in ".;:!?" and not (t.text == "." and k + 1 < n and toks[k + 1].text == ",")):
                    break  # (a full stop before a comma ends an abbreviation: "McConnell, R-Ky., said")
                if is_cue(t) and (toks[k - 1].text == "," or toks[k - 1].low in rules.CUE_AUXILIARIES):
                    first = toks[j + 1]
                    if first.low in ("the", "a", "an") and j + 2 < k:
                        title = text[toks[j + 2].start : toks[k - 1].end].split(",")[0].strip()
                    return np, cue_span(toks, k), title
            return None
        while j < n and toks[j].low in rules.CUE_AUXILIARIES:
            j += 1
        if j < n and is_cue_at(toks, j):
            return np, cue_span(toks, j), ""
        if j < n and toks[j].low in rules.SPEAKER_PREPOSITIONS:
            # "a narrator in the Clinton ad asks", "Mr. Morgan of the Sierra Club said"
            for k in range(j + 1, min(n, j + 8)):
                if not toks[k].word or toks[k].quoted:
                    break
                if is_cue(toks[k]):
                    return (np[0], k - 1), cue_span(toks, k), ""
    # the quote sits inside a clause that ends ", X said." (not one or two words: those are scare quotes)
    for k in range(n - 1, i, -1) if long_quote else ():
        t = toks[k]
        if t.quoted or (t.text in ".;:!?" and k < n - 1):
            break
        if t.low in rules.SPEECH_VERBS and ends_clause(toks, k):
            found = speaker_before_cue(text, toks, k, floor=i)
            if found is not None and found[0][0] > i and toks[found[0][0] - 1].text == ",":
                return found[0], cue_span(toks, k), found[1]
    return None


def attribute_before(text: str, toks: list[Token]) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """`X said: "..."`, `X called it "..."`, `said X: "..."`: the last cue of the head that has a speaker."""
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - _HEAD_REACH), -1):
        t = toks[k]
        if t.quoted:
            continue  # `called him a "nasty guy," "unstable" and "sick"`: the cue stands before earlier quotes
        if k > 0 and according_to(toks, k - 1):
            np = np_forward(toks, k + 1)
            if np is not None:
                return np, (k - 1, k), ""
            continue
        if not is_cue(t):
            continue
        found = speaker_before_cue(text, toks, k)
        if found is not None:
            return found[0], cue_span(toks, k), found[1]
        np = np_forward(toks, k + 1)
        if np is not None and np[1] + 1 < len(toks) and toks[np[1] + 1].text in ":,":
            return np, cue_span(toks, k), ""
    return None


def pronoun_at(toks: list[Token], span: tuple[int, int]) -> bool:
    return span[0] == span[1] and toks[span[0]].low in rules.PERSON_PRONOUNS


def speaker_label(text: str, ps: int, pe: int) -> tuple[tuple[int, int], int] | None:
    """A transcript turn "WALLACE: ..." (after an optional opening mark): (label span, content start)."""
    at = ps + 1 if ps < pe and text[ps] in '"“' else ps
    m = rules.SPEAKER_LABEL.match(text, at, min(pe, at + 40))
    if m is None or any(w.strip(".") in rules.NOT_SPEAKER_LABELS for w in m["label"].split()):
        return None
    if len(m["label"].replace(" ", "")) < 2:
        return None
    return m.span("label"), m.end()


def introducer(text: str, toks: list[Token], pi: int) -> Row | None:
    """`Caddell continued:` / `The New York Times reports:` at a paragraph's end: who the next quote is by."""
    toks = list(toks)
    while toks and toks[-1].text == ":":
        toks.pop()
    found = attribute_before(text, toks)
    if found is None:
        return None
    np, cue, title = found
    end = toks[-1].end if toks else 0
    return Row("_intro", end, end, pi, "X said:", phrase(text, toks, np), char_span(toks, cue), title)


def nearest_attributed(attributed: list[Row], starts: list[int], r: Row) -> Row | None:
    """The attributed quote or reported speech of the same paragraph nearest before r (else after it)."""
    k = bisect.bisect_right(starts, r.start)
    if k:
        return attributed[k - 1]
    return next((a for a in attributed[k : k + 20] if a.kind != "indirect"), None)


def quote_kind(
    text: str, m: Marked, head_from: int, head_to: int, tail: list[Token], tail_attr: bool, attributed: bool
) -> str:
    content = text[m.start : m.end].rstrip()
    n_words = count_words(content)
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
