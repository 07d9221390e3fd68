"""Where a reported clause starts and ends: past an addressee ("told reporters"), short adjuncts ("on
Thursday", "in a statement") and "that", up to the sentence's end or a break that starts something else
(", but ...", ", Mr. Barrett said", a dash, a participle of the narrator's); and whether a cue ends the
clause it closes (`ends_clause`: "..., the company said in a written statement."). Bounded reaches keep the
work linear on run-on input."""

from __future__ import annotations

import bisect

from .. import rules
from .cues import is_cue
from .phrases import Token, attribution_follows, has_words, np_forward
from .records import Row

CLAUSE_REACH = 150  # tokens a reported clause may run


def find_clause(
    text: str, toks: list[Token], k: int, sent_end: int, require_that: bool = False
) -> tuple[int, int] | None:
    """The reported clause after the cue at token k, as a character span: past an addressee ("told
    reporters"), short adjuncts ("on Thursday", "in a statement") and "that", up to the end of the sentence
    or a break that starts something else. None when what follows is no clause ("ruled out", "said to be")."""
    n = len(toks)
    j = k + 1
    if j < n and toks[j].low == "for" and toks[k].low in rules.DEMAND_VERBS:
        j += 1  # "called for new sanctions": what was demanded
        return (toks[j].start, rstrip_punct(text, toks[j].start, sent_end)) if j < n else None
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
    end = rstrip_punct(text, first.start, clause_end(toks, j, sent_end))
    words = bisect.bisect_left([t.start for t in toks[j : j + 4]], end)
    if words < 2 or (words == 2 and not _subject_and_verb(toks, j)):
        return None  # ("said goodbye", "said thank you"; but "said sales rose")
    return first.start, end


def _subject_and_verb(toks: list[Token], j: int) -> bool:
    """Are the two words at j a clause: a subject, then a past form ("sales rose", "talks collapsed")?"""
    verb = toks[j + 1]
    return toks[j].word and not verb.cap and (verb.low.endswith("ed") or verb.low in rules.IRREGULAR_PASTS)


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
    if not that and _handed_to(toks, j):
        return False
    subject = j + 1 < len(toks) and toks[j + 1].low in rules.CLAUSE_AUXILIARIES  # "said rates would rise"
    return first.word and (not is_cue(first) or subject or (that and first.low in rules.CUE_NOUNS))


_OBJECT_PRONOUNS = frozenset({"it", "him", "them", "me", "us"})
_RECIPIENTS = rules.DETERMINERS | _OBJECT_PRONOUNS | {"her", "you", "reporters"}


def _handed_to(toks: list[Token], j: int) -> bool:
    """Is the word at j the cue's object, handed to someone: `explained them to me`, `described it to the
    press`? (Not `found them to be ahead`, `asked it to rule`: "to" before a verb opens what was found.)"""
    if toks[j].low not in _OBJECT_PRONOUNS or j + 2 >= len(toks) or toks[j + 1].low != "to":
        return False
    after = toks[j + 2]
    return after.low in _RECIPIENTS or (after.cap and not after.quoted)


def clause_end(toks: list[Token], j: int, sent_end: int) -> int:
    """Where a clause starting at token j ends: the sentence's end, or a break that starts something else
    (a semicolon, ", but ...", ", Mr. Barrett said", a dash). At most CLAUSE_REACH tokens: bounded work on a
    run-on "sentence" of hostile input."""
    end = sent_end if len(toks) <= j + CLAUSE_REACH else toks[j + CLAUSE_REACH - 1].end
    aside = any(toks[q].text == "-" and _dash(toks, q) for q in range(max(1, j - 4), j))  # "- some say [...] -"
    for m in range(j + 1, min(len(toks), j + CLAUSE_REACH)):
        t = toks[m]
        if t.quoted:
            continue
        if t.text == "," and _second_that_clause(toks, m + 1):
            continue  # "... in diplomacy, but that its strikes would continue": the same cue reports both
        if t.text in ";:" or (t.text == "," and m + 1 < len(toks) and toks[m + 1].low in rules.CLAUSE_BREAKS):
            return t.start  # (a colon introduces words of their own: "... on women: “Parallel ...”")
        if t.low == "while" and m > j + 2:
            return t.start
        if t.text == "," and attribution_follows(toks, m + 1):
            return t.start  # "..., Mr. Barrett said, ..." starts another attribution
        if t.text == "," and (_participle_follows(toks, m + 1) or _new_clause_follows(toks, m + 1)):
            return t.start  # "..., further raising the visibility", "..., and rights groups warned ..."
        # a dash; in an aside between dashes, the closing one: "an aggressive - some say unrealistic - pledge"
        if t.text in "—–" or (
            t.text == "-" and m + 1 < len(toks) and (toks[m + 1].text == "-" or (aside and _dash(toks, m)))
        ):
            return t.start
    return end


