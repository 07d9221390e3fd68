"""Reported speech outside quote marks: `X said (that) CLAUSE`, `CLAUSE, X said`, `according to X`,
`a poll shows CLAUSE`, one sentence at a time."""

from __future__ import annotations

from collections.abc import Iterator

from .. import rules
from ..tokens import bare
from .clauses import CLAUSE_REACH, clause_end, ends_clause, find_clause, reported_row, rstrip_punct, skip_conj
from .cues import according_to, after_preposition, cue_at, cue_span, in_name, ing_noun, is_adverb, nominal
from .phrases import CONTRACTION, Token, char_span, is_role, np_backward, np_forward, phrase
from .records import Row
from .subjects import speaker_before_cue

#: The words a reported-speech rule can start at (most tokens are none of them).
TRIGGERS = (
    rules.SPEECH_VERBS
    | rules.EVIDENCE_VERBS
    | rules.PLACING_VERBS
    | rules.SPEECH_NOUNS
    | rules.DEMAND_VERBS
    | rules.THAT_VERBS
    | rules.NOUN_FORM_THAT_VERBS
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
        if t.low not in TRIGGERS or t.quoted or k <= used_until or in_name(toks, k):
            continue  # ("American Express Co said": Express is part of the name)
        row, last = None, k
        if words := according_to(toks, k):
            np = np_forward(toks, k + words)
            if np is not None:
                row = reported_row(
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
        if row is None and t.low in rules.SPEECH_NOUNS and (not t.cap or k == 0) and not _medium(toks, k):
            row, last = _speech_noun_at(text, toks, k, sent, pi, quote_spans)
        if row is None and (
            (
                t.low in rules.SPEECH_VERBS
                and t.low not in rules.QUOTING_ONLY_VERBS
                and not after_preposition(toks, k)
                and not ing_noun(toks, k)
                and not (nominal(toks, k) and (k + 1 >= n or toks[k + 1].low != "that"))
                and not (t.low in rules.CLAUSE_ONLY_VERBS and not _clause_follows(toks, k))
                and not _adds_amount(toks, k)
            )
            or (t.low in rules.THAT_VERBS and k + 1 < n and toks[k + 1].low == "that")
            or (_noun_form_verb(toks, k) and toks[k + 1].low == "that")
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


def _adds_amount(toks: list[Token], k: int) -> bool:
    """Is "add" at k adding an amount to something ("Japan added 689,700 tonnes to its purchases", "added
    15 mln dlrs to sales"): a number right after it, then at most three words of its unit, then "to"? Then
    it is no speech ("He added 80 pct of exports went to ..." is)."""
    if not toks[k].low.startswith("add") or k + 1 >= len(toks) or toks[k + 1].kind != "num":
        return False
    for t in toks[k + 2 : k + 6]:
        if t.low == "to":
            return True
        if not t.word or t.low in rules.FUNCTION_WORDS:
            return False
    return False


def _clause_follows(toks: list[Token], k: int) -> bool:
    """Does a clause follow the cue at k: "that", a subject pronoun, or an auxiliary within the next six words
    before any comma ("maintained the plan would fail"; not "maintain growth, which has been ...")?"""
    ahead = toks[k + 1 : k + 7]
    if ahead and (ahead[0].low == "that" or ahead[0].low in rules.SUBJECT_PRONOUNS):
        return True
    for t in ahead:
        if not t.word:
            return False
        if t.low in rules.CLAUSE_AUXILIARIES:
            return True
    return False


def _noun_form_verb(toks: list[Token], k: int) -> bool:
    """Is toks[k] one of `rules.NOUN_FORM_THAT_VERBS` used as a verb: in lower case, right after a pronoun, a
    name or a noun that speaks ("he notes that", "the website states that"; not "in swing states that")?"""
    t = toks[k]
    if t.low not in rules.NOUN_FORM_THAT_VERBS or t.cap or k == 0 or k + 1 >= len(toks):
        return False
    before = toks[k - 1]
    return (
        before.word
        and not before.quoted
        and (
            before.low in rules.PERSON_PRONOUNS or (before.cap and before.low not in rules.NOT_NAMES) or is_role(before)
        )
    )


def _evidence_at(
    text: str, toks: list[Token], k: int, sent: tuple[int, int], pi: int, quote_spans: list[tuple[int, int]], floor: int
) -> Row | None:
    """What a document reports: `A poll shows CLAUSE`, `CLAUSE, police records show`, `A YouGov poll had
    Labour leading by 12 points`."""
    subj = speaker_before_cue(text, toks, k, floor)
    pronoun = subj is not None and _pronoun(toks, *subj[0])  # "they ... found", "it shows": theirs, not a document's
    clause_next = k + 1 < len(toks) and CONTRACTION.sub("", toks[k + 1].low) in _CLAUSE_NEXT
    if pronoun and (toks[k].low in rules.PLACING_VERBS or not clause_next):
        return None  # "..., he has proposed nothing", "they found a way", "he finds no outlet": no report
    if not pronoun and (subj is None or not _is_evidence(toks, *subj[0])):
        subj = _evidence_subject(toks, k, subj[0][0] if subj is not None else -1)
    if subj is None:
        return None
    (a, b), title = subj
    mention, cue = phrase(text, toks, (a, b)), (toks[k].start, toks[k].end)
    if toks[k].low in rules.PLACING_VERBS:
        ahead = toks[k + 1 : k + 8]
        if not ahead or not any(t.low.endswith("ing") or t.low == "at" for t in ahead[1:]):
            return None
        span = (ahead[0].start, rstrip_punct(text, ahead[0].start, sent[1]))
        return reported_row(text, span, pi, "X had Y leading", mention, cue, quote_spans, title, 3)
    if a - 1 > floor and toks[a - 1].text == "," and ends_clause(toks, k):
        span = (skip_conj(text, toks, max(floor, k - CLAUSE_REACH)), toks[a - 1].start)
        return reported_row(text, span, pi, "CLAUSE, X shows", mention, cue, quote_spans, title, 3)
    return reported_row(
        text, find_clause(text, toks, k, sent[1]), pi, "X shows CLAUSE", mention, cue, quote_spans, title
    )


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
    elif k > 0 and toks[k - 1].low in rules.POSSESSIVE_PRONOUNS:
        source = (k - 1, k - 1)  # "Contrary to his claim that ...": the one "his" stands for
    elif (
        that + 1 < n and toks[that].low in rules.AUTHOR_PREPOSITIONS and (np := np_forward(toks, that + 1)) is not None
    ):
        source, that = np, np[1] + 1  # "claims from the opposition that"
    elif (
        bare(toks[k].text) in rules.DOCUMENT_NOUNS and k > 0 and (np := np_backward(toks, k)) is not None and np[0] < k
    ):
        source = np  # "a New York Times report from over the weekend that"
        that = next((m for m in range(k + 1, min(n, k + 7)) if toks[m].low == "that" or not toks[m].word), n)
    if source is None or that >= n or toks[that].low != "that" or that + 1 >= n or toks[that + 1].quoted:
        return None, k
    first = toks[that + 1]
    span = (first.start, rstrip_punct(text, first.start, clause_end(toks, that + 1, sent[1])))
    cue = (toks[k].start, toks[k].end)
    row = reported_row(
        text, span, pi, "X's claim that CLAUSE", phrase(text, toks, source), cue, quote_spans, min_words=2
    )
    return row, that


def _according_to_clause(text: str, toks: list[Token], k: int, np: tuple[int, int], sent: tuple[int, int]):
    """The clause "according to X" attributes: before it (", according to X") or after it ("According to X, ...")."""
    n = len(toks)
    if k > 0 and toks[k - 1].text in ",—–":
        first = max(0, k - CLAUSE_REACH)
        return skip_conj(text, toks, first), toks[k - 1].start
    if k == 0 or (k == 1 and toks[0].low in rules.LEADING_CONJUNCTIONS):
        after = np[1] + 1
        if after < n and toks[after].cap and toks[np[1]].low in rules.DOCUMENT_NOUNS:
            # "According to a document Matthesen prepared for her lawyers, ...": past the clause about it
            after = next((c for c in range(after + 1, min(n, after + 12)) if toks[c].text == ","), after)
        if after < n and toks[after].text == ",":
            after += 1
        if after < n:
            return toks[after].start, sent[1]
    return None


def _medium(toks: list[Token], k: int) -> bool:
    """Is the noun of speech at k the medium of a cue just before ("said in a statement that ...", "wrote in
    a letter that ...")? Then the cue reports the clause, not the noun."""
    return (
        k >= 3
        and toks[k - 1].low in rules.DETERMINERS
        and toks[k - 2].low == "in"
        and any(cue_at(toks, c) for c in range(max(0, k - 6), k - 2))
    )


def _passive(toks: list[Token], k: int) -> bool:
    """Is the cue at k a passive participle ("is written", "will be recounted", "it was believed", "it has
    been reported")? Its subject is what was said, or nobody is named: not who said it."""
    j = k - 1
    while j >= 0 and is_adverb(toks[j]) and toks[j].low not in rules.PASSIVE_BE:
        j -= 1  # ("is widely reported", "was also said")
    return j >= 0 and toks[j].low in rules.PASSIVE_BE and not toks[k].low.endswith("ing")


def _is_evidence(toks: list[Token], a: int, b: int) -> bool:
    """Is the phrase a..b a document ("the polls"), or one with its author ("a report from the National Audit
    Office")?"""
    return bare(toks[b].text) in rules.DOCUMENT_NOUNS or any(
        bare(toks[i].text) in rules.DOCUMENT_NOUNS and toks[i + 1].low in rules.AUTHOR_PREPOSITIONS for i in range(a, b)
    )


#: What opens the clause a pronoun's "found" or "shows" reports ("they found that", "found there had been",
#: "it shows he'd be awake"): anything else is what they found ("they found a way").
_CLAUSE_NEXT = frozenset("that there he she they it we i you".split())


def _pronoun(toks: list[Token], a: int, b: int) -> bool:
    return a == b and toks[a].low in rules.SUBJECT_PRONOUNS


def _evidence_subject(toks: list[Token], k: int, subject: int) -> tuple[tuple[int, int], str] | None:
    """The evidence a `found`/`shows` at k reports, further back than its nearest noun phrase (which starts
    at `subject`; -1 for none): "A 2014 study that appeared in the journal found", "A 2014 study by law
    professor Justin Levitt found". Never past the comma before that subject or before a pronoun, which
    open a clause of their own ("Judging by the results, the club has shown", "Saying many will be surprised
    by the results, he believes GE has shown")."""
    j = k - 1
    while j >= 0 and k - j <= 20 and not toks[j].quoted and toks[j].text not in ".;:!?":
        if j and toks[j - 1].text == "," and (j == subject or toks[j].low in rules.SUBJECT_PRONOUNS):
            return None
        if toks[j].word and bare(toks[j].text) in rules.DOCUMENT_NOUNS and not (toks[j].cap and j and toks[j - 1].cap):
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
            if (
                j + 2 < k
                and toks[j + 1].low in rules.AUTHOR_PREPOSITIONS
                and (author := np_forward(toks, j + 2))
                and author[1] < k
            ):
                end = author[1]  # "a study by Justin Levitt", "figures from the Treasury": the author stands for it
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
    at most CLAUSE_REACH tokens, so a run-on "sentence" costs linear time. When the `previous` row's
    clause runs up to this cue ("the figures suggested [this could not last], it said"), that attribution
    is nested in this one: the clause starts where the previous one's did (`previous_floor`)."""
    cue = char_span(toks, cue_span(toks, k))
    subj = speaker_before_cue(text, toks, k)
    first = max(floor, k - CLAUSE_REACH)
    if k >= 2 and subj is not None:
        (a, b), title = subj
        if a - 1 > first and toks[a - 1].text == "," and ends_clause(toks, k):
            if previous is not None and previous.end >= rstrip_punct(text, toks[first].start, toks[a - 1].start):
                first = max(previous_floor, k - CLAUSE_REACH)  # the previous attribution is inside this clause
            span = (skip_conj(text, toks, first), toks[a - 1].start)
            row = reported_row(text, span, pi, "CLAUSE, X said", phrase(text, toks, (a, b)), cue, quote_spans, title, 4)
            if row is not None:
                return row, k
    if k - 1 > first and subj is None and toks[k - 1].text == ",":
        np = np_forward(toks, k + 1)
        if np is not None and ends_clause(toks, np[1]):
            span = (skip_conj(text, toks, first), toks[k - 1].start)
            row = reported_row(text, span, pi, "CLAUSE, said X", phrase(text, toks, np), cue, quote_spans, min_words=4)
            if row is not None:
                return row, np[1]
    if subj is None or (subj[0][0] == subj[0][1] and toks[subj[0][0]].low == "you"):
        return None, k  # ("Did you know there is ...": the reader, addressed, reports nothing)
    if _passive(toks, k):
        return None, k  # "it was believed (that) ...", "each is written in ...": the subject speaks not
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
            skip_conj(text, toks, first),
            rstrip_punct(text, toks[first].start, clause_end(toks, after + 1, sent[1])),
        )
        row = reported_row(
            text, span, pi, "CLAUSE, X said, CLAUSE", phrase(text, toks, (a, b)), cue, quote_spans, title, 4
        )
        if row is not None:
            return row, k
    clause = find_clause(text, toks, k, sent[1])
    return reported_row(text, clause, pi, "X said CLAUSE", phrase(text, toks, (a, b)), cue, quote_spans, title), k
