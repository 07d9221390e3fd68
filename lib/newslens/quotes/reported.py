"""Reported speech outside quote marks: `X said (that) CLAUSE`, `CLAUSE, X said`, `according to X`,
`a poll shows CLAUSE`, one sentence at a time."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from .. import rules
from .cues import according_to, cue_span, is_cue
from .phrases import Token, attribution_follows, bare, char_span, ends_clause, np_backward, np_forward, phrase, words_in
from .records import Row
from .subjects import speaker_before_cue

_CLAUSE_REACH = 150  # tokens a reported clause may run


def _find_clause(
    text: str, toks: list[Token], k: int, sent_end: int, require_that: bool = False
) -> tuple[int, int] | None:
    """The reported clause after the cue at token k, as a character span: past an addressee ("told
    reporters"), short adjuncts ("on Thursday", "in a statement") and "that", up to the end of the sentence
    or a break that starts something else. None when what follows is no clause ("ruled out", "said to be")."""
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
    j, addressed = _past_addressee(toks, k, j)
    j = _past_adjuncts(toks, j)
    that = j < n and toks[j].low == "that"
    if that:
        j += 1
    if j >= n or (require_that and not that) or not _opens_clause(toks, j, that, addressed):
        return None
    first = toks[j]
    end = _rstrip_punct(text, first.start, _clause_end(toks, j, sent_end))
    if bisect.bisect_left([t.start for t in toks[j : j + 4]], end) < 3:
        return None
    return first.start, end


def _past_addressee(toks: list[Token], k: int, j: int) -> tuple[int, bool]:
    """Where the clause of a tell-type cue at k can start (past "AFP", "reporters", "a meeting of Pacific
    leaders that"), and whether an addressee was skipped."""
    n = len(toks)
    if toks[k].low not in rules.ADDRESSEE_VERBS:
        return j, False
    that = next((m for m in range(j, min(n, j + 10)) if toks[m].low == "that" or not toks[m].word), None)
    if that is not None and toks[that].low == "that":
        return that, False
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
    return j, j > k + 1


_ADJUNCT_OPENERS = ("on", "in", "at", "during", "after", "late", "early")
_NOT_IN_ADJUNCT = rules.CLAUSE_OPENERS - {"the", "a", "an", "his", "her", "its", "their", "this"}


def _past_adjuncts(toks: list[Token], j: int) -> int:
    """Past up to ten short adjuncts after a cue: "on Thursday", "in a statement", "at a rally in Ohio,"."""
    steps = 0
    while j < len(toks) and steps < 10:
        t = toks[j]
        if t.low in _ADJUNCT_OPENERS and not t.quoted:
            m = j + 1
            while m < len(toks) and m - j <= 7 and toks[m].text not in ",." and toks[m].low != "that":
                if toks[m].low in _NOT_IN_ADJUNCT:
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
    return j


def _opens_clause(toks: list[Token], j: int, that: bool, addressed: bool) -> bool:
    """Can the words at token j open the reported clause of a cue? Not a quote mark, not another cue, not
    "to be" or "yes" (unless after "that" or an addressee: "told his advisers to act")."""
    first = toks[j]
    if first.quoted or first.text in "\"“‘'":
        return False
    no_one = first.low == "no" and j + 1 < len(toks) and toks[j + 1].word and toks[j + 1].low != "to"
    if first.low in rules.NOT_CLAUSE_OPENERS and not that and not (first.low == "to" and addressed) and not no_one:
        return False  # ("said no", but "shows no one ...")
    return first.word and (not is_cue(first) or (that and first.low in rules.CUE_NOUNS))


def _clause_end(toks: list[Token], j: int, sent_end: int) -> int:
    """Where a clause starting at token j ends: the sentence's end, or a break that starts something else
    (a semicolon, ", but ...", ", Mr. Barrett said", a dash). At most _CLAUSE_REACH tokens: bounded work on a
    run-on "sentence" of hostile input."""
    end = sent_end if len(toks) <= j + _CLAUSE_REACH else toks[j + _CLAUSE_REACH - 1].end
    for m in range(j + 1, min(len(toks), j + _CLAUSE_REACH)):
        t = toks[m]
        if t.quoted:
            continue
        if t.text in ";:" or (t.text == "," and m + 1 < len(toks) and toks[m + 1].low in rules.CLAUSE_BREAKS):
            return t.start  # (a colon introduces words of their own: "... on women: “Parallel ...”")
        if t.low == "while" and m > j + 2:
            return t.start
        if t.text == "," and attribution_follows(toks, m + 1):
            return t.start  # "..., Mr. Barrett said, ..." starts another attribution
        if t.text == "," and (_participle_follows(toks, m + 1) or _new_clause_follows(toks, m + 1)):
            return t.start  # "..., further raising the visibility", "..., and rights groups warned ..."
        if t.text in "—–" or (t.text == "-" and m + 1 < len(toks) and toks[m + 1].text == "-"):
            return t.start
    return end


def _participle_follows(toks: list[Token], k: int) -> bool:
    """Does a participle phrase of the narrator's start at k ("hurting Democrats", "further raising ...")?"""
    if k < len(toks) and toks[k].low.endswith("ly") and not toks[k].cap:
        k += 1  # "further", "thereby"
    if k < len(toks) and toks[k].low in ("further", "thereby", "again"):
        k += 1
    return (
        k < len(toks)
        and not toks[k].cap
        and toks[k].low.endswith("ing")
        and toks[k].low not in ("including", "according", "during", "something", "nothing", "anything")
    )


def _new_clause_follows(toks: list[Token], k: int) -> bool:
    """Does ", and" start a clause with a subject of its own ("..., and human rights groups warned that ...")?"""
    if k + 2 >= len(toks) or toks[k].low not in ("and", "but") or toks[k + 1].quoted:
        return False
    np = np_forward(toks, k + 1)
    if np is None or toks[np[0]].low in rules.PERSON_PRONOUNS | rules.GROUP_PRONOUNS:
        return False
    v = np[1] + 1
    return v < len(toks) and (toks[v].low in rules.SPEECH_VERBS or toks[v].low in ("has", "have", "had", "was", "were"))


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
    if words_in(text, start, end) < min_words or _mostly_quoted(start, end, quote_spans):
        return None
    return Row("indirect", start, end, pi, rule, mention, cue, title)  # fmt: skip


#: The words a reported-speech rule can start at (most tokens are none of them).
TRIGGERS = (
    rules.SPEECH_VERBS
    | rules.EVIDENCE_VERBS
    | rules.PLACING_VERBS
    | rules.SPEECH_NOUNS
    | rules.DEMAND_VERBS
    | rules.THAT_VERBS
    | frozenset(phrase.split()[0] for phrase in rules.ACCORDING_TO)
)


def reported_speech(
    text: str, toks: list[Token], sent: tuple[int, int], pi: int, quote_spans: list[tuple[int, int]]
) -> Iterator[Row]:
    """`X said (that) CLAUSE`, `CLAUSE, X said`, `according to X`, `a poll shows CLAUSE` in one sentence."""
    n = len(toks)
    used_until = -1
    previous: Row | None = None  # the sentence's last reported-speech row, and where its own clause began
    previous_floor = 0
    for k, t in enumerate(toks):
        if t.low not in TRIGGERS or t.quoted or k <= used_until:
            continue
        row, last = None, k
        if words := according_to(toks, k):
            np = np_forward(toks, k + words)
            if np is not None:
                row = _reported(
                    text,
                    _according_to_clause(text, toks, k, np, sent),
                    pi,
                    "according to X",
                    phrase(text, toks, np),
                    (t.start, toks[k + words - 1].end),
                    quote_spans,
                    min_words=3,
                )
                last = np[1]
        elif t.low in rules.EVIDENCE_VERBS or t.low in rules.PLACING_VERBS:
            row = _evidence_at(text, toks, k, sent, pi, quote_spans, used_until + 1)
        if row is None and t.low in rules.SPEECH_NOUNS and (not t.cap or k == 0):
            row, last = _speech_noun_at(text, toks, k, sent, pi, quote_spans)
        if row is None and (
            t.low in rules.SPEECH_VERBS
            or (t.low in rules.THAT_VERBS and k + 1 < n and toks[k + 1].low == "that")
            or (t.low in rules.DEMAND_VERBS and k + 1 < n and toks[k + 1].low == "for")
        ):
            floor = used_until + 1
            row, last = _speech_at(text, toks, k, sent, pi, quote_spans, floor, previous, previous_floor)
            if row is not None:
                previous_floor = floor if row.start >= (previous.end if previous else -1) else previous_floor
        if row is not None:
            yield row
            previous = row
            used_until = last


def _evidence_at(
    text: str, toks: list[Token], k: int, sent: tuple[int, int], pi: int, quote_spans: list[tuple[int, int]], floor: int
) -> Row | None:
    """What a document reports: `A poll shows CLAUSE`, `CLAUSE, police records show`, `A YouGov poll had
    Labour leading by 12 points`."""
    subj = speaker_before_cue(text, toks, k, floor)
    if subj is None or bare(toks[subj[0][1]].text) not in rules.DOCUMENT_NOUNS:
        subj = _evidence_subject(toks, k)
    if subj is None:
        return None
    (a, b), title = subj
    mention, cue = phrase(text, toks, (a, b)), (toks[k].start, toks[k].end)
    if toks[k].low in rules.PLACING_VERBS:
        ahead = toks[k + 1 : k + 8]
        if not ahead or not any(t.low.endswith("ing") or t.low == "at" for t in ahead[1:]):
            return None
        span = (ahead[0].start, _rstrip_punct(text, ahead[0].start, sent[1]))
        return _reported(text, span, pi, "X had Y leading", mention, cue, quote_spans, title, 3)
    if a - 1 > floor and toks[a - 1].text == "," and ends_clause(toks, k):
        span = (_skip_conj(text, toks, max(floor, k - _CLAUSE_REACH)), toks[a - 1].start)
        return _reported(text, span, pi, "CLAUSE, X shows", mention, cue, quote_spans, title, 3)
    return _reported(text, _find_clause(text, toks, k, sent[1]), pi, "X shows CLAUSE", mention, cue, quote_spans, title)


def _speech_noun_at(
    text: str, toks: list[Token], k: int, sent: tuple[int, int], pi: int, quote_spans: list[tuple[int, int]]
) -> tuple[Row | None, int]:
    """Words reported through a noun: `claims from X that CLAUSE`, `X's warning that CLAUSE`, `a New York
    Times report that CLAUSE` (the report is the source)."""
    n = len(toks)
    source = None
    that = k + 1
    if k > 0 and toks[k - 1].low.endswith("'s") and (np := np_backward(toks, k - 1)) is not None:
        source = np  # "Macron's warning that", "the prime minister's claim that"
    elif that + 1 < n and toks[that].low in ("from", "by") and (np := np_forward(toks, that + 1)) is not None:
        source, that = np, np[1] + 1  # "claims from the opposition that"
    elif (
        bare(toks[k].text) in rules.DOCUMENT_NOUNS and k > 0 and (np := np_backward(toks, k)) is not None and np[0] < k
    ):
        source = np  # "a New York Times report from over the weekend that"
        that = next((m for m in range(k + 1, min(n, k + 7)) if toks[m].low == "that" or not toks[m].word), n)
    if source is None or that >= n or toks[that].low != "that" or that + 1 >= n or toks[that + 1].quoted:
        return None, k
    first = toks[that + 1]
    span = (first.start, _rstrip_punct(text, first.start, _clause_end(toks, that + 1, sent[1])))
    row = _reported(text, span, pi, "X's claim that CLAUSE", phrase(text, toks, source), (toks[k].start, toks[k].end),
                    quote_spans, min_words=2)  # fmt: skip
    return row, that


def _according_to_clause(text: str, toks: list[Token], k: int, np: tuple[int, int], sent: tuple[int, int]):
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


def _evidence_subject(toks: list[Token], k: int) -> tuple[tuple[int, int], str] | None:
    """The evidence a `found`/`shows` at k reports, further back than its nearest noun phrase: "A 2014 study
    that appeared in the journal found", "A 2014 study by law professor Justin Levitt found"."""
    j = k - 1
    while j >= 0 and k - j <= 20 and not toks[j].quoted and toks[j].text not in ".;:!?":
        if toks[j].word and bare(toks[j].text) in rules.DOCUMENT_NOUNS:
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
            if j + 2 < k and toks[j + 1].low == "by" and (author := np_forward(toks, j + 2)) and author[1] < k:
                end = author[1]  # "a study by Justin Levitt": the author stands for it
            return (start, end), ""
        j -= 1
    return None


def _speech_at(
    text: str,
    toks: list[Token],
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
    cue = char_span(toks, cue_span(toks, k))
    subj = speaker_before_cue(text, toks, k)
    first = max(floor, k - _CLAUSE_REACH)
    if k >= 2 and subj is not None:
        (a, b), title = subj
        if a - 1 > first and toks[a - 1].text == "," and ends_clause(toks, k):
            if previous is not None and previous.end >= _rstrip_punct(text, toks[first].start, toks[a - 1].start):
                first = max(previous_floor, k - _CLAUSE_REACH)  # the previous attribution is inside this clause
            span = (_skip_conj(text, toks, first), toks[a - 1].start)
            row = _reported(text, span, pi, "CLAUSE, X said", phrase(text, toks, (a, b)), cue, quote_spans, title, 4)
            if row is not None:
                return row, k
    if k - 1 > first and subj is None and toks[k - 1].text == ",":
        np = np_forward(toks, k + 1)
        if np is not None and ends_clause(toks, np[1]):
            span = (_skip_conj(text, toks, first), toks[k - 1].start)
            row = _reported(text, span, pi, "CLAUSE, said X", phrase(text, toks, np), cue, quote_spans, min_words=4)
            if row is not None:
                return row, np[1]
    if subj is None or (subj[0][0] == subj[0][1] and toks[subj[0][0]].low == "you"):
        return None, k  # ("Did you know there is ...": the reader, addressed, reports nothing)
    (a, b), title = subj
    after = cue_span(toks, k)[1] + 1
    if (
        a - 1 > first
        and toks[a - 1].text == ","
        and after + 1 < len(toks)
        and toks[after].text == ","
        and (not toks[after + 1].quoted and toks[after + 1].word)
    ):  # "which, Tompkins said, is usually full ...", "Climate change, Mr. Obama often says, is ...": the whole
        span = (
            _skip_conj(text, toks, first),
            _rstrip_punct(text, toks[first].start, _clause_end(toks, after + 1, sent[1])),
        )
        row = _reported(
            text, span, pi, "CLAUSE, X said, CLAUSE", phrase(text, toks, (a, b)), cue, quote_spans, title, 4
        )
        if row is not None:
            return row, k
    clause = _find_clause(text, toks, k, sent[1])
    return _reported(text, clause, pi, "X said CLAUSE", phrase(text, toks, (a, b)), cue, quote_spans, title), k


def _skip_conj(text: str, toks: list[Token], i: int) -> int:
    """Where a clause starting at token i really starts, past conjunctions and commas ("But the plan")."""
    start = toks[i].start if i < len(toks) else len(text)
    for t in toks[i : i + 8]:
        if t.low in rules.LEADING_CONJUNCTIONS or t.text == ",":
            start = t.end
            continue
        break
    return _lstrip(text, start, len(text))


def _mostly_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is nearly all of [start, end) inside the (sorted, disjoint) quote spans: a quote, not a clause that
    reports one? (A clause with a partial quote in it becomes that quote's row.)"""
    k = max(0, bisect.bisect_left(spans, (start, start)) - 1)
    inside = 0
    while k < len(spans) and spans[k][0] < end:
        s, e = spans[k]
        inside += max(0, min(e, end) - max(s, start))
        k += 1
    return inside >= 0.9 * max(1, end - start)