def _dash(toks: list[Token], m: int) -> bool:
    """Is the hyphen at m (not the first or last token) written as a dash, with white space on both sides?"""
    return toks[m - 1].end < toks[m].start and toks[m].end < toks[m + 1].start


def _second_that_clause(toks: list[Token], k: int) -> bool:
    """Does ", and that" or ", but that" at k open a second clause of the same cue (not "but that was ...")?"""
    return (
        k + 2 < len(toks)
        and toks[k].low in ("and", "but")
        and toks[k + 1].low == "that"
        and toks[k + 2].word
        and toks[k + 2].low not in rules.PRONOUN_THAT_FOLLOWERS
    )


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
    if np is None or toks[np[0]].low in rules.THIRD_PERSON:
        return False
    v = np[1] + 1
    return v < len(toks) and (toks[v].low in rules.SPEECH_VERBS or toks[v].low in ("has", "have", "had", "was", "were"))


def rstrip_punct(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return start


def reported_row(
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
    start, end = span[0], rstrip_punct(text, *span)
    if not has_words(text, start, end, min_words) or _mostly_quoted(start, end, quote_spans):
        return None
    return Row("indirect", start, end, pi, rule, mention, cue, title)  # fmt: skip


def skip_conj(text: str, toks: list[Token], i: int) -> int:
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


def end_before_other_attributions(text: str, rows: list[Row], reported: list[Row], starts: list[int]) -> None:
    """A reported clause ends where a quote inside it is attributed by a cue of its own: "When Clinton noted
    that Trump has not paid taxes, Trump boasted, "That makes me smart."" reports Clinton up to "taxes";
    the quote and its attribution ("Trump boasted,") are not her words."""
    for r in rows:
        if r.marked is None or r.mention is None or r.cue is None or r.kind == "indirect":
            continue
        k = bisect.bisect_right(starts, r.start) - 1
        if k < 0:
            continue
        outer = reported[k]
        if r.cue == outer.cue or not outer.start < r.start < outer.end or outer.cue is None or r.cue[0] < outer.cue[1]:
            continue
        cut = min(r.mention[0], r.cue[0], r.marked.open_at if r.marked.open_at >= 0 else r.start)
        cut = rstrip_punct(text, outer.start, cut)
        if cut > outer.start:
            outer.end = cut
            outer.marks = [m for m in outer.marks if m[1] <= cut]


def ends_clause(toks: list[Token], k: int) -> bool:
    """After the cue at k only adjuncts (time, medium, audience), then a comma or the sentence end: `...,
    authorities said, in ...`, `"...!" X shouted to the crowd.`;
    not when the comma introduces a quote (`..., Mr. Barrett said, "we were floored."`)."""
    j, skipped = k + 1, 0  # (the words of "on condition of anonymity" count as none)
    while j < len(toks) and j - k - skipped <= 6:
        if tuple(t.low for t in toks[j : j + 4]) == rules.ANONYMITY_ADJUNCT:
            j, skipped = j + 4, skipped + 4
            continue
        t = toks[j]
        if not t.word or not (
            t.low in rules.CUE_ADJUNCT_WORDS
            or t.low in rules.AUDIENCE_WORDS
            or t.cap
            or t.low in rules.DETERMINERS
            or t.low in rules.DOCUMENT_NOUNS  # "the agency said in a June report, ..."
            or _adjunct_modifier(toks, j)
        ):
            break
        j += 1
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].quoted:
        return False
    return j >= len(toks) or toks[j].text in ",.;!?" or (toks[j].quoted is False and toks[j].text in "—–")


_ADJUNCT_NOUNS = rules.DOCUMENT_NOUNS | (rules.CUE_ADJUNCT_WORDS - rules.FUNCTION_WORDS)


def _adjunct_modifier(toks: list[Token], j: int) -> bool:
    """Is the word at j one of at most two that describe the noun of a cue's adjunct, between its determiner
    and that noun ("in a written statement", "in its annual report", "in a brief joint statement")?"""
    if toks[j].cap or toks[j].low in rules.FUNCTION_WORDS:
        return False
    before = j - 1 if j and toks[j - 1].low in rules.DETERMINERS else j - 2
    if before < 0 or toks[before].low not in rules.DETERMINERS or (before < j - 1 and toks[j - 1].cap):
        return False
    for m in (j + 1, j + 2):
        if m < len(toks) and toks[m].word and not toks[m].cap and toks[m].low in _ADJUNCT_NOUNS:
            return True
        if m >= len(toks) or not toks[m].word or toks[m].cap or toks[m].low in rules.FUNCTION_WORDS:
            return False
    return False
