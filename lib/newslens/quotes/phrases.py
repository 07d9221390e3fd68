"""Tokens, and the phrases attribution reads: speaker noun phrases, the subject of a cue, a cue's span.

Every function here works on a paragraph's tokens (`tokens`) by index; a phrase is a (first, last) pair
of token indices. Bounded reaches keep the work linear on run-on input.
"""

from __future__ import annotations

from .. import rules
from ..tokenize import count_words
from ..tokens import Token, figure_tokens, mark_quoted, phrase_tokens


def tokens(text: str, start: int, end: int, quoted: list[tuple[int, int]] = ()) -> list[Token]:
    """Phrase tokens of text[start:end] (`newslens.tokens.phrase_tokens`), flagged when inside one of the
    `quoted` spans."""
    toks = phrase_tokens(figure_tokens(text, start, end), text)
    mark_quoted(toks, list(quoted))
    return toks


_ACCORDING_TO = tuple(tuple(phrase.split()) for phrase in rules.ACCORDING_TO)
_ACCORDING_FIRST = frozenset(words[0] for words in _ACCORDING_TO)


def according_to(toks: list[Token], k: int) -> bool:
    """Does "according to" (`rules.ACCORDING_TO`) start at token k, outside quote marks?"""
    if toks[k].low not in _ACCORDING_FIRST or toks[k].quoted:
        return False
    return any(tuple(t.low for t in toks[k : k + len(words)]) == words for words in _ACCORDING_TO)


def is_cue(t: Token) -> bool:
    return not t.quoted and (t.low in rules.SPEECH_VERBS or t.low in rules.CHARACTERIZING_VERBS)


def is_cue_at(toks: list[Token], k: int) -> bool:
    """A cue token, or "put it" ("as a Homeland Security memo put it")."""
    t = toks[k]
    return is_cue(t) or (t.low == "put" and k + 1 < len(toks) and toks[k + 1].low == "it" and not t.quoted)


def np_backward(toks: list[Token], i: int, hops: int = 2) -> tuple[int, int] | None:
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
            and not is_cue(t)
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
        role = np_backward(toks, j - 2, hops - 1)
        if role is not None:
            return (role[0], last)
    # a sentence-initial capitalised function word is not part of the name ("But Smith")
    while j < i and toks[j].cap and toks[j].low in rules.NOT_NAMES and toks[j].low not in rules.DETERMINERS:
        j += 1
    return (j, last)


def _is_role(t: Token) -> bool:
    base = t.low[:-2] if t.low.endswith("'s") else t.low
    return t.word and not t.quoted and (base in rules.SPEAKER_NOUNS or t.low.rstrip(".") in rules.TITLE_WORDS)


def np_forward(toks: list[Token], i: int) -> tuple[int, int] | None:
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
        if t.quoted or not t.word or is_cue(t) or t.low in rules.CUE_AUXILIARIES:
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


def _role_ahead(toks: list[Token], j: int) -> bool:
    for k in range(j + 1, min(len(toks), j + 4)):
        t = toks[k]
        if not t.word or t.quoted:
            return False
        base = t.low[:-2] if t.low.endswith("'s") else t.low
        if base in rules.SPEAKER_NOUNS or t.low.rstrip(".") in rules.TITLE_WORDS or t.cap:
            return True
    return False


def _particle_joins(toks: list[Token], j: int) -> bool:
    """Does the particle at j join two parts of one name ("Ursula von der Leyen", "Bank of England")?"""
    prev = toks[j - 1]
    if not (prev.cap or prev.low in rules.NAME_PARTICLES):
        return False
    k = j + 1
    while k < len(toks) and toks[k].low in rules.NAME_PARTICLES and k - j < 3:
        k += 1
    return k < len(toks) and toks[k].cap and not toks[k].quoted


def _skip_back_over_aside(toks: list[Token], i: int, floor: int) -> int:
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


def _aside_text(text: str, toks: list[Token], first: int, comma_after: int) -> str:
    """An appositive's words without its determiner: ", the US ambassador to France," -> "US ambassador to France"."""
    return text[toks[first].start : toks[comma_after - 1].end]


def speaker_before_cue(text: str, toks: list[Token], cue: int, floor: int = 0) -> tuple[tuple[int, int], str] | None:
    """The subject of the cue at index `cue`: ((first, last) tokens, appositive title or '')."""
    i = cue - 1
    while i >= floor and toks[i].low in rules.CUE_AUXILIARIES and not toks[i].quoted:
        i -= 1
    if toks[i].low == "and" and i > floor:
        # "I laughed and said"; "Trump bemoaned the unrest and said": the subject of the first verb
        if i - 2 >= floor and toks[i - 1].word and not toks[i - 1].cap and (np := np_backward(toks, i - 2)):
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
    np = _past_hometown(toks, np_backward(toks, i), floor)
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


def _past_hometown(toks: list[Token], np: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
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
    name = np_backward(toks, k - 1) if k - 1 >= floor else None
    return name if name is not None and name[0] >= floor else np


def _sentence_subject(toks: list[Token], floor: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after a conjunction), if a verb follows it before `limit`."""
    i = floor
    while i < limit and (toks[i].low in rules.LEADING_CONJUNCTIONS or not toks[i].word or toks[i].quoted):
        if toks[i].quoted:
            return None
        i += 1
    np = np_forward(toks, i)
    if np is None or np[1] + 1 >= limit:
        return None
    return np


def cue_span(toks: list[Token], cue: int) -> tuple[int, int]:
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


def char_span(toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    return toks[span[0]].start, toks[span[1]].end


def phrase(text: str, toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    return toks[span[0]].start, toks[span[1]].end


def attribution_follows(toks: list[Token], i: int) -> bool:
    """Does a speaker phrase and its cue start at token i ("Mr. Barrett said")?"""
    np = np_forward(toks, i)
    if np is None:
        return False
    j = np[1] + 1
    while j < len(toks) and toks[j].low in rules.CUE_AUXILIARIES:
        j += 1
    return j < len(toks) and toks[j].low in rules.SPEECH_VERBS


def ends_clause(toks: list[Token], k: int) -> bool:
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


def bare(word: str) -> str:
    w = word.lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w


def words_in(text: str, start: int, end: int) -> int:
    """How many words text[start:end] has (`tokenize.count_words`, the one word count)."""
    return count_words(text[start:end])
